// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input fed to `pactline import`: each gives a precise report and leaves the portfolio
// byte-for-byte unchanged.
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class TestImportBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badInput_data();
    void badInput();
    void hundredThousandRowsWithOneBadRow();
    void goodInput_data();
    void goodInput();

private:
    // `pactline import PORTFOLIO OPTION INPUT MORE...` into a fresh sample portfolio, `bytes` written
    // to the input file `name` first.
    struct Import
    {
        QString portfolio;
        QByteArray before; // the portfolio's checksum before the import
        QString input;     // empty when it could not be written
        ProcessResult result;
    };
    Import runImport(const QString &option, const QString &name, const QByteArray &bytes, const QStringList &more = {});

    QTemporaryDir m_dir;
    int m_portfolios = 0;
};

void TestImportBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

TestImportBadInput::Import TestImportBadInput::runImport(const QString &option, const QString &name,
                                                         const QByteArray &bytes, const QStringList &more)
{
    Import import;
    import.portfolio = createSamplePortfolio(m_dir, QStringLiteral("portfolio-%1.pactline").arg(++m_portfolios));
    import.before = fileChecksum(import.portfolio);
    import.input = m_dir.filePath(name);
    if (!writeFile(import.input, bytes))
        import.input.clear();
    import.result = runPactline(QStringList{QStringLiteral("import"), import.portfolio, option, import.input} + more);
    return import;
}

void TestImportBadInput::badInput_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("report");

    QTest::newRow("empty file") << "--partners" << QByteArray() << 2
                                << QStringList{QStringLiteral("The file is empty")};
    QTest::newRow("only a header") << "--partners" << QByteArray("Name,Country,City\r\n") << 1
                                   << QStringList{QStringLiteral("header but no rows")};
    QTest::newRow("unknown columns") << "--partners" << QByteArray("Colour,Size\nred,big\n") << 1
                                     << QStringList{QStringLiteral(
                                            "row 1: None of the columns (“Colour”, “Size”) is a field of partners")};
    QTest::newRow("ragged rows") << "--partners" << QByteArray("Name,Country,City\nA,SE,Lund\nB,SE\nC,NL,Leiden,x\n")
                                 << 1
                                 << QStringList{QStringLiteral("row 3 (“B,SE”): this row has 2 fields but the header "
                                                               "has 3"),
                                                QStringLiteral("row 4 (“C,NL,Leiden,x”): this row has 4 fields"),
                                                QStringLiteral("2 problems")};
    QTest::newRow("unterminated quote") << "--milestones"
                                        << QByteArray("Agreement,Title,Due\nX,A,2024\nX,\"B,2025\nX,C,2026\n") << 2
                                        << QStringList{QStringLiteral(
                                               "Row 3, column 2: the quoted field that starts here is never closed")};
    QTest::newRow("invalid utf-8") << "--partners" << QByteArray("Name,City\nSk\xc3\xa5ne,Malm\xc3\xb6\nLund,Lu\xc3(\n")
                                   << 2
                                   << QStringList{
                                          QStringLiteral("not valid UTF-8: row 3, column 2 holds the byte 0xc3")};
    QTest::newRow("1 MB field") << "--partners" << QByteArray("Name,Notes\nBig Ltd,") + QByteArray(1 << 20, 'x') + "\n"
                                << 1
                                << QStringList{
                                       QStringLiteral("row 2, column “Notes” (“xxxx"),
                                       QStringLiteral("this value is %1 characters long; “Notes” takes at most %2")
                                           .arg(QLocale().toString(1 << 20), QLocale().toString(65536))};
    QTest::newRow("duplicate rows") << "--partners" << QByteArray("Name,Country\nA,SE\nB,NL\nA,SE\n") << 1
                                    << QStringList{QStringLiteral("row 4 (“A,SE”): this row repeats row 2")};
    QByteArray binary("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20);
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 7919) % 256));
    QTest::newRow("binary file") << "--agreements" << binary << 2
                                 << QStringList{QStringLiteral("This is not a text file: row 3, column 1 holds the "
                                                               "control byte 0x00")};
    QTest::newRow("json that is not json") << "--json" << QByteArray("{\"format\": \"pactline-portfolio\",") << 2
                                           << QStringList{QStringLiteral("is not JSON")};
    QTest::newRow("json with a broken reference")
        << "--json"
        << QByteArray("{\"format\": \"pactline-portfolio\", \"formatVersion\": 1, \"agreements\": [{\"id\": 1, "
                      "\"title\": \"X\", \"parties\": [{\"partner\": 7}]}]}")
        << 1 << QStringList{QStringLiteral("agreements[0].parties[0].partner: refers to partner #7")};
}

void TestImportBadInput::badInput()
{
    QFETCH(QString, option);
    QFETCH(QByteArray, bytes);
    QFETCH(int, exitCode);
    QFETCH(QStringList, report);
    const Import import = runImport(option,
                                    QStringLiteral("input-%1")
                                        .arg(QString::fromUtf8(QTest::currentDataTag()))
                                        .replace(QLatin1Char(' '), QLatin1Char('-')),
                                    bytes);
    QVERIFY(!import.input.isEmpty());

    const QString output = import.result.out + import.result.err;
    QCOMPARE(import.result.exitCode, exitCode);
    for (const QString &words : report)
        QVERIFY2(output.contains(words), qPrintable(output.left(2000)));
    QVERIFY2(output.contains(QStringLiteral("nothing was imported"), Qt::CaseInsensitive),
             qPrintable(output.left(2000)));
    QCOMPARE(fileChecksum(import.portfolio), import.before);
    QVERIFY(!QFile::exists(import.portfolio + QStringLiteral("-wal")));
}

void TestImportBadInput::hundredThousandRowsWithOneBadRow()
{
    QByteArray csv = "Agreement;Title;Due;Status\r\n";
    csv.reserve(6 << 20);
    for (int i = 0; i < 100000; ++i) {
        const QByteArray due = i == 54321 ? QByteArray("31-02-2023") : QByteArray::number(2020 + i % 10) + "-Q3";
        csv += "Agreement " + QByteArray::number(i / 10) + ";Milestone " + QByteArray::number(i) + ";" + due +
               ";Planned\r\n";
    }
    const Import import = runImport(QStringLiteral("--milestones"), QStringLiteral("100k.csv"), csv);
    const ProcessResult &r = import.result;
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("%1 rows").arg(QLocale().toString(100000))), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("row 54323, column “Due” (“31-02-2023”): “31-02-2023” is not a date: "
                                           "February 2023 has only 28 days")),
             qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("1 problem in")), qPrintable(r.err));
    QCOMPARE(fileChecksum(import.portfolio), import.before);
}

void TestImportBadInput::goodInput_data()
{
    QTest::addColumn<QStringList>("more");
    QTest::addColumn<QString>("report");
    QTest::addColumn<bool>("changes");

    QTest::newRow("dry run writes nothing") << QStringList{QStringLiteral("--dry-run")}
                                            << QStringLiteral("Dry run: Adds 1 partner. Nothing was written.") << false;
    // The control for the checks above: the same command with good input does change the file.
    QTest::newRow("valid import does change the file") << QStringList() << QString() << true;
}

void TestImportBadInput::goodInput()
{
    QFETCH(QStringList, more);
    QFETCH(QString, report);
    QFETCH(bool, changes);
    const Import import = runImport(QStringLiteral("--partners"), QStringLiteral("good.csv"),
                                    "Name,Country\nKarolinska Institutet,SE\n", more);
    QCOMPARE(import.result.exitCode, 0);
    QVERIFY2(import.result.out.contains(report), qPrintable(import.result.out));
    QCOMPARE(fileChecksum(import.portfolio) != import.before, changes);
}

QTEST_GUILESS_MAIN(TestImportBadInput)
#include "tst_importbadinput.moc"
