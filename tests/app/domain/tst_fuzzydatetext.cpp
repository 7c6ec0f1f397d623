// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/fuzzydate.h"

#include <QtTest>

// FuzzyDate's storage text: code() and isoDay(), which every store, import and export writes through.
class TestFuzzyDateText : public QObject
{
    Q_OBJECT

private slots:
    void codeOfAnyYear_data();
    void codeOfAnyYear();
    void isoDay();
};

// The fast code writes what the general one did, for years a file can hold and for the others.
void TestFuzzyDateText::codeOfAnyYear_data()
{
    QTest::addColumn<FuzzyDate>("date");
    QTest::addColumn<QString>("code");

    QTest::newRow("day, year 999") << FuzzyDate::day(999, 3, 4) << QStringLiteral("0999-03-04");
    QTest::newRow("month, year 5") << FuzzyDate::month(5, 12) << QStringLiteral("0005-12");
    QTest::newRow("quarter, year 9999") << FuzzyDate::quarter(9999, 4) << QStringLiteral("9999-Q4");
    QTest::newRow("half, year 12345") << FuzzyDate::half(12345, 1) << QStringLiteral("12345-H1");
    QTest::newRow("year 10000") << FuzzyDate::year(10000) << QStringLiteral("10000");
    QTest::newRow("day, year 10000") << FuzzyDate::day(10000, 1, 31) << QStringLiteral("10000-01-31");
}

void TestFuzzyDateText::codeOfAnyYear()
{
    QFETCH(FuzzyDate, date);
    QFETCH(QString, code);

    QCOMPARE(date.code(), code);
}

void TestFuzzyDateText::isoDay()
{
    for (QDate day(1899, 12, 25); day.year() < 2201; day = day.addDays(17))
        QCOMPARE(FuzzyDate::isoDay(day), day.toString(Qt::ISODate));
    QCOMPARE(FuzzyDate::isoDay(QDate(1, 1, 1)), QStringLiteral("0001-01-01"));
    QCOMPARE(FuzzyDate::isoDay(QDate(9999, 12, 31)), QStringLiteral("9999-12-31"));
    QCOMPARE(FuzzyDate::isoDay(QDate()), QString());
}

QTEST_GUILESS_MAIN(TestFuzzyDateText)
#include "tst_fuzzydatetext.moc"
