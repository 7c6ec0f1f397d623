// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportdocument.h"

#include <algorithm>

void ReportDocument::addCover(Cover cover)
{
    m_blocks.append(std::move(cover));
}

void ReportDocument::addMasthead(Masthead masthead)
{
    m_blocks.append(std::move(masthead));
}

void ReportDocument::addContents(const QString &title)
{
    m_blocks.append(Contents{title});
}

int ReportDocument::addHeading(int level, const QString &text, bool newPage, bool inContents)
{
    Heading heading;
    heading.level = std::clamp(level, 1, 3);
    heading.text = text;
    heading.newPage = newPage;
    heading.inContents = inContents && heading.level <= 2;
    heading.anchor = m_headings++;
    m_blocks.append(std::move(heading));
    return m_headings - 1;
}

void ReportDocument::addParagraph(const QString &text, ParagraphStyle style)
{
    addParagraph(ReportText(text), style);
}

void ReportDocument::addParagraph(ReportText text, ParagraphStyle style)
{
    if (!text.isEmpty())
        m_blocks.append(Paragraph{std::move(text), style});
}

void ReportDocument::addTable(ReportTable table)
{
    if (!table.isEmpty())
        m_blocks.append(std::move(table));
}

void ReportDocument::addFigure(double height, FigurePainter paint, const QString &caption)
{
    m_blocks.append(Figure{height, std::move(paint), caption});
}

void ReportDocument::addKeyFigures(QList<KeyFigure> figures)
{
    if (!figures.isEmpty())
        m_blocks.append(KeyFigures{std::move(figures)});
}
