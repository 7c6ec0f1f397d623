// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reporttable.h"
#include "report/reporttext.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <functional>
#include <utility>
#include <variant>

class QPainter;

// What a report says, in order, without any page geometry: a cover, a table of contents,
// headings, paragraphs, tables, figures. ReportLayout breaks it into pages; ReportRenderer paints
// them on a PDF writer or a printer.
class ReportDocument
{
public:
    struct KeyFigure
    {
        QString value; // "6"
        QString label; // "agreements signed"
    };

    // The first page: what the report is, about what, when.
    struct Cover
    {
        QString kicker;   // "Portfolio report"
        QString title;    // the portfolio's name
        QString subtitle; // the period, or the filter
        QList<std::pair<QString, QString>> facts;
        QList<KeyFigure> figures;
    };

    // The title block at the top of a report without a cover: a kicker, the title, a subtitle.
    struct Masthead
    {
        QString kicker;
        QString title;
        QString subtitle;
    };

    struct Contents
    {
        QString title;
    };

    struct Heading
    {
        int level = 1; // 1, 2 or 3
        QString text;
        bool inContents = true; // levels 1 and 2 only
        bool newPage = false;
        int anchor = -1; // index among the document's headings
    };

    enum class ParagraphStyle
    {
        Body,
        Small,  // smaller and muted: metadata lines, remarks
        Bullet, // a list item with a bullet and a hanging indent
    };

    struct Paragraph
    {
        ReportText text;
        ParagraphStyle style = ParagraphStyle::Body;
    };

    // Paints into `rect`, given in points (the painter is scaled so that one unit is one point);
    // fonts should use pixel sizes, which then read as points.
    using FigurePainter = std::function<void(QPainter &painter, const QRectF &rect)>;

    struct Figure
    {
        double height = 0; // points; the width is the text width
        FigurePainter paint;
        QString caption;
    };

    struct KeyFigures
    {
        QList<KeyFigure> figures;
    };

    using Block = std::variant<Cover, Masthead, Contents, Heading, Paragraph, ReportTable, Figure, KeyFigures>;

    // Metadata and the text of running headers and footers.
    QString title;         // the PDF title, e.g. "Portfolio report: Nordic collaborations"
    QString author;        // the PDF author
    QString subject;       // the PDF subject (one line)
    QString runningTitle;  // left of every page's header
    QString portfolioName; // in every footer
    QString reportDate;    // in every footer, as text

    void addCover(Cover cover);
    void addMasthead(Masthead masthead);
    void addContents(const QString &title);
    // Returns the heading's anchor (its index among the headings).
    int addHeading(int level, const QString &text, bool newPage = false, bool inContents = true);
    void addParagraph(const QString &text, ParagraphStyle style = ParagraphStyle::Body);
    void addParagraph(ReportText text, ParagraphStyle style = ParagraphStyle::Body);
    void addTable(ReportTable table);
    void addFigure(double height, FigurePainter paint, const QString &caption = {});
    void addKeyFigures(QList<KeyFigure> figures);

    const QList<Block> &blocks() const { return m_blocks; }
    int headingCount() const { return m_headings; }
    bool isEmpty() const { return m_blocks.isEmpty(); }

private:
    QList<Block> m_blocks;
    int m_headings = 0;
};
