#pragma once

#include "domain/milestone.h"
#include "repositorybase.h"

#include <QList>

// Milestones and their change history. update() records every change of the due date or the
// status in milestone_change, in the same transaction.
// Filters: "agreement", "partner" (ids), "status" (code), "country", "theme", "overdue" ("1").
// Sort keys: title, due, status, achieved_on, location, agreement, created_at, updated_at.
class MilestoneRepository : public RepositoryBase
{
public:
    using RepositoryBase::RepositoryBase;

    Result<Milestone> get(qint64 id) const;
    Result<Milestone> create(const Milestone &milestone) const;
    // `reason` and `changedAt` (default: now) go into the history when due date or status change.
    Result<Milestone> update(const Milestone &milestone, const QString &reason = {},
                             const QDateTime &changedAt = {}) const;
    Result<void> remove(qint64 id, int version = 0) const;
    Result<QList<Milestone>> list(const ListQuery &query = {}) const;
    Result<qint64> count(const ListQuery &query = {}) const;
    Result<QList<Milestone>> listForAgreement(qint64 agreementId) const;
    // Paging for long lists: the ids of one window of the list, a row's position in it (-1 when
    // the query leaves it out), and the rows of some ids in the order given (unknown ids left out).
    Result<QList<qint64>> ids(const ListQuery &query, const ListWindow &window) const;
    Result<qint64> position(const ListQuery &query, qint64 id) const;
    Result<QList<Milestone>> getMany(const QList<qint64> &ids) const;

    // The change history of one milestone, oldest first.
    Result<QList<MilestoneChange>> history(qint64 milestoneId) const;
    // All changes with from <= changed_at < to (UTC), oldest first.
    Result<QList<MilestoneChange>> changesBetween(const QDateTime &from, const QDateTime &to) const;
    // Stores a change as it is (imports and the sample carry their own history).
    Result<MilestoneChange> addChange(const MilestoneChange &change) const;
    // Deletes recorded changes (undoing the edit that recorded them).
    Result<void> removeChanges(const QList<qint64> &changeIds) const;

    static Result<void> validate(const Milestone &milestone);

private:
    SqlClause clauseFor(const ListQuery &query) const;
    SortColumn sortColumn(const QString &key) const;
    Result<QList<MilestoneChange>> changes(const QString &where, const QVariantList &values) const;
};
