// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/listquery.h"
#include "store/storeerror.h"
#include "timeline/timelinescene.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QVector>

#include <utility>

class Database;

// A timeline's lane index for a grouping and an agreement filter: the rows in order (group headers
// and one lane per agreement: ids only), the groups, and the filtered portfolio's date extent. Read
// in one go through whatever connection it is given, so that it can be read on another thread
// (TimelineLoader) and handed to a TimelineSource.
struct TimelineLanes
{
    struct Row
    {
        qint64 agreementId = 0; // 0: group header
        int group = -1;
    };

    TimelineGroupBy groupBy = TimelineGroupBy::None;
    ListQuery filter;
    QList<TimelineGroup> groups;
    QVector<Row> rows;
    QHash<qint64, int> firstRowOfAgreement;
    int laneCount = 0;

    // Reads the rows and groups (AgreementRepository's search and filters: status, kind, partner,
    // country, theme, overdue).
    static Result<TimelineLanes> read(Database &db, TimelineGroupBy groupBy, const ListQuery &filter = {});
    // The first and last day of the filtered portfolio's milestones, spans and events, and today
    // ("fit all"; today makes it never empty).
    static Result<std::pair<QDate, QDate>> readExtent(Database &db, const ListQuery &filter, QDate today);
};
