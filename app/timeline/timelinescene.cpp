// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinescene.h"

#include "domain/codetable.h"

#include <QCoreApplication>

namespace {

constexpr CodeTable<TimelineGroupBy, 6> Groupings{{
    {TimelineGroupBy::None, "none", QT_TRANSLATE_NOOP("TimelineScene", "No grouping")},
    {TimelineGroupBy::Partner, "partner", QT_TRANSLATE_NOOP("TimelineScene", "Partner")},
    {TimelineGroupBy::Country, "country", QT_TRANSLATE_NOOP("TimelineScene", "Country")},
    {TimelineGroupBy::Theme, "theme", QT_TRANSLATE_NOOP("TimelineScene", "Theme")},
    {TimelineGroupBy::Kind, "kind", QT_TRANSLATE_NOOP("TimelineScene", "Kind")},
    {TimelineGroupBy::Status, "status", QT_TRANSLATE_NOOP("TimelineScene", "Status")},
}};

QString dueText(const FuzzyDate &date)
{
    return date.isValid() ? date.toString() : QCoreApplication::translate("TimelineScene", "no date");
}

void widen(std::pair<QDate, QDate> &range, QDate first, QDate last)
{
    if (first.isValid() && (!range.first.isValid() || first < range.first))
        range.first = first;
    if (last.isValid() && (!range.second.isValid() || last > range.second))
        range.second = last;
}

} // namespace

TimelineAgreement TimelineAgreement::of(const Agreement &a)
{
    return {a.title, a.kind, a.status, a.signedOn, a.startsOn, a.endsOn};
}

TimelineMilestone TimelineMilestone::of(const Milestone &m)
{
    return {m.meta.id, m.agreementId, m.title, m.due, m.status, m.achievedOn, m.location, {}};
}

QList<FuzzyDate> TimelineMilestone::earlierDueDates() const
{
    QList<FuzzyDate> dates;
    for (const MilestoneChange &change : history)
        if (change.isSlip() && change.oldDue != due && !dates.contains(change.oldDue))
            dates.append(change.oldDue);
    return dates;
}

QStringList TimelineMilestone::historyLines() const
{
    QStringList lines;
    for (const MilestoneChange &change : history) {
        QStringList parts;
        if (change.oldDue != change.newDue)
            parts << QCoreApplication::translate("TimelineScene", "planned %1 → %2")
                         .arg(dueText(change.oldDue), dueText(change.newDue));
        if (change.oldStatus && change.newStatus && *change.oldStatus != *change.newStatus)
            parts << QCoreApplication::translate("TimelineScene", "%1 → %2")
                         .arg(displayNameOf(*change.oldStatus).toLower(), displayNameOf(*change.newStatus).toLower());
        if (parts.isEmpty())
            continue;
        QString line = parts.join(QStringLiteral(", "));
        const QString day = change.changedAt.toUTC().date().toString(Qt::ISODate);
        if (change.changedAt.isValid() && !change.author.isEmpty())
            line += QCoreApplication::translate("TimelineScene", ", changed %1 by %2").arg(day, change.author);
        else if (change.changedAt.isValid())
            line += QCoreApplication::translate("TimelineScene", ", changed %1").arg(day);
        if (!change.reason.trimmed().isEmpty())
            line += QStringLiteral(": ") + change.reason.trimmed();
        lines << line;
    }
    return lines;
}

std::pair<QDate, QDate> TimelineLane::span(QDate today) const
{
    QDate start = signedOn.isValid() ? signedOn.first() : QDate();
    if (startsOn.isValid() && (!start.isValid() || startsOn.first() < start))
        start = startsOn.first();
    if (!start.isValid())
        return {};
    QDate end;
    if (endsOn.isValid())
        end = endsOn.last();
    else if (status == AgreementStatus::Completed || status == AgreementStatus::Ended)
        end = lastMilestoneDay.isValid() ? lastMilestoneDay : (signedOn.isValid() ? signedOn.last() : start);
    else
        end = today;
    if (!end.isValid() || end < start)
        end = start;
    return {start, end};
}

int TimelineScene::laneOfAgreement(qint64 agreementId) const
{
    for (const TimelineRow &row : rows)
        if (!row.isGroupHeader() && lanes.at(row.lane).agreementId == agreementId)
            return row.lane;
    return -1;
}

const TimelineMilestone *TimelineScene::milestone(qint64 milestoneId) const
{
    for (const TimelineLane &lane : lanes)
        for (const TimelineMilestone &m : lane.milestones)
            if (m.id == milestoneId)
                return &m;
    return nullptr;
}

std::pair<QDate, QDate> TimelineScene::extent() const
{
    std::pair<QDate, QDate> range;
    for (const TimelineLane &lane : lanes) {
        const auto [spanFirst, spanLast] = lane.span(today);
        widen(range, spanFirst, lane.endsOn.isValid() ? spanLast : spanFirst);
        for (const TimelineMilestone &m : lane.milestones) {
            widen(range, m.due.first(), m.due.last());
            if (m.achievedOn.isValid())
                widen(range, m.achievedOn.first(), m.achievedOn.last());
            for (const FuzzyDate &earlier : m.earlierDueDates())
                widen(range, earlier.first(), earlier.last());
        }
        for (const TimelineCluster &cluster : lane.density)
            widen(range, cluster.first, cluster.last);
    }
    for (const TimelineEvent &event : events)
        widen(range, event.date.first(), event.date.last());
    return range;
}

QString TimelineScene::groupByCode(TimelineGroupBy groupBy)
{
    return codeIn(Groupings, groupBy);
}

QString TimelineScene::groupByName(TimelineGroupBy groupBy)
{
    return nameIn(Groupings, groupBy, "TimelineScene");
}
