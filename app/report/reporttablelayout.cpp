// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportlayouter.h"

#include <algorithm>
#include <cmath>

QList<QList<ReportLayouter::Line>> ReportLayouter::wrapRow(const QList<ReportText> &cells, const QList<double> &widths)
{
    const double padX = pt(ReportStyle::cellPaddingX);
    QList<QList<Line>> lines;
    lines.reserve(cells.size());
    for (int c = 0; c < cells.size(); ++c)
        lines.append(wrap(cells.at(c), Role::Table, widths.at(c) - 2 * padX));
    return lines;
}

const ReportLayouter::TableMeasure &ReportLayouter::measure(const ReportTable &table)
{
    const auto known = m_tables.find(&table);
    if (known != m_tables.end())
        return known->second;
    TableMeasure measure;
    const int n = int(table.columns().size());
    const double padX = pt(ReportStyle::cellPaddingX);
    const double padY = pt(ReportStyle::cellPaddingY);
    measure.widths = columnWidths(table, m_content.width());
    if (table.look() == ReportTable::Look::Grid) {
        int most = 1;
        for (int c = 0; c < n; ++c) {
            measure.header.append(
                wrap(ReportText(table.columns().at(c).title), Role::TableHeader, measure.widths[c] - 2 * padX));
            most = std::max(most, int(measure.header.last().size()));
        }
        measure.headerHeight = most * lineHeight(Role::TableHeader) + 2 * padY;
    }
    if (table.rows().size() <= 12) {
        measure.total = measure.headerHeight;
        for (const QList<ReportText> &cells : table.rows()) {
            measure.rows.append(wrapRow(cells, measure.widths));
            int most = 1;
            for (const QList<Line> &lines : std::as_const(measure.rows.last()))
                most = std::max(most, int(lines.size()));
            measure.total += most * lineHeight(Role::Table) + 2 * padY;
        }
    }
    return m_tables.emplace(&table, std::move(measure)).first->second;
}

QList<double> ReportLayouter::columnWidths(const ReportTable &table, double width)
{
    const int n = int(table.columns().size());
    const double padding = pt(2 * ReportStyle::cellPaddingX);
    QList<double> minimum(n, 0);
    QList<double> natural(n, 0);
    const bool grid = table.look() == ReportTable::Look::Grid;
    for (int c = 0; c < n && grid; ++c) {
        const ReportText title(table.columns().at(c).title);
        minimum[c] = longestWord(title, Role::TableHeader);
        natural[c] = naturalWidth(title, Role::TableHeader);
    }
    // Measuring a sample is enough to shape the columns of a long table.
    const int rows = int(table.rows().size());
    const int stride = std::max(1, rows / 400);
    for (int r = 0; r < rows; r += stride) {
        const QList<ReportText> &cells = table.rows().at(r);
        for (int c = 0; c < n; ++c) {
            minimum[c] = std::max(minimum[c], std::min(longestWord(cells.at(c), Role::Table), width * 0.3));
            natural[c] = std::max(natural[c], naturalWidth(cells.at(c), Role::Table));
        }
    }
    double naturalSum = 0;
    for (int c = 0; c < n; ++c) {
        minimum[c] += padding;
        natural[c] = std::max(natural[c] + padding, minimum[c]);
        naturalSum += natural[c];
    }
    QList<double> widths(n, 0);
    if (naturalSum <= width) {
        double weightSum = 0;
        for (int c = 0; c < n; ++c)
            weightSum += table.columns().at(c).weight * natural[c];
        for (int c = 0; c < n; ++c)
            widths[c] = natural[c] +
                        (width - naturalSum) * table.columns().at(c).weight * natural[c] / std::max(weightSum, 1e-9);
        if (!grid) {
            // A list of facts: the labels stay as narrow as they are.
            widths[0] = natural[0];
            double rest = 0;
            for (int c = 1; c < n; ++c)
                rest += widths[c];
            for (int c = 1; c < n; ++c)
                widths[c] += (width - natural[0] - rest) / (n - 1);
        }
    } else {
        // Short columns (dates, statuses) keep their natural width when the long ones can still
        // have their minimum; the long ones share the rest by how much they want and their weight.
        QList<bool> isShort(n, false);
        double shortSum = 0;
        double longMinimumSum = 0;
        for (int c = 0; c < n; ++c) {
            isShort[c] = natural[c] <= width * 0.2;
            shortSum += isShort[c] ? natural[c] : 0;
            longMinimumSum += isShort[c] ? 0 : minimum[c];
        }
        const bool keepShort = shortSum + longMinimumSum <= width;
        double available = width;
        double floorSum = 0;
        double wantSum = 0;
        for (int c = 0; c < n; ++c) {
            if (keepShort && isShort[c]) {
                widths[c] = natural[c];
                available -= natural[c];
                continue;
            }
            widths[c] = minimum[c];
            floorSum += minimum[c];
            wantSum += (natural[c] - minimum[c]) * table.columns().at(c).weight;
        }
        const double spare = available - floorSum;
        for (int c = 0; c < n; ++c) {
            if (keepShort && isShort[c])
                continue;
            if (spare >= 0)
                widths[c] += spare * (natural[c] - minimum[c]) * table.columns().at(c).weight / std::max(wantSum, 1e-9);
            else
                widths[c] = minimum[c] * available / floorSum;
        }
    }
    return widths;
}

void ReportLayouter::place(const ReportTable &table)
{
    const int n = int(table.columns().size());
    const bool grid = table.look() == ReportTable::Look::Grid;
    const TableMeasure measured = measure(table);
    m_tables.erase(&table);
    const QList<double> &widths = measured.widths;
    QList<double> lefts(n, m_content.left());
    for (int c = 1; c < n; ++c)
        lefts[c] = lefts[c - 1] + widths[c - 1];
    const double padX = pt(ReportStyle::cellPaddingX);
    const double padY = pt(ReportStyle::cellPaddingY);
    const double step = lineHeight(Role::Table);
    const double headerHeight = measured.headerHeight;
    QList<ReportText> titles;
    for (int c = 0; c < n; ++c)
        titles.append(ReportText(table.columns().at(c).title));
    const QList<QList<Line>> &headerLines = measured.header;
    const auto placeHeader = [&] {
        if (!grid)
            return;
        addFill(QRectF(m_content.left(), m_y, m_content.width(), headerHeight), ReportStyle::headerFillColor());
        for (int c = 0; c < n; ++c)
            addLines(titles.at(c), headerLines.at(c), 0, int(headerLines.at(c).size()), Role::TableHeader,
                     lefts[c] + padX, widths[c] - 2 * padX, m_y + padY, table.columns().at(c).numeric);
        m_y += headerHeight;
        addLine(QPointF(m_content.left(), m_y), QPointF(m_content.right(), m_y), ReportStyle::ruleColor(), 0.8);
    };
    const auto placeCells = [&](const QList<ReportText> &cells, const QList<QList<Line>> &lines,
                                const QList<int> &first, int count) {
        for (int c = 0; c < n; ++c) {
            const QColor color = !grid && c == 0 ? ReportStyle::mutedColor() : QColor();
            addLines(cells.at(c), lines.at(c), first.at(c), count, Role::Table, lefts[c] + padX, widths[c] - 2 * padX,
                     m_y + padY, table.columns().at(c).numeric, color);
        }
    };

    // A short table stays on one page when it fits on one.
    if (!atTop() && measured.total > remaining() && measured.total <= m_content.height() / 2)
        newPage();

    bool headerPlaced = false;
    for (int r = 0; r < table.rows().size(); ++r) {
        const QList<ReportText> &cells = table.rows().at(r);
        const QList<QList<Line>> lines = r < measured.rows.size() ? measured.rows.at(r) : wrapRow(cells, widths);
        int most = 1;
        for (const QList<Line> &cell : lines)
            most = std::max(most, int(cell.size()));
        const double height = most * step + 2 * padY;
        if (!headerPlaced) {
            if (!atTop() && remaining() < headerHeight + std::min(height, 3 * step + 2 * padY))
                newPage();
            placeHeader();
            headerPlaced = true;
        }
        if (height > remaining() && height <= m_content.height() - headerHeight) {
            newPage();
            placeHeader();
        }
        QList<int> first(n, 0);
        int placed = 0;
        while (placed < most) {
            int fit = int(std::floor((remaining() - 2 * padY + 0.01) / step));
            if (fit < 1) {
                newPage();
                placeHeader();
                continue;
            }
            const int count = std::min(fit, most - placed);
            placeCells(cells, lines, first, count);
            for (int c = 0; c < n; ++c)
                first[c] += count;
            m_y += count * step + 2 * padY;
            placed += count;
            if (grid)
                addLine(QPointF(m_content.left(), m_y), QPointF(m_content.right(), m_y), ReportStyle::hairlineColor(),
                        0.5);
            if (placed < most) {
                newPage();
                placeHeader();
            }
        }
    }
    m_y += pt(ReportStyle::blockSpacing);
}
