// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqldialect.h"

#include <QString>
#include <QStringList>

// Columns the schema keeps up to date itself, so that the lists sort by what other tables hold
// through an index: how many agreements a partner is party to (partner.agreement_count), how many
// milestones an agreement has (agreement.milestone_count), and the texts the tables show of an
// agreement's parties and themes and of an event's participating partners, joined as shown
// (agreement.parties_key, agreement.themes_key, event.participants_key). Triggers on the tables
// they come from keep them right, whoever writes (Pactline, another SQLite tool, a team's other
// clients); a row inserted with any value in them gets the right one at once (a restore, a copy).
namespace KeptColumns {

// The step that adds them to an older schema: the columns, filled, their indexes and triggers.
QStringList schemaStatements(const SqlDialect &dialect);
// The statements that set each of them right where it is not (after rows went in with their triggers
// set aside: SqlDialect::loadIntoEmpty).
QStringList refreshStatements(const SqlDialect &dialect);
// Whether a column of a table is one of them (not a record's own value: no history of it).
bool isKept(const QString &table, const QString &column);

} // namespace KeptColumns
