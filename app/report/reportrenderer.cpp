// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportrenderer.h"

#include "report/pdfnavigation.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace {

// Sets the painter's font unless it has it already: a font set anew is looked up anew when text is
// drawn, and most texts of a page share their font with the one before.
void useFont(QPainter &painter, const QFont &font)
{
    if (painter.font() != font)
        painter.setFont(font);
}

} // namespace

QString ReportRenderer::anchorHref(int anchor)
{
    return PdfNavigation::linkPrefix() + QString::number(anchor);
}

Result<ReportLayout> ReportRenderer::render(const ReportDocument &document, QPagedPaintDevice &device)
{
    ReportLayout layout = ReportLayout::build(document, device);
    QPainter painter;
    if (!painter.begin(&device))
        return StoreError{
            StoreError::Kind::Unreadable,
            QCoreApplication::translate("ReportRenderer", "The report could not be drawn on this device.")};
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    for (int page = 0; page < layout.pages().size(); ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return StoreError{
                StoreError::Kind::Unreadable,
                QCoreApplication::translate("ReportRenderer", "The report could not start page %1.").arg(page + 1)};
        }
        paintPage(painter, document, layout, page);
    }
    if (!painter.end())
        return StoreError{StoreError::Kind::Unreadable,
                          QCoreApplication::translate("ReportRenderer", "The report could not be finished.")};
    return layout;
}

void ReportRenderer::paintPage(QPainter &painter, const ReportDocument &document, const ReportLayout &layout, int page)
{
    const double u = layout.unitsPerPoint();
    const QSizeF size = layout.pageSize();
    const double left = ReportStyle::marginLeft * u;
    const double right = size.width() - ReportStyle::marginRight * u;

    // Running header and footer.
    const auto drawEnds = [&](double baseline, const QString &start, const QString &end, ReportStyle::Role role) {
        useFont(painter, ReportLayout::font(role, ReportText::Plain, *painter.device()));
        painter.setPen(ReportStyle::color(role));
        const QFontMetricsF fm(painter.font(), painter.device());
        const double endWidth = std::min(fm.horizontalAdvance(end), (right - left) * 0.55);
        const QString endText = fm.elidedText(end, Qt::ElideRight, endWidth);
        const QString startText = fm.elidedText(start, Qt::ElideRight, right - left - endWidth - 18 * u);
        painter.drawText(QPointF(left, baseline), startText);
        painter.drawText(QPointF(right - fm.horizontalAdvance(endText), baseline), endText);
    };
    const double headerBaseline = ReportStyle::headerBaseline * u;
    drawEnds(headerBaseline, document.runningTitle, layout.pages().at(page).section, ReportStyle::Role::RunningHeader);
    painter.setPen(QPen(ReportStyle::ruleColor(), 0.5 * u));
    painter.drawLine(QPointF(left, headerBaseline + 6 * u), QPointF(right, headerBaseline + 6 * u));

    const double footerBaseline = size.height() - ReportStyle::footerBaseline * u;
    painter.setPen(QPen(ReportStyle::ruleColor(), 0.5 * u));
    painter.drawLine(QPointF(left, footerBaseline - 11 * u), QPointF(right, footerBaseline - 11 * u));
    QStringList footer;
    if (!document.portfolioName.isEmpty())
        footer << document.portfolioName;
    if (!document.reportDate.isEmpty())
        footer << document.reportDate;
    drawEnds(footerBaseline, footer.join(QStringLiteral("  ·  ")),
             QCoreApplication::translate("ReportRenderer", "Page %1 of %2").arg(page + 1).arg(layout.pages().size()),
             ReportStyle::Role::Footer);

    for (const ReportLayout::Op &op : layout.pages().at(page).ops) {
        switch (op.kind) {
        case ReportLayout::Op::Kind::Text:
            paintText(painter, op);
            break;
        case ReportLayout::Op::Kind::Fill:
            painter.fillRect(op.rect, op.color);
            break;
        case ReportLayout::Op::Kind::Line:
            painter.setPen(QPen(op.color, op.lineWidth, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(op.rect.topLeft(), op.rect.bottomRight());
            break;
        case ReportLayout::Op::Kind::Figure:
            painter.save();
            painter.setClipRect(op.rect);
            painter.translate(op.rect.topLeft());
            painter.scale(u, u);
            layout.figures().at(op.target)(painter, QRectF(0, 0, op.rect.width() / u, op.rect.height() / u));
            painter.restore();
            break;
        case ReportLayout::Op::Kind::ContentsLeader:
            paintLeader(painter, layout, op);
            break;
        }
    }
}

void ReportRenderer::paintText(QPainter &painter, const ReportLayout::Op &op)
{
    const QColor color = op.color.isValid() ? op.color : ReportStyle::color(op.role);
    painter.setPen(color);
    const QFont font = ReportLayout::font(op.role, ReportText::Plain, *painter.device());
    if (op.spans.isEmpty() && op.target < 0) {
        useFont(painter, font);
        painter.drawText(op.rect.topLeft(), op.text);
        return;
    }
    QList<QTextLayout::FormatRange> formats;
    if (op.target >= 0) {
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(anchorHref(op.target));
        formats.append({0, int(op.text.size()), link});
    }
    for (const ReportText::Span &span : op.spans) {
        QTextCharFormat format;
        ReportLayout::setEmphasis(format, span.emphasis);
        if (span.emphasis & ReportText::Alert)
            format.setForeground(ReportStyle::alertColor());
        else if (span.emphasis & ReportText::Muted)
            format.setForeground(ReportStyle::mutedColor());
        else if (span.emphasis & ReportText::Accent)
            format.setForeground(ReportStyle::accentColor());
        formats.append({span.start, span.length, format});
    }
    QTextLayout layout(op.text, font, painter.device());
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setNumColumns(int(op.text.size()));
    line.setPosition(QPointF(0, 0));
    layout.endLayout();
    layout.draw(&painter, QPointF(op.rect.left(), op.rect.top() - line.ascent()));
}

void ReportRenderer::paintLeader(QPainter &painter, const ReportLayout &layout, const ReportLayout::Op &op)
{
    const double u = layout.unitsPerPoint();
    const QString number = QString::number(layout.anchors().value(op.target).page + 1);
    useFont(painter, ReportLayout::font(op.role, ReportText::Plain, *painter.device()));
    const QFontMetricsF fm(painter.font(), painter.device());
    const double numberLeft = op.rect.right() - fm.horizontalAdvance(number);
    ReportLayout::Op text = op;
    text.kind = ReportLayout::Op::Kind::Text;
    text.rect = QRectF(numberLeft, op.rect.top(), 0, 0);
    text.text = number;
    paintText(painter, text);

    const double dotsEnd = numberLeft - 5 * u;
    if (dotsEnd - op.rect.left() < 6 * u)
        return;
    QPen dots(ReportStyle::ruleColor(), 1.1 * u, Qt::CustomDashLine, Qt::RoundCap);
    dots.setDashPattern({0.01, 3.2});
    painter.setPen(dots);
    painter.drawLine(QPointF(op.rect.left(), op.rect.top() - 0.6 * u), QPointF(dotsEnd, op.rect.top() - 0.6 * u));
}
