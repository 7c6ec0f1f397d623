// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinesource.h"

#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/milestonerepository.h"

#include <algorithm>
#include <limits>

namespace {

QDate laterOf(QDate a, QDate b)
{
    return !a.isValid() ? b : (!b.isValid() ? a : std::max(a, b));
}

MilestoneDensity::Bucket bucketFor(QDate from, QDate to, int maxMarks)
{
    const qint64 days = from.daysTo(to) + 1;
    if (days <= maxMarks)
        return MilestoneDensity::Bucket::Day;
    if (days / 30 <= maxMarks)
        return MilestoneDensity::Bucket::Month;
    return MilestoneDensity::Bucket::Year;
}

} // namespace

TimelineSource::TimelineSource(Database &db)
    : m_db(db)
{}

Result<void> TimelineSource::setGrouping(TimelineGroupBy groupBy, const ListQuery &agreementFilter)
{
    Result<TimelineLanes> lanes = TimelineLanes::read(m_db, groupBy, agreementFilter);
    if (!lanes)
        return lanes.error();
    setLanes(std::move(*lanes));
    return {};
}

void TimelineSource::setLanes(TimelineLanes lanes)
{
    m_lanes = std::move(lanes);
    m_laneInfo.clear();
}

int TimelineSource::rowOfAgreement(qint64 agreementId) const
{
    return m_lanes.firstRowOfAgreement.value(agreementId, -1);
}

qint64 TimelineSource::agreementOfRow(int row) const
{
    return row >= 0 && row < m_lanes.rows.size() ? m_lanes.rows.at(row).agreementId : 0;
}

Result<TimelineScene> TimelineSource::scene(int firstRow, int rowCount, QDate from, QDate to, QDate today,
                                            int maxMarksPerLane) const
{
    TimelineScene scene;
    scene.groupBy = m_lanes.groupBy;
    scene.today = today;
    scene.from = from;
    scene.to = to;
    scene.totalRows = int(m_lanes.rows.size());
    scene.groups = m_lanes.groups;
    const int begin = qBound(0, firstRow, int(m_lanes.rows.size()));
    const int end = qBound(begin, firstRow + qMax(0, rowCount), int(m_lanes.rows.size()));
    scene.firstRow = begin;

    // One lane per agreement, shared by its rows in several groups.
    QHash<qint64, int> laneOf;
    QList<qint64> ids;
    for (int r = begin; r < end; ++r) {
        const TimelineLanes::Row &row = m_lanes.rows.at(r);
        if (row.agreementId == 0) {
            scene.rows.append(TimelineRow{row.group, -1});
            continue;
        }
        auto lane = laneOf.constFind(row.agreementId);
        if (lane == laneOf.constEnd()) {
            lane = laneOf.insert(row.agreementId, int(scene.lanes.size()));
            TimelineLane fresh;
            fresh.agreementId = row.agreementId;
            scene.lanes.append(fresh);
            ids.append(row.agreementId);
        }
        scene.rows.append(TimelineRow{row.group, *lane});
    }

    if (!ids.isEmpty()) {
        if (auto loaded = loadLaneInfo(ids); !loaded)
            return loaded.error();
        for (TimelineLane &lane : scene.lanes) {
            static_cast<TimelineAgreement &>(lane) = m_laneInfo.value(lane.agreementId);
        }
        const MilestoneRepository milestones(m_db);
        // Lanes with few milestones are read whole in one query (their summary computed here);
        // only the others are summarised and, when dense in the range, aggregated by the store.
        const Result<QHash<qint64, qint64>> counts = milestones.countPerAgreement(ids);
        if (!counts)
            return counts.error();
        QList<qint64> small;
        QList<qint64> large;
        for (qint64 id : ids) {
            const qint64 count = counts->value(id);
            if (count > maxMarksPerLane)
                large.append(id);
            else if (count > 0)
                small.append(id);
        }
        QList<Milestone> inRange;
        const Result<QList<Milestone>> whole = milestones.listForAgreements(small);
        if (!whole)
            return whole.error();
        const QDate achievedFrom = from.addYears(-1);
        for (const Milestone &m : *whole) {
            TimelineLane &lane = scene.lanes[laneOf.value(m.agreementId)];
            if (!m.due.isValid() && !m.achievedOn.isValid())
                ++lane.undatedMilestones;
            const QDate last = laterOf(m.due.isValid() ? m.due.last() : QDate(),
                                       m.achievedOn.isValid() ? m.achievedOn.first() : QDate());
            lane.lastMilestoneDay = laterOf(lane.lastMilestoneDay, last);
            const bool shown = m.due.isValid() ? m.due.first() <= to && m.due.last() >= from
                                               : m.achievedOn.isValid() && m.achievedOn.first() <= to &&
                                                     m.achievedOn.first() >= achievedFrom;
            if (shown)
                inRange.append(m);
        }
        QList<qint64> dense;
        if (!large.isEmpty()) {
            const Result<QList<MilestoneLaneSummary>> summaries = milestones.laneSummaries(large, from, to);
            if (!summaries)
                return summaries.error();
            QList<qint64> detailed;
            for (const MilestoneLaneSummary &summary : *summaries) {
                TimelineLane &lane = scene.lanes[laneOf.value(summary.agreementId)];
                lane.undatedMilestones = int(summary.undated);
                lane.lastMilestoneDay = summary.lastDay;
                if (summary.inRange > maxMarksPerLane)
                    dense.append(summary.agreementId);
                else if (summary.inRange > 0)
                    detailed.append(summary.agreementId);
            }
            const Result<QList<Milestone>> listed = milestones.listInRange(detailed, from, to);
            if (!listed)
                return listed.error();
            inRange += *listed;
        }

        QHash<qint64, QPair<int, int>> where; // milestone id -> (lane, index)
        QList<qint64> milestoneIds;
        milestoneIds.reserve(inRange.size());
        for (const Milestone &m : inRange) {
            TimelineLane &lane = scene.lanes[laneOf.value(m.agreementId)];
            const TimelineMilestone tm = TimelineMilestone::of(m);
            where.insert(tm.id, qMakePair(laneOf.value(m.agreementId), int(lane.milestones.size())));
            lane.milestones.append(tm);
            milestoneIds.append(tm.id);
        }
        const Result<QList<MilestoneChange>> history = milestones.historyFor(milestoneIds);
        if (!history)
            return history.error();
        for (const MilestoneChange &change : *history) {
            const auto [lane, index] = where.value(change.milestoneId);
            scene.lanes[lane].milestones[index].history.append(change);
        }

        if (!dense.isEmpty()) {
            const Result<QList<MilestoneDensity>> density =
                milestones.densityInRange(dense, from, to, bucketFor(from, to, maxMarksPerLane), today);
            if (!density)
                return density.error();
            for (const MilestoneDensity &d : *density) {
                TimelineLane &lane = scene.lanes[laneOf.value(d.agreementId)];
                lane.aggregated = true;
                lane.density.append(
                    TimelineCluster{d.first, d.last, d.count, d.achieved, d.overdue, d.open, d.closed, 0});
            }
        }
    }

    const Result<QList<Event>> events = EventRepository(m_db).listInRange(from, to);
    if (!events)
        return events.error();
    for (const Event &e : *events)
        scene.events.append(TimelineEvent{e.meta.id, e.title, e.date, e.place});
    return scene;
}

Result<void> TimelineSource::loadLaneInfo(const QList<qint64> &agreementIds) const
{
    QList<qint64> missing;
    for (qint64 id : agreementIds)
        if (!m_laneInfo.contains(id))
            missing.append(id);
    if (missing.isEmpty())
        return {};
    constexpr int MaxCached = 20000;
    if (m_laneInfo.size() + missing.size() > MaxCached)
        m_laneInfo.clear();
    const Result<QList<Agreement>> agreements = AgreementRepository(m_db).laneInfo(missing);
    if (!agreements)
        return agreements.error();
    for (const Agreement &a : *agreements)
        m_laneInfo.insert(a.meta.id, TimelineAgreement::of(a));
    return {};
}

Result<TimelineScene> TimelineSource::wholeScene(QDate from, QDate to, QDate today) const
{
    return scene(0, int(m_lanes.rows.size()), from, to, today, std::numeric_limits<int>::max());
}

Result<std::pair<QDate, QDate>> TimelineSource::extent(QDate today) const
{
    return TimelineLanes::readExtent(m_db, m_lanes.filter, today);
}
