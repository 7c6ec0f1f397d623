// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The store's conversions of timestamps: what it writes reads back to the same instant, by the
// character-by-character reader of its own form, and other ISO 8601 forms still read.
#include "store/rowcodec.h"

#include <QTest>

class TestRowCodec : public QObject
{
    Q_OBJECT

private slots:
    void timestampsReadAsQtReadsThem_data();
    void timestampsReadAsQtReadsThem();
    void writtenTimestampsReadBack();
};

void TestRowCodec::timestampsReadAsQtReadsThem_data()
{
    QTest::addColumn<QString>("text");
    const char *const texts[] = {"2023-09-12T10:00:00.000Z",
                                 "1999-12-31T23:59:59.999Z",
                                 "2024-02-29T00:00:00.001Z",
                                 "2023-02-30T10:00:00.000Z",
                                 "2023-09-12T24:00:00.000Z",
                                 "2023-09-12T10:00:00Z",
                                 "2023-09-12T10:00:00.000+02:00",
                                 "2023-09-12 10:00:00.000Z",
                                 "2023-09-1xT10:00:00.000Z",
                                 "20r3-09-12T12:00:00.000Z",
                                 "-001-09-12T12:00:00.000Z",
                                 "",
                                 "yesterday"};
    for (const char *text : texts)
        QTest::newRow(*text ? text : "empty") << QString::fromLatin1(text);
}

void TestRowCodec::timestampsReadAsQtReadsThem()
{
    QFETCH(QString, text);
    QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!expected.isValid())
        expected = QDateTime::fromString(text, Qt::ISODate);
    const QDateTime read = RowCodec::timestampFrom(text);
    QCOMPARE(read.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(read, expected);
        QCOMPARE(read.timeSpec(), Qt::UTC);
    }
}

void TestRowCodec::writtenTimestampsReadBack()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime time(
        now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second(), now.time().msec()), Qt::UTC);
    QCOMPARE(RowCodec::timestampFrom(RowCodec::timestamp(time)), time);
    const QDateTime local(QDate(2023, 9, 12), QTime(12, 30, 15, 250), Qt::LocalTime);
    QCOMPARE(RowCodec::timestampFrom(RowCodec::timestamp(local)), local);
}

QTEST_GUILESS_MAIN(TestRowCodec)
#include "tst_rowcodec.moc"
