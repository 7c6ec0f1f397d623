// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "domain/uilanguage.h"
#include "exchange/sampleportfolio.h"
#include "store/contentcheck.h"
#include "store/database.h"
#include "store/keptcolumns.h"
#include "store/migrations.h"
#include "testbackend.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace {

// Every test runs with Pactline's translations for its locale, as the application does (English
// needs them too, for its plural forms).
void installTranslations()
{
    UiLanguage::install(QLocale());
}
Q_COREAPP_STARTUP_FUNCTION(installTranslations)

} // namespace

namespace TestSupport {

QString pactlineBinary()
{
    return QStringLiteral(PACTLINE_BINARY);
}

QString sourceDir()
{
    return QStringLiteral(PACTLINE_SOURCE_DIR);
}

QByteArray fileChecksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

int rowOf(const QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, column).data().toString() == text)
            return row;
    return -1;
}

namespace {

ProcessResult run(QProcess &process, const QString &program, const QStringList &arguments, int timeoutMs)
{
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

ProcessResult runPactline(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    return run(process, pactlineBinary(), arguments, timeoutMs);
}

ProcessResult runSqlite(const QStringList &arguments)
{
    QProcess process;
    return run(process, QStringLiteral("sqlite3"), arguments, 60000);
}

ProcessResult changeAroundChecks(const QString &path, const QString &sql)
{
    return runSqlite({path, QStringLiteral("PRAGMA ignore_check_constraints = ON; ") + sql +
                                QStringLiteral("; PRAGMA wal_checkpoint(TRUNCATE);")});
}

Result<std::unique_ptr<Database>> createPortfolio(const QTemporaryDir &dir, const QString &name)
{
    const QString location = TestBackend::newLocation(dir, name);
    if (location.isEmpty())
        return StoreError{StoreError::Kind::NotFound, QStringLiteral("no place for the portfolio")};
    return Database::create(location);
}

bool loadSampleInto(const Result<std::unique_ptr<Database>> &created)
{
    if (!created) {
        QTest::qFail(qPrintable(created.error().message), __FILE__, __LINE__);
        return false;
    }
    if (auto loaded = SamplePortfolio::loadInto(**created); !loaded) {
        QTest::qFail(qPrintable(loaded.error().message), __FILE__, __LINE__);
        return false;
    }
    return true;
}

QString createSamplePortfolio(const QTemporaryDir &dir, const QString &name)
{
    const QString location = TestBackend::newLocation(dir, name);
    return !location.isEmpty() && loadSampleInto(Database::create(location)) ? location : QString();
}

std::unique_ptr<Database> openSamplePortfolio(const QTemporaryDir &dir, const QString &name)
{
    const QString path = createSamplePortfolio(dir, name);
    if (path.isEmpty())
        return nullptr;
    auto db = Database::open(path);
    if (!db) {
        QTest::qFail(qPrintable(db.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(*db);
}

Partner newPartner(const QString &name, const QString &country, PartnerKind kind)
{
    Partner p;
    p.name = name;
    p.country = country;
    p.kind = kind;
    return p;
}

ColumnMapping mappingOf(ImportTarget target, const QStringList &fields)
{
    ColumnMapping mapping(target, fields.size());
    for (qsizetype column = 0; column < fields.size(); ++column)
        if (!fields.at(column).isEmpty())
            mapping.setField(column, fields.at(column));
    return mapping;
}

bool SampleFixture::make()
{
    dir = std::make_unique<QTemporaryDir>();
    path = createSamplePortfolio(*dir);
    return !path.isEmpty();
}

bool SampleFixture::open()
{
    dir = std::make_unique<QTemporaryDir>();
    db = openSamplePortfolio(*dir);
    path = db ? db->path() : QString();
    return db != nullptr;
}

void SampleFixture::close()
{
    db.reset();
    dir.reset();
}

QString createVersion1Portfolio(const QTemporaryDir &dir, const QString &name)
{
    const QString current = dir.filePath(name + QStringLiteral(".current"));
    if (!loadSampleInto(Database::create(current)))
        return {};
    const QString path = dir.filePath(name);
    const QString connectionName = QStringLiteral("version1-") + name;
    QString problem;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        connection.setDatabaseName(path);
        if (!connection.open())
            problem = connection.lastError().text();
        QStringList statements{QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId),
                               QStringLiteral("PRAGMA journal_mode = WAL")};
        statements << Migrations::steps(SqlDialect::sqlite()).constFirst().statements;
        statements << QStringLiteral("ATTACH DATABASE '%1' AS current").arg(current);
        QSqlQuery query(connection);
        const auto run = [&](const QStringList &list) {
            for (const QString &statement : list)
                if (problem.isEmpty() && !query.exec(statement))
                    problem = statement + QStringLiteral(": ") + query.lastError().text();
        };
        run(statements);
        // The columns version 1 has, which later versions keep (and may add to).
        for (const QString &table : Database::allTables()) {
            QStringList columns;
            if (query.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(table)))
                while (query.next())
                    columns << query.value(1).toString();
            run({QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM current.%1")
                     .arg(table, columns.join(QStringLiteral(", ")))});
        }
        run({QStringLiteral("DETACH DATABASE current"), QStringLiteral("PRAGMA user_version = 1")});
        connection.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    QFile::remove(current);
    if (!problem.isEmpty()) {
        QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
        return {};
    }
    return path;
}

QStringList rowsOf(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query(connection);
    if (!query.exec(sql))
        return {QStringLiteral("error: ") + sql};
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << (query.isNull(i) ? QStringLiteral("<null>") : query.value(i).toString());
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

QStringList rowsOf(const QString &path, const QString &table)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return {db.error().message};
    const QSqlRecord record = (*db)->connection().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        if (!KeptColumns::isKept(table, record.fieldName(i)))
            columns << record.fieldName(i);
    return rowsOf((*db)->connection(),
                  QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                      .arg(columns.join(QStringLiteral(", ")), table,
                           table == QLatin1String("sqlite_sequence") ? QStringLiteral("name") : QStringLiteral("id")));
}

QList<ContentFinding> contentFindingsOf(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db) {
        QTest::qFail(qPrintable(db.error().message), __FILE__, __LINE__);
        return {};
    }
    const Result<QList<ContentFinding>> findings = ContentCheck::run((*db)->connection());
    if (!findings) {
        QTest::qFail(qPrintable(findings.error().message), __FILE__, __LINE__);
        return {};
    }
    return *findings;
}

QByteArray jsonExport(const QString &path, const QString &out)
{
    const ProcessResult exported = runPactline({QStringLiteral("export"), path, QStringLiteral("--format"),
                                                QStringLiteral("json"), QStringLiteral("-o"), out});
    if (exported.exitCode != 0)
        return exported.err.toUtf8();
    QFile file(out);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString dropKeptColumnsSql()
{
    // The step adds columns ("ALTER TABLE t ADD COLUMN c ..."), fills them, and makes indexes and
    // triggers ("CREATE INDEX name ...", "CREATE TRIGGER name ..."), which go before the columns.
    QString objects;
    QString columns;
    const Migrations::Step step = Migrations::steps(SqlDialect::sqlite()).at(Migrations::KeptColumnsVersion - 1);
    for (const QString &statement : step.statements) {
        const QStringList words = statement.split(QLatin1Char(' '));
        if (words.at(0) == QLatin1String("CREATE"))
            objects += QStringLiteral("DROP %1 %2; ").arg(words.at(1), words.at(2));
        else if (words.at(0) == QLatin1String("ALTER"))
            columns += QStringLiteral("ALTER TABLE %1 DROP COLUMN %2; ").arg(words.at(2), words.at(5));
    }
    return objects + columns;
}

QString dropListIndexesSql()
{
    // Each statement of the step is "CREATE INDEX name ON ...".
    QString sql;
    const Migrations::Step step = Migrations::steps(SqlDialect::sqlite()).at(Migrations::ListIndexVersion - 1);
    for (const QString &statement : step.statements)
        sql += QStringLiteral("DROP INDEX %1; ").arg(statement.section(QLatin1Char(' '), 2, 2));
    return sql;
}

QString dropChangeAuthorSql()
{
    return dropKeptColumnsSql() + QStringLiteral("ALTER TABLE milestone_change DROP COLUMN author; ");
}

} // namespace TestSupport
