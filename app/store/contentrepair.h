// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/contentcheck.h"

#include <QList>
#include <QString>
#include <QVariant>

class Database;

// One value a bad value may be replaced with, and how to say it (“nothing” for an empty one).
struct RepairValue
{
    QVariant value; // a null QVariant is SQL NULL
    QString label;
};

// A finding with what it may become: the values to choose from, and whether another value may be typed
// (a date code, a name, an id), which the content check then has to accept.
struct RepairOptions
{
    ContentFinding finding;
    QList<RepairValue> values;
    bool typed = false;
};

// One chosen change of one stored value. `from` is what the finding saw: a row that no longer holds it
// is not changed.
struct RepairChange
{
    QString table;
    qint64 id = 0;
    QString column;
    QVariant from;
    QVariant to;

    // “Row 7 of “agreement”: status “paused” → “negotiating”.”
    QString sentence() const;
    RepairChange reversed() const { return {table, id, column, to, from}; }
};

// Repairs the values the content check (ContentCheck) finds, with the user's choices and nothing else:
// a value not chosen is left as it is.
namespace ContentRepair {

// For each finding of the content check, what it may be set to.
Result<QList<RepairOptions>> options(const QSqlDatabase &connection, const QList<ContentFinding> &findings);

// The change that sets a finding to a value (read from the finding, typed as the column stores it).
RepairChange change(const ContentFinding &finding, const QVariant &to);

// Applies the changes in one write transaction of `db`: each row must still hold the value the change
// expects, and afterwards the content check must find none of the changed values and nothing it did
// not find before; otherwise nothing is changed. A date code's first and last days follow the code
// (they are derived from it). Returns every change made, those days included. `restore` writes values
// back exactly as given (the undo of a repair: the reversed changes), bad ones included, which the
// schema's CHECK constraints would refuse.
Result<QList<RepairChange>> apply(Database &db, const QList<RepairChange> &changes, bool restore = false);

// What repairFile() did.
struct FileOutcome
{
    QList<RepairChange> changed;
    QList<ContentFinding> remaining; // what the content check still finds
    bool migrated = false;           // an older file was upgraded once nothing stopped it
    QString migrationBackup;         // the copy taken before that upgrade
};

// Repairs a portfolio file that is not open: also one that Database::open() refused to upgrade for its
// values. The older file is repaired at its own version in one transaction (a file an older Pactline
// still reads), then, when the content check finds nothing left, upgraded as Database::open() does.
Result<FileOutcome> repairFile(const QString &path, const QList<RepairChange> &changes);

} // namespace ContentRepair
