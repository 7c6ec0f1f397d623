// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entityfield.h"
#include "domain/enums.h"
#include "domain/fuzzydate.h"
#include "domain/rowmeta.h"

#include <QDate>

struct Milestone
{
    RowMeta meta;
    qint64 agreementId = 0;
    QString title;
    FuzzyDate due;
    MilestoneStatus status = MilestoneStatus::Planned;
    FuzzyDate achievedOn;
    QString location;
    QString notes;

    bool isOverdueOn(QDate today) const { return isOpen(status) && due.isPastOn(today); }
    // Why the record cannot be stored as it is, as a sentence for the user; empty when it can.
    QString problem() const;
    // What a milestone holds, in the order everything shows it.
    static const QList<EntityField<Milestone>> &fields();
};

// One recorded change of a milestone's due date and/or status: the slip history.
struct MilestoneChange
{
    qint64 id = 0;
    qint64 milestoneId = 0;
    QDateTime changedAt;
    FuzzyDate oldDue;
    FuzzyDate newDue;
    std::optional<MilestoneStatus> oldStatus;
    std::optional<MilestoneStatus> newStatus;
    QString reason;
    QString author; // who made it (Database::author()); empty where nobody recorded it

    bool isSlip() const { return oldDue.isValid() && newDue.isValid() && oldDue != newDue; }
};
