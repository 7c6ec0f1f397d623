// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The headless import, export and backup commands, run as the real binary.
#include "exchange/columnmapping.h"
#include "exchange/mappingprofiles.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class TestExchangeCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonRoundTripThroughTheCommands();
    void csvAndIcsExports();
    void exportUsageErrors_data();
    void exportUsageErrors();
    void importWithAProfile();
    void importUnknownProfile();
    void unknownPartnersCanBeSkipped();
    void importUsageErrors();
    void backupCommand();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString write(const QString &name, const QByteArray &bytes);
    QByteArray read(const QString &name);

    QTemporaryDir m_dir;
    QString m_sample;
};

void TestExchangeCli::initTestCase()
{
    m_sample = createSamplePortfolio(m_dir);
    // The commands find import profiles under XDG_DATA_HOME, like the application.
    qputenv("XDG_DATA_HOME", QFile::encodeName(path(QStringLiteral("data"))));
    QCoreApplication::setOrganizationName(QStringLiteral("Pactline"));
    QCoreApplication::setApplicationName(QStringLiteral("Pactline"));
}

QString TestExchangeCli::write(const QString &name, const QByteArray &bytes)
{
    const QString file = path(name);
    return writeFile(file, bytes) ? file : QString();
}

QByteArray TestExchangeCli::read(const QString &name)
{
    QFile file(path(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestExchangeCli::jsonRoundTripThroughTheCommands()
{
    const QByteArray before = fileChecksum(m_sample);
    ProcessResult r = runPactline({QStringLiteral("export"), m_sample, QStringLiteral("--format"),
                                   QStringLiteral("json"), QStringLiteral("-o"), path(QStringLiteral("first.json"))});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(fileChecksum(m_sample), before); // exporting reads only
    QCOMPARE(runPactline({QStringLiteral("new"), path(QStringLiteral("copy.pactline"))}).exitCode, 0);
    r = runPactline({QStringLiteral("import"), path(QStringLiteral("copy.pactline")), QStringLiteral("--json"),
                     path(QStringLiteral("first.json"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("12 partners, 2 contacts, 2 events, 6 agreements, 11 milestones")),
             qPrintable(r.out));
    r = runPactline({QStringLiteral("export"), path(QStringLiteral("copy.pactline")), QStringLiteral("--format"),
                     QStringLiteral("json"), QStringLiteral("-o"), path(QStringLiteral("second.json"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!read(QStringLiteral("first.json")).isEmpty());
    QCOMPARE(read(QStringLiteral("second.json")), read(QStringLiteral("first.json")));

    // Importing the same file again into a portfolio that has it is refused whole: names are taken.
    const QByteArray copyBefore = fileChecksum(path(QStringLiteral("copy.pactline")));
    r = runPactline({QStringLiteral("import"), path(QStringLiteral("copy.pactline")), QStringLiteral("--json"),
                     path(QStringLiteral("first.json"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Nothing was imported.")), qPrintable(r.err));
    QCOMPARE(fileChecksum(path(QStringLiteral("copy.pactline"))), copyBefore);
}

void TestExchangeCli::csvAndIcsExports()
{
    for (const char *table : {"partners", "agreements", "milestones", "events"}) {
        const QString out = path(QStringLiteral("%1.csv").arg(QLatin1String(table)));
        const ProcessResult r =
            runPactline({QStringLiteral("export"), m_sample, QStringLiteral("--format"), QStringLiteral("csv"),
                         QStringLiteral("--table"), QLatin1String(table), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(read(QFileInfo(out).fileName()).startsWith("\xEF\xBB\xBF"));
    }
    QVERIFY(read(QStringLiteral("events.csv")).contains("Title,Date,Place,Notes,Partners\r\n"));
    const ProcessResult ics = runPactline({QStringLiteral("export"), m_sample, QStringLiteral("--format"),
                                           QStringLiteral("ics"), QStringLiteral("-o"), path(QStringLiteral("s.ics"))});
    QCOMPARE(ics.exitCode, 0);
    const QByteArray calendar = read(QStringLiteral("s.ics"));
    QVERIFY(calendar.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    QCOMPARE(calendar.count("BEGIN:VEVENT"), 4);
}

void TestExchangeCli::exportUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("csv without table") << QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                                      QStringLiteral("-o"), QStringLiteral("x.csv")};
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"),
                                                   QStringLiteral("-o"), QStringLiteral("x.xlsx")};
    QTest::newRow("unknown table") << QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                                  QStringLiteral("--table"),  QStringLiteral("themes"),
                                                  QStringLiteral("-o"),       QStringLiteral("x.csv")};
    QTest::newRow("no output") << QStringList{QStringLiteral("--format"), QStringLiteral("json")};
}

void TestExchangeCli::exportUsageErrors()
{
    QFETCH(QStringList, arguments);
    const QDir dir(m_dir.path());
    for (QString &argument : arguments)
        if (argument.startsWith(QLatin1String("x.")))
            argument = dir.filePath(argument);
    const ProcessResult r = runPactline(QStringList{QStringLiteral("export"), m_sample} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Usage: pactline export")), qPrintable(r.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.csv"))));

    const ProcessResult missing =
        runPactline({QStringLiteral("export"), path(QStringLiteral("missing.pactline")), QStringLiteral("--format"),
                     QStringLiteral("json"), QStringLiteral("-o"), path(QStringLiteral("x.json"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(!QFile::exists(path(QStringLiteral("x.json"))));
}

void TestExchangeCli::importWithAProfile()
{
    // A finance office's file: its own headers, semicolons, Windows-1252.
    const QString csv = write(QStringLiteral("finance.csv"), "Contract;Wat;Wanneer;Stand\r\n"
                                                             "Cardiology services: SCRO and Cardialysis;Pilot "
                                                             "afgerond;30-6-2024;Bereikt\r\n"
                                                             "Nieuw programma;Eerste cohort in Malm\xf6;Q1 2025;\r\n");
    const QStringList header{QStringLiteral("Contract"), QStringLiteral("Wat"), QStringLiteral("Wanneer"),
                             QStringLiteral("Stand")};
    const ColumnMapping mapping = TestSupport::mappingOf(
        ImportTarget::Milestones, {QStringLiteral("agreement"), QStringLiteral("title"), QStringLiteral("due"), {}});
    MappingProfile profile = MappingProfile::fromMapping(QStringLiteral("Finance office"), header, mapping);
    profile.encoding = CsvTable::Encoding::Windows1252;
    MappingProfiles profiles;
    profiles.insert(profile);
    QVERIFY(profiles.save());
    QVERIFY(MappingProfiles::defaultPath().startsWith(path(QStringLiteral("data"))));

    const QString portfolio = createSamplePortfolio(m_dir, QStringLiteral("profile.pactline"));
    const ProcessResult r = runPactline({QStringLiteral("import"), portfolio, QStringLiteral("--milestones"), csv,
                                         QStringLiteral("--profile"), QStringLiteral("Finance office")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Windows-1252, semicolon-separated, 2 rows")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Stand → (not imported)")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Adds 1 agreement and 2 milestones")), qPrintable(r.out));
    const ProcessResult json =
        runPactline({QStringLiteral("export"), portfolio, QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("-o"), path(QStringLiteral("profile.json"))});
    QCOMPARE(json.exitCode, 0);
    const QString exported = QString::fromUtf8(read(QStringLiteral("profile.json")));
    QVERIFY(exported.contains(QStringLiteral("\"title\": \"Eerste cohort in Malmö\"")));
    QVERIFY(exported.contains(QStringLiteral("\"due\": \"2024-06-30\"")));
}

void TestExchangeCli::importUnknownProfile()
{
    const QString csv = write(QStringLiteral("p.csv"), "Name\nX\n");
    const ProcessResult r = runPactline({QStringLiteral("import"), m_sample, QStringLiteral("--partners"), csv,
                                         QStringLiteral("--profile"), QStringLiteral("Nope")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("There is no import profile “Nope”")), qPrintable(r.err));
}

void TestExchangeCli::unknownPartnersCanBeSkipped()
{
    const QString portfolio = createSamplePortfolio(m_dir, QStringLiteral("skip.pactline"));
    const QString csv = write(QStringLiteral("agreements.csv"), "Title,Parties\nNew deal,\"LU; Someone New\"\n");
    ProcessResult r =
        runPactline({QStringLiteral("import"), portfolio, QStringLiteral("--agreements"), csv,
                     QStringLiteral("--unknown-partners"), QStringLiteral("skip"), QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("partner “Someone New”: left out.")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Dry run: Adds 1 agreement.")), qPrintable(r.out));
    r = runPactline({QStringLiteral("import"), portfolio, QStringLiteral("--agreements"), csv});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("partner “Someone New”: not in the portfolio; a new partner is added.")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Adds 1 partner and 1 agreement.")), qPrintable(r.out));
}

void TestExchangeCli::importUsageErrors()
{
    const QString csv = write(QStringLiteral("u.csv"), "Name\nX\n");
    const QByteArray before = fileChecksum(m_sample);
    for (const QStringList &arguments :
         {QStringList{}, QStringList{QStringLiteral("--partners"), csv, QStringLiteral("--milestones"), csv},
          QStringList{QStringLiteral("--json"), csv, QStringLiteral("--profile"), QStringLiteral("X")},
          QStringList{QStringLiteral("--partners"), path(QStringLiteral("missing.csv"))}}) {
        const ProcessResult r = runPactline(QStringList{QStringLiteral("import"), m_sample} + arguments);
        QCOMPARE(r.exitCode, 2);
    }
    const ProcessResult missing = runPactline(
        {QStringLiteral("import"), path(QStringLiteral("missing.pactline")), QStringLiteral("--partners"), csv});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(!QFile::exists(path(QStringLiteral("missing.pactline"))));
    QCOMPARE(fileChecksum(m_sample), before);
}

void TestExchangeCli::backupCommand()
{
    const QByteArray before = fileChecksum(m_sample);
    const QString copy = path(QStringLiteral("backup.pactline"));
    ProcessResult r = runPactline({QStringLiteral("backup"), m_sample, QStringLiteral("-o"), copy});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(fileChecksum(m_sample), before);
    QCOMPARE(runPactline({QStringLiteral("check"), copy}).exitCode, 0);
    const QByteArray copied = fileChecksum(copy);
    r = runPactline({QStringLiteral("backup"), m_sample, QStringLiteral("-o"), copy});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
    QCOMPARE(fileChecksum(copy), copied);
    r = runPactline({QStringLiteral("backup"), m_sample});
    QCOMPARE(r.exitCode, 2);
    r = runPactline({QStringLiteral("backup"), path(QStringLiteral("nothing.pactline")), QStringLiteral("-o"),
                     path(QStringLiteral("nothing-copy.pactline"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(path(QStringLiteral("nothing-copy.pactline"))));
}

QTEST_GUILESS_MAIN(TestExchangeCli)
#include "tst_exchangecli.moc"
