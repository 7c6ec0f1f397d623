// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinelanes.h"

#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace {

QString repositoryGroupKey(TimelineGroupBy groupBy)
{
    return groupBy == TimelineGroupBy::None ? QString() : TimelineScene::groupByCode(groupBy);
}

QString countryName(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

QString groupLabel(TimelineGroupBy groupBy, const AgreementGroupEntry &entry)
{
    switch (groupBy) {
    case TimelineGroupBy::None:
        return {};
    case TimelineGroupBy::Partner:
        return entry.groupKey.isEmpty() ? QCoreApplication::translate("TimelineSource", "No partner")
                                        : entry.groupLabel;
    case TimelineGroupBy::Country:
        return entry.groupKey.isEmpty() ? QCoreApplication::translate("TimelineSource", "No country")
                                        : countryName(entry.groupKey);
    case TimelineGroupBy::Theme:
        return entry.groupKey.isEmpty() ? QCoreApplication::translate("TimelineSource", "No theme") : entry.groupLabel;
    case TimelineGroupBy::Kind:
        if (const auto kind = enumFromCode<AgreementKind>(entry.groupKey))
            return displayNameOf(*kind);
        return entry.groupKey;
    case TimelineGroupBy::Status:
        if (const auto status = enumFromCode<AgreementStatus>(entry.groupKey))
            return displayNameOf(*status);
        return entry.groupKey;
    }
    return {};
}

// Kinds and statuses are shown in their natural order (draft before active before completed).
int groupRank(TimelineGroupBy groupBy, const QString &key)
{
    if (groupBy == TimelineGroupBy::Kind)
        if (const auto kind = enumFromCode<AgreementKind>(key))
            return int(allValues<AgreementKind>().indexOf(*kind));
    if (groupBy == TimelineGroupBy::Status)
        if (const auto status = enumFromCode<AgreementStatus>(key))
            return int(allValues<AgreementStatus>().indexOf(*status));
    return 0;
}

} // namespace

Result<TimelineLanes> TimelineLanes::read(Database &db, TimelineGroupBy groupBy, const ListQuery &filter)
{
    const Result<QList<AgreementGroupEntry>> entries =
        AgreementRepository(db).listGrouped(repositoryGroupKey(groupBy), filter);
    if (!entries)
        return entries.error();

    // Runs of equal keys, in the store's order (by label), reordered by rank for kinds and statuses.
    struct Run
    {
        int begin = 0;
        int end = 0;
        int rank = 0;
    };
    QList<Run> runs;
    for (int i = 0; i < entries->size(); ++i) {
        if (runs.isEmpty() || entries->at(i).groupKey != entries->at(runs.last().begin).groupKey)
            runs.append(Run{i, i, groupRank(groupBy, entries->at(i).groupKey)});
        runs.last().end = i + 1;
    }
    std::stable_sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) { return a.rank < b.rank; });

    TimelineLanes lanes;
    lanes.groupBy = groupBy;
    lanes.filter = filter;
    lanes.rows.reserve(entries->size() + (groupBy == TimelineGroupBy::None ? 0 : runs.size()));
    lanes.laneCount = int(entries->size());
    for (const Run &run : runs) {
        int group = -1;
        if (groupBy != TimelineGroupBy::None) {
            const AgreementGroupEntry &first = entries->at(run.begin);
            lanes.groups.append(TimelineGroup{first.groupKey, groupLabel(groupBy, first), run.end - run.begin});
            group = int(lanes.groups.size()) - 1;
            lanes.rows.append(Row{0, group});
        }
        for (int i = run.begin; i < run.end; ++i) {
            const qint64 id = entries->at(i).agreementId;
            if (!lanes.firstRowOfAgreement.contains(id))
                lanes.firstRowOfAgreement.insert(id, int(lanes.rows.size()));
            lanes.rows.append(Row{id, group});
        }
    }
    return lanes;
}

Result<std::pair<QDate, QDate>> TimelineLanes::readExtent(Database &db, const ListQuery &filter, QDate today)
{
    const Result<std::pair<QDate, QDate>> agreements = AgreementRepository(db).dateExtent(filter);
    if (!agreements)
        return agreements.error();
    const Result<std::pair<QDate, QDate>> events = EventRepository(db).dateExtent();
    if (!events)
        return events.error();
    QDate first = today;
    QDate last = today;
    for (const QDate day : {agreements->first, agreements->second, events->first, events->second}) {
        if (!day.isValid())
            continue;
        first = qMin(first, day);
        last = qMax(last, day);
    }
    return std::pair(first, last);
}
