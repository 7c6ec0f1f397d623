// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdata.h"
#include "store/storeerror.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

class Database;

// What happened to a set of agreements between two dates, from the change history, and what
// stood open at the end of the period:
// - Signed: an agreement whose signing date starts inside the period;
// - AgreementAdded: an agreement created in the period but not signed in it;
// - MilestoneAdded: a milestone created in the period (unless it was also achieved in it);
// - Achieved: a recorded change to "achieved" in the period, or, for a milestone achieved without
//   a recorded change, an achieved-on date that starts inside the period;
// - Slipped: a recorded change of the due date in the period (old -> new);
// - StatusChanged: any other recorded change of status in the period;
// - Overdue: open at the end of the period and past its due period then;
// - DueNext: open at the end of the period and due within `nextMonths` after it.
// "At the end of the period" uses the due date and status the milestone had then (its history
// undone back to that moment), and only milestones that existed then.
class ProgressDigest
{
public:
    struct Item
    {
        enum class Kind
        {
            Signed,
            AgreementAdded,
            MilestoneAdded,
            Achieved,
            Slipped,
            StatusChanged,
            Overdue,
            DueNext,
        };
        Kind kind = Kind::Signed;
        qint64 agreementId = 0;
        qint64 milestoneId = 0;                   // 0 for Signed and AgreementAdded
        QDateTime when;                           // when it happened (or, for Overdue/DueNext, the end of the period)
        FuzzyDate date;                           // signed on, achieved on, the new or the current due date
        FuzzyDate oldDue;                         // Slipped
        std::optional<MilestoneStatus> newStatus; // StatusChanged
        QString reason;                           // from the change history
        QString author;                           // who made the change; empty when nobody recorded it
    };

    struct AgreementNews
    {
        qint64 agreementId = 0;
        QList<Item> items; // in the order of Item::Kind, then by when
    };

    // `data` holds the agreements to report on with their milestones and history.
    static Result<ProgressDigest> compute(Database &db, const ReportData &data, QDate from, QDate to,
                                          int nextMonths = 12);

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    QDate nextUntil() const { return m_nextUntil; }
    // The agreements with something to say, in the data's order.
    const QList<AgreementNews> &agreements() const { return m_agreements; }
    int count(Item::Kind kind) const;
    bool isEmpty() const { return m_agreements.isEmpty(); }

private:
    QDate m_from;
    QDate m_to;
    QDate m_nextUntil;
    QList<AgreementNews> m_agreements;
};
