// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

// A stored value Pactline's rules do not allow: which row and column, what it holds, what is allowed.
struct ContentFinding
{
    QString table;
    qint64 id = 0;
    QString column;
    QString value;
    QString allowed;
    QVariant stored; // the value as stored (null for NULL), which `value` shows as text

    // "Row 7 of “agreement”: status holds “paused”; allowed: draft, negotiating, …."
    QString sentence() const;
};

// Reads every row of a portfolio (schema version 1 or later) and lists what its values break: unknown
// codes, date codes that do not parse or whose first/last days do not match, unknown country codes,
// versions below 1, references to rows that do not exist or to the row itself, and duplicates the
// application's rules forbid. Finds at least everything the schema's CHECK constraints
// (ColumnRules::checksOf) refuse. Only reads.
class ContentCheck
{
public:
    static Result<QList<ContentFinding>> run(const QSqlDatabase &connection);
    // Only the coded columns that hold a code Pactline does not know: what an export or a report would
    // otherwise write as a default (an unknown status as “draft”).
    static Result<QList<ContentFinding>> unknownCodes(const QSqlDatabase &connection);
    // For exports and reports: an error naming those rows when there are any, so that nothing is
    // written with a default in their place.
    static Result<void> refuseUnknownCodes(const QSqlDatabase &connection);
    // Findings as sentences, at most `limit` of them, then one that says how many more there are.
    static QStringList sentences(const QList<ContentFinding> &findings, int limit);
};
