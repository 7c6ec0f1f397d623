// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportlayout.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <map>

using Role = ReportStyle::Role;

QFont ReportLayout::font(Role role, int emphasis)
{
    QFont font = ReportStyle::font(role);
    if (emphasis & ReportText::Bold)
        font.setWeight(QFont::Bold);
    if (emphasis & ReportText::Italic)
        font.setItalic(true);
    return font;
}

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
    QList<Line> wrap(const ReportText &text, Role role, double width);
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
    std::map<const ReportTable *, TableMeasure> m_tables;
};

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

const QFontMetricsF &ReportLayouter::metrics(Role role, int emphasis)
{
    const int key = int(role) * 16 + (emphasis & (ReportText::Bold | ReportText::Italic));
    auto it = m_metrics.find(key);
    if (it == m_metrics.end())
        it = m_metrics.emplace(key, QFontMetricsF(ReportLayout::font(role, emphasis), &m_device)).first;
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
                longest = std::max(longest, metrics(role, emphasis).horizontalAdvance(all.mid(start, i - start)));
            }
            start = i + 1;
        }
    }
    return longest;
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
    QTextLayout layout(layoutText, ReportLayout::font(role), &m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(false);
    if (!text.isPlain()) {
        QList<QTextLayout::FormatRange> formats;
        for (const ReportText::Span &span : text.spans()) {
            QTextCharFormat format;
            format.setFont(ReportLayout::font(role, span.emphasis));
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
        const int lines = int(wrap(paragraph->text, role, m_content.width()).size());
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

double ReportLayouter::placeTitle(const QString &kicker, const QString &title, const QString &subtitle, double top,
                                  Role titleRole)
{
    const double left = m_content.left();
    const double width = m_content.width();
    const double indent = pt(20);
    double y = top;
    const ReportText kickerText(kicker);
    addLines(kickerText, wrap(kickerText, Role::CoverKicker, width - indent), 0, 1, Role::CoverKicker, left + indent,
             width - indent, y);
    y += lineHeight(Role::CoverKicker) + pt(8);
    const ReportText titleText(title);
    const QList<Line> titleLines = wrap(titleText, titleRole, width - indent);
    addLines(titleText, titleLines, 0, int(titleLines.size()), titleRole, left + indent, width - indent, y);
    y += titleLines.size() * lineHeight(titleRole) + pt(6);
    if (!subtitle.isEmpty()) {
        const ReportText subtitleText(subtitle);
        const QList<Line> lines = wrap(subtitleText, Role::CoverSubtitle, width - indent);
        addLines(subtitleText, lines, 0, int(lines.size()), Role::CoverSubtitle, left + indent, width - indent, y);
        y += lines.size() * lineHeight(Role::CoverSubtitle);
    }
    addFill(QRectF(left, top - pt(2), pt(5), y - top + pt(4)), ReportStyle::accentColor());
    return y;
}

void ReportLayouter::place(const ReportDocument::Masthead &masthead)
{
    if (!atTop())
        newPage();
    // The page a report starts on needs no section in its running header.
    m_sectionSetOnPage = true;
    m_y = placeTitle(masthead.kicker, masthead.title, masthead.subtitle, m_y + pt(6), Role::MastheadTitle) + pt(22);
}

void ReportLayouter::place(const ReportDocument::Cover &cover)
{
    if (!atTop())
        newPage();
    const double left = m_content.left();
    const double width = m_content.width();
    const double indent = pt(20);
    double y = placeTitle(cover.kicker, cover.title, cover.subtitle, m_content.top() + pt(64), Role::CoverTitle);
    y += pt(40);

    double labelWidth = 0;
    for (const auto &fact : cover.facts)
        labelWidth = std::max(labelWidth, metrics(Role::Small).horizontalAdvance(fact.first));
    labelWidth = std::min(labelWidth + pt(16), width / 3);
    const double valueLeft = left + indent + labelWidth;
    const double valueWidth = width - indent - labelWidth;
    for (const auto &fact : cover.facts) {
        const ReportText label(fact.first);
        const ReportText value(fact.second);
        const QList<Line> valueLines = wrap(value, Role::CoverFact, valueWidth);
        addLine(QPointF(left + indent, y), QPointF(left + width, y), ReportStyle::hairlineColor(), 0.6);
        const double rowTop = y + pt(5);
        addLines(label, wrap(label, Role::Small, labelWidth), 0, 1, Role::Small, left + indent, labelWidth,
                 rowTop + baseline(Role::CoverFact) - baseline(Role::Small), false, ReportStyle::mutedColor());
        addLines(value, valueLines, 0, int(valueLines.size()), Role::CoverFact, valueLeft, valueWidth, rowTop);
        y = rowTop + std::max<qsizetype>(1, valueLines.size()) * lineHeight(Role::CoverFact) + pt(5);
    }
    if (!cover.facts.isEmpty())
        addLine(QPointF(left + indent, y), QPointF(left + width, y), ReportStyle::hairlineColor(), 0.6);

    if (!cover.figures.isEmpty()) {
        const double height = keyFiguresHeight(cover.figures, width - indent);
        placeKeyFigures(cover.figures, std::max(y + pt(36), m_content.bottom() - height - pt(24)), width - indent);
    }
    newPage();
}

void ReportLayouter::place(const ReportDocument::Contents &contents)
{
    if (!atTop())
        newPage();
    const ReportText title(contents.title);
    const QList<Line> titleLines = wrap(title, Role::Heading1, m_content.width());
    addLines(title, titleLines, 0, int(titleLines.size()), Role::Heading1, m_content.left(), m_content.width(), m_y);
    m_y += titleLines.size() * lineHeight(Role::Heading1) + pt(14);

    const double numberColumn = pt(34);
    for (const Block &block : m_document.blocks()) {
        const auto *heading = std::get_if<ReportDocument::Heading>(&block);
        if (!heading || !heading->inContents)
            continue;
        const Role role = heading->level == 1 ? Role::Toc1 : Role::Toc2;
        const double indent = heading->level == 1 ? 0 : pt(16);
        const double before = heading->level == 1 ? pt(7) : pt(1.5);
        const ReportText text(heading->text);
        const double textWidth = m_content.width() - indent - numberColumn;
        const QList<Line> lines = wrap(text, role, textWidth);
        const double height = lines.size() * lineHeight(role);
        if (remaining() < before + height)
            newPage();
        else
            space(before / m_layout.m_unitsPerPoint);
        const double left = m_content.left() + indent;
        addLines(text, lines, 0, int(lines.size()), role, left, textWidth, m_y, false, {}, heading->anchor);
        ReportLayout::Op leader;
        leader.kind = ReportLayout::Op::Kind::ContentsLeader;
        const double lastBaseline = m_y + (lines.size() - 1) * lineHeight(role) + baseline(role);
        leader.rect = QRectF(QPointF(left + (lines.isEmpty() ? 0 : lines.last().width) + pt(6), lastBaseline),
                             QPointF(m_content.right(), lastBaseline));
        leader.role = role;
        leader.target = heading->anchor;
        page().ops.append(std::move(leader));
        m_y += height;
    }
    newPage();
}

void ReportLayouter::place(const ReportDocument::Heading &heading, int index)
{
    const Role role = heading.level == 1 ? Role::Heading1 : heading.level == 2 ? Role::Heading2 : Role::Heading3;
    const double before = heading.level == 1 ? pt(10) : heading.level == 2 ? pt(16) : pt(10);
    const double after = heading.level == 1 ? pt(12) : heading.level == 2 ? pt(6) : pt(3);
    const ReportText text(heading.text);
    const QList<Line> lines = wrap(text, role, m_content.width());
    const double height = lines.size() * lineHeight(role);
    const double following = startHeight(index + 1);
    if (heading.newPage && !atTop())
        newPage();
    else if (!atTop() && remaining() < before + height + after + std::min(following, m_content.height() / 2))
        newPage();
    else if (!atTop())
        m_y += before;

    if (heading.level <= 2 && heading.inContents) {
        m_section = heading.text;
        if (!m_sectionSetOnPage) {
            page().section = heading.text;
            m_sectionSetOnPage = true;
        }
    }
    ReportLayout::Anchor &anchor = m_layout.m_anchors[heading.anchor];
    anchor = {int(m_layout.m_pages.size()) - 1, m_y, heading.level, heading.text, heading.inContents};
    addLines(text, lines, 0, int(lines.size()), role, m_content.left(), m_content.width(), m_y);
    m_y += height;
    if (heading.level == 1) {
        m_y += pt(3);
        addLine(QPointF(m_content.left(), m_y), QPointF(m_content.right(), m_y), ReportStyle::accentColor(), 0.9);
    }
    m_y += after;
}

void ReportLayouter::place(const ReportDocument::Paragraph &paragraph)
{
    const bool bullet = paragraph.style == ReportDocument::ParagraphStyle::Bullet;
    const Role role = paragraph.style == ReportDocument::ParagraphStyle::Small ? Role::Small : Role::Body;
    const QColor color =
        paragraph.style == ReportDocument::ParagraphStyle::Small ? ReportStyle::mutedColor() : QColor();
    const double indent = bullet ? pt(ReportStyle::bulletIndent) : 0;
    const double width = m_content.width() - indent;
    const QList<Line> lines = wrap(paragraph.text, role, width);
    const double step = lineHeight(role);
    int done = 0;
    while (done < lines.size()) {
        int fit = int(std::floor((remaining() + 0.01) / step));
        const int left = int(lines.size()) - done;
        if (fit < left && left > 1) {
            // Keep at least two lines together at either end of a page break.
            fit = std::min(fit, left - 2);
            if (fit < 2 && !atTop())
                fit = 0;
        }
        if (fit <= 0) {
            if (atTop())
                fit = 1;
            else {
                newPage();
                continue;
            }
        }
        const int count = std::min(fit, left);
        if (bullet && done == 0) {
            ReportText mark(QStringLiteral("•"));
            addLines(mark, {Line{0, 1, 0}}, 0, 1, role, m_content.left() + pt(3), 0, m_y, false,
                     ReportStyle::accentSoftColor());
        }
        addLines(paragraph.text, lines, done, count, role, m_content.left() + indent, width, m_y, false, color);
        m_y += count * step;
        done += count;
        if (done < lines.size())
            newPage();
    }
    m_y += pt(bullet ? 2.5 : ReportStyle::paragraphSpacing);
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

void ReportLayouter::place(const ReportDocument::Figure &figure)
{
    const ReportText caption(figure.caption);
    const QList<Line> captionLines = wrap(caption, Role::Caption, m_content.width());
    const double captionHeight = captionLines.isEmpty() ? 0 : pt(5) + captionLines.size() * lineHeight(Role::Caption);
    const double height = std::min(pt(figure.height), m_content.height() - captionHeight);
    if (height + captionHeight > remaining() && !atTop())
        newPage();
    ReportLayout::Op op;
    op.kind = ReportLayout::Op::Kind::Figure;
    op.rect = QRectF(m_content.left(), m_y, m_content.width(), height);
    op.target = int(m_layout.m_figures.size());
    m_layout.m_figures.append(figure.paint);
    page().ops.append(std::move(op));
    m_y += height;
    if (!captionLines.isEmpty()) {
        m_y += pt(5);
        addLines(caption, captionLines, 0, int(captionLines.size()), Role::Caption, m_content.left(), m_content.width(),
                 m_y, false, ReportStyle::mutedColor());
        m_y += captionLines.size() * lineHeight(Role::Caption);
    }
    m_y += pt(ReportStyle::blockSpacing);
}

double ReportLayouter::keyFiguresHeight(const QList<ReportDocument::KeyFigure> &figures, double width)
{
    const int perRow = figures.size() <= 4 ? int(figures.size()) : figures.size() <= 6 ? 3 : 4;
    const double gap = pt(10);
    const double boxWidth = (width - (perRow - 1) * gap) / perRow;
    double height = 0;
    for (int start = 0; start < figures.size(); start += perRow) {
        int labelLines = 1;
        for (int i = start; i < std::min(start + perRow, int(figures.size())); ++i)
            labelLines = std::max(
                labelLines, int(wrap(ReportText(figures.at(i).label), Role::KeyFigureLabel, boxWidth - pt(18)).size()));
        height += pt(9) + lineHeight(Role::KeyFigure) + labelLines * lineHeight(Role::KeyFigureLabel) + pt(9) + gap;
    }
    return height - gap;
}

void ReportLayouter::placeKeyFigures(const QList<ReportDocument::KeyFigure> &figures, double top, double width)
{
    const int perRow = figures.size() <= 4 ? int(figures.size()) : figures.size() <= 6 ? 3 : 4;
    const double gap = pt(10);
    const double boxWidth = (width - (perRow - 1) * gap) / perRow;
    const double left = m_content.right() - width;
    double y = top;
    for (int start = 0; start < figures.size(); start += perRow) {
        const int end = std::min(start + perRow, int(figures.size()));
        QList<QList<Line>> labels;
        int labelLines = 1;
        for (int i = start; i < end; ++i) {
            labels.append(wrap(ReportText(figures.at(i).label), Role::KeyFigureLabel, boxWidth - pt(18)));
            labelLines = std::max(labelLines, int(labels.last().size()));
        }
        const double height =
            pt(9) + lineHeight(Role::KeyFigure) + labelLines * lineHeight(Role::KeyFigureLabel) + pt(9);
        for (int i = start; i < end; ++i) {
            const double x = left + (i - start) * (boxWidth + gap);
            addFill(QRectF(x, y, boxWidth, height), ReportStyle::bandColor());
            addFill(QRectF(x, y, pt(2.5), height), ReportStyle::accentSoftColor());
            const ReportText value(figures.at(i).value);
            addLines(value, wrap(value, Role::KeyFigure, boxWidth - pt(18)), 0, 1, Role::KeyFigure, x + pt(12),
                     boxWidth - pt(18), y + pt(9));
            const ReportText label(figures.at(i).label);
            addLines(label, labels.at(i - start), 0, labelLines, Role::KeyFigureLabel, x + pt(12), boxWidth - pt(18),
                     y + pt(9) + lineHeight(Role::KeyFigure));
        }
        y += height + gap;
    }
}

void ReportLayouter::place(const ReportDocument::KeyFigures &figures)
{
    const double height = keyFiguresHeight(figures.figures, m_content.width());
    if (height > remaining() && !atTop())
        newPage();
    placeKeyFigures(figures.figures, m_y, m_content.width());
    m_y += height + pt(ReportStyle::blockSpacing + 4);
}

ReportLayout ReportLayout::build(const ReportDocument &document, QPaintDevice &device)
{
    ReportLayout layout;
    ReportLayouter(document, device, layout).run();
    return layout;
}
