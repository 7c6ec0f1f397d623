// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reporttext.h"

#include <QList>
#include <QString>

// A table for a report: columns with a header, rows of cells. Column widths follow the content
// (bounded by each column's weight when space is short). Tables break between rows, or inside a
// row taller than a page, and repeat their header row on every page they continue on.
class ReportTable
{
public:
    struct Column
    {
        QString title;
        double weight = 1;    // share of the space that remains when the content does not fit
        bool numeric = false; // right-aligned
    };

    enum class Look
    {
        Grid,     // header row, hairlines between rows
        KeyValue, // no header, first column muted: a list of facts
    };

    explicit ReportTable(QList<Column> columns, Look look = Look::Grid);

    void addRow(QList<ReportText> cells);
    void addRow(const QStringList &cells);

    const QList<Column> &columns() const { return m_columns; }
    const QList<QList<ReportText>> &rows() const { return m_rows; }
    Look look() const { return m_look; }
    bool isEmpty() const { return m_rows.isEmpty(); }

private:
    QList<Column> m_columns;
    QList<QList<ReportText>> m_rows;
    Look m_look;
};
