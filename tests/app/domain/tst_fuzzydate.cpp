// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/fuzzydate.h"
#include "domain/uilanguage.h"

#include <QtTest>

#include <algorithm>

using Language = FuzzyDate::Language;
using Precision = FuzzyDate::Precision;

// Lets QCOMPARE print FuzzyDates by their code.
char *toString(const FuzzyDate &date)
{
    return QTest::toString(date.isNull() ? QStringLiteral("<null>") : date.code());
}

class TestFuzzyDate : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void toStringForms_data();
    void toStringForms();
    void roundTripEveryDay();
    void reject_data();
    void reject();
    void intervals_data();
    void intervals();
    void ordering();
    void isPastOn_data();
    void isPastOn();
    void addUnits_data();
    void addUnits();
    void constructorNormalises_data();
    void constructorNormalises();
    void factories();
    void code_data();
    void code();
    void fromCodeRejects_data();
    void fromCodeRejects();
    void nullDate();
};

void TestFuzzyDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("precision");

    const auto row = [](const char *text, const char *code, const char *precision) {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromLatin1(code) << QString::fromLatin1(precision);
    };

    // Days
    row("2023-09-12", "2023-09-12", "day");
    row("2023-9-12", "2023-09-12", "day");
    row("2023/09/12", "2023-09-12", "day");
    row("12 September 2023", "2023-09-12", "day");
    row("12 Sep 2023", "2023-09-12", "day");
    row("12 sep. 2023", "2023-09-12", "day");
    row("12 Sept 2023", "2023-09-12", "day");
    row("12-Sep-2023", "2023-09-12", "day");
    row("12 september 2023", "2023-09-12", "day");
    row("12 SEPTEMBER 2023", "2023-09-12", "day");
    row("  12   September   2023  ", "2023-09-12", "day");
    row("\t12 September 2023\n", "2023-09-12", "day");
    row("September 12, 2023", "2023-09-12", "day");
    row("1st October 2023", "2023-10-01", "day");
    row("1e oktober 2023", "2023-10-01", "day");
    row("3 okt 2023", "2023-10-03", "day");
    row("3 mrt 2024", "2024-03-03", "day");
    row("3 maart 2024", "2024-03-03", "day");
    row("3 mars 2024", "2024-03-03", "day");
    row("3 March 2024", "2024-03-03", "day");
    row("1 mei 2024", "2024-05-01", "day");
    row("1 maj 2024", "2024-05-01", "day");
    row("29 februari 2024", "2024-02-29", "day");
    row("12-9-2023", "2023-09-12", "day");
    row("12/09/2023", "2023-09-12", "day");
    row("12.09.2023", "2023-09-12", "day");
    row("31.12.2199", "2199-12-31", "day");
    row("1 January 1900", "1900-01-01", "day");

    // Months
    row("2023-09", "2023-09", "month");
    row("2023-9", "2023-09", "month");
    row("September 2023", "2023-09", "month");
    row("Sep 2023", "2023-09", "month");
    row("sept. 2023", "2023-09", "month");
    row("Sep-2023", "2023-09", "month");
    row("september 2023", "2023-09", "month");
    row("09/2023", "2023-09", "month");
    row("januari 2024", "2024-01", "month");
    row("februari 2024", "2024-02", "month");
    row("maart 2024", "2024-03", "month");
    row("april 2024", "2024-04", "month");
    row("mei 2024", "2024-05", "month");
    row("juni 2024", "2024-06", "month");
    row("juli 2024", "2024-07", "month");
    row("augustus 2024", "2024-08", "month");
    row("oktober 2024", "2024-10", "month");
    row("november 2024", "2024-11", "month");
    row("december 2024", "2024-12", "month");
    row("okt 2024", "2024-10", "month");
    row("mrt 2024", "2024-03", "month");
    row("mars 2024", "2024-03", "month");
    row("maj 2024", "2024-05", "month");
    row("augusti 2024", "2024-08", "month");
    row("May 2024", "2024-05", "month");

    // Quarters
    row("Q3 2024", "2024-Q3", "quarter");
    row("q3 2024", "2024-Q3", "quarter");
    row("Q3-2024", "2024-Q3", "quarter");
    row("Q1 2025", "2025-Q1", "quarter");
    row("2024-Q3", "2024-Q3", "quarter");
    row("2024 Q4", "2024-Q4", "quarter");
    row("K3 2024", "2024-Q3", "quarter");
    row("2024-K3", "2024-Q3", "quarter");
    row("3e kwartaal 2024", "2024-Q3", "quarter");
    row("derde kwartaal 2024", "2024-Q3", "quarter");
    row("1e kwartaal van 2024", "2024-Q1", "quarter");
    row("third quarter of 2024", "2024-Q3", "quarter");
    row("4th quarter 2024", "2024-Q4", "quarter");
    row("kvartal 3 2024", "2024-Q3", "quarter");
    row("tredje kvartalet 2024", "2024-Q3", "quarter");
    row("3:e kvartalet 2024", "2024-Q3", "quarter");

    // Half years
    row("H2 2025", "2025-H2", "half");
    row("h1 2025", "2025-H1", "half");
    row("2025-H2", "2025-H2", "half");
    row("2e helft 2025", "2025-H2", "half");
    row("tweede helft 2025", "2025-H2", "half");
    row("eerste helft 2025", "2025-H1", "half");
    row("second half of 2025", "2025-H2", "half");
    row("andra halvåret 2025", "2025-H2", "half");
    row("halvår 1 2025", "2025-H1", "half");

    // Years
    row("2022", "2022", "year");
    row(" 2022 ", "2022", "year");
    row("1900", "1900", "year");
    row("2200", "2200", "year");
}

void TestFuzzyDate::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, precision);

    QString error = QStringLiteral("stale");
    const FuzzyDate date = FuzzyDate::parse(text, &error);
    QVERIFY2(date.isValid(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(date.code(), code);
    QCOMPARE(FuzzyDate::precisionCode(date.precision()), precision);
    QCOMPARE(FuzzyDate::parse(text), date); // errorMessage is optional
}

void TestFuzzyDate::toStringForms_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("text");

    const auto row = [](const char *code, Language language, const char *text) {
        QTest::addRow("%s %s", qPrintable(UiLanguage::code(language)), code)
            << QString::fromLatin1(code) << language << QString::fromUtf8(text);
    };

    row("2023-09-12", Language::English, "12 September 2023");
    row("2023-09", Language::English, "September 2023");
    row("2024-Q3", Language::English, "Q3 2024");
    row("2025-H2", Language::English, "H2 2025");
    row("2022", Language::English, "2022");
    row("2023-03-01", Language::English, "1 March 2023");

    row("2023-09-12", Language::Dutch, "12 september 2023");
    row("2023-09", Language::Dutch, "september 2023");
    row("2024-Q3", Language::Dutch, "3e kwartaal 2024");
    row("2025-H2", Language::Dutch, "2e helft 2025");
    row("2022", Language::Dutch, "2022");
    row("2023-03-01", Language::Dutch, "1 maart 2023");
    row("2023-10", Language::Dutch, "oktober 2023");

    row("2023-09-12", Language::Swedish, "12 september 2023");
    row("2023-09", Language::Swedish, "september 2023");
    row("2024-Q3", Language::Swedish, "K3 2024");
    row("2025-H2", Language::Swedish, "H2 2025");
    row("2022", Language::Swedish, "2022");
    row("2023-03-01", Language::Swedish, "1 mars 2023");
    row("2023-08", Language::Swedish, "augusti 2023");
}

void TestFuzzyDate::toStringForms()
{
    QFETCH(QString, code);
    QFETCH(Language, language);
    QFETCH(QString, text);

    const FuzzyDate date = FuzzyDate::fromCode(code);
    QVERIFY(date.isValid());
    QCOMPARE(date.toString(language), text);
    QString error;
    QCOMPARE(FuzzyDate::parse(text, &error), date);
    QVERIFY(error.isEmpty());
}

// Every printed form of every period of a leap year, in every language, parses back.
void TestFuzzyDate::roundTripEveryDay()
{
    const Precision precisions[] = {Precision::Day, Precision::Month, Precision::Quarter, Precision::Half,
                                    Precision::Year};
    const Language languages[] = {Language::English, Language::Dutch, Language::Swedish};
    int checked = 0;
    for (QDate day(2024, 1, 1); day.year() == 2024; day = day.addDays(1)) {
        for (const Precision precision : precisions) {
            const FuzzyDate date(day, precision);
            QCOMPARE(FuzzyDate::fromCode(date.code()), date);
            for (const Language language : languages) {
                const QString text = date.toString(language);
                QString error;
                const FuzzyDate parsed = FuzzyDate::parse(text, &error);
                if (parsed != date)
                    QFAIL(qPrintable(QStringLiteral("%1 (%2): %3").arg(text, UiLanguage::code(language), error)));
                ++checked;
            }
        }
    }
    QCOMPARE(checked, 366 * 5 * 3);
}

void TestFuzzyDate::reject_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // a part of the message that says what is wrong

    const auto row = [](const char *name, const char *text, const char *reason) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(reason);
    };

    row("Q5", "Q5 2024", "a quarter is Q1 to Q4");
    row("Q0", "Q0 2024", "a quarter is Q1 to Q4");
    row("K0", "K0 2024", "a quarter is Q1 to Q4");
    row("2024-Q5", "2024-Q5", "a quarter is Q1 to Q4");
    row("5e kwartaal", "5e kwartaal 2024", "a quarter is Q1 to Q4");
    row("H3", "H3 2025", "a half year is H1 or H2");
    row("2025-H0", "2025-H0", "a half year is H1 or H2");
    row("derde helft", "derde helft 2025", "a half year is H1 or H2");
    row("month 13", "2024-13-01", "there is no month 13");
    row("month 0", "2024-00", "there is no month 0");
    row("31 February", "31 February 2023", "February 2023 has only 28 days");
    row("2023-02-29", "2023-02-29", "February 2023 has only 28 days");
    row("30 Feb leap", "30 februari 2024", "February 2024 has only 29 days");
    row("2023-9-31", "2023-9-31", "September 2023 has only 30 days");
    row("31-04-2024", "31-04-2024", "April 2024 has only 30 days");
    row("day 0", "2023-09-00", "there is no day 0");
    row("US order", "09/13/2023", "write the day before the month");
    row("empty", "", "No date given");
    row("blank", "   ", "No date given");
    row("next year", "next year", "is not a date.");
    row("words", "soon", "is not a date.");
    row("Smarch", "12 Smarch 2023", "is not a month");
    row("autumn", "autumn 2023", "is not a month");
    row("1899", "1899", "between 1900 and 2200");
    row("2201", "2201", "between 1900 and 2200");
    row("Q3 1850", "Q3 1850", "between 1900 and 2200");
    row("H1 2300", "H1 2300", "between 1900 and 2200");
    row("1 Jan 1899", "1 January 1899", "between 1900 and 2200");
    row("short year", "12/09/23", "between 1900 and 2200");
    row("Sep 1800", "Sep 1800", "between 1900 and 2200");
    row("2201-01-01", "2201-01-01", "between 1900 and 2200");
    row("31-12-1899", "31-12-1899", "between 1900 and 2200");
    row("mixed separators", "12-09/2023", "is not a date.");
    row("trailing junk", "2023-09-12x", "is not a date.");
    // Found by fuzzing the quick reader of the common forms: a fourth number overran its separators.
    row("four numbers", "1-2-3-4", "is not a date.");
    row("2024-Q5", "2024-Q5", "is not a date");
    row("31-02-2023", "31-02-2023", "is not a date");
}

void TestFuzzyDate::reject()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    QString error;
    const FuzzyDate date = FuzzyDate::parse(text, &error);
    QVERIFY2(date.isNull(), qPrintable(date.code()));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(text.trimmed()), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Type e.g. 2024-09-12, September 2024, Q3 2024, H2 2024 or 2024.")),
             qPrintable(error));
    QVERIFY(FuzzyDate::parse(text).isNull());
}

void TestFuzzyDate::intervals_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    QTest::newRow("day") << QStringLiteral("2023-09-12") << QDate(2023, 9, 12) << QDate(2023, 9, 12);
    QTest::newRow("month 30") << QStringLiteral("2023-09") << QDate(2023, 9, 1) << QDate(2023, 9, 30);
    QTest::newRow("month 31") << QStringLiteral("2023-12") << QDate(2023, 12, 1) << QDate(2023, 12, 31);
    QTest::newRow("February") << QStringLiteral("2023-02") << QDate(2023, 2, 1) << QDate(2023, 2, 28);
    QTest::newRow("leap February") << QStringLiteral("2024-02") << QDate(2024, 2, 1) << QDate(2024, 2, 29);
    QTest::newRow("February 1900") << QStringLiteral("1900-02") << QDate(1900, 2, 1) << QDate(1900, 2, 28);
    QTest::newRow("February 2000") << QStringLiteral("2000-02") << QDate(2000, 2, 1) << QDate(2000, 2, 29);
    QTest::newRow("Q1") << QStringLiteral("2024-Q1") << QDate(2024, 1, 1) << QDate(2024, 3, 31);
    QTest::newRow("Q2") << QStringLiteral("2024-Q2") << QDate(2024, 4, 1) << QDate(2024, 6, 30);
    QTest::newRow("Q3") << QStringLiteral("2024-Q3") << QDate(2024, 7, 1) << QDate(2024, 9, 30);
    QTest::newRow("Q4") << QStringLiteral("2024-Q4") << QDate(2024, 10, 1) << QDate(2024, 12, 31);
    QTest::newRow("H1") << QStringLiteral("2025-H1") << QDate(2025, 1, 1) << QDate(2025, 6, 30);
    QTest::newRow("H2") << QStringLiteral("2025-H2") << QDate(2025, 7, 1) << QDate(2025, 12, 31);
    QTest::newRow("year") << QStringLiteral("2022") << QDate(2022, 1, 1) << QDate(2022, 12, 31);
    QTest::newRow("leap year") << QStringLiteral("2024") << QDate(2024, 1, 1) << QDate(2024, 12, 31);
}

void TestFuzzyDate::intervals()
{
    QFETCH(QString, code);
    QFETCH(QDate, first);
    QFETCH(QDate, last);

    const FuzzyDate date = FuzzyDate::fromCode(code);
    QVERIFY(date.isValid());
    QCOMPARE(date.first(), first);
    QCOMPARE(date.last(), last);
}

void TestFuzzyDate::ordering()
{
    const QStringList expected = {
        QString(),
        QStringLiteral("2023-12-31"),
        QStringLiteral("2024-01-01"),
        QStringLiteral("2024-01"),
        QStringLiteral("2024-Q1"),
        QStringLiteral("2024-H1"),
        QStringLiteral("2024"),
        QStringLiteral("2024-01-02"),
        QStringLiteral("2024-06-30"),
        QStringLiteral("2024-07"),
        QStringLiteral("2024-Q3"),
        QStringLiteral("2024-H2"),
        QStringLiteral("2024-08"),
        QStringLiteral("2024-Q4"),
        QStringLiteral("2025-Q1"),
    };
    QList<FuzzyDate> dates;
    for (const QString &code : expected)
        dates.append(FuzzyDate::fromCode(code));
    std::reverse(dates.begin(), dates.end());
    std::swap(dates[3], dates[9]);
    std::sort(dates.begin(), dates.end());

    QStringList sorted;
    for (const FuzzyDate &date : dates)
        sorted.append(date.code());
    QCOMPARE(sorted, expected);

    QVERIFY(FuzzyDate::day(2024, 7, 1) < FuzzyDate::month(2024, 7));
    QVERIFY(FuzzyDate::month(2024, 7) < FuzzyDate::quarter(2024, 3));
    QVERIFY(FuzzyDate::quarter(2024, 3) < FuzzyDate::half(2024, 2));
    QVERIFY(!(FuzzyDate::half(2024, 2) < FuzzyDate::half(2024, 2)));
    QVERIFY(FuzzyDate::year(2024) < FuzzyDate::day(2024, 1, 2));
    QVERIFY(FuzzyDate() < FuzzyDate::year(1900));
    QVERIFY(FuzzyDate::quarter(2024, 3) != FuzzyDate::month(2024, 7));
}

void TestFuzzyDate::isPastOn_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("past");

    QTest::newRow("day before") << QStringLiteral("2023-09-12") << QDate(2023, 9, 11) << false;
    QTest::newRow("day same") << QStringLiteral("2023-09-12") << QDate(2023, 9, 12) << false;
    QTest::newRow("day after") << QStringLiteral("2023-09-12") << QDate(2023, 9, 13) << true;
    QTest::newRow("month last day") << QStringLiteral("2024-02") << QDate(2024, 2, 29) << false;
    QTest::newRow("month next day") << QStringLiteral("2024-02") << QDate(2024, 3, 1) << true;
    QTest::newRow("quarter first day") << QStringLiteral("2024-Q3") << QDate(2024, 7, 1) << false;
    QTest::newRow("quarter last day") << QStringLiteral("2024-Q3") << QDate(2024, 9, 30) << false;
    QTest::newRow("quarter next day") << QStringLiteral("2024-Q3") << QDate(2024, 10, 1) << true;
    QTest::newRow("half last day") << QStringLiteral("2025-H1") << QDate(2025, 6, 30) << false;
    QTest::newRow("half next day") << QStringLiteral("2025-H1") << QDate(2025, 7, 1) << true;
    QTest::newRow("year last day") << QStringLiteral("2022") << QDate(2022, 12, 31) << false;
    QTest::newRow("year next day") << QStringLiteral("2022") << QDate(2023, 1, 1) << true;
    QTest::newRow("null") << QString() << QDate(2100, 1, 1) << false;
}

void TestFuzzyDate::isPastOn()
{
    QFETCH(QString, code);
    QFETCH(QDate, today);
    QFETCH(bool, past);

    QCOMPARE(FuzzyDate::fromCode(code).isPastOn(today), past);
}

void TestFuzzyDate::addUnits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("units");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *code, int units, const char *expected) {
        QTest::addRow("%s %+d", code, units) << QString::fromLatin1(code) << units << QString::fromLatin1(expected);
    };

    row("2024-12-31", 1, "2025-01-01");
    row("2025-01-01", -1, "2024-12-31");
    row("2024-02-28", 1, "2024-02-29");
    row("2023-02-28", 1, "2023-03-01");
    row("2024-01-01", 366, "2025-01-01");
    row("2024-12", 1, "2025-01");
    row("2025-01", -1, "2024-12");
    row("2024-01", 25, "2026-02");
    row("2024-Q4", 1, "2025-Q1");
    row("2025-Q1", -1, "2024-Q4");
    row("2024-Q3", 6, "2026-Q1");
    row("2024-Q2", 0, "2024-Q2");
    row("2024-H2", 1, "2025-H1");
    row("2025-H1", -1, "2024-H2");
    row("2024-H1", 5, "2026-H2");
    row("2022", 1, "2023");
    row("2022", -22, "2000");
}

void TestFuzzyDate::addUnits()
{
    QFETCH(QString, code);
    QFETCH(int, units);
    QFETCH(QString, expected);

    const FuzzyDate date = FuzzyDate::fromCode(code);
    QVERIFY(date.isValid());
    const FuzzyDate moved = date.addUnits(units);
    QCOMPARE(moved.code(), expected);
    QCOMPARE(moved.precision(), date.precision());
    QCOMPARE(moved.addUnits(-units), date);
}

void TestFuzzyDate::constructorNormalises_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("first");

    QTest::newRow("day") << QDate(2024, 8, 15) << Precision::Day << QStringLiteral("2024-08-15") << QDate(2024, 8, 15);
    QTest::newRow("month") << QDate(2024, 8, 15) << Precision::Month << QStringLiteral("2024-08") << QDate(2024, 8, 1);
    QTest::newRow("quarter start") << QDate(2024, 7, 1) << Precision::Quarter << QStringLiteral("2024-Q3")
                                   << QDate(2024, 7, 1);
    QTest::newRow("quarter mid") << QDate(2024, 8, 15) << Precision::Quarter << QStringLiteral("2024-Q3")
                                 << QDate(2024, 7, 1);
    QTest::newRow("quarter end") << QDate(2024, 12, 31) << Precision::Quarter << QStringLiteral("2024-Q4")
                                 << QDate(2024, 10, 1);
    QTest::newRow("half H1") << QDate(2024, 6, 30) << Precision::Half << QStringLiteral("2024-H1") << QDate(2024, 1, 1);
    QTest::newRow("half H2") << QDate(2024, 7, 1) << Precision::Half << QStringLiteral("2024-H2") << QDate(2024, 7, 1);
    QTest::newRow("year") << QDate(2024, 8, 15) << Precision::Year << QStringLiteral("2024") << QDate(2024, 1, 1);
    QTest::newRow("invalid") << QDate() << Precision::Quarter << QString() << QDate();
}

void TestFuzzyDate::constructorNormalises()
{
    QFETCH(QDate, day);
    QFETCH(Precision, precision);
    QFETCH(QString, code);
    QFETCH(QDate, first);

    const FuzzyDate date(day, precision);
    QCOMPARE(date.code(), code);
    QCOMPARE(date.first(), first);
    if (date.isValid())
        QCOMPARE(date.precision(), precision);
    else
        QCOMPARE(date, FuzzyDate());
}

void TestFuzzyDate::factories()
{
    QCOMPARE(FuzzyDate::day(2023, 9, 12).code(), QStringLiteral("2023-09-12"));
    QCOMPARE(FuzzyDate::month(2023, 9).code(), QStringLiteral("2023-09"));
    QCOMPARE(FuzzyDate::quarter(2024, 3).code(), QStringLiteral("2024-Q3"));
    QCOMPARE(FuzzyDate::half(2025, 2).code(), QStringLiteral("2025-H2"));
    QCOMPARE(FuzzyDate::year(2022).code(), QStringLiteral("2022"));

    QVERIFY(FuzzyDate::day(2023, 2, 29).isNull());
    QVERIFY(FuzzyDate::month(2023, 13).isNull());
    QVERIFY(FuzzyDate::month(2023, 0).isNull());
    QVERIFY(FuzzyDate::quarter(2024, 5).isNull());
    QVERIFY(FuzzyDate::quarter(2024, 0).isNull());
    QVERIFY(FuzzyDate::half(2025, 3).isNull());
    QVERIFY(FuzzyDate::half(2025, 0).isNull());

    QCOMPARE(FuzzyDate::precisionCode(Precision::Day), QStringLiteral("day"));
    QCOMPARE(FuzzyDate::precisionCode(Precision::Month), QStringLiteral("month"));
    QCOMPARE(FuzzyDate::precisionCode(Precision::Quarter), QStringLiteral("quarter"));
    QCOMPARE(FuzzyDate::precisionCode(Precision::Half), QStringLiteral("half"));
    QCOMPARE(FuzzyDate::precisionCode(Precision::Year), QStringLiteral("year"));
}

void TestFuzzyDate::code_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Precision>("precision");

    QTest::newRow("day") << QStringLiteral("2023-09-12") << Precision::Day;
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << Precision::Day;
    QTest::newRow("month") << QStringLiteral("2023-09") << Precision::Month;
    QTest::newRow("quarter") << QStringLiteral("2024-Q3") << Precision::Quarter;
    QTest::newRow("half") << QStringLiteral("2025-H2") << Precision::Half;
    QTest::newRow("year") << QStringLiteral("2022") << Precision::Year;
}

void TestFuzzyDate::code()
{
    QFETCH(QString, code);
    QFETCH(Precision, precision);

    const FuzzyDate date = FuzzyDate::fromCode(code);
    QVERIFY(date.isValid());
    QCOMPARE(date.precision(), precision);
    QCOMPARE(date.code(), code);
    QCOMPARE(FuzzyDate::parse(code), date); // codes are also valid input
}

void TestFuzzyDate::fromCodeRejects_data()
{
    QTest::addColumn<QString>("code");

    const char *const codes[] = {
        "",           " 2022",      "2022 ",   "22",         "02022",           "2023-9-12",
        "2023-09-1",  "2023-9",     "2023-13", "2023-00",    "2023-02-29",      "2023-09-31",
        "2023-09-00", "2024-Q5",    "2024-Q0", "2024-q3",    "2024-H3",         "2024-h2",
        "2024-K3",    "Q3 2024",    "H2 2025", "2023/09/12", "12-09-2023",      "September 2023",
        "0000",       "0000-01-01", "2024-Q",  "2024-Q34",   "2023-09-12T00:00"};
    for (const char *code : codes)
        QTest::newRow(*code ? code : "empty") << QString::fromLatin1(code);
}

void TestFuzzyDate::fromCodeRejects()
{
    QFETCH(QString, code);
    QVERIFY(FuzzyDate::fromCode(code).isNull());
}

void TestFuzzyDate::nullDate()
{
    const FuzzyDate date;
    QVERIFY(date.isNull());
    QVERIFY(!date.isValid());
    QVERIFY(date.code().isEmpty());
    QVERIFY(date.toString(Language::English).isEmpty());
    QVERIFY(date.toString(Language::Dutch).isEmpty());
    QVERIFY(date.toString(Language::Swedish).isEmpty());
    QVERIFY(!date.first().isValid());
    QVERIFY(!date.last().isValid());
    QVERIFY(date.addUnits(3).isNull());
    QVERIFY(!date.isPastOn(QDate(2200, 1, 1)));
    QCOMPARE(date, FuzzyDate(QDate(), Precision::Year));
    QVERIFY(FuzzyDate::fromCode(QString()).isNull());
}

QTEST_GUILESS_MAIN(TestFuzzyDate)
#include "tst_fuzzydate.moc"
