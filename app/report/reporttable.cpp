// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reporttable.h"

#include <QStringList>

ReportTable::ReportTable(QList<Column> columns, Look look)
    : m_columns(std::move(columns))
    , m_look(look)
{}

void ReportTable::addRow(QList<ReportText> cells)
{
    cells.resize(m_columns.size());
    m_rows.append(std::move(cells));
}

void ReportTable::addRow(const QStringList &cells)
{
    QList<ReportText> row;
    row.reserve(m_columns.size());
    for (const QString &cell : cells)
        row.append(ReportText(cell));
    addRow(std::move(row));
}
