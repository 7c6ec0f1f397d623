// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testbackend.h"

#include "pgserver.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/serveraddress.h"
#include "store/sqldialect.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

namespace {

std::unique_ptr<PgServer> &theServer()
{
    static std::unique_ptr<PgServer> server;
    return server;
}

// The server stops with the application object, while QProcess still works.
void stopServer()
{
    theServer().reset();
}

} // namespace

namespace TestBackend {

bool onServer()
{
    return qEnvironmentVariable("PACTLINE_TEST_BACKEND") == QLatin1String("postgres");
}

PgServer &server()
{
    std::unique_ptr<PgServer> &server = theServer();
    if (!server) {
        server = std::make_unique<PgServer>(PgServer::Options{false, {}});
        qAddPostRoutine(stopServer);
        qputenv("PGPASSWORD", server->superuserPassword().toUtf8());
    }
    return *server;
}

QString newServerDatabase(const QString &name)
{
    static int counter = 0;
    PgServer &pg = server();
    if (!pg.isRunning()) {
        QTest::qFail(qPrintable(QStringLiteral("no PostgreSQL server: ") + pg.problem()), __FILE__, __LINE__);
        return {};
    }
    QString database = name.toLower();
    database.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    database = QStringLiteral("t%1_%2").arg(++counter).arg(database.left(40));
    QString output;
    if (!pg.psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(database), &output)) {
        QTest::qFail(qPrintable(QStringLiteral("CREATE DATABASE failed: ") + output), __FILE__, __LINE__);
        return {};
    }
    ServerAddress address = pg.superuserAddress(pg.host(), database); // its URL holds no password
    address.sslMode = QStringLiteral("disable");
    return address.url();
}

QString newServerSample(const QString &name)
{
    const QString url = newServerDatabase(name);
    if (url.isEmpty())
        return {};
    ServerAddress address = *ServerAddress::parse(url);
    address.password = server().superuserPassword();
    return TestSupport::loadSampleInto(Database::create(address)) ? url : QString();
}

QString newLocation(const QTemporaryDir &dir, const QString &name)
{
    return onServer() ? newServerDatabase(name) : dir.filePath(name);
}

QString schemaBackTo(int version)
{
    const auto functionOf = [](const QString &statement) -> QString {
        return statement.section(QLatin1Char(' '), 4).section(QLatin1Char(')'), 0, 0) + QLatin1Char(')');
    };
    const QString createFunction = QStringLiteral("CREATE OR REPLACE FUNCTION ");
    // A function or an index a step made again is put back as it was before that step.
    QMap<QString, QString> functions;
    QMap<QString, QString> indexes;
    QStringList undo;
    for (const Migrations::Step &step : Migrations::steps(SqlDialect::postgres())) {
        for (const QString &statement : step.statements) {
            const QStringList words = statement.split(QLatin1Char(' '));
            QString sql;
            if (statement.startsWith(createFunction)) {
                sql = functions.value(functionOf(statement),
                                      QStringLiteral("DROP FUNCTION IF EXISTS %1").arg(functionOf(statement)));
                functions.insert(functionOf(statement), statement);
            } else if (statement.startsWith(QLatin1String("CREATE INDEX "))) {
                sql = QStringLiteral("DROP INDEX IF EXISTS %1").arg(words.at(2));
                indexes.insert(words.at(2), statement);
            } else if (statement.startsWith(QLatin1String("DROP INDEX IF EXISTS "))) {
                sql = indexes.take(words.at(4));
            } else if (statement.startsWith(QLatin1String("CREATE TRIGGER "))) {
                sql = QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2")
                          .arg(words.at(2), words.at(words.indexOf(QStringLiteral("ON")) + 1));
            } else if (statement.startsWith(QLatin1String("CREATE EXTENSION "))) {
                sql = QStringLiteral("DROP EXTENSION IF EXISTS %1").arg(words.at(5));
            } else if (statement == SqlDialect::postgres().makeReferencesDeferrable()) {
                sql = QString(statement)
                          .replace(QLatin1String("NOT k.condeferrable"), QLatin1String("k.condeferrable"))
                          .replace(QLatin1String("DEFERRABLE INITIALLY IMMEDIATE"), QLatin1String("NOT DEFERRABLE"));
            } else if (statement.startsWith(QLatin1String("ALTER TABLE ")) && words.at(3) == QLatin1String("ADD") &&
                       words.at(4) == QLatin1String("COLUMN")) {
                sql = QStringLiteral("ALTER TABLE %1 DROP COLUMN IF EXISTS %2").arg(words.at(2), words.at(5));
            }
            if (step.toVersion > version && !sql.isEmpty())
                undo.prepend(sql + QLatin1Char(';'));
        }
    }
    undo << QStringLiteral("UPDATE pactline_meta SET version = %1;").arg(version);
    return undo.join(QLatin1Char(' '));
}

} // namespace TestBackend
