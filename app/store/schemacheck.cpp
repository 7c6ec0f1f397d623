// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/schemacheck.h"

#include "store/database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSqlQuery>

namespace {

struct SchemaObject
{
    QString type;
    QString table;
    QString sql;
};
using Schema = QMap<QString, SchemaObject>; // by name

Schema readSchema(const QSqlDatabase &connection)
{
    Schema schema;
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master")))
        return schema;
    while (query.next()) {
        const QString name = query.value(1).toString();
        if (name.startsWith(QLatin1String("sqlite_stat")) || name == QLatin1String("sqlite_sequence"))
            continue; // made by ANALYZE / AUTOINCREMENT, harmless
        schema.insert(name, {query.value(0).toString(), query.value(2).toString(), query.value(3).toString()});
    }
    return schema;
}

// Built once per process for each schema (the statements up to the version): every open of a
// portfolio, on whichever thread, checks against it.
Schema expectedSchema(int version, const QList<Migrations::Step> &steps)
{
    QStringList statements;
    for (const Migrations::Step &step : steps)
        if (step.toVersion <= version)
            statements << step.statements;
    const QString key = statements.join(QChar(0));
    static QMutex mutex;
    static QHash<QString, Schema> built;
    {
        const QMutexLocker lock(&mutex);
        if (const auto found = built.constFind(key); found != built.cend())
            return *found;
    }
    static QAtomicInt counter;
    const QString name = QStringLiteral("pactline-expected-%1").arg(counter.fetchAndAddRelaxed(1));
    Schema schema;
    bool opened = false;
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        opened = memory.open();
        if (opened) {
            QSqlQuery query(memory);
            for (const QString &statement : std::as_const(statements))
                query.exec(statement);
            schema = readSchema(memory);
        }
        memory.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (opened) {
        const QMutexLocker lock(&mutex);
        built.insert(key, schema);
    }
    return schema;
}

} // namespace

QStringList SchemaCheck::differences(const QSqlDatabase &connection, int version)
{
    return differences(connection, version, Migrations::steps(SqlDialect(SqlDialect::Kind::Sqlite)));
}

QStringList SchemaCheck::differences(const QSqlDatabase &connection, int version, const QList<Migrations::Step> &steps)
{
    const Schema actual = readSchema(connection);
    const Schema expected = expectedSchema(version, steps);
    QStringList problems;
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        const auto found = expected.constFind(it.key());
        if (found == expected.cend())
            problems << QCoreApplication::translate("SchemaCheck", "unexpected %1 “%2”").arg(it->type, it.key());
        else if (found->type != it->type || found->table != it->table || found->sql != it->sql)
            problems << QCoreApplication::translate("SchemaCheck", "%1 “%2” differs from Pactline's")
                            .arg(it->type, it.key());
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (!actual.contains(it.key()))
            problems << QCoreApplication::translate("SchemaCheck", "missing %1 “%2”").arg(it->type, it.key());
    return problems;
}
