// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/csvreader.h"
#include "exchange/csvwriter.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QtTest>

using Encoding = CsvTable::Encoding;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void encodings_data();
    void encodings();
    void utf16WithoutMark();
    void delimiters_data();
    void delimiters();
    void quotedFields();
    void lineEnds_data();
    void lineEnds();
    void emptyLinesKeepRowNumbers();
    void forcedOptions();
    void problems_data();
    void problems();
    void bigField();
    void controlCharactersAreText();
    void byteOrderMarksInTheDataStay();
    void writerRoundTrip();
    void neutralisation_data();
    void neutralisation();
};

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");

    const QString text = QStringLiteral("name;city\nSkåne University Hospital;Malmö\n€ fund;Kraków\n");
    QTest::newRow("utf-8") << text.toUtf8() << int(Encoding::Utf8);
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << int(Encoding::Utf8WithBom);
    QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QTest::newRow("utf-16 le") << QByteArray(le.encode(text)) << int(Encoding::Utf16LittleEndian);
    QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
    QTest::newRow("utf-16 be") << QByteArray(be.encode(text)) << int(Encoding::Utf16BigEndian);
    QTest::newRow("windows-1252") << QByteArray(
                                         "name;city\nSk\xe5ne University Hospital;Malm\xf6\n\x80 fund;Krak\xf3w\n")
                                  << int(Encoding::Windows1252);
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    const CsvTable table = CsvReader::read(bytes);
    QVERIFY2(table.ok(), qPrintable(table.problem ? table.problem->message : QString()));
    QCOMPARE(int(table.encoding), encoding);
    QCOMPARE(table.delimiter, QLatin1Char(';'));
    QCOMPARE(table.header, QStringList({QStringLiteral("name"), QStringLiteral("city")}));
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.at(0), QStringList({QStringLiteral("Skåne University Hospital"), QStringLiteral("Malmö")}));
    QCOMPARE(table.rows.at(1).at(0), QStringLiteral("€ fund"));
    QCOMPARE(table.rows.at(1).at(1), QStringLiteral("Kraków"));
}

void TestCsvReader::utf16WithoutMark()
{
    const QString text = QStringLiteral("title\tdue\nATMP facility\tQ3 2024\n");
    QStringEncoder le(QStringConverter::Utf16LE);
    const CsvTable little = CsvReader::read(le.encode(text));
    QCOMPARE(little.encoding, Encoding::Utf16LittleEndian);
    QCOMPARE(little.delimiter, QLatin1Char('\t'));
    QCOMPARE(little.rows.value(0), QStringList({QStringLiteral("ATMP facility"), QStringLiteral("Q3 2024")}));
    QStringEncoder be(QStringConverter::Utf16BE);
    const CsvTable big = CsvReader::read(be.encode(text));
    QCOMPARE(big.encoding, Encoding::Utf16BigEndian);
    QCOMPARE(big.rows.value(0), little.rows.value(0));
}

void TestCsvReader::delimiters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<int>("columns");

    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QChar(QLatin1Char(',')) << 3;
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("name;amount;city\nLU;1,5;Lund\nLUMC;2,75;Leiden\n") << QChar(QLatin1Char(';')) << 3;
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << QChar(QLatin1Char('\t')) << 2;
    QTest::newRow("comma, semicolons inside quotes")
        << QByteArray("title,parties\n\"A\",\"LU; LUMC; UCR\"\n\"B\",\"QPS; CTC\"\n") << QChar(QLatin1Char(',')) << 2;
    QTest::newRow("one column") << QByteArray("name\nLund University\n") << QChar(QLatin1Char(',')) << 1;
}

void TestCsvReader::delimiters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    QFETCH(int, columns);
    const CsvTable table = CsvReader::read(bytes);
    QVERIFY(table.ok());
    QCOMPARE(table.delimiter, delimiter);
    QCOMPARE(table.header.size(), columns);
    for (const QStringList &row : table.rows)
        QCOMPARE(row.size(), columns);
}

void TestCsvReader::quotedFields()
{
    const QByteArray bytes = "title,notes,parties\r\n"
                             "\"Declaration, on ATMP\",\"He said \"\"yes\"\"\",LU\r\n"
                             "\"Two\nlines\",\"CRLF\r\ninside\",\"\"\r\n"
                             "plain,,\r\n";
    const CsvTable table = CsvReader::read(bytes);
    QVERIFY(table.ok());
    QCOMPARE(table.rows.size(), 3);
    QCOMPARE(table.rows.at(0), QStringList({QStringLiteral("Declaration, on ATMP"), QStringLiteral("He said \"yes\""),
                                            QStringLiteral("LU")}));
    QCOMPARE(table.rows.at(1),
             QStringList({QStringLiteral("Two\nlines"), QStringLiteral("CRLF\r\ninside"), QString()}));
    QCOMPARE(table.rows.at(2), QStringList({QStringLiteral("plain"), QString(), QString()}));
}

void TestCsvReader::lineEnds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("lf") << QByteArray("a,b\n1,2\n3,4\n");
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n3,4\r\n");
    QTest::newRow("cr") << QByteArray("a,b\r1,2\r3,4\r");
    QTest::newRow("no final line end") << QByteArray("a,b\n1,2\n3,4");
    QTest::newRow("several final line ends") << QByteArray("a,b\r\n1,2\r\n3,4\r\n\r\n\r\n");
}

void TestCsvReader::lineEnds()
{
    QFETCH(QByteArray, bytes);
    const CsvTable table = CsvReader::read(bytes);
    QVERIFY(table.ok());
    QCOMPARE(table.header, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(table.rows, QList<QStringList>(
                             {{QStringLiteral("1"), QStringLiteral("2")}, {QStringLiteral("3"), QStringLiteral("4")}}));
}

void TestCsvReader::emptyLinesKeepRowNumbers()
{
    // Row i of rows is spreadsheet row i + 2, also after an empty line.
    const CsvTable table = CsvReader::read("a,b\n1,2\n\n3,4\n");
    QVERIFY(table.ok());
    QCOMPARE(table.rows.size(), 3);
    QCOMPARE(table.rows.at(1), QStringList({QString()}));
    QCOMPARE(table.rows.at(2).at(0), QStringLiteral("3"));
}

void TestCsvReader::forcedOptions()
{
    // Valid UTF-8 read as Windows-1252 on request, and a forced delimiter.
    CsvReader::Options options;
    options.encoding = Encoding::Windows1252;
    options.delimiter = QLatin1Char(',');
    const CsvTable table = CsvReader::read(QStringLiteral("a;b,c\nå;x,y\n").toUtf8(), options);
    QVERIFY(table.ok());
    QCOMPARE(table.delimiter, QLatin1Char(','));
    QCOMPARE(table.header, QStringList({QStringLiteral("a;b"), QStringLiteral("c")}));
    QCOMPARE(table.rows.at(0).at(0), QStringLiteral("Ã¥;x"));
}

void TestCsvReader::problems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("words");

    QTest::newRow("empty") << QByteArray() << 0 << 0 << QStringLiteral("empty");
    QTest::newRow("only a byte-order mark") << QByteArray("\xEF\xBB\xBF") << 0 << 0 << QStringLiteral("no header");
    QTest::newRow("unterminated quote") << QByteArray("a,b,c\n1,2,3\n4,\"five,6\n7,8,9\n") << 3 << 2
                                        << QStringLiteral("never closed");
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\n\"x\"y,2\n") << 2 << 1 << QStringLiteral("after the closing quote");
    // Valid UTF-8 (å) elsewhere, so this is UTF-8 with a damaged byte, not Windows-1252.
    QTest::newRow("invalid utf-8") << QByteArray("name,city\nSk\xc3\xa5ne,Malm\xc3\xb6\nLund,Lun\xc3(d\n") << 3 << 2
                                   << QStringLiteral("not valid UTF-8");
    QTest::newRow("binary (png)") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << 3 << 1
                                  << QStringLiteral("not a text file");
    // Found by fuzzing: Qt's decoder passes half a surrogate pair through, which is no character.
    QTest::newRow("utf-16 lone surrogate") << QByteArray("\xFF\xFE"
                                                         "a\0,\0b\0\n\0"
                                                         "1\0,\0"
                                                         "\x8b\xdd"
                                                         "2\0\n\0",
                                                         18)
                                           << 2 << 2 << QStringLiteral("not valid UTF-16 LE");
    QTest::newRow("utf-16 cut in half") << QByteArray("\xFF\xFE"
                                                      "a\0,\0b\0\n\0"
                                                      "1\0,\0"
                                                      "2",
                                                      15)
                                        << 2 << 2 << QStringLiteral("not valid UTF-16 LE");
}

void TestCsvReader::problems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, words);
    const CsvTable table = CsvReader::read(bytes);
    QVERIFY(!table.ok());
    QCOMPARE(table.problem->row, row);
    QCOMPARE(table.problem->column, column);
    QVERIFY2(table.problem->message.contains(words), qPrintable(table.problem->message));
    if (row > 0)
        QVERIFY2(table.problem->message.contains(QStringLiteral("row %1, column %2").arg(row).arg(column),
                                                 Qt::CaseInsensitive),
                 qPrintable(table.problem->message));
}

void TestCsvReader::bigField()
{
    const QByteArray big(1 << 20, 'x');
    const CsvTable table = CsvReader::read("a,b\n\"" + big + "\",2\n" + big + ",3\n");
    QVERIFY(table.ok());
    QCOMPARE(table.rows.at(0).at(0).size(), 1 << 20);
    QCOMPARE(table.rows.at(1).at(0).size(), 1 << 20);
}

void TestCsvReader::byteOrderMarksInTheDataStay()
{
    // Found by fuzzing: after the file's mark, Qt's decoders dropped one more U+FEFF, the data's own.
    QStringEncoder utf16(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
    const QString text = QStringLiteral("\uFEFFname\n\uFEFF\n");
    const QByteArray utf8 = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    for (const QByteArray &bytes : QList<QByteArray>{utf8, QByteArray(utf16.encode(text))}) {
        const CsvTable table = CsvReader::read(bytes);
        QVERIFY(table.ok());
        QCOMPARE(table.header, QStringList{QStringLiteral("\uFEFFname")});
        QCOMPARE(table.rows, QList<QStringList>{QStringList{QStringLiteral("\uFEFF")}});
    }
}

void TestCsvReader::controlCharactersAreText()
{
    const CsvTable table = CsvReader::read("name,notes\nA,bell \x07 and escape \x1b\n");
    QVERIFY(table.ok());
    QCOMPARE(table.rows.at(0).at(1), QStringLiteral("bell \x07 and escape \x1b"));
}

void TestCsvReader::writerRoundTrip()
{
    const QList<QStringList> rows{
        {QStringLiteral("Title"), QStringLiteral("Notes")},
        {QStringLiteral("A, with comma"), QStringLiteral("quote \" and\nnew line")},
        {QStringLiteral("=1+1"), QStringLiteral("-minus")},
        {QStringLiteral("'=kept"), QStringLiteral("@home")},
        {QStringLiteral("\tTab"), QStringLiteral("\rCR")},
        {QString(), QStringLiteral("Skåne ✓")},
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(buffer);
        for (const QStringList &row : rows)
            writer.writeRow(row);
    }
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\r\n'=1+1,'-minus\r\n"));
    const CsvTable table = CsvReader::read(bytes);
    QVERIFY(table.ok());
    QCOMPARE(table.encoding, Encoding::Utf8WithBom);
    QCOMPARE(table.header, rows.at(0));
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QStringList restored;
        for (const QString &cell : table.rows.at(i - 1))
            restored << CsvWriter::unneutralised(cell);
        QCOMPARE(restored, rows.at(i));
    }
}

void TestCsvReader::neutralisation_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    for (const char *formula : {"=SUM(A1)", "+31 71 526 9111", "-5", "@SUM(1)", "\tx", "\rx"})
        QTest::newRow(formula) << QString::fromLatin1(formula) << QLatin1Char('\'') + QString::fromLatin1(formula);
    QTest::newRow("apostrophe before formula") << QStringLiteral("'=x") << QStringLiteral("''=x");
    QTest::newRow("apostrophe alone") << QStringLiteral("'quoted'") << QStringLiteral("'quoted'");
    QTest::newRow("plain") << QStringLiteral("Lund") << QStringLiteral("Lund");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("formula character later") << QStringLiteral("a=b") << QStringLiteral("a=b");
}

void TestCsvReader::neutralisation()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::neutralised(cell), written);
    QCOMPARE(CsvWriter::unneutralised(written), cell);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
