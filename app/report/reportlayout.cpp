// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportlayout.h"

#include "report/reportlayouter.h"

#include <QHash>
#include <QPaintDevice>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

QFont ReportLayout::font(Role role, int emphasis)
{
    QFont font = ReportStyle::font(role);
    if (emphasis & ReportText::Bold)
        font.setWeight(QFont::Bold);
    if (emphasis & ReportText::Italic)
        font.setItalic(true);
    return font;
}

QFont ReportLayout::font(Role role, int emphasis, const QPaintDevice &device)
{
    thread_local QHash<QPair<int, int>, QFont> fonts;
    const int styled = emphasis & (ReportText::Bold | ReportText::Italic);
    const QPair<int, int> key(int(role) * 16 + styled, device.logicalDpiY());
    auto it = fonts.constFind(key);
    if (it == fonts.constEnd())
        it = fonts.insert(key, QFont(font(role, styled), &device));
    return *it;
}

ReportLayouter::ReportLayouter(const ReportDocument &document, QPaintDevice &device, ReportLayout &layout)
    : m_document(document)
    , m_device(device)
    , m_layout(layout)
{
    m_layout.m_unitsPerPoint = device.logicalDpiY() / 72.0;
    m_layout.m_pageSize = QSizeF(device.width(), device.height());
    m_content =
        QRectF(QPointF(pt(ReportStyle::marginLeft), pt(ReportStyle::marginTop)),
               QPointF(device.width() - pt(ReportStyle::marginRight), device.height() - pt(ReportStyle::marginBottom)));
    m_layout.m_anchors.resize(document.headingCount());
}

void ReportLayouter::run()
{
    newPage();
    const QList<Block> &blocks = m_document.blocks();
    for (int i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks.at(i);
        if (const auto *cover = std::get_if<ReportDocument::Cover>(&block))
            place(*cover);
        else if (const auto *masthead = std::get_if<ReportDocument::Masthead>(&block))
            place(*masthead);
        else if (const auto *contents = std::get_if<ReportDocument::Contents>(&block))
            place(*contents);
        else if (const auto *heading = std::get_if<ReportDocument::Heading>(&block))
            place(*heading, i);
        else if (const auto *paragraph = std::get_if<ReportDocument::Paragraph>(&block))
            place(*paragraph);
        else if (const auto *table = std::get_if<ReportTable>(&block))
            place(*table);
        else if (const auto *figure = std::get_if<ReportDocument::Figure>(&block))
            place(*figure);
        else if (const auto *figures = std::get_if<ReportDocument::KeyFigures>(&block))
            place(*figures);
    }
}

void ReportLayout::setEmphasis(QTextCharFormat &format, int emphasis)
{
    if (emphasis & ReportText::Bold)
        format.setFontWeight(QFont::Bold);
    if (emphasis & ReportText::Italic)
        format.setFontItalic(true);
}

const QFontMetricsF &ReportLayouter::metrics(Role role, int emphasis)
{
    const int key = int(role) * 16 + (emphasis & (ReportText::Bold | ReportText::Italic));
    auto it = m_metrics.find(key);
    if (it == m_metrics.end())
        it = m_metrics.emplace(key, QFontMetricsF(ReportLayout::font(role, emphasis, m_device), &m_device)).first;
    return it->second;
}

double ReportLayouter::baseline(Role role)
{
    const QFontMetricsF &fm = metrics(role);
    return (lineHeight(role) - (fm.ascent() + fm.descent())) / 2 + fm.ascent();
}

double ReportLayouter::naturalWidth(const ReportText &text, Role role)
{
    if (text.isPlain())
        return metrics(role).horizontalAdvance(text.text());
    double width = 0;
    int at = 0;
    for (const ReportText::Span &span : text.spans()) {
        width += metrics(role).horizontalAdvance(text.text().mid(at, span.start - at));
        width += metrics(role, span.emphasis).horizontalAdvance(text.text().mid(span.start, span.length));
        at = span.start + span.length;
    }
    return width + metrics(role).horizontalAdvance(text.text().mid(at));
}

double ReportLayouter::longestWord(const ReportText &text, Role role)
{
    double longest = 0;
    const QString &all = text.text();
    int start = 0;
    for (int i = 0; i <= all.size(); ++i) {
        if (i == all.size() || all.at(i).isSpace()) {
            if (i > start) {
                const QList<ReportText::Span> spans = text.spansIn(start, i - start);
                const int emphasis = spans.isEmpty() ? ReportText::Plain : spans.first().emphasis;
                longest = std::max(longest, wordWidth(role, emphasis, all.mid(start, i - start)));
            }
            start = i + 1;
        }
    }
    return longest;
}

double ReportLayouter::wordWidth(Role role, int emphasis, const QString &word)
{
    const int metricsKey = int(role) * 16 + (emphasis & (ReportText::Bold | ReportText::Italic));
    const QString key = QString::number(metricsKey) + QLatin1Char('\n') + word;
    if (const auto it = m_wordWidths.constFind(key); it != m_wordWidths.constEnd())
        return *it;
    const double width = metrics(role, emphasis).horizontalAdvance(word);
    m_wordWidths.insert(key, width);
    return width;
}

QList<ReportLayouter::Line> ReportLayouter::wrap(const ReportText &text, Role role, double width)
{
    const QString &all = text.text();
    if (all.isEmpty())
        return {};
    if (text.isPlain() && !all.contains(QLatin1Char('\n'))) {
        const double natural = metrics(role).horizontalAdvance(all);
        if (natural <= width)
            return {Line{0, int(all.size()), natural}};
    }
    QString layoutText = all;
    layoutText.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(layoutText, ReportLayout::font(role, ReportText::Plain, m_device), &m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(false);
    if (!text.isPlain()) {
        QList<QTextLayout::FormatRange> formats;
        for (const ReportText::Span &span : text.spans()) {
            QTextCharFormat format;
            ReportLayout::setEmphasis(format, span.emphasis);
            formats.append({span.start, span.length, format});
        }
        layout.setFormats(formats);
    }
    QList<Line> lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        int length = line.textLength();
        while (length > 0 && (all.at(line.textStart() + length - 1).isSpace()))
            --length;
        lines.append({line.textStart(), length, line.naturalTextWidth()});
    }
    layout.endLayout();
    return lines;
}

const QList<ReportLayouter::Line> &ReportLayouter::paragraphLines(const ReportDocument::Paragraph &paragraph, Role role,
                                                                  double width)
{
    const auto key = std::make_pair(&paragraph, width);
    auto it = m_paragraphLines.find(key);
    if (it == m_paragraphLines.end())
        it = m_paragraphLines.emplace(key, wrap(paragraph.text, role, width)).first;
    return it->second;
}

void ReportLayouter::addLines(const ReportText &text, const QList<Line> &lines, int first, int count, Role role,
                              double left, double width, double top, bool alignRight, const QColor &color, int target)
{
    const double step = lineHeight(role);
    const double offset = baseline(role);
    for (int i = first; i < std::min(first + count, int(lines.size())); ++i) {
        const Line &line = lines.at(i);
        if (line.length == 0)
            continue;
        ReportLayout::Op op;
        op.kind = ReportLayout::Op::Kind::Text;
        const double x = alignRight ? left + width - line.width : left;
        op.rect = QRectF(x, top + (i - first) * step + offset, line.width, 0);
        op.text = text.text().mid(line.start, line.length);
        op.role = role;
        op.spans = text.spansIn(line.start, line.length);
        op.color = color;
        op.target = target;
        page().ops.append(std::move(op));
    }
}

void ReportLayouter::addFill(const QRectF &rect, const QColor &color)
{
    ReportLayout::Op op;
    op.kind = ReportLayout::Op::Kind::Fill;
    op.rect = rect;
    op.color = color;
    page().ops.append(std::move(op));
}

void ReportLayouter::addLine(const QPointF &from, const QPointF &to, const QColor &color, double points)
{
    ReportLayout::Op op;
    op.kind = ReportLayout::Op::Kind::Line;
    op.rect = QRectF(from, to);
    op.color = color;
    op.lineWidth = pt(points);
    page().ops.append(std::move(op));
}

void ReportLayouter::newPage()
{
    m_layout.m_pages.append(ReportLayout::Page{{}, m_section});
    m_y = m_content.top();
    m_sectionSetOnPage = false;
}

void ReportLayouter::space(double points)
{
    if (!atTop())
        m_y = std::min(m_y + pt(points), m_content.bottom());
}

double ReportLayouter::startHeight(int index, int depth)
{
    if (index >= m_document.blocks().size())
        return 0;
    const Block &block = m_document.blocks().at(index);
    if (const auto *paragraph = std::get_if<ReportDocument::Paragraph>(&block)) {
        const bool small = paragraph->style == ReportDocument::ParagraphStyle::Small;
        const Role role = small ? Role::Small : Role::Body;
        const int lines = int(paragraphLines(*paragraph, role, m_content.width()).size());
        const double own = std::min(lines, 3) * lineHeight(role) + pt(ReportStyle::paragraphSpacing);
        return small && lines <= 2 && depth == 0 ? own + startHeight(index + 1, depth + 1) : own;
    }
    if (const auto *table = std::get_if<ReportTable>(&block)) {
        const double whole = measure(*table).total;
        return whole >= 0
                   ? whole
                   : lineHeight(Role::TableHeader) + 3 * lineHeight(Role::Table) + pt(8 * ReportStyle::cellPaddingY);
    }
    if (const auto *figure = std::get_if<ReportDocument::Figure>(&block))
        return std::min(pt(figure->height), m_content.height() / 2);
    if (const auto *heading = std::get_if<ReportDocument::Heading>(&block))
        return lineHeight(Role::Heading3) + 2 * lineHeight(Role::Body) + (heading->newPage ? m_content.height() : 0);
    return 2 * lineHeight(Role::Body);
}

ReportLayout ReportLayout::build(const ReportDocument &document, QPaintDevice &device)
{
    ReportLayout layout;
    ReportLayouter(document, device, layout).run();
    return layout;
}
