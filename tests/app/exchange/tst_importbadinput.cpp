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
    void dryRunWritesNothing();
    void validImportDoesChangeTheFile();

private:
    QString writeInput(const QString &name, const QByteArray &bytes);
    QString freshPortfolio();

    QTemporaryDir m_dir;
    int m_portfolios = 0;
};

void TestImportBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestImportBadInput::writeInput(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QString TestImportBadInput::freshPortfolio()
{
    return createSamplePortfolio(m_dir, QStringLiteral("portfolio-%1.pactline").arg(++m_portfolios));
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
    const QString portfolio = freshPortfolio();
    const QByteArray before = fileChecksum(portfolio);
    const QString input = writeInput(QStringLiteral("input-%1")
                                         .arg(QString::fromUtf8(QTest::currentDataTag()))
                                         .replace(QLatin1Char(' '), QLatin1Char('-')),
                                     bytes);
    QVERIFY(!input.isEmpty());

    const ProcessResult r = runPactline({QStringLiteral("import"), portfolio, option, input});
    const QString output = r.out + r.err;
    QCOMPARE(r.exitCode, exitCode);
    for (const QString &words : report)
        QVERIFY2(output.contains(words), qPrintable(output.left(2000)));
    QVERIFY2(output.contains(QStringLiteral("nothing was imported"), Qt::CaseInsensitive),
             qPrintable(output.left(2000)));
    QCOMPARE(fileChecksum(portfolio), before);
    QVERIFY(!QFile::exists(portfolio + QStringLiteral("-wal")));
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
    const QString portfolio = freshPortfolio();
    const QByteArray before = fileChecksum(portfolio);
    const QString input = writeInput(QStringLiteral("100k.csv"), csv);
    const ProcessResult r = runPactline({QStringLiteral("import"), portfolio, QStringLiteral("--milestones"), input});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("%1 rows").arg(QLocale().toString(100000))), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("row 54323, column “Due” (“31-02-2023”): “31-02-2023” is not a date: "
                                           "February 2023 has only 28 days")),
             qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("1 problem in")), qPrintable(r.err));
    QCOMPARE(fileChecksum(portfolio), before);
}

void TestImportBadInput::dryRunWritesNothing()
{
    const QString portfolio = freshPortfolio();
    const QByteArray before = fileChecksum(portfolio);
    const QString input = writeInput(QStringLiteral("good.csv"), "Name,Country\nKarolinska Institutet,SE\n");
    const ProcessResult r = runPactline(
        {QStringLiteral("import"), portfolio, QStringLiteral("--partners"), input, QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Dry run: Adds 1 partner. Nothing was written.")), qPrintable(r.out));
    QCOMPARE(fileChecksum(portfolio), before);
}

void TestImportBadInput::validImportDoesChangeTheFile()
{
    // The control for the checks above: the same command with good input does change the file.
    const QString portfolio = freshPortfolio();
    const QByteArray before = fileChecksum(portfolio);
    const QString input = writeInput(QStringLiteral("good.csv"), "Name,Country\nKarolinska Institutet,SE\n");
    const ProcessResult r = runPactline({QStringLiteral("import"), portfolio, QStringLiteral("--partners"), input});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(fileChecksum(portfolio) != before);
}

QTEST_GUILESS_MAIN(TestImportBadInput)
#include "tst_importbadinput.moc"
