// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/migrations.h"

#include <QSqlDatabase>
#include <QStringList>

// Compares a portfolio's schema (its tables, indexes, views and triggers, as its dialect reads them) with the one
// Pactline's migrations create for that user_version.
class SchemaCheck
{
public:
    // One line per difference: "unexpected trigger “x”", "missing index “y”", "table “z” differs".
    static QStringList differences(const QSqlDatabase &connection, int version);
    static QStringList differences(const QSqlDatabase &connection, int version, const QList<Migrations::Step> &steps);
};
