// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelineaxis.h"

#include "domain/uilanguage.h"

#include <QLocale>
#include <QTest>

class TestTimelineAxis final : public QObject
{
    Q_OBJECT

private slots:
    void dateToXAtEachZoom_data();
    void dateToXAtEachZoom();
    void fittingFillsTheWidth();
    void zoomKeepsThePointStill_data();
    void zoomKeepsThePointStill();
    void zoomStaysWithinLimits();
    void scrollMovesByPixels();
    void minorUnitAdaptsToZoom();
    void ticksFallOnUnitStarts();
    void unitStartAndNext();
    void labels();
    void labelsInTheLanguageOfTheInterface_data();
    void labelsInTheLanguageOfTheInterface();
};

void TestTimelineAxis::dateToXAtEachZoom_data()
{
    QTest::addColumn<double>("pixelsPerDay");
    QTest::newRow("min") << TimelineAxis::MinPixelsPerDay;
    QTest::newRow("decades") << 0.05;
    QTest::newRow("years") << 0.4;
    QTest::newRow("months") << 3.0;
    QTest::newRow("days") << 40.0;
    QTest::newRow("max") << TimelineAxis::MaxPixelsPerDay;
}

void TestTimelineAxis::dateToXAtEachZoom()
{
    QFETCH(double, pixelsPerDay);
    const QDate origin(2022, 10, 1);
    const TimelineAxis axis(double(origin.toJulianDay()), pixelsPerDay);
    QCOMPARE(axis.pixelsPerDay(), pixelsPerDay);
    QCOMPARE(axis.x(origin), 0.0);
    for (const QDate &day : {QDate(2022, 10, 1), QDate(2023, 9, 12), QDate(2024, 7, 1), QDate(2019, 2, 28)}) {
        const double expected = double(origin.daysTo(day)) * pixelsPerDay;
        QCOMPARE(axis.x(day), expected);
        QCOMPARE(axis.xAfter(day) - axis.x(day), pixelsPerDay);
        // Any point inside the day maps back to it.
        QCOMPARE(axis.dateAt(axis.x(day) + pixelsPerDay * 0.01), day);
        QCOMPARE(axis.dateAt(axis.x(day) + pixelsPerDay * 0.5), day);
        QCOMPARE(axis.dateAt(axis.xAfter(day) - pixelsPerDay * 0.01), day);
    }
}

void TestTimelineAxis::fittingFillsTheWidth()
{
    const TimelineAxis axis = TimelineAxis::fitting(QDate(2024, 1, 1), QDate(2024, 12, 31), 1098);
    QCOMPARE(axis.x(QDate(2024, 1, 1)), 0.0);
    QCOMPARE(axis.xAfter(QDate(2024, 12, 31)), 1098.0);
    QCOMPARE(axis.pixelsPerDay(), 3.0); // 2024 has 366 days
    QCOMPARE(axis.firstVisible(), QDate(2024, 1, 1));
    QCOMPARE(axis.lastVisible(1097.9), QDate(2024, 12, 31));
}

void TestTimelineAxis::zoomKeepsThePointStill_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("factor");
    QTest::newRow("in at left") << 0.0 << 1.25;
    QTest::newRow("in at middle") << 517.0 << 1.25;
    QTest::newRow("out at right") << 1000.0 << 0.8;
    QTest::newRow("far in") << 333.3 << 20.0;
    QTest::newRow("far out") << 80.0 << 0.01;
}

void TestTimelineAxis::zoomKeepsThePointStill()
{
    QFETCH(double, x);
    QFETCH(double, factor);
    const TimelineAxis before(double(QDate(2023, 1, 1).toJulianDay()), 2.0);
    const TimelineAxis after = before.zoomedAt(x, factor);
    QVERIFY(qAbs(after.dayAt(x) - before.dayAt(x)) < 1e-6);
    QCOMPARE(after.dateAt(x), before.dateAt(x));
    const double expected = qBound(TimelineAxis::MinPixelsPerDay, 2.0 * factor, TimelineAxis::MaxPixelsPerDay);
    QCOMPARE(after.pixelsPerDay(), expected);
}

void TestTimelineAxis::zoomStaysWithinLimits()
{
    TimelineAxis axis(double(QDate(2023, 1, 1).toJulianDay()), 1.0);
    for (int i = 0; i < 100; ++i)
        axis = axis.zoomedAt(100, 2.0);
    QCOMPARE(axis.pixelsPerDay(), TimelineAxis::MaxPixelsPerDay);
    for (int i = 0; i < 100; ++i)
        axis = axis.zoomedAt(100, 0.5);
    QCOMPARE(axis.pixelsPerDay(), TimelineAxis::MinPixelsPerDay);
}

void TestTimelineAxis::scrollMovesByPixels()
{
    const TimelineAxis axis(double(QDate(2023, 1, 1).toJulianDay()), 4.0);
    const TimelineAxis moved = axis.scrolled(40);
    QCOMPARE(moved.firstVisible(), QDate(2023, 1, 11));
    QCOMPARE(moved.x(QDate(2023, 1, 11)), 0.0);
    QCOMPARE(moved.scrolled(-40).firstVisible(), QDate(2023, 1, 1));
}

void TestTimelineAxis::minorUnitAdaptsToZoom()
{
    const double origin = double(QDate(2023, 1, 1).toJulianDay());
    QCOMPARE(TimelineAxis(origin, 40).minorUnit(36), TimelineAxis::Unit::Day);
    QCOMPARE(TimelineAxis(origin, 6).minorUnit(36), TimelineAxis::Unit::Week);
    QCOMPARE(TimelineAxis(origin, 2).minorUnit(36), TimelineAxis::Unit::Month);
    QCOMPARE(TimelineAxis(origin, 0.5).minorUnit(36), TimelineAxis::Unit::Quarter);
    QCOMPARE(TimelineAxis(origin, 0.15).minorUnit(36), TimelineAxis::Unit::Year);
    QCOMPARE(TimelineAxis(origin, 0.03).minorUnit(36), TimelineAxis::Unit::FiveYears);
    QCOMPARE(TimelineAxis(origin, 0.02).minorUnit(80), TimelineAxis::Unit::Decade);
    QCOMPARE(TimelineAxis::majorUnitFor(TimelineAxis::Unit::Day), TimelineAxis::Unit::Month);
    QCOMPARE(TimelineAxis::majorUnitFor(TimelineAxis::Unit::Quarter), TimelineAxis::Unit::Year);
    QCOMPARE(TimelineAxis::majorUnitFor(TimelineAxis::Unit::Year), TimelineAxis::Unit::Decade);
}

void TestTimelineAxis::ticksFallOnUnitStarts()
{
    const TimelineAxis axis = TimelineAxis::fitting(QDate(2023, 11, 15), QDate(2025, 2, 10), 1200);
    const QList<TimelineAxis::Tick> quarters = axis.ticks(TimelineAxis::Unit::Quarter, 1200);
    QStringList labels;
    for (const TimelineAxis::Tick &tick : quarters) {
        QCOMPARE(tick.date.day(), 1);
        QCOMPARE((tick.date.month() - 1) % 3, 0);
        QCOMPARE(tick.x, axis.x(tick.date));
        labels << tick.label;
    }
    // The first tick is the start of the quarter the view begins in (left of the plot).
    QCOMPARE(quarters.first().date, QDate(2023, 10, 1));
    QVERIFY(quarters.first().x < 0);
    QCOMPARE(labels, QStringList({QStringLiteral("Q4"), QStringLiteral("Q1"), QStringLiteral("Q2"),
                                  QStringLiteral("Q3"), QStringLiteral("Q4"), QStringLiteral("Q1")}));
    const QList<TimelineAxis::Tick> months = axis.ticks(TimelineAxis::Unit::Month, 1200);
    QCOMPARE(months.size(), 16);
    QCOMPARE(months.at(1).label, QStringLiteral("Dec"));
}

void TestTimelineAxis::unitStartAndNext()
{
    const QDate day(2024, 8, 14); // a Wednesday
    QCOMPARE(TimelineAxis::unitStart(day, TimelineAxis::Unit::Week), QDate(2024, 8, 12));
    QCOMPARE(TimelineAxis::unitStart(day, TimelineAxis::Unit::Quarter), QDate(2024, 7, 1));
    QCOMPARE(TimelineAxis::nextUnit(day, TimelineAxis::Unit::Quarter), QDate(2024, 10, 1));
    QCOMPARE(TimelineAxis::unitStart(day, TimelineAxis::Unit::FiveYears), QDate(2020, 1, 1));
    QCOMPARE(TimelineAxis::nextUnit(day, TimelineAxis::Unit::Decade), QDate(2030, 1, 1));
    QCOMPARE(TimelineAxis::nextUnit(QDate(2024, 12, 31), TimelineAxis::Unit::Day), QDate(2025, 1, 1));
}

void TestTimelineAxis::labels()
{
    QCOMPARE(TimelineAxis::tickLabel(QDate(2024, 7, 1), TimelineAxis::Unit::Quarter, false), QStringLiteral("Q3"));
    QCOMPARE(TimelineAxis::tickLabel(QDate(2024, 7, 1), TimelineAxis::Unit::Quarter, true), QStringLiteral("Q3 2024"));
    QCOMPARE(TimelineAxis::tickLabel(QDate(2024, 9, 1), TimelineAxis::Unit::Month, false), QStringLiteral("Sep"));
    QCOMPARE(TimelineAxis::tickLabel(QDate(2024, 9, 1), TimelineAxis::Unit::Month, true),
             QStringLiteral("September 2024"));
    QCOMPARE(TimelineAxis::tickLabel(QDate(2020, 1, 1), TimelineAxis::Unit::Decade, true), QStringLiteral("2020s"));
    QCOMPARE(TimelineAxis::tickLabel(QDate(2023, 9, 12), TimelineAxis::Unit::Day, false), QStringLiteral("12"));
}

void TestTimelineAxis::labelsInTheLanguageOfTheInterface_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("sv") << QStringLiteral("sv")
                        << QStringList{QStringLiteral("K3"),         QStringLiteral("K3 2024"),
                                       QStringLiteral("maj"),        QStringLiteral("maj 2024"),
                                       QStringLiteral("2020-talet"), QStringLiteral("12 maj 2023")};
    QTest::newRow("nl") << QStringLiteral("nl")
                        << QStringList{QStringLiteral("K3"),         QStringLiteral("3e kwartaal 2024"),
                                       QStringLiteral("mei"),        QStringLiteral("mei 2024"),
                                       QStringLiteral("jaren 2020"), QStringLiteral("12 mei 2023")};
}

void TestTimelineAxis::labelsInTheLanguageOfTheInterface()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const QLocale before;
    UiLanguage::apply(language);
    const QStringList labels{TimelineAxis::tickLabel(QDate(2024, 7, 1), TimelineAxis::Unit::Quarter, false),
                             TimelineAxis::tickLabel(QDate(2024, 7, 1), TimelineAxis::Unit::Quarter, true),
                             TimelineAxis::tickLabel(QDate(2024, 5, 1), TimelineAxis::Unit::Month, false),
                             TimelineAxis::tickLabel(QDate(2024, 5, 1), TimelineAxis::Unit::Month, true),
                             TimelineAxis::tickLabel(QDate(2020, 1, 1), TimelineAxis::Unit::Decade, true),
                             TimelineAxis::tickLabel(QDate(2023, 5, 12), TimelineAxis::Unit::Day, true)};
    QLocale::setDefault(before);
    UiLanguage::install(before);
    QCOMPARE(labels, expected);
}

QTEST_GUILESS_MAIN(TestTimelineAxis)
#include "tst_timelineaxis.moc"
