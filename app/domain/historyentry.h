// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One change of one record as the portfolio's history keeps it. `changes` maps each column (or, for
// an agreement's parties and themes and an event's participants, each list) to [old, new]: every
// changed field for an update, every old value for a delete, nothing for a create or a restore
// (their values are in the row, and any later update holds them as old values).
struct HistoryEntry
{
    enum class Action
    {
        Create,
        Update,
        Delete,
        Restore
    };

    qint64 id = 0;
    QDateTime changedAt; // UTC
    QString changedBy;
    QString recordTable; // partner, contact, agreement, milestone, event
    qint64 recordId = 0;
    Action action = Action::Update;
    QJsonObject changes;

    static QString codeOf(Action action);
    static Action actionFromCode(const QString &code);
};

// Which entries to list: all of them, newest first, or those of one record kind (and record),
// person and period (whole days, UTC, both ends included), a page at a time.
struct HistoryQuery
{
    QString recordTable; // empty: every kind
    qint64 recordId = 0; // 0: every record (of the kind)
    QString changedBy;   // empty: everyone
    QDate from;          // invalid: from the beginning
    QDate to;            // invalid: up to now
    int limit = -1;      // -1: no limit
    int offset = 0;
};
