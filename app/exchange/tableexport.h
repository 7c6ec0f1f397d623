// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/listquery.h"
#include "store/storeerror.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;
class QIODevice;

// CSV exports of the tables. The standard columns of partners, agreements and milestones are the
// fields the CSV import reads, with the same headers, so an export imports back into the same rows.
// Dates are written as their codes ("2024-Q3"), kinds and statuses by name, parties and themes as
// lists separated by "; ". Cells are neutralised against formulas (see CsvWriter).
class TableExport
{
public:
    enum class Table
    {
        Partners,
        Agreements,
        Milestones,
        Events
    };
    struct Column
    {
        QString key;
        QString header;
    };

    static QString tableCode(Table table); // "partners", "agreements", "milestones", "events"
    static std::optional<Table> tableFromCode(const QString &code);
    static QList<Column> columns(Table table);

    // Writes the rows the query selects (by default the whole table, in its default order) with the
    // given columns (by default all). Returns the number of rows written.
    static Result<qsizetype> writeCsv(Database &db, Table table, QIODevice &device, const ListQuery &query = {},
                                      const QStringList &columnKeys = {});
};
