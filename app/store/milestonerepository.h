// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/milestone.h"
#include "store/entityrepository.h"

#include <QDate>
#include <QHash>
#include <QList>

// Per agreement, what a timeline lane needs to know before it reads milestones.
struct MilestoneLaneSummary
{
    qint64 agreementId = 0;
    qint64 inRange = 0; // milestones whose due period (or, undated, achieved date) overlaps the range
    qint64 undated = 0; // milestones with neither a due date nor an achieved date
    QDate lastDay;      // the latest due or achieved day of all its milestones (null when none)
};

// Milestones of one agreement counted in one time bucket (a day, month or year), for timelines
// that are too dense to draw mark by mark.
struct MilestoneDensity
{
    enum class Bucket
    {
        Day,
        Month,
        Year
    };
    qint64 agreementId = 0;
    QDate first; // the bucket's first day
    QDate last;  // the bucket's last day
    int count = 0;
    int achieved = 0;
    int open = 0;    // planned, on track or at risk
    int overdue = 0; // open and due before `today`
    int closed = 0;  // missed or cancelled
};

// How milestones are kept: table, columns, encoding, filters and sort keys.
const EntitySpec<Milestone> &milestoneSpec();

// Milestones and their change history. update() records every change of the due date or the
// status in milestone_change, in the same transaction, naming who made it (Database::author()).
// Filters: "agreement", "partner" (ids), "status" (code), "country", "theme", "overdue" ("1").
// Sort keys: title, due, status, achieved_on, location, agreement (its title), created_at, updated_at.
class MilestoneRepository : public EntityRepository<Milestone>
{
public:
    explicit MilestoneRepository(Database &db);

    using EntityRepository::create;
    // `reason` and `changedAt` (default: now) go into the history when due date or status change;
    // `recorded` (when given) gets that history entry (id 0 when there was none).
    Result<Milestone> update(const Milestone &milestone, const QString &reason = {}, const QDateTime &changedAt = {},
                             MilestoneChange *recorded = nullptr) const;
    // Undoes an update: writes `before` over the milestone (its version the stored one) and deletes
    // the history entries that update recorded, with the one this write would record, in one transaction.
    Result<Milestone> revertUpdate(const Milestone &before, const QList<qint64> &recordedChanges) const;
    Result<void> remove(qint64 id, int version = 0) const;
    Result<QList<Milestone>> listForAgreement(qint64 agreementId) const;

    // The change history of one milestone, oldest first.
    Result<QList<MilestoneChange>> history(qint64 milestoneId) const;
    // All changes with from <= changed_at < to (UTC), oldest first.
    Result<QList<MilestoneChange>> changesBetween(const QDateTime &from, const QDateTime &to) const;
    // Stores a change as it is, its author too (imports and the sample carry their own history).
    Result<MilestoneChange> addChange(const MilestoneChange &change) const;
    // Deletes recorded changes (undoing the edit that recorded them).
    Result<void> removeChanges(const QList<qint64> &changeIds) const;

    // Reverts a recorded change (undo): puts the old due date and status back and deletes the
    // change from the history, in one transaction. A Conflict when the milestone changed since.
    Result<Milestone> revertChange(const MilestoneChange &change) const;

    // For timelines: how many milestones each agreement has (read from the index alone), and all the
    // milestones of some agreements, by agreement and due date. Timeline reads (here and
    // listInRange()) give the fields a lane shows: title, agreement, due, status, achieved on and
    // location, with the id (no notes, no timestamps, no version).
    Result<QHash<qint64, qint64>> countPerAgreement(const QList<qint64> &agreementIds) const;
    Result<QList<Milestone>> listForAgreements(const QList<qint64> &agreementIds) const;
    // For timelines, over the given agreements and the days [from, to]:
    Result<QList<MilestoneLaneSummary>> laneSummaries(const QList<qint64> &agreementIds, QDate from, QDate to) const;
    // the milestones whose due period overlaps the range (and undated ones achieved in it, counting an
    // achieved period from its first day up to a year back), by agreement and due date;
    Result<QList<Milestone>> listInRange(const QList<qint64> &agreementIds, QDate from, QDate to) const;
    // their counts per agreement and bucket (by the first day of the due period); `today` decides overdue;
    Result<QList<MilestoneDensity>> densityInRange(const QList<qint64> &agreementIds, QDate from, QDate to,
                                                   MilestoneDensity::Bucket bucket, QDate today) const;
    // and the histories of several milestones, by milestone, oldest first.
    Result<QList<MilestoneChange>> historyFor(const QList<qint64> &milestoneIds) const;

    // The SQL condition that a status column holds an open status (isOpen()), with the codes
    // written in: "status IN ('planned', 'on_track', 'at_risk')".
    static QString openCondition(const QString &statusColumn = QStringLiteral("status"));

private:
    Result<QList<MilestoneChange>> changes(const QString &where, const QVariantList &values) const;
};
