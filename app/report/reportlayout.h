// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdocument.h"
#include "report/reportstyle.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPaintDevice;
class QTextCharFormat;

class QPaintDevice;

// A ReportDocument broken into pages for one paint device (a PDF writer or a printer): every
// page a list of drawing operations in device units. Page numbers are not drawn yet: the painter
// adds running headers, footers ("page n of m") and the page numbers of the contents once the
// number of pages is known.
class ReportLayout
{
public:
    struct Op
    {
        enum class Kind
        {
            Text,           // rect.topLeft(): left end of the baseline
            Fill,           // rect
            Line,           // from rect.topLeft() to rect.bottomRight()
            Figure,         // rect; `target` indexes figures()
            ContentsLeader, // dots from rect.left() to the page number right-aligned at rect.right(), baseline
                            // rect.top()
        };
        Kind kind = Kind::Text;
        QRectF rect;
        QString text;
        ReportStyle::Role role = ReportStyle::Role::Body;
        QList<ReportText::Span> spans;
        QColor color;         // Fill and Line; for Text, when valid, instead of the role's colour
        double lineWidth = 0; // Line, device units
        int target = -1;      // Figure: its index; Text and ContentsLeader: the heading it links to, or -1
    };

    struct Page
    {
        QList<Op> ops;
        QString section; // right of the running header
    };

    // Where a heading landed (device units from the page's top).
    struct Anchor
    {
        int page = -1;
        double y = 0;
        int level = 1;
        QString text;
        bool inContents = false;
    };

    static ReportLayout build(const ReportDocument &document, QPaintDevice &device);

    const QList<Page> &pages() const { return m_pages; }
    const QList<Anchor> &anchors() const { return m_anchors; }
    const QList<ReportDocument::FigurePainter> &figures() const { return m_figures; }
    double unitsPerPoint() const { return m_unitsPerPoint; }
    QSizeF pageSize() const { return m_pageSize; }
    // A role's font with ReportText emphasis applied.
    static QFont font(ReportStyle::Role role, int emphasis = ReportText::Plain);
    // The same font made for a device's resolution, one shared copy per thread and resolution: a
    // font Qt has looked up once keeps its glyphs, where a new one is looked up again (slow).
    static QFont font(ReportStyle::Role role, int emphasis, const QPaintDevice &device);
    // The font of emphasised text laid out in a role's font: only what differs from it (bold,
    // italic), so that plain spans and links keep the role's font as it is, already looked up.
    static void setEmphasis(QTextCharFormat &format, int emphasis);

private:
    QList<Page> m_pages;
    QList<Anchor> m_anchors;
    QList<ReportDocument::FigurePainter> m_figures;
    double m_unitsPerPoint = 1;
    QSizeF m_pageSize;

    friend class ReportLayouter;
};
