// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportlayouter.h"

#include <QPaintDevice>

#include <algorithm>
#include <cmath>

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
    const QList<Line> lines = paragraphLines(paragraph, role, width);
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
