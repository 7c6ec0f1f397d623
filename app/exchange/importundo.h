// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/csvimport.h"

#include <QList>
#include <QString>

class Database;

// A row an import added whose data was changed since.
struct ImportedRowChange
{
    QString table; // partner, agreement or milestone
    qint64 id = 0;
    QString name;       // the partner's name, the agreement's or milestone's title
    QStringList fields; // what changed, as RecordDiff names it

    bool operator==(const ImportedRowChange &other) const { return table == other.table && id == other.id; }
};

// Undoing an import checks versions like every other edit: what was changed since the import is not
// removed behind the user's back.
namespace ImportUndo {

// The rows of the plan (as written) changed since; rows deleted since are not listed.
Result<QList<ImportedRowChange>> changedRows(Database &db, const ImportPlan &plan);
// The plan less the rows `keep` names and what they need to stay whole: a kept agreement's imported
// partners and predecessor, a kept milestone's agreement.
ImportPlan without(const ImportPlan &plan, const QList<ImportedRowChange> &keep);
// Removes the plan's rows in one transaction, once the rows changed since are exactly `expected`
// (checked in the same transaction); otherwise a Conflict, and nothing is removed.
Result<void> remove(Database &db, const ImportPlan &plan, const QList<ImportedRowChange> &expected);
// “partner 12 “Acme”: name changed”, for the question.
QString describe(const ImportedRowChange &change);

} // namespace ImportUndo
