// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqldialect.h"

#include <QStringList>

// Schema version 2: every coded column guarded by a CHECK constraint (ColumnRules), and in SQLite ids
// that are never given out again (AUTOINCREMENT). SQLite cannot add a constraint to a table, so each
// table is rebuilt the documented way (https://www.sqlite.org/lang_altertable.html#otheralter): a new
// table, the rows copied, the old one dropped, the new one renamed, the indexes made again (they are
// version 1's, given as `indexes`). The step runs with foreign keys off (Migrations::Step::rebuildsTables).
// PostgreSQL takes the constraints as they are.
QStringList schemaVersion2(const SqlDialect &dialect, const QStringList &indexes);
