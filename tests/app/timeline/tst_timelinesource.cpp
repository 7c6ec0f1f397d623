// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/milestonerepository.h"
#include "testsupport.h"
#include "timeline/timelinesource.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

namespace {

const QDate Today(2026, 11, 25);

// The agreements of the rows, 0 for a group header.
QList<qint64> agreementsOf(const TimelineSource &source)
{
    QList<qint64> ids;
    for (int row = 0; row < source.rowCount(); ++row)
        ids << source.agreementOfRow(row);
    return ids;
}

QStringList groupLabels(const TimelineScene &scene)
{
    QStringList labels;
    for (const TimelineRow &row : scene.rows)
        if (row.isGroupHeader())
            labels << scene.groups.at(row.group).label;
    return labels;
}

// The agreements listed under a group label.
QList<qint64> lanesUnder(const TimelineScene &scene, const QString &label)
{
    QList<qint64> ids;
    for (const TimelineRow &row : scene.rows)
        if (!row.isGroupHeader() && scene.groups.at(row.group).label == label)
            ids << scene.lanes.at(row.lane).agreementId;
    return ids;
}

const TimelineLane &laneOf(const TimelineScene &scene, qint64 agreementId)
{
    const int lane = scene.laneOfAgreement(agreementId);
    if (lane < 0)
        qFatal("no lane for agreement %lld", agreementId);
    return scene.lanes.at(lane);
}

} // namespace

class TestTimelineSource final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oneLanePerAgreementInSigningOrder();
    void groupsByStatusInNaturalOrder();
    void groupsByPartnerWithAnAgreementUnderEachParty();
    void groupsByCountryAndTheme();
    void filterLimitsTheLanes();
    void windowReadsOnlyItsRows();
    void sceneHoldsMilestonesOfTheRange();
    void sceneCarriesTheSlipHistory();
    void lanesHoldWhatTheRecordsSay();
    void denseLanesComeBackAggregated();
    void extentCoversDataAndToday();
    void revertChangeRestoresAndForgets();
    void revertChangeRefusesAfterAnotherChange();
    void unknownGroupingIsRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestTimelineSource::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = TestSupport::createSamplePortfolio(*m_dir);
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_db = std::move(*opened);
}

void TestTimelineSource::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestTimelineSource::oneLanePerAgreementInSigningOrder()
{
    TimelineSource source(*m_db);
    QVERIFY(source.setGrouping(TimelineGroupBy::None).ok());
    QCOMPARE(source.groupCount(), 0);
    QCOMPARE(source.laneCount(), 6);
    // Signed October 2022 (by title), then September 2023 (the month before the 12th).
    QCOMPARE(agreementsOf(source), (QList<qint64>{1, 4, 2, 3, 5, 6}));
    QCOMPARE(source.rowOfAgreement(3), 3);
    QCOMPARE(source.rowOfAgreement(99), -1);
}

void TestTimelineSource::groupsByStatusInNaturalOrder()
{
    TimelineSource source(*m_db);
    QVERIFY(source.setGrouping(TimelineGroupBy::Status).ok());
    QCOMPARE(agreementsOf(source), (QList<qint64>{0, 5, 6, 0, 1, 4, 2, 0, 3}));
    const Result<TimelineScene> scene = source.wholeScene(QDate(2022, 1, 1), QDate(2027, 12, 31), Today);
    QVERIFY(scene.ok());
    QCOMPARE(groupLabels(*scene),
             (QStringList{QStringLiteral("Signed"), QStringLiteral("Active"), QStringLiteral("Completed")}));
    QCOMPARE(scene->groups.at(1).laneCount, 3);
    QCOMPARE(lanesUnder(*scene, QStringLiteral("Active")), (QList<qint64>{1, 4, 2}));
}

void TestTimelineSource::groupsByPartnerWithAnAgreementUnderEachParty()
{
    TimelineSource source(*m_db);
    QVERIFY(source.setGrouping(TimelineGroupBy::Partner).ok());
    const Result<TimelineScene> scene = source.wholeScene(QDate(2022, 1, 1), QDate(2027, 12, 31), Today);
    QVERIFY(scene.ok());
    QCOMPARE(groupLabels(*scene),
             (QStringList{QStringLiteral("Cardialysis"), QStringLiteral("CTC"),
                          QStringLiteral("European Cardiovascular Research Institute"),
                          QStringLiteral("Leiden University Medical Center"), QStringLiteral("Lund University"),
                          QStringLiteral("NecstGen"), QStringLiteral("QPS"), QStringLiteral("SCRO"),
                          QStringLiteral("Skåne University Hospital"),
                          QStringLiteral("Uppsala Clinical Research Center"), QStringLiteral("No partner")}));
    for (const QString &party : {QStringLiteral("Lund University"), QStringLiteral("Skåne University Hospital"),
                                 QStringLiteral("Leiden University Medical Center"), QStringLiteral("NecstGen")})
        QCOMPARE(lanesUnder(*scene, party), QList<qint64>{1});
    QCOMPARE(lanesUnder(*scene, QStringLiteral("CTC")), (QList<qint64>{3, 5}));
    QCOMPARE(lanesUnder(*scene, QStringLiteral("No partner")), QList<qint64>{6});
    // One lane per agreement in the scene, shared by its rows.
    QCOMPARE(scene->lanes.size(), 6);
    QCOMPARE(source.laneCount(), 13);
    QCOMPARE(source.rowCount(), 13 + 11);
}

void TestTimelineSource::groupsByCountryAndTheme()
{
    TimelineSource source(*m_db);
    QVERIFY(source.setGrouping(TimelineGroupBy::Country).ok());
    Result<TimelineScene> scene = source.wholeScene(QDate(2022, 1, 1), QDate(2027, 12, 31), Today);
    QVERIFY(scene.ok());
    QCOMPARE(groupLabels(*scene),
             (QStringList{QStringLiteral("Netherlands"), QStringLiteral("Sweden"), QStringLiteral("No country")}));
    QCOMPARE(lanesUnder(*scene, QStringLiteral("Netherlands")), (QList<qint64>{1, 4, 2, 3, 5}));
    QCOMPARE(lanesUnder(*scene, QStringLiteral("No country")), QList<qint64>{6});

    QVERIFY(source.setGrouping(TimelineGroupBy::Theme).ok());
    scene = source.wholeScene(QDate(2022, 1, 1), QDate(2027, 12, 31), Today);
    QVERIFY(scene.ok());
    QCOMPARE(groupLabels(*scene).first(), QStringLiteral("ATMP"));
    QCOMPARE(lanesUnder(*scene, QStringLiteral("Clinical trials")), (QList<qint64>{4, 2, 3, 5}));
    QCOMPARE(lanesUnder(*scene, QStringLiteral("Life science and health")), QList<qint64>{6});
    QVERIFY(!groupLabels(*scene).contains(QStringLiteral("No theme")));

    QVERIFY(source.setGrouping(TimelineGroupBy::Kind).ok());
    scene = source.wholeScene(QDate(2022, 1, 1), QDate(2027, 12, 31), Today);
    QVERIFY(scene.ok());
    QCOMPARE(groupLabels(*scene),
             (QStringList{QStringLiteral("Declaration of intent"), QStringLiteral("Master service agreement")}));
}

void TestTimelineSource::filterLimitsTheLanes()
{
    TimelineSource source(*m_db);
    ListQuery filter;
    filter.filters.insert(QStringLiteral("status"), QStringLiteral("active"));
    QVERIFY(source.setGrouping(TimelineGroupBy::Country, filter).ok());
    QCOMPARE(agreementsOf(source), (QList<qint64>{0, 1, 4, 2, 0, 1, 4, 2}));
    filter = ListQuery();
    filter.search = QStringLiteral("cardiology");
    QVERIFY(source.setGrouping(TimelineGroupBy::None, filter).ok());
    QCOMPARE(agreementsOf(source), QList<qint64>{4});
}

void TestTimelineSource::windowReadsOnlyItsRows()
{
    TimelineSource source(*m_db);
    QVERIFY(source.setGrouping(TimelineGroupBy::Status).ok());
    const Result<TimelineScene> scene = source.scene(4, 3, QDate(2022, 1, 1), QDate(2027, 12, 31), Today);
    QVERIFY(scene.ok());
    QCOMPARE(scene->firstRow, 4);
    QCOMPARE(scene->totalRows, 9);
    QCOMPARE(scene->rowCount(), 3);
    QCOMPARE(scene->lanes.size(), 3);
    QCOMPARE(scene->lanes.at(0).agreementId, 1);
    QCOMPARE(scene->lanes.at(2).agreementId, 2);
    QCOMPARE(scene->lanes.at(0).title, QStringLiteral("ATMP, cell and gene therapy: Lund, Skåne and Leiden"));
    // A window past the end is clamped.
    const Result<TimelineScene> tail = source.scene(8, 10, QDate(2022, 1, 1), QDate(2027, 12, 31), Today);
    QVERIFY(tail.ok());
    QCOMPARE(tail->rowCount(), 1);
}

void TestTimelineSource::sceneHoldsMilestonesOfTheRange()
{
    TimelineSource source(*m_db);
    QVERIFY(source.setGrouping(TimelineGroupBy::None).ok());
    Result<TimelineScene> scene = source.wholeScene(QDate(2022, 1, 1), QDate(2027, 12, 31), Today);
    QVERIFY(scene.ok());
    const TimelineLane &atmp = laneOf(*scene, 1);
    QCOMPARE(atmp.milestones.size(), 2);
    QCOMPARE(atmp.milestones.at(0).title, QStringLiteral("NecstGen production infrastructure in Leiden ready"));
    QCOMPARE(atmp.milestones.at(1).due, FuzzyDate::quarter(2024, 3));
    QVERIFY(atmp.milestones.at(1).isOverdueOn(Today));
    QVERIFY(!atmp.milestones.at(0).isOverdueOn(Today));
    QCOMPARE(atmp.undatedMilestones, 3);
    QCOMPARE(atmp.lastMilestoneDay, QDate(2024, 9, 30));
    QCOMPARE(atmp.span(Today), std::make_pair(QDate(2022, 10, 1), Today)); // active: open to today
    // Achieved without a due date: placed where achieved, not counted as undated.
    const TimelineLane &trials = laneOf(*scene, 2);
    QCOMPARE(trials.milestones.size(), 2);
    QCOMPARE(trials.milestones.at(0).achievedOn, FuzzyDate::day(2023, 9, 12));
    QCOMPARE(trials.undatedMilestones, 1);
    // Completed without an end date: the span stops at its last milestone.
    QCOMPARE(laneOf(*scene, 3).span(Today), std::make_pair(QDate(2022, 10, 1), QDate(2023, 9, 1)));
    QCOMPARE(scene->events.size(), 2);
    QCOMPARE(scene->events.at(1).date, FuzzyDate::day(2023, 9, 12));

    // Only the range is read.
    scene = source.wholeScene(QDate(2025, 1, 1), QDate(2025, 12, 31), Today);
    QVERIFY(scene.ok());
    QVERIFY(laneOf(*scene, 1).milestones.isEmpty());
    QCOMPARE(laneOf(*scene, 1).undatedMilestones, 3);
    QVERIFY(scene->events.isEmpty());
    scene = source.wholeScene(QDate(2024, 9, 30), QDate(2024, 10, 5), Today);
    QVERIFY(scene.ok());
    QCOMPARE(laneOf(*scene, 1).milestones.size(), 1);
}

void TestTimelineSource::sceneCarriesTheSlipHistory()
{
    MilestoneRepository milestones(*m_db);
    Milestone lund = *milestones.get(2);
    lund.due = FuzzyDate::quarter(2024, 4);
    QVERIFY(milestones.update(lund, QStringLiteral("permit delay"), QDateTime(QDate(2024, 3, 2), QTime(9, 0), Qt::UTC))
                .ok());
    TimelineSource source(*m_db);
    QVERIFY(source.setGrouping(TimelineGroupBy::None).ok());
    const Result<TimelineScene> scene = source.wholeScene(QDate(2022, 1, 1), QDate(2027, 12, 31), Today);
    QVERIFY(scene.ok());
    const TimelineMilestone *m = scene->milestone(2);
    QVERIFY(m);
    QCOMPARE(m->due, FuzzyDate::quarter(2024, 4));
    QCOMPARE(m->earlierDueDates(), QList<FuzzyDate>{FuzzyDate::quarter(2024, 3)});
    QCOMPARE(
        m->historyLines(),
        QStringList{
            QStringLiteral("planned Q3 2024 → Q4 2024, changed 2024-03-02 by %1: permit delay").arg(m_db->author())});
    QVERIFY(!m_db->author().isEmpty()); // the OS user on a file, the database user on a server
    // Status-only changes are listed but are not slips; the sample's name nobody.
    const TimelineMilestone *trials = scene->milestone(6);
    QVERIFY(trials);
    QVERIFY(trials->earlierDueDates().isEmpty());
    QCOMPARE(
        trials->historyLines(),
        QStringList{QStringLiteral("planned → achieved, changed 2023-09-12: Reported at the follow-up in Stockholm")});
}

void TestTimelineSource::lanesHoldWhatTheRecordsSay()
{
    // The scene reads only the fields a lane shows (no summaries, notes, parties or themes), and
    // those as the records hold them.
    const AgreementRepository agreements(*m_db);
    const MilestoneRepository milestones(*m_db);
    TimelineSource source(*m_db);
    QVERIFY(source.setGrouping(TimelineGroupBy::None).ok());
    const Result<TimelineScene> scene = source.wholeScene(QDate(2000, 1, 1), QDate(2040, 12, 31), Today);
    QVERIFY(scene.ok());
    QCOMPARE(scene->lanes.size(), 6);
    int milestonesSeen = 0;
    for (const TimelineLane &lane : scene->lanes) {
        const Result<Agreement> agreement = agreements.get(lane.agreementId);
        QVERIFY(agreement.ok());
        const TimelineAgreement expected = TimelineAgreement::of(*agreement);
        QCOMPARE(lane.title, expected.title);
        QCOMPARE(lane.kind, expected.kind);
        QCOMPARE(lane.status, expected.status);
        QCOMPARE(lane.signedOn, expected.signedOn);
        QCOMPARE(lane.startsOn, expected.startsOn);
        QCOMPARE(lane.endsOn, expected.endsOn);
        for (const TimelineMilestone &m : lane.milestones) {
            const Result<Milestone> stored = milestones.get(m.id);
            QVERIFY(stored.ok());
            QCOMPARE(m.agreementId, lane.agreementId);
            QCOMPARE(m.agreementId, stored->agreementId);
            QCOMPARE(m.title, stored->title);
            QCOMPARE(m.due, stored->due);
            QCOMPARE(m.status, stored->status);
            QCOMPARE(m.achievedOn, stored->achievedOn);
            QCOMPARE(m.location, stored->location);
            ++milestonesSeen;
        }
    }
    QVERIFY2(milestonesSeen >= 4, qPrintable(QString::number(milestonesSeen)));

    const Result<QList<Agreement>> lanes = agreements.laneInfo({1, 2, 999});
    QVERIFY(lanes.ok());
    QCOMPARE(lanes->size(), 2);
    for (const Agreement &lane : *lanes) {
        QVERIFY(!agreements.get(lane.meta.id)->summary.isEmpty());
        QVERIFY(lane.summary.isEmpty());
        QVERIFY(lane.parties.isEmpty());
        QVERIFY(!lane.title.isEmpty());
    }
}

void TestTimelineSource::denseLanesComeBackAggregated()
{
    MilestoneRepository milestones(*m_db);
    QRandomGenerator random(7);
    std::map<int, int> perMonth;
    int overdue = 0;
    const Result<void> written = m_db->write([&]() -> Result<void> {
        for (int i = 0; i < 1000; ++i) {
            Milestone m;
            m.agreementId = 4;
            m.title = QStringLiteral("Dense %1").arg(i);
            const QDate day = QDate(2024, 1, 1).addDays(random.bounded(366));
            m.due = FuzzyDate(day, FuzzyDate::Precision::Day);
            m.status = i % 4 == 0 ? MilestoneStatus::Achieved : MilestoneStatus::Planned;
            if (m.status == MilestoneStatus::Planned)
                ++overdue;
            ++perMonth[day.month()];
            if (auto r = milestones.create(m); !r)
                return r.error();
        }
        return {};
    });
    QVERIFY(written.ok());
    TimelineSource source(*m_db);
    QVERIFY(source.setGrouping(TimelineGroupBy::None).ok());
    const int row = source.rowOfAgreement(4);

    Result<TimelineScene> scene = source.scene(row, 1, QDate(2024, 1, 1), QDate(2024, 12, 31), Today, 100);
    QVERIFY(scene.ok());
    const TimelineLane &dense = scene->lanes.at(0);
    QVERIFY(dense.aggregated);
    QVERIFY(dense.milestones.isEmpty());
    QCOMPARE(dense.density.size(), 12); // one bucket per month
    int total = 0;
    int overdueTotal = 0;
    for (const TimelineCluster &bucket : dense.density) {
        QCOMPARE(bucket.first.day(), 1);
        QCOMPARE(bucket.last, bucket.first.addMonths(1).addDays(-1));
        QCOMPARE(bucket.count, perMonth[bucket.first.month()]);
        QCOMPARE(bucket.achieved + bucket.open + bucket.closed, bucket.count);
        total += bucket.count;
        overdueTotal += bucket.overdue;
    }
    QCOMPARE(total, 1000);
    QCOMPARE(overdueTotal, overdue); // all of 2024 is past on the 25th of November 2026

    // A lane under the limit is read mark by mark.
    scene = source.scene(row, 1, QDate(2024, 1, 1), QDate(2024, 12, 31), Today, 5000);
    QVERIFY(scene.ok());
    QVERIFY(!scene->lanes.at(0).aggregated);
    QCOMPARE(scene->lanes.at(0).milestones.size(), 1000);
    // A short range buckets by day.
    scene = source.scene(row, 1, QDate(2024, 3, 1), QDate(2024, 3, 31), Today, 40);
    QVERIFY(scene.ok());
    QVERIFY(scene->lanes.at(0).aggregated);
    for (const TimelineCluster &bucket : scene->lanes.at(0).density)
        QCOMPARE(bucket.first, bucket.last);
}

void TestTimelineSource::extentCoversDataAndToday()
{
    TimelineSource source(*m_db);
    QVERIFY(source.setGrouping(TimelineGroupBy::None).ok());
    Result<std::pair<QDate, QDate>> extent = source.extent(Today);
    QVERIFY(extent.ok());
    QCOMPARE(extent->first, QDate(2022, 1, 1)); // NecstGen, due 2022
    QCOMPARE(extent->second, Today);
    Milestone late = *MilestoneRepository(*m_db).get(11);
    late.due = FuzzyDate::half(2028, 2);
    QVERIFY(MilestoneRepository(*m_db).update(late).ok());
    ListQuery filter;
    filter.filters.insert(QStringLiteral("kind"), QStringLiteral("msa"));
    QVERIFY(source.setGrouping(TimelineGroupBy::None, filter).ok());
    extent = source.extent(Today);
    QVERIFY(extent.ok());
    QCOMPARE(extent->first, QDate(2022, 10, 1)); // the state visit (events are not filtered)
    QCOMPARE(extent->second, Today);
    QVERIFY(source.setGrouping(TimelineGroupBy::None).ok());
    extent = source.extent(Today);
    QVERIFY(extent.ok());
    QCOMPARE(extent->second, QDate(2028, 12, 31));
}

void TestTimelineSource::revertChangeRestoresAndForgets()
{
    MilestoneRepository milestones(*m_db);
    Milestone lund = *milestones.get(2);
    lund.due = lund.due.addUnits(2);
    QVERIFY(milestones.update(lund, QStringLiteral("moved")).ok());
    const QList<MilestoneChange> history = *milestones.history(2);
    QCOMPARE(history.size(), 1);
    const Result<Milestone> reverted = milestones.revertChange(history.first());
    QVERIFY2(reverted.ok(), qPrintable(reverted.ok() ? QString() : reverted.error().message));
    QCOMPARE(reverted->due, FuzzyDate::quarter(2024, 3));
    QVERIFY(milestones.history(2)->isEmpty());
    // The same change cannot be reverted twice.
    const Result<Milestone> again = milestones.revertChange(history.first());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, StoreError::Kind::Conflict);
}

void TestTimelineSource::revertChangeRefusesAfterAnotherChange()
{
    MilestoneRepository milestones(*m_db);
    Milestone lund = *milestones.get(2);
    lund.due = lund.due.addUnits(1);
    lund = *milestones.update(lund, QStringLiteral("first"));
    const MilestoneChange first = milestones.history(2)->first();
    lund.due = lund.due.addUnits(1);
    QVERIFY(milestones.update(lund, QStringLiteral("second")).ok());
    const Result<Milestone> refused = milestones.revertChange(first);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, StoreError::Kind::Conflict);
    QCOMPARE(milestones.get(2)->due, FuzzyDate::quarter(2025, 1));
    QCOMPARE(milestones.history(2)->size(), 2);
}

void TestTimelineSource::unknownGroupingIsRefused()
{
    const Result<QList<AgreementGroupEntry>> refused = AgreementRepository(*m_db).listGrouped(QStringLiteral("title"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, StoreError::Kind::Invalid);
    QVERIFY(refused.error().message.contains(QStringLiteral("partner, country, theme, kind or status")));
}

QTEST_GUILESS_MAIN(TestTimelineSource)
#include "tst_timelinesource.moc"
