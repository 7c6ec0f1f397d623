// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Layout of the timeline: geometry, labels, level of detail, hit testing. Uses QTEST_MAIN (a
// QGuiApplication) because label placement measures text with real fonts.
#include "timeline/timelinelayout.h"

#include <QFontMetricsF>
#include <QRandomGenerator>
#include <QTest>

namespace {

const QDate Today(2026, 11, 25);
const QRectF Target(0, 0, 1200, 420);

TimelineOptions plainOptions()
{
    TimelineOptions options;
    options.today = Today;
    options.headerWidth = 200;
    options.axisHeight = 42;
    options.rowHeight = 30;
    options.showLegend = false;
    options.showEvents = false;
    return options;
}

TimelineMilestone milestone(qint64 id, const FuzzyDate &due, MilestoneStatus status = MilestoneStatus::Planned,
                            const QString &title = {})
{
    TimelineMilestone m;
    m.id = id;
    m.agreementId = 1;
    m.title = title.isEmpty() ? QStringLiteral("Milestone %1").arg(id) : title;
    m.due = due;
    m.status = status;
    return m;
}

// Milestone 2 slipped from Q2 to Q3 2024.
MilestoneChange permitDelay()
{
    MilestoneChange change;
    change.milestoneId = 2;
    change.oldDue = FuzzyDate::quarter(2024, 2);
    change.newDue = FuzzyDate::quarter(2024, 3);
    change.changedAt = QDateTime(QDate(2024, 3, 2), QTime(10, 0), Qt::UTC);
    change.reason = QStringLiteral("permit delay");
    return change;
}

// One lane per list of milestones, no groups.
TimelineScene sceneOf(const QList<QList<TimelineMilestone>> &lanes)
{
    TimelineScene scene;
    scene.today = Today;
    scene.from = QDate(2000, 1, 1);
    scene.to = QDate(2040, 12, 31);
    for (int i = 0; i < lanes.size(); ++i) {
        TimelineLane lane;
        lane.agreementId = i + 1;
        lane.title = QStringLiteral("Agreement %1").arg(i + 1);
        lane.status = AgreementStatus::Active;
        lane.milestones = lanes.at(i);
        for (TimelineMilestone &m : lane.milestones)
            m.agreementId = lane.agreementId;
        scene.lanes.append(lane);
        scene.rows.append(TimelineRow{-1, i});
    }
    scene.totalRows = int(scene.rows.size());
    return scene;
}

TimelineAxis axisFor(QDate from, QDate to, const TimelineOptions &options)
{
    return TimelineAxis::fitting(from, to, TimelineLayout::plotRectFor(Target, options).width());
}

QList<TimelineLayout::Mark> marksOf(const TimelineLayout &layout, TimelineLayout::MarkKind kind)
{
    QList<TimelineLayout::Mark> marks;
    for (const TimelineLayout::Mark &mark : layout.marks())
        if (mark.kind == kind)
            marks << mark;
    return marks;
}

const TimelineLayout::Mark *mainMark(const TimelineLayout &layout, qint64 milestoneId)
{
    for (const TimelineLayout::Mark &mark : layout.marks())
        if (mark.milestoneId == milestoneId &&
            (mark.kind == TimelineLayout::MarkKind::Band || mark.kind == TimelineLayout::MarkKind::Diamond))
            return &mark;
    return nullptr;
}

const TimelineLayout::Label *labelOf(const TimelineLayout &layout, qint64 milestoneId)
{
    for (const TimelineLayout::Label &label : layout.labels())
        if (label.milestoneId == milestoneId)
            return &label;
    return nullptr;
}

bool near(double a, double b)
{
    return qAbs(a - b) < 1e-6;
}

} // namespace

class TestTimelineLayout final : public QObject
{
    Q_OBJECT

private slots:
    void regions();
    void bandExtentsForEachPrecision_data();
    void bandExtentsForEachPrecision();
    void rowsFollowTheVerticalScroll();
    void labelSitsBesideItsMark();
    void wideBandHoldsItsLabel();
    void labelMovesLeftOrElidesWhenCrowded();
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
    void crowdedMarksAggregateIntoClusters();
    void fewOverlappingMarksStayApart();
    void densityBucketsMergeWhenNarrow();
    void slipsDrawGhostsWithArrows();
    void achievedShowsWhereAchieved();
    void dragPreviewMovesTheMark();
    void overdueStandsOut();
    void hitTesting();
    void stickyGroupHeader();
    void toolTips();
    void eventsAndToday();
    void todayIsNeverCut_data();
    void todayIsNeverCut();
    void headerTitleAndNoteNeverOverlap_data();
    void headerTitleAndNoteNeverOverlap();
    void legendWrapsToTheWidth();
};

void TestTimelineLayout::regions()
{
    TimelineOptions options = plainOptions();
    options.showLegend = true;
    options.showEvents = true;
    const TimelineLayout layout = TimelineLayout::build(sceneOf({}), Target, axisFor({}, {}, options), 0, options);
    QCOMPARE(layout.plotRect().left(), 200.0);
    QCOMPARE(layout.plotRect().right(), 1200.0);
    QCOMPARE(layout.axisRect().height(), TimelineLayout::axisHeightFor(options));
    QVERIFY(TimelineLayout::axisHeightFor(options) > options.axisHeight); // the event strip
    QCOMPARE(layout.plotRect().top(), layout.axisRect().bottom());
    QCOMPARE(layout.legendRect().top(), layout.plotRect().bottom());
    QCOMPARE(layout.legendRect().bottom(), Target.bottom());
    QCOMPARE(TimelineLayout::heightFor(5, 1200, options),
             TimelineLayout::axisHeightFor(options) + 5 * 30 + TimelineLayout::legendHeightFor(1200, options));
}

void TestTimelineLayout::bandExtentsForEachPrecision_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("one year") << QDate(2024, 1, 1) << QDate(2024, 12, 31);
    QTest::newRow("five years") << QDate(2022, 1, 1) << QDate(2026, 12, 31);
    QTest::newRow("one quarter") << QDate(2024, 7, 1) << QDate(2024, 9, 30);
    QTest::newRow("twenty years") << QDate(2015, 1, 1) << QDate(2034, 12, 31);
}

void TestTimelineLayout::bandExtentsForEachPrecision()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const TimelineOptions options = plainOptions();
    const QList<FuzzyDate> dates{FuzzyDate::month(2024, 9), FuzzyDate::quarter(2024, 3), FuzzyDate::half(2024, 2),
                                 FuzzyDate::year(2024), FuzzyDate::day(2024, 9, 12)};
    QList<QList<TimelineMilestone>> lanes;
    for (int i = 0; i < dates.size(); ++i)
        lanes.append({milestone(i + 1, dates.at(i))});
    const TimelineAxis axis = axisFor(from, to, options);
    const TimelineLayout layout = TimelineLayout::build(sceneOf(lanes), Target, axis, 0, options);
    const double left = layout.plotRect().left();
    for (int i = 0; i < dates.size(); ++i) {
        const TimelineLayout::Mark *mark = mainMark(layout, i + 1);
        QVERIFY(mark);
        const FuzzyDate &date = dates.at(i);
        const double rowMiddle = layout.plotRect().top() + i * options.rowHeight + options.rowHeight / 2;
        QVERIFY(near(mark->rect.center().y(), rowMiddle));
        if (date.precision() == FuzzyDate::Precision::Day) {
            QCOMPARE(mark->kind, TimelineLayout::MarkKind::Diamond);
            QVERIFY(near(mark->rect.center().x(), left + axis.x(date.first()) + axis.pixelsPerDay() / 2));
            continue;
        }
        QCOMPARE(mark->kind, TimelineLayout::MarkKind::Band);
        const double expectedLeft = left + axis.x(date.first());
        const double expectedRight = left + axis.xAfter(date.last());
        if (expectedRight - expectedLeft >= 4) {
            QVERIFY2(near(mark->rect.left(), expectedLeft), qPrintable(date.toString()));
            QVERIFY2(near(mark->rect.right(), expectedRight), qPrintable(date.toString()));
        } else { // too narrow to see: widened around its middle
            QVERIFY(near(mark->rect.center().x(), (expectedLeft + expectedRight) / 2));
            QVERIFY(near(mark->rect.width(), 4));
        }
    }
    // A quarter spans its three months: July to September.
    const TimelineLayout::Mark *quarter = mainMark(layout, 2);
    QCOMPARE(layout.dateAt(quarter->rect.left() + 0.01), QDate(2024, 7, 1));
    QCOMPARE(layout.dateAt(quarter->rect.right() - 0.01), QDate(2024, 9, 30));
}

void TestTimelineLayout::rowsFollowTheVerticalScroll()
{
    const TimelineOptions options = plainOptions();
    QList<QList<TimelineMilestone>> lanes;
    for (int i = 0; i < 40; ++i)
        lanes.append({milestone(i + 1, FuzzyDate::quarter(2024, 1 + i % 4))});
    const TimelineAxis axis = axisFor(QDate(2024, 1, 1), QDate(2024, 12, 31), options);
    const TimelineLayout layout = TimelineLayout::build(sceneOf(lanes), Target, axis, 95, options);
    const QRectF &plot = layout.plotRect();
    // Row 3 starts at 90: 5 units above the plot's top; rows wholly outside are left out.
    QCOMPARE(layout.rows().first().absoluteRow, 3);
    QCOMPARE(layout.rows().first().rect.top(), plot.top() - 5);
    const int visible = int(std::ceil((plot.height() + 5) / options.rowHeight));
    QCOMPARE(layout.rows().size(), visible);
    for (const TimelineLayout::Row &row : layout.rows())
        QVERIFY(row.rect.bottom() > plot.top() && row.rect.top() < plot.bottom());
    QVERIFY(!mainMark(layout, 1));
    QVERIFY(mainMark(layout, 4));
}

void TestTimelineLayout::labelSitsBesideItsMark()
{
    const TimelineOptions options = plainOptions();
    const QString title = QStringLiteral("Production facility in Lund ready");
    TimelineScene scene = sceneOf({{milestone(1, FuzzyDate::quarter(2024, 3), MilestoneStatus::Planned, title)},
                                   {milestone(2, FuzzyDate::quarter(2024, 4), MilestoneStatus::Planned, title)}});
    const TimelineAxis axis = axisFor(QDate(2024, 1, 1), QDate(2025, 12, 31), options);
    TimelineLayout layout = TimelineLayout::build(scene, Target, axis, 0, options);
    const TimelineLayout::Label *label = labelOf(layout, 1);
    QVERIFY(label);
    QVERIFY(!label->elided && !label->hidden);
    QCOMPARE(label->text, title);
    const QRectF mark = mainMark(layout, 1)->rect;
    QVERIFY(label->rect.left() > mark.right());
    QVERIFY(label->rect.left() - mark.right() < 8);
    QVERIFY(near(label->rect.center().y(), mark.center().y()));

    // Near the right edge it goes to the left of its mark.
    const TimelineAxis late = axisFor(QDate(2023, 1, 1), QDate(2024, 10, 15), options);
    layout = TimelineLayout::build(scene, Target, late, 0, options);
    label = labelOf(layout, 2);
    QVERIFY(label && !label->hidden && !label->elided);
    QVERIFY(label->rect.right() < mainMark(layout, 2)->rect.left());
}

void TestTimelineLayout::wideBandHoldsItsLabel()
{
    const TimelineOptions options = plainOptions();
    const QString title = QStringLiteral("Production facility in Lund ready");
    TimelineMilestone achieved = milestone(2, FuzzyDate::quarter(2024, 3), MilestoneStatus::Achieved, title);
    achieved.achievedOn = FuzzyDate::day(2024, 7, 3);
    const TimelineScene scene =
        sceneOf({{milestone(1, FuzzyDate::quarter(2024, 3), MilestoneStatus::Planned, title)}, {achieved}});
    const TimelineAxis axis = axisFor(QDate(2024, 6, 1), QDate(2024, 10, 31), options);
    const TimelineLayout layout = TimelineLayout::build(scene, Target, axis, 0, options);
    const TimelineLayout::Label *inside = labelOf(layout, 1);
    QVERIFY(inside && inside->inside && !inside->elided);
    QVERIFY(mainMark(layout, 1)->rect.contains(inside->rect));
    // The achieved mark at the band's start pushes the label out of its way.
    const TimelineLayout::Label *second = labelOf(layout, 2);
    QVERIFY(second);
    for (const TimelineLayout::Mark &mark : marksOf(layout, TimelineLayout::MarkKind::Achieved))
        QVERIFY(!second->rect.intersects(mark.rect));
}

void TestTimelineLayout::labelMovesLeftOrElidesWhenCrowded()
{
    const TimelineOptions options = plainOptions();
    const QString longTitle = QStringLiteral("NecstGen production infrastructure in Leiden ready for clinical use");
    const QString title = QStringLiteral("NecstGen production infrastructure in Leiden ready");
    // Two marks a month apart: the first has no room on its right.
    TimelineScene scene = sceneOf({{milestone(1, FuzzyDate::month(2024, 6), MilestoneStatus::Planned, title),
                                    milestone(2, FuzzyDate::month(2024, 8), MilestoneStatus::Planned, title)}});
    const TimelineAxis axis = axisFor(QDate(2024, 1, 1), QDate(2024, 12, 31), options);
    const TimelineLayout layout = TimelineLayout::build(scene, Target, axis, 0, options);
    const TimelineLayout::Label *first = labelOf(layout, 1);
    const TimelineLayout::Label *second = labelOf(layout, 2);
    QVERIFY(first && second);
    QVERIFY(first->rect.right() < mainMark(layout, 1)->rect.left()); // moved to the left, whole
    QVERIFY(!first->elided);
    QVERIFY(second->rect.left() > mainMark(layout, 2)->rect.right());

    // With no room on either side whole, the label is elided into the larger room.
    const TimelineAxis tight = axisFor(QDate(2024, 5, 1), QDate(2024, 9, 30), options);
    scene = sceneOf({{milestone(1, FuzzyDate::month(2024, 6), MilestoneStatus::Planned, longTitle),
                      milestone(2, FuzzyDate::month(2024, 8), MilestoneStatus::Planned, longTitle)}});
    const TimelineLayout squeezed = TimelineLayout::build(scene, QRectF(0, 0, 700, 300), tight, 0, options);
    const TimelineLayout::Label *elided = labelOf(squeezed, 1);
    QVERIFY(elided);
    QVERIFY(elided->elided);
    QVERIFY(elided->text.endsWith(QChar(0x2026)));
    QCOMPARE(elided->fullText, longTitle);
}

void TestTimelineLayout::labelsNeverOverlap_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    for (int seed = 1; seed <= 6; ++seed) {
        QTest::addRow("seed %d, 3 years", seed) << seed << QDate(2023, 1, 1) << QDate(2025, 12, 31);
        QTest::addRow("seed %d, 1 year", seed) << seed << QDate(2024, 1, 1) << QDate(2024, 12, 31);
        QTest::addRow("seed %d, 12 years", seed) << seed << QDate(2018, 1, 1) << QDate(2029, 12, 31);
    }
}

void TestTimelineLayout::labelsNeverOverlap()
{
    QFETCH(int, seed);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QRandomGenerator random{quint32(seed)};
    const QList<FuzzyDate::Precision> precisions{FuzzyDate::Precision::Day, FuzzyDate::Precision::Month,
                                                 FuzzyDate::Precision::Quarter, FuzzyDate::Precision::Half,
                                                 FuzzyDate::Precision::Year};
    QList<QList<TimelineMilestone>> lanes;
    qint64 id = 0;
    for (int lane = 0; lane < 10; ++lane) {
        QList<TimelineMilestone> milestones;
        const int count = 1 + random.bounded(12);
        for (int i = 0; i < count; ++i) {
            const QDate day = QDate(2023, 1, 1).addDays(random.bounded(3 * 365));
            const FuzzyDate due(day, precisions.at(random.bounded(5)));
            const MilestoneStatus status = allValues<MilestoneStatus>().at(random.bounded(6));
            ++id;
            TimelineMilestone m =
                milestone(id, due, status, QStringLiteral("Milestone %1 with a title of some length").arg(id));
            if (m.status == MilestoneStatus::Achieved)
                m.achievedOn = FuzzyDate(day.addDays(random.bounded(200)), FuzzyDate::Precision::Day);
            milestones << m;
        }
        lanes << milestones;
    }
    const TimelineOptions options = plainOptions();
    const TimelineLayout layout =
        TimelineLayout::build(sceneOf(lanes), QRectF(0, 0, 1200, 400), axisFor(from, to, options), 0, options);
    int shown = 0;
    for (int i = 0; i < layout.labels().size(); ++i) {
        const TimelineLayout::Label &a = layout.labels().at(i);
        if (a.hidden)
            continue;
        ++shown;
        QVERIFY(a.rect.left() >= layout.plotRect().left() && a.rect.right() <= layout.plotRect().right());
        const QRectF inner = a.rect.adjusted(0.5, 0.5, -0.5, -0.5);
        for (int j = i + 1; j < layout.labels().size(); ++j) {
            const TimelineLayout::Label &b = layout.labels().at(j);
            if (!b.hidden)
                QVERIFY2(!inner.intersects(b.rect), qPrintable(a.text + QStringLiteral(" / ") + b.text));
        }
        for (const TimelineLayout::Mark &mark : layout.marks()) {
            const bool ownBand =
                a.inside && mark.kind == TimelineLayout::MarkKind::Band && mark.milestoneId == a.milestoneId;
            if (ownBand)
                QVERIFY(mark.rect.contains(a.rect));
            else
                QVERIFY2(!inner.intersects(mark.rect), qPrintable(a.text));
        }
    }
    QVERIFY(shown > 0);
}

void TestTimelineLayout::crowdedMarksAggregateIntoClusters()
{
    QList<TimelineMilestone> milestones;
    for (int i = 0; i < 50; ++i)
        milestones << milestone(i + 1, FuzzyDate(QDate(2024, 1, 1).addDays(i), FuzzyDate::Precision::Day),
                                i < 20 ? MilestoneStatus::Achieved : MilestoneStatus::Planned);
    const TimelineScene scene = sceneOf({milestones});
    const TimelineOptions options = plainOptions();

    // Zoomed out over twenty years, fifty milestones on fifty days are one cluster.
    TimelineLayout layout =
        TimelineLayout::build(scene, Target, axisFor(QDate(2015, 1, 1), QDate(2034, 12, 31), options), 0, options);
    const QList<TimelineLayout::Mark> clusters = marksOf(layout, TimelineLayout::MarkKind::Cluster);
    QCOMPARE(clusters.size(), 1);
    QCOMPARE(clusters.first().cluster.count, 50);
    QCOMPARE(clusters.first().cluster.achieved, 20);
    QCOMPARE(clusters.first().cluster.open, 30);
    QCOMPARE(clusters.first().cluster.overdue, 30);
    QCOMPARE(clusters.first().cluster.first, QDate(2024, 1, 1));
    QCOMPARE(clusters.first().cluster.last, QDate(2024, 2, 19));
    QVERIFY(marksOf(layout, TimelineLayout::MarkKind::Diamond).isEmpty());
    QCOMPARE(labelOf(layout, 0)->fullText, QStringLiteral("50 milestones"));

    // Zoomed in on those seven weeks, they are drawn one by one.
    layout = TimelineLayout::build(scene, Target, axisFor(QDate(2024, 1, 1), QDate(2024, 2, 20), options), 0, options);
    QVERIFY(marksOf(layout, TimelineLayout::MarkKind::Cluster).isEmpty());
    QCOMPARE(marksOf(layout, TimelineLayout::MarkKind::Diamond).size(), 50);
}

void TestTimelineLayout::fewOverlappingMarksStayApart()
{
    const TimelineScene scene =
        sceneOf({{milestone(1, FuzzyDate::year(2024)), milestone(2, FuzzyDate::quarter(2024, 3))}});
    const TimelineOptions options = plainOptions();
    const TimelineLayout layout =
        TimelineLayout::build(scene, Target, axisFor(QDate(2015, 1, 1), QDate(2034, 12, 31), options), 0, options);
    QVERIFY(marksOf(layout, TimelineLayout::MarkKind::Cluster).isEmpty());
    QCOMPARE(marksOf(layout, TimelineLayout::MarkKind::Band).size(), 2);
    // The wider band is drawn first, so the quarter stays visible on top of the year.
    QCOMPARE(marksOf(layout, TimelineLayout::MarkKind::Band).first().milestoneId, 1);

    // Two on the very same day stay two, labelled on either side; a third on that day makes a cluster.
    TimelineScene sameDay =
        sceneOf({{milestone(1, FuzzyDate::day(2024, 5, 2)), milestone(2, FuzzyDate::day(2024, 5, 2)),
                  milestone(3, FuzzyDate::day(2024, 5, 20))}});
    const TimelineAxis days = axisFor(QDate(2024, 4, 1), QDate(2024, 6, 30), options);
    const TimelineLayout pair = TimelineLayout::build(sameDay, Target, days, 0, options);
    QVERIFY(marksOf(pair, TimelineLayout::MarkKind::Cluster).isEmpty());
    QCOMPARE(marksOf(pair, TimelineLayout::MarkKind::Diamond).size(), 3);
    const TimelineLayout::Label *one = labelOf(pair, 1);
    const TimelineLayout::Label *two = labelOf(pair, 2);
    QVERIFY(one && two && !one->hidden && !two->hidden);
    QVERIFY(one->rect.right() < mainMark(pair, 1)->rect.left() || two->rect.right() < mainMark(pair, 2)->rect.left());
    sameDay.lanes[0].milestones.append(milestone(4, FuzzyDate::day(2024, 5, 2)));
    const TimelineLayout three = TimelineLayout::build(sameDay, Target, days, 0, options);
    const QList<TimelineLayout::Mark> clusters = marksOf(three, TimelineLayout::MarkKind::Cluster);
    QCOMPARE(clusters.size(), 1);
    QCOMPARE(clusters.first().cluster.count, 3);
    QCOMPARE(clusters.first().cluster.first, QDate(2024, 5, 2));
    QCOMPARE(marksOf(three, TimelineLayout::MarkKind::Diamond).size(), 1);
}

void TestTimelineLayout::densityBucketsMergeWhenNarrow()
{
    TimelineScene scene = sceneOf({{}});
    TimelineLane &lane = scene.lanes[0];
    lane.aggregated = true;
    int total = 0;
    for (QDate day(2024, 1, 1); day.year() == 2024; day = day.addDays(1)) {
        lane.density.append(TimelineCluster{day, day, 3, 1, 0, 2, 0, 0});
        total += 3;
    }
    const TimelineOptions options = plainOptions();
    // Four years across the plot: a day is well under a pixel wide.
    const TimelineLayout layout =
        TimelineLayout::build(scene, Target, axisFor(QDate(2022, 1, 1), QDate(2025, 12, 31), options), 0, options);
    const QList<TimelineLayout::Mark> clusters = marksOf(layout, TimelineLayout::MarkKind::Cluster);
    QVERIFY(clusters.size() > 1);
    QVERIFY(clusters.size() < 366);
    int counted = 0;
    for (int i = 0; i < clusters.size(); ++i) {
        counted += clusters.at(i).cluster.count;
        if (i + 1 < clusters.size()) {
            QVERIFY(clusters.at(i).rect.width() >= 6);
            QVERIFY(clusters.at(i).rect.right() <= clusters.at(i + 1).rect.left() + 1e-6);
        }
    }
    QCOMPARE(counted, total);
}

void TestTimelineLayout::slipsDrawGhostsWithArrows()
{
    TimelineMilestone lund = milestone(2, FuzzyDate::quarter(2024, 3));
    lund.history << permitDelay();
    const TimelineOptions options = plainOptions();
    const TimelineAxis axis = axisFor(QDate(2024, 1, 1), QDate(2024, 12, 31), options);
    const TimelineLayout layout = TimelineLayout::build(sceneOf({{lund}}), Target, axis, 0, options);
    const QList<TimelineLayout::Mark> ghosts = marksOf(layout, TimelineLayout::MarkKind::Ghost);
    QCOMPARE(ghosts.size(), 1);
    QVERIFY(near(ghosts.first().rect.left(), layout.xOf(QDate(2024, 4, 1))));
    QVERIFY(near(ghosts.first().rect.right(), layout.xAfter(QDate(2024, 6, 30))));
    QCOMPARE(layout.arrows().size(), 1);
    QVERIFY(layout.arrows().first().slip);
    QVERIFY(near(layout.arrows().first().from.x(), ghosts.first().rect.right()));
    QVERIFY(near(layout.arrows().first().to.x(), mainMark(layout, 2)->rect.left()));

    TimelineOptions noSlips = options;
    noSlips.showSlips = false;
    const TimelineLayout plain = TimelineLayout::build(sceneOf({{lund}}), Target, axis, 0, noSlips);
    QVERIFY(marksOf(plain, TimelineLayout::MarkKind::Ghost).isEmpty());
}

void TestTimelineLayout::achievedShowsWhereAchieved()
{
    TimelineMilestone necstgen = milestone(1, FuzzyDate::year(2022), MilestoneStatus::Achieved);
    necstgen.achievedOn = FuzzyDate::year(2022);
    TimelineMilestone late = milestone(2, FuzzyDate::quarter(2022, 1), MilestoneStatus::Achieved);
    late.achievedOn = FuzzyDate::day(2022, 8, 15);
    TimelineMilestone undated = milestone(3, FuzzyDate(), MilestoneStatus::Achieved);
    undated.achievedOn = FuzzyDate::day(2023, 9, 12);
    const TimelineOptions options = plainOptions();
    const TimelineAxis axis = axisFor(QDate(2022, 1, 1), QDate(2023, 12, 31), options);
    const TimelineLayout layout =
        TimelineLayout::build(sceneOf({{necstgen}, {late}, {undated}}), Target, axis, 0, options);
    const QList<TimelineLayout::Mark> achieved = marksOf(layout, TimelineLayout::MarkKind::Achieved);
    QCOMPARE(achieved.size(), 3);
    // In the middle of the achieved period, inside the band when achieved within it.
    QVERIFY(near(achieved.at(0).rect.center().x(),
                 (layout.xOf(QDate(2022, 1, 1)) + layout.xAfter(QDate(2022, 12, 31))) / 2));
    QVERIFY(mainMark(layout, 1)->rect.contains(achieved.at(0).rect.center()));
    // Achieved after the due quarter: a connector from the band to the mark.
    QVERIFY(near(achieved.at(1).rect.center().x(), layout.xOf(QDate(2022, 8, 15)) + axis.pixelsPerDay() / 2));
    QCOMPARE(layout.arrows().size(), 1);
    QVERIFY(!layout.arrows().first().slip);
    // Without a due date, the achieved mark is the milestone's own (hit-testable, labelled).
    QCOMPARE(layout.markRect(3), achieved.at(2).rect);
    QVERIFY(labelOf(layout, 3));
    QCOMPARE(layout.hitAt(achieved.at(2).rect.center()).milestoneId, 3);
}

void TestTimelineLayout::dragPreviewMovesTheMark()
{
    TimelineOptions options = plainOptions();
    options.previewMilestone = 1;
    options.previewDue = FuzzyDate::quarter(2024, 4);
    const TimelineAxis axis = axisFor(QDate(2024, 1, 1), QDate(2024, 12, 31), options);
    const TimelineLayout layout =
        TimelineLayout::build(sceneOf({{milestone(1, FuzzyDate::quarter(2024, 2))}}), Target, axis, 0, options);
    QVERIFY(near(mainMark(layout, 1)->rect.left(), layout.xOf(QDate(2024, 10, 1))));
    const QList<TimelineLayout::Mark> ghosts = marksOf(layout, TimelineLayout::MarkKind::Ghost);
    QCOMPARE(ghosts.size(), 1);
    QVERIFY(near(ghosts.first().rect.left(), layout.xOf(QDate(2024, 4, 1))));
}

void TestTimelineLayout::overdueStandsOut()
{
    const TimelineOptions options = plainOptions();
    const TimelineAxis axis = axisFor(QDate(2024, 1, 1), QDate(2027, 12, 31), options);
    const TimelineLayout layout =
        TimelineLayout::build(sceneOf({{milestone(1, FuzzyDate::quarter(2024, 3)), milestone(2, FuzzyDate::year(2027)),
                                        milestone(3, FuzzyDate::quarter(2025, 1), MilestoneStatus::Achieved),
                                        milestone(4, FuzzyDate::quarter(2026, 1), MilestoneStatus::Cancelled)}}),
                              Target, axis, 0, options);
    QVERIFY(mainMark(layout, 1)->overdue);
    QVERIFY(labelOf(layout, 1)->overdue);
    QVERIFY(!mainMark(layout, 2)->overdue); // not yet due
    QVERIFY(!mainMark(layout, 3)->overdue); // achieved
    QVERIFY(!mainMark(layout, 4)->overdue); // cancelled
}

void TestTimelineLayout::hitTesting()
{
    TimelineScene scene = sceneOf({{milestone(1, FuzzyDate::month(2024, 9))}, {}});
    scene.groupBy = TimelineGroupBy::Status;
    scene.groups = {TimelineGroup{QStringLiteral("active"), QStringLiteral("Active"), 2}};
    scene.rows = {TimelineRow{0, -1}, TimelineRow{0, 0}, TimelineRow{0, 1}};
    scene.totalRows = 3;
    TimelineOptions options = plainOptions();
    const TimelineLayout layout =
        TimelineLayout::build(scene, Target, axisFor(QDate(2024, 1, 1), QDate(2024, 12, 31), options), 0, options);
    const QRectF mark = layout.markRect(1);
    QVERIFY(!mark.isEmpty());
    TimelineLayout::Hit hit = layout.hitAt(mark.center());
    QCOMPARE(hit.kind, TimelineLayout::Hit::Kind::Milestone);
    QCOMPARE(hit.milestoneId, 1);
    QCOMPARE(hit.agreementId, 1);
    hit = layout.hitAt(labelOf(layout, 1)->rect.center());
    QCOMPARE(hit.kind, TimelineLayout::Hit::Kind::Label);
    QCOMPARE(hit.milestoneId, 1);
    const double laneTwo = layout.plotRect().top() + 2.5 * options.rowHeight;
    hit = layout.hitAt(QPointF(20, laneTwo));
    QCOMPARE(hit.kind, TimelineLayout::Hit::Kind::LaneHeader);
    QCOMPARE(hit.agreementId, 2);
    hit = layout.hitAt(QPointF(900, laneTwo));
    QCOMPARE(hit.kind, TimelineLayout::Hit::Kind::Lane);
    QCOMPARE(hit.agreementId, 2);
    QCOMPARE(hit.row, 2);
    hit = layout.hitAt(QPointF(900, layout.plotRect().top() + 5));
    QCOMPARE(hit.kind, TimelineLayout::Hit::Kind::GroupHeader);
    QCOMPARE(layout.hitAt(QPointF(900, 10)).kind, TimelineLayout::Hit::Kind::Axis);
    QCOMPARE(layout.hitAt(QPointF(900, layout.plotRect().top() + 3.5 * options.rowHeight)).kind,
             TimelineLayout::Hit::Kind::None);
}

void TestTimelineLayout::stickyGroupHeader()
{
    TimelineScene scene = sceneOf({{}, {}, {}, {}});
    scene.groupBy = TimelineGroupBy::Partner;
    scene.groups = {TimelineGroup{QStringLiteral("1"), QStringLiteral("Lund University"), 2},
                    TimelineGroup{QStringLiteral("2"), QStringLiteral("NecstGen"), 2}};
    scene.rows = {TimelineRow{0, -1}, TimelineRow{0, 0}, TimelineRow{0, 1},
                  TimelineRow{1, -1}, TimelineRow{1, 2}, TimelineRow{1, 3}};
    scene.totalRows = 6;
    const TimelineOptions options = plainOptions();
    const TimelineAxis axis = axisFor(QDate(2024, 1, 1), QDate(2024, 12, 31), options);
    QCOMPARE(TimelineLayout::build(scene, Target, axis, 0, options).stickyGroup(), -1);
    TimelineLayout layout = TimelineLayout::build(scene, Target, axis, 40, options);
    QCOMPARE(layout.stickyGroup(), 0);
    QCOMPARE(layout.stickyGroupTitle(), QStringLiteral("Lund University"));
    layout = TimelineLayout::build(scene, Target, axis, 125, options);
    QCOMPARE(layout.stickyGroupTitle(), QStringLiteral("NecstGen"));
    // The last lane of a group at the top, the next group's header right under it: that header shows,
    // not one of the group above laid over it.
    for (const double scrollY : {61.0, 70.0, 80.0, 89.0}) {
        layout = TimelineLayout::build(scene, Target, axis, scrollY, options);
        QCOMPARE(layout.stickyGroup(), -1);
        const auto header = std::find_if(layout.rows().cbegin(), layout.rows().cend(),
                                         [](const TimelineLayout::Row &row) { return row.groupHeader; });
        QVERIFY(header != layout.rows().cend());
        QCOMPARE(header->fullTitle, QStringLiteral("NecstGen"));
        QVERIFY(header->rect.top() < layout.plotRect().top() + options.rowHeight);
    }
}

void TestTimelineLayout::toolTips()
{
    TimelineMilestone lund = milestone(2, FuzzyDate::quarter(2024, 3), MilestoneStatus::Planned,
                                       QStringLiteral("Production facility in Lund ready"));
    lund.location = QStringLiteral("Lund");
    lund.history << permitDelay();
    const TimelineScene scene = sceneOf({{lund}});
    const TimelineOptions options = plainOptions();
    const TimelineLayout layout =
        TimelineLayout::build(scene, Target, axisFor(QDate(2024, 1, 1), QDate(2024, 12, 31), options), 0, options);
    const QString tip = layout.toolTipAt(layout.markRect(2).center(), scene);
    QVERIFY2(tip.startsWith(QStringLiteral("Production facility in Lund ready\nDue Q3 2024 · Planned · overdue")),
             qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("planned Q2 2024 → Q3 2024, changed 2024-03-02: permit delay")));
    QVERIFY(tip.contains(QStringLiteral("Lund")));
    QVERIFY(layout.toolTipAt(QPointF(1100, 10), scene).isEmpty());
}

void TestTimelineLayout::eventsAndToday()
{
    TimelineScene scene = sceneOf({{}});
    scene.events = {TimelineEvent{1, QStringLiteral("State visit from the Netherlands to Sweden"),
                                  FuzzyDate::month(2022, 10), QStringLiteral("Sweden")},
                    TimelineEvent{2, QStringLiteral("Follow-up of the life-science declarations of intent"),
                                  FuzzyDate::day(2023, 9, 12), QStringLiteral("Stockholm")}};
    TimelineOptions options = plainOptions();
    options.showEvents = true;
    const TimelineAxis axis = axisFor(QDate(2022, 1, 1), QDate(2026, 12, 31), options);
    const TimelineLayout layout = TimelineLayout::build(scene, Target, axis, 0, options);
    QCOMPARE(layout.events().size(), 2);
    const TimelineLayout::EventMarker &visit = layout.events().at(0);
    QVERIFY(near(visit.rect.left(), layout.xOf(QDate(2022, 10, 1))));
    QVERIFY(near(visit.rect.right(), layout.xAfter(QDate(2022, 10, 31))));
    QCOMPARE(visit.rect.top(), layout.plotRect().top());
    QCOMPARE(visit.rect.bottom(), layout.plotRect().bottom());
    const TimelineLayout::EventMarker &review = layout.events().at(1);
    QCOMPARE(review.rect.width(), 0.0);
    // Both labels shown, the first one short of the second.
    QVERIFY(!visit.label.isEmpty() && !review.label.isEmpty());
    QVERIFY(visit.labelRect.right() < review.labelRect.left());
    QVERIFY(layout.axisRect().contains(review.labelRect));
    QVERIFY(layout.todayVisible());
    QVERIFY(near(layout.todayX(), layout.xOf(Today) + axis.pixelsPerDay() / 2));
    QCOMPARE(layout.hitAt(review.labelRect.center()).eventId, 2);
}

void TestTimelineLayout::todayIsNeverCut_data()
{
    QTest::addColumn<double>("width");
    QTest::newRow("narrow") << 420.0;
    QTest::newRow("screen") << 900.0;
    QTest::newRow("export") << 1300.0;
}

void TestTimelineLayout::todayIsNeverCut()
{
    // Today anywhere on the axis, an event beside it: its chip says "Today" whole, inside the axis.
    QFETCH(double, width);
    const QRectF target(0, 0, width, 300);
    TimelineOptions options = plainOptions();
    options.showEvents = true;
    const QDate from(2022, 1, 1);
    const QDate to(2026, 12, 31);
    const TimelineAxis axis = TimelineAxis::fitting(from, to, TimelineLayout::plotRectFor(target, options).width());
    const double chip = QFontMetricsF(TimelineLayout::noteFont(options)).horizontalAdvance(QStringLiteral("Today"));
    int shown = 0;
    for (QDate today = from; today <= to; today = today.addDays(3)) {
        options.today = today;
        TimelineScene scene = sceneOf({{}});
        scene.today = today;
        scene.events = {TimelineEvent{1, QStringLiteral("Follow-up of the declarations"),
                                      FuzzyDate(today.addDays(9), FuzzyDate::Precision::Day),
                                      QStringLiteral("Stockholm")}};
        const TimelineLayout layout = TimelineLayout::build(scene, target, axis, 0, options);
        if (!layout.todayVisible())
            continue;
        ++shown;
        const QRectF rect = layout.todayLabelRect();
        QVERIFY2(layout.todayLabel() == QStringLiteral("Today"), qPrintable(today.toString(Qt::ISODate)));
        QVERIFY2(rect.width() >= chip + 10, qPrintable(today.toString(Qt::ISODate)));
        QVERIFY2(rect.left() >= layout.plotRect().left() && rect.right() <= target.right(),
                 qPrintable(today.toString(Qt::ISODate)));
        QVERIFY(layout.axisRect().contains(rect));
        // Beside its line, on either side.
        QVERIFY(near(rect.left(), layout.todayX()) || near(rect.right(), layout.todayX()));
    }
    QVERIFY(shown > 500);
}

void TestTimelineLayout::headerTitleAndNoteNeverOverlap_data()
{
    QTest::addColumn<double>("width");
    for (const double width : {320.0, 460.0, 640.0, 900.0, 1400.0})
        QTest::addRow("%d", int(width)) << width;
}

void TestTimelineLayout::headerTitleAndNoteNeverOverlap()
{
    // A group "Active" of lanes with long titles and undated milestones, in a narrow and a wide header
    // column: each title ends before its note begins, and the note ends inside the column.
    QFETCH(double, width);
    TimelineScene scene = sceneOf({{}, {}});
    scene.groups = {TimelineGroup{QStringLiteral("active"), QStringLiteral("Active"), 2}};
    scene.lanes[0].title = QStringLiteral("ATMP, cell and gene therapy: Lund, Skåne and Leiden");
    scene.lanes[0].undatedMilestones = 3;
    scene.lanes[1].title = QStringLiteral("Cardiology services: SCRO and Cardialysis");
    scene.lanes[1].undatedMilestones = 12;
    scene.rows = {TimelineRow{0, -1}, TimelineRow{0, 0}, TimelineRow{0, 1}};
    scene.totalRows = 3;
    const TimelineOptions options = plainOptions();
    const QRectF target(0, 0, width, 300);
    const TimelineLayout layout =
        TimelineLayout::build(scene, target, axisFor(QDate(2022, 1, 1), QDate(2026, 12, 31), options), 0, options);
    QCOMPARE(layout.rows().size(), 3);
    const QFontMetricsF note(TimelineLayout::noteFont(options));
    const QFontMetricsF plain(TimelineLayout::labelFont(options));
    const QFontMetricsF bold(TimelineLayout::boldLabelFont(options));
    for (const TimelineLayout::Row &row : layout.rows()) {
        // As the painter draws them: titles from 8 (groups) or 16 (lanes) in, notes right-aligned 6 before the edge.
        const double titleRight = row.headerRect.left() + (row.groupHeader ? 8 : 16) +
                                  (row.groupHeader || row.selected ? bold : plain).horizontalAdvance(row.title);
        const double noteLeft =
            row.headerRect.right() - 6 - (row.note.isEmpty() ? 0 : note.horizontalAdvance(row.note) + 4);
        QVERIFY2(titleRight <= noteLeft, qPrintable(QStringLiteral("%1 | %2").arg(row.title, row.note)));
        QVERIFY(!row.title.isEmpty());
    }
    if (width >= 900) { // room for everything
        QCOMPARE(layout.rows().at(0).note, QStringLiteral("2 agreements"));
        QCOMPARE(layout.rows().at(1).note, QStringLiteral("+3 undated"));
    }
}

void TestTimelineLayout::legendWrapsToTheWidth()
{
    TimelineOptions options = plainOptions();
    options.showLegend = true;
    const double wide = TimelineLayout::legendHeightFor(2400, options);
    const double narrow = TimelineLayout::legendHeightFor(500, options);
    QVERIFY(narrow > wide);
    const TimelineLayout layout =
        TimelineLayout::build(sceneOf({}), QRectF(0, 0, 500, 400), axisFor({}, {}, options), 0, options);
    QVERIFY(layout.legend().size() >= 10);
    for (const TimelineLayout::LegendEntry &entry : layout.legend()) {
        QVERIFY(layout.legendRect().contains(entry.symbolRect));
        QVERIFY(entry.textRect.right() <= 500);
    }
}

QTEST_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
