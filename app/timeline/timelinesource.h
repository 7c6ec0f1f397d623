// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/listquery.h"
#include "store/storeerror.h"
#include "timeline/timelinelanes.h"
#include "timeline/timelinescene.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QVector>

class Database;

// Builds TimelineScenes from a portfolio. setGrouping() reads the lane index once (which agreement
// is in which group, in order: ids only); scene() then reads only what a window of rows over a date
// range shows. A lane whose range holds more milestones than `maxMarksPerLane` comes back aggregated
// (counts per day, month or year from the store) instead of mark by mark.
class TimelineSource
{
public:
    explicit TimelineSource(Database &db);

    // The grouping and the agreement filter (AgreementRepository's search and filters: status, kind,
    // partner, country, theme, overdue). Reads the lane index.
    Result<void> setGrouping(TimelineGroupBy groupBy, const ListQuery &agreementFilter = {});
    // A lane index read before (on another thread, say) in place of setGrouping().
    void setLanes(TimelineLanes lanes);
    // Forgets what it read of the lanes' agreements (titles, kinds, dates): after a change, the next
    // scene reads them again.
    void forgetLaneInfo() { m_laneInfo.clear(); }
    TimelineGroupBy groupBy() const { return m_lanes.groupBy; }
    const ListQuery &agreementFilter() const { return m_lanes.filter; }

    // All rows: group headers (when grouped) and lanes.
    int rowCount() const { return int(m_lanes.rows.size()); }
    int laneCount() const { return m_lanes.laneCount; }
    int groupCount() const { return int(m_lanes.groups.size()); }
    // The first row showing an agreement's lane (-1 when filtered out), and the agreement of a row
    // (0 for a group header).
    int rowOfAgreement(qint64 agreementId) const;
    qint64 agreementOfRow(int row) const;

    // Rows [firstRow, firstRow + rowCount) with the milestones overlapping [from, to] and the events
    // in it. `today` decides what is overdue.
    Result<TimelineScene> scene(int firstRow, int rowCount, QDate from, QDate to, QDate today,
                                int maxMarksPerLane = 400) const;
    // Every row over [from, to] (reports: the portfolio figure, an agreement's strip).
    Result<TimelineScene> wholeScene(QDate from, QDate to, QDate today) const;

    // The first and last day of the filtered portfolio's milestones, spans and events, and today
    // ("fit all"; today makes it never empty).
    Result<std::pair<QDate, QDate>> extent(QDate today) const;

private:
    Result<void> loadLaneInfo(const QList<qint64> &agreementIds) const;

    Database &m_db;
    // What lanes show of their agreements, kept across scenes (panning back and forth reads it once).
    mutable QHash<qint64, TimelineAgreement> m_laneInfo;
    TimelineLanes m_lanes;
};
