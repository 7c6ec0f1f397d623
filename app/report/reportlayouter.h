// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportlayout.h"

#include <QFontMetricsF>
#include <QHash>
#include <QList>
#include <QRectF>

#include <map>

using Role = ReportStyle::Role;

// Places the blocks of a document on pages, top to bottom.
class ReportLayouter
{
public:
    ReportLayouter(const ReportDocument &document, QPaintDevice &device, ReportLayout &layout);
    void run();

private:
    struct Line
    {
        int start = 0;
        int length = 0;
        double width = 0;
    };
    using Block = ReportDocument::Block;

    double pt(double points) const { return points * m_layout.m_unitsPerPoint; }
    const QFontMetricsF &metrics(Role role, int emphasis = ReportText::Plain);
    double lineHeight(Role role) const { return pt(ReportStyle::lineHeight(role)); }
    double baseline(Role role);
    double naturalWidth(const ReportText &text, Role role);
    double longestWord(const ReportText &text, Role role);
    // The width of one word, remembered for the whole document: a long table measures the same
    // words (statuses, kinds, dates, names) row after row.
    double wordWidth(Role role, int emphasis, const QString &word);
    QList<Line> wrap(const ReportText &text, Role role, double width);
    // A paragraph of the document wrapped, once: a heading wraps the paragraph after it to keep
    // them together, and placing the paragraph then takes the same lines.
    const QList<Line> &paragraphLines(const ReportDocument::Paragraph &paragraph, Role role, double width);
    // Adds the lines [first, first + count) of wrapped text, the first one's box at `top`.
    void addLines(const ReportText &text, const QList<Line> &lines, int first, int count, Role role, double left,
                  double width, double top, bool alignRight = false, const QColor &color = {}, int target = -1);
    void addFill(const QRectF &rect, const QColor &color);
    void addLine(const QPointF &from, const QPointF &to, const QColor &color, double points);

    ReportLayout::Page &page() { return m_layout.m_pages.last(); }
    void newPage();
    double remaining() const { return m_content.bottom() - m_y; }
    bool atTop() const { return m_y <= m_content.top() + 0.01; }
    void space(double points);
    // The height the start of block `index` needs on the page (to keep a heading with what
    // follows): a short line under a heading counts with the block after it.
    double startHeight(int index, int depth = 0);
    // A table's column widths and wrapped header, and for a short one its wrapped rows and whole
    // height; measured once, when a heading first looks ahead at it or when it is placed.
    struct TableMeasure
    {
        QList<double> widths;
        QList<QList<Line>> header;
        double headerHeight = 0;
        QList<QList<QList<Line>>> rows; // short tables only
        double total = -1;              // short tables only
    };
    const TableMeasure &measure(const ReportTable &table);
    QList<QList<Line>> wrapRow(const QList<ReportText> &cells, const QList<double> &widths);

    void place(const ReportDocument::Cover &cover);
    void place(const ReportDocument::Masthead &masthead);
    // Kicker, title and subtitle beside an accent bar, from `top`; returns the bottom.
    double placeTitle(const QString &kicker, const QString &title, const QString &subtitle, double top, Role titleRole);
    void place(const ReportDocument::Contents &contents);
    void place(const ReportDocument::Heading &heading, int index);
    void place(const ReportDocument::Paragraph &paragraph);
    void place(const ReportTable &table);
    void place(const ReportDocument::Figure &figure);
    void place(const ReportDocument::KeyFigures &figures);
    double keyFiguresHeight(const QList<ReportDocument::KeyFigure> &figures, double width);
    void placeKeyFigures(const QList<ReportDocument::KeyFigure> &figures, double top, double width);
    QList<double> columnWidths(const ReportTable &table, double width);

    const ReportDocument &m_document;
    QPaintDevice &m_device;
    ReportLayout &m_layout;
    QRectF m_content;
    double m_y = 0;
    QString m_section;
    bool m_sectionSetOnPage = false;
    std::map<int, QFontMetricsF> m_metrics;
    QHash<QString, double> m_wordWidths; // by metrics key and word
    std::map<std::pair<const ReportDocument::Paragraph *, double>, QList<Line>> m_paragraphLines; // by width
    std::map<const ReportTable *, TableMeasure> m_tables;
};
