// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/headlesscommand.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/partnerrepository.h"
#include "testsupport.h"
#include "version/pactlineversion.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void version();
    void helpListsEveryCommand();
    void usageErrors_data();
    void usageErrors();
    void newCreatesAnEmptyPortfolio();
    void newWithSample();
    void newRefusesToOverwrite();
    void checkHealthy();
    void checkFindsForeignKeyProblems();
    void checkRefusesWhatIsNotAPortfolio_data();
    void checkRefusesWhatIsNotAPortfolio();

private:
    void sqlite(const QString &path, const QString &sql);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCli::sqlite(const QString &path, const QString &sql)
{
    QCOMPARE(QProcess::execute(QStringLiteral("sqlite3"), {path, sql}), 0);
}

void TestCli::version()
{
    const ProcessResult r = runPactline({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("pactline " PACTLINE_VERSION));
}

void TestCli::helpListsEveryCommand()
{
    const ProcessResult r = runPactline({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("[FILE]")));
    for (const HeadlessCommand &command : headlessCommands()) {
        QVERIFY2(r.out.contains(QStringLiteral("pactline ") + command.synopsis), qPrintable(command.name));
        const ProcessResult own = runPactline({command.name, QStringLiteral("--help")});
        QCOMPARE(own.exitCode, 0);
        QVERIFY2(own.out.contains(command.synopsis), qPrintable(own.out));
    }
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("two files") << QStringList{QStringLiteral("a.pactline"), QStringLiteral("b.pactline")};
    QTest::newRow("new without file") << QStringList{QStringLiteral("new")};
    QTest::newRow("new, unknown option") << QStringList{QStringLiteral("new"), QStringLiteral("x.pactline"),
                                                        QStringLiteral("--samples")};
    QTest::newRow("check without file") << QStringList{QStringLiteral("check")};
    QTest::newRow("check two files") << QStringList{QStringLiteral("check"), QStringLiteral("a"), QStringLiteral("b")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const ProcessResult r = runPactline(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!QFile::exists(QStringLiteral("x.pactline")));
}

void TestCli::newCreatesAnEmptyPortfolio()
{
    const QString path = m_dir->filePath(QStringLiteral("empty.pactline"));
    const ProcessResult r = runPactline({QStringLiteral("new"), path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(path));
    auto db = Database::open(path, Database::Mode::ReadOnly);
    QVERIFY(db);
    QCOMPARE(PartnerRepository(**db).count().value(), 0);
}

void TestCli::newWithSample()
{
    const QString path = m_dir->filePath(QStringLiteral("sample.pactline"));
    QCOMPARE(runPactline({QStringLiteral("new"), path, QStringLiteral("--sample")}).exitCode, 0);
    auto db = Database::open(path, Database::Mode::ReadOnly);
    QVERIFY(db);
    QCOMPARE(PartnerRepository(**db).count().value(), 12);
    QCOMPARE(runPactline({QStringLiteral("check"), path}).exitCode, 0);
}

void TestCli::newRefusesToOverwrite()
{
    const QString path = createSamplePortfolio(*m_dir);
    const QByteArray before = fileChecksum(path);
    for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--sample")}}) {
        const ProcessResult r = runPactline(QStringList{QStringLiteral("new"), path} + extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        QCOMPARE(fileChecksum(path), before);
    }
}

void TestCli::checkHealthy()
{
    const QString path = createSamplePortfolio(*m_dir);
    const QByteArray before = fileChecksum(path);
    const ProcessResult r = runPactline({QStringLiteral("check"), path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("ok")), qPrintable(r.out));
    QCOMPARE(fileChecksum(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestCli::checkFindsForeignKeyProblems()
{
    const QString path = createSamplePortfolio(*m_dir);
    // The sqlite3 shell does not enforce foreign keys: a careless edit leaves a dangling row.
    sqlite(path, QStringLiteral("INSERT INTO contact (partner_id, name, created_at, updated_at) "
                                "VALUES (999, 'Ghost', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z');"));
    const QByteArray before = fileChecksum(path);
    const ProcessResult r = runPactline({QStringLiteral("check"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("“contact”: partner_id holds “999”")) &&
                 r.out.contains(QStringLiteral("an existing row of “partner”")),
             qPrintable(r.out));
    QCOMPARE(fileChecksum(path), before);
}

void TestCli::checkRefusesWhatIsNotAPortfolio_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("text file") << "text"
                               << "not an SQLite database";
    QTest::newRow("empty file") << "empty"
                                << "empty";
    QTest::newRow("truncated") << "truncated"
                               << "truncated";
    QTest::newRow("other SQLite") << "foreign"
                                  << "not a Pactline portfolio";
    QTest::newRow("newer") << "newer"
                           << "newer Pactline";
    QTest::newRow("trigger") << "trigger"
                             << "unexpected trigger";
    QTest::newRow("missing") << "missing"
                             << "does not exist";
}

void TestCli::checkRefusesWhatIsNotAPortfolio()
{
    QFETCH(QString, kind);
    QFETCH(QString, phrase);
    QString path = m_dir->filePath(QStringLiteral("bad.pactline"));
    if (kind == QLatin1String("text") || kind == QLatin1String("empty")) {
        QVERIFY(writeFile(path, kind == QLatin1String("text") ? QByteArray("%PDF-1.4\n") : QByteArray()));
    } else if (kind == QLatin1String("foreign")) {
        sqlite(path, QStringLiteral("CREATE TABLE t (x);"));
    } else if (kind != QLatin1String("missing")) {
        path = createSamplePortfolio(*m_dir, QStringLiteral("bad.pactline"));
        if (kind == QLatin1String("truncated")) {
            QFile f(path);
            QVERIFY(f.resize(4096 + 1000));
        } else if (kind == QLatin1String("newer")) {
            sqlite(path, QStringLiteral("PRAGMA user_version = %1;").arg(Migrations::currentVersion() + 1));
        } else if (kind == QLatin1String("trigger")) {
            sqlite(path, QStringLiteral("CREATE TRIGGER t AFTER DELETE ON partner BEGIN SELECT 1; END;"));
        }
    }
    const QByteArray before = fileChecksum(path);
    const ProcessResult r = runPactline({QStringLiteral("check"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(phrase, Qt::CaseInsensitive), qPrintable(r.err));
    QCOMPARE(fileChecksum(path), before);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
