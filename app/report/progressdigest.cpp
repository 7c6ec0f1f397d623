// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/progressdigest.h"

#include "store/milestonerepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

using Item = ProgressDigest::Item;

QDateTime startOf(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

bool inside(QDate day, QDate from, QDate to)
{
    return day.isValid() && day >= from && day <= to;
}

// The due date and status a milestone had at `moment`, from its history (oldest first).
std::pair<FuzzyDate, MilestoneStatus> stateAt(const Milestone &milestone, const QList<MilestoneChange> &history,
                                              const QDateTime &moment)
{
    FuzzyDate due = milestone.due;
    MilestoneStatus status = milestone.status;
    for (auto it = history.crbegin(); it != history.crend() && it->changedAt >= moment; ++it) {
        if (it->oldDue.isValid() || it->newDue.isValid())
            due = it->oldDue;
        if (it->oldStatus)
            status = *it->oldStatus;
    }
    return {due, status};
}

} // namespace

Result<ProgressDigest> ProgressDigest::compute(Database &db, const ReportData &data, QDate from, QDate to,
                                               int nextMonths)
{
    ProgressDigest digest;
    digest.m_from = from;
    digest.m_to = to;
    digest.m_nextUntil = to.addMonths(nextMonths);
    const QDateTime begin = startOf(from);
    const QDateTime end = startOf(to.addDays(1));

    QHash<qint64, const Milestone *> milestoneById;
    for (const QList<Milestone> &list : data.milestones)
        for (const Milestone &milestone : list)
            milestoneById.insert(milestone.meta.id, &milestone);

    auto changes = MilestoneRepository(db).changesBetween(begin, end);
    if (!changes)
        return changes.error();
    QHash<qint64, QList<Item>> items;
    QSet<qint64> achievedInPeriod;
    for (const MilestoneChange &change : std::as_const(*changes)) {
        const Milestone *milestone = milestoneById.value(change.milestoneId);
        if (!milestone)
            continue;
        Item item;
        item.agreementId = milestone->agreementId;
        item.milestoneId = milestone->meta.id;
        item.when = change.changedAt;
        item.reason = change.reason.trimmed();
        item.author = change.author.trimmed();
        if (change.isSlip()) {
            Item slip = item;
            slip.kind = Item::Kind::Slipped;
            slip.oldDue = change.oldDue;
            slip.date = change.newDue;
            items[slip.agreementId].append(slip);
        }
        if (change.newStatus && change.newStatus != change.oldStatus) {
            if (*change.newStatus == MilestoneStatus::Achieved) {
                item.kind = Item::Kind::Achieved;
                item.date = milestone->status == MilestoneStatus::Achieved && milestone->achievedOn.isValid()
                                ? milestone->achievedOn
                                : FuzzyDate(change.changedAt.toUTC().date(), FuzzyDate::Precision::Day);
                achievedInPeriod.insert(milestone->meta.id);
            } else {
                item.kind = Item::Kind::StatusChanged;
                item.newStatus = change.newStatus;
                item.date = FuzzyDate(change.changedAt.toUTC().date(), FuzzyDate::Precision::Day);
            }
            items[item.agreementId].append(item);
        }
    }

    for (const Agreement &agreement : data.agreements) {
        QList<Item> &list = items[agreement.meta.id];
        const bool signedInPeriod = agreement.signedOn.isValid() && inside(agreement.signedOn.first(), from, to);
        if (signedInPeriod) {
            Item item;
            item.kind = Item::Kind::Signed;
            item.agreementId = agreement.meta.id;
            item.when = startOf(agreement.signedOn.first());
            item.date = agreement.signedOn;
            list.append(item);
        } else if (agreement.meta.createdAt >= begin && agreement.meta.createdAt < end) {
            Item item;
            item.kind = Item::Kind::AgreementAdded;
            item.agreementId = agreement.meta.id;
            item.when = agreement.meta.createdAt;
            list.append(item);
        }
        for (const Milestone &milestone : data.milestones.value(agreement.meta.id)) {
            const QList<MilestoneChange> history = data.history.value(milestone.meta.id);
            const bool everRecordedAchieved =
                std::any_of(history.cbegin(), history.cend(),
                            [](const MilestoneChange &c) { return c.newStatus == MilestoneStatus::Achieved; });
            if (milestone.status == MilestoneStatus::Achieved && !everRecordedAchieved &&
                milestone.achievedOn.isValid() && inside(milestone.achievedOn.first(), from, to)) {
                Item item;
                item.kind = Item::Kind::Achieved;
                item.agreementId = agreement.meta.id;
                item.milestoneId = milestone.meta.id;
                item.when = startOf(milestone.achievedOn.first());
                item.date = milestone.achievedOn;
                list.append(item);
                achievedInPeriod.insert(milestone.meta.id);
            }
            const bool createdInPeriod = milestone.meta.createdAt >= begin && milestone.meta.createdAt < end;
            if (createdInPeriod && !achievedInPeriod.contains(milestone.meta.id)) {
                Item item;
                item.kind = Item::Kind::MilestoneAdded;
                item.agreementId = agreement.meta.id;
                item.milestoneId = milestone.meta.id;
                item.when = milestone.meta.createdAt;
                item.date = milestone.due;
                list.append(item);
            }
            if (milestone.meta.createdAt.isValid() && milestone.meta.createdAt >= end)
                continue; // did not exist at the end of the period
            const auto [due, status] = stateAt(milestone, history, end);
            if (!isOpen(status) || !due.isValid())
                continue;
            Item item;
            item.agreementId = agreement.meta.id;
            item.milestoneId = milestone.meta.id;
            item.when = end;
            item.date = due;
            if (due.isPastOn(to)) {
                item.kind = Item::Kind::Overdue;
                list.append(item);
            } else if (due.first() <= digest.m_nextUntil) {
                item.kind = Item::Kind::DueNext;
                list.append(item);
            }
        }
        if (list.isEmpty())
            continue;
        std::stable_sort(list.begin(), list.end(), [](const Item &a, const Item &b) {
            if (a.kind != b.kind)
                return a.kind < b.kind;
            if (a.kind == Item::Kind::Overdue || a.kind == Item::Kind::DueNext)
                return a.date < b.date;
            return a.when < b.when;
        });
        digest.m_agreements.append({agreement.meta.id, list});
    }
    return digest;
}

int ProgressDigest::count(Item::Kind kind) const
{
    int n = 0;
    for (const AgreementNews &news : m_agreements)
        n += int(
            std::count_if(news.items.cbegin(), news.items.cend(), [kind](const Item &i) { return i.kind == kind; }));
    return n;
}
