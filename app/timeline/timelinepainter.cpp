// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinepainter.h"

#include "timeline/timelinestyle.h"
#include "timeline/timelinesymbols.h"
#include "timeline/timelinetextwidth.h"

#include <QLinearGradient>
#include <QPaintEngine>
#include <QPainter>

#include <cmath>

using namespace TimelineSymbols;

namespace {

// The fonts of one paint, with their metrics.
struct Fonts
{
    explicit Fonts(const TimelineOptions &options)
        : label(TimelineLayout::labelFont(options))
        , bold(TimelineLayout::boldLabelFont(options))
        , note(TimelineLayout::noteFont(options))
        , axis(TimelineLayout::axisFont(options))
        , boldAxis(TimelineLayout::boldAxisFont(options))
        , labelMetrics(label)
        , boldMetrics(bold)
        , labelKey(label.key())
        , boldKey(bold.key())
        , axisKey(axis.key())
        , boldAxisKey(boldAxis.key())
    {}

    QFont label;
    QFont bold;
    QFont note;
    QFont axis;
    QFont boldAxis;
    QFontMetricsF labelMetrics;
    QFontMetricsF boldMetrics;
    QString labelKey;
    QString boldKey;
    QString axisKey;
    QString boldAxisKey;
};

// Row backgrounds across the header column and the plot: group headers, the selection, stripes.
void paintRowBackgrounds(QPainter &p, const TimelineLayout &layout, const QRectF &lanesArea)
{
    p.save();
    p.setClipRect(lanesArea);
    for (const TimelineLayout::Row &row : layout.rows()) {
        if (row.groupHeader)
            p.fillRect(row.rect, TimelineStyle::groupHeaderColor());
        else if (row.selected)
            p.fillRect(row.rect, withAlpha(TimelineStyle::selectionColor(), 28));
        else if (row.absoluteRow % 2 == 1)
            p.fillRect(row.rect, TimelineStyle::laneStripeColor());
    }
    p.restore();
}

// Grid lines are on whole pixels: no antialiasing needed (and much cheaper without).
void paintGrid(QPainter &p, const TimelineLayout &layout, const QRectF &plot)
{
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(TimelineStyle::gridColor(), 1));
    for (const TimelineAxis::Tick &tick : layout.minorTicks())
        p.drawLine(QPointF(std::round(tick.x), plot.top()), QPointF(std::round(tick.x), plot.bottom()));
    p.setPen(QPen(TimelineStyle::gridColor().darker(112), 1));
    for (const TimelineAxis::Tick &tick : layout.majorTicks())
        if (tick.x >= plot.left())
            p.drawLine(QPointF(std::round(tick.x), plot.top()), QPointF(std::round(tick.x), plot.bottom()));
    p.setRenderHint(QPainter::Antialiasing, true);
}

// Events down the plot: a shaded span for several days, a dashed line for one.
void paintEventLines(QPainter &p, const TimelineLayout &layout)
{
    for (const TimelineLayout::EventMarker &event : layout.events()) {
        if (event.rect.width() > 0) {
            p.fillRect(event.rect, withAlpha(TimelineStyle::eventColor(), 22));
            p.setPen(QPen(withAlpha(TimelineStyle::eventColor(), 150), 1, Qt::DashLine));
        } else {
            p.setPen(QPen(withAlpha(TimelineStyle::eventColor(), 200), 1.4, Qt::DashLine));
        }
        p.drawLine(event.rect.topLeft(), event.rect.bottomLeft());
    }
}

// Each agreement's span; an open end fades out towards today: solid, then a short gradient.
void paintSpans(QPainter &p, const TimelineLayout &layout, const QRectF &plot)
{
    for (const TimelineLayout::Row &row : layout.rows()) {
        if (row.spanRect.isEmpty())
            continue;
        const QColor span = withAlpha(TimelineStyle::spanColor(), SpanAlpha);
        const QRectF r = row.spanRect.intersected(plot.adjusted(-2, 0, 2, 0));
        if (r.isEmpty())
            continue;
        if (!row.spanOpenEnd) {
            p.fillRect(r, span);
            continue;
        }
        const double fadeStart = std::round(std::max(row.spanRect.left(), row.spanRect.right() - 60));
        if (fadeStart > r.left())
            p.fillRect(QRectF(r.left(), r.top(), std::min(fadeStart, r.right()) - r.left(), r.height()), span);
        if (r.right() > fadeStart) {
            QLinearGradient gradient(fadeStart, 0, row.spanRect.right(), 0);
            gradient.setColorAt(0, span);
            gradient.setColorAt(1, withAlpha(span, 0));
            p.fillRect(
                QRectF(std::max(fadeStart, r.left()), r.top(), r.right() - std::max(fadeStart, r.left()), r.height()),
                gradient);
        }
    }
}

// Ghosts of earlier due dates with their arrows, then the milestones, clusters and achieved marks.
void paintMarks(QPainter &p, const TimelineLayout &layout, const Fonts &fonts)
{
    for (const TimelineLayout::Mark &mark : layout.marks())
        if (mark.kind == TimelineLayout::MarkKind::Ghost)
            drawGhost(p, mark);
    for (const TimelineLayout::Arrow &arrow : layout.arrows())
        drawArrow(p, arrow, layout.options().rowHeight);
    // Bands are upright rectangles: on screen they are snapped to whole pixels and drawn without
    // antialiasing (crisp, and several times cheaper); on vector devices nothing changes.
    const bool raster = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
    for (const TimelineLayout::Mark &mark : layout.marks()) {
        switch (mark.kind) {
        case TimelineLayout::MarkKind::Band:
            if (raster && !mark.selected && !mark.hovered) {
                TimelineLayout::Mark snapped = mark;
                snapped.rect = QRectF(QPointF(std::round(mark.rect.left()), std::round(mark.rect.top())),
                                      QPointF(std::round(mark.rect.right()), std::round(mark.rect.bottom())));
                if (snapped.rect.width() < 2)
                    snapped.rect.setWidth(2);
                p.setRenderHint(QPainter::Antialiasing, snapped.rect.width() >= 24);
                drawMilestone(p, snapped);
                p.setRenderHint(QPainter::Antialiasing, true);
            } else {
                drawMilestone(p, mark);
            }
            break;
        case TimelineLayout::MarkKind::Diamond:
            drawMilestone(p, mark);
            break;
        case TimelineLayout::MarkKind::Cluster:
            drawCluster(p, mark, fonts.note);
            break;
        case TimelineLayout::MarkKind::Achieved:
            drawAchieved(p, mark);
            break;
        case TimelineLayout::MarkKind::Ghost:
            break;
        }
    }
}

void paintLabels(QPainter &p, const TimelineLayout &layout, const Fonts &fonts)
{
    p.setFont(fonts.label);
    for (const TimelineLayout::Label &label : layout.labels()) {
        if (label.hidden)
            continue;
        if (!label.inside)
            p.fillRect(label.rect, withAlpha(TimelineStyle::backgroundColor(), 200));
        p.setPen(label.inside ? insideTextColor(label)
                              : (label.overdue ? darker(TimelineStyle::overdueColor()) : TimelineStyle::textColor()));
        drawLine(p, label.rect, label.text, label.overdue ? fonts.bold : fonts.label,
                 label.overdue ? fonts.boldKey : fonts.labelKey, label.overdue ? fonts.boldMetrics : fonts.labelMetrics,
                 !label.elided);
    }
}

// The hovered milestone's label, whole, above everything in the plot.
void paintHoveredLabel(QPainter &p, const TimelineLayout &layout, const Fonts &fonts)
{
    const QRectF &target = layout.target();
    for (const TimelineLayout::Label &label : layout.labels()) {
        if (label.milestoneId == 0 || label.milestoneId != layout.options().hoveredMilestone ||
            (!label.hidden && !label.elided))
            continue;
        QRectF box(label.rect.left(), label.rect.top(), fonts.labelMetrics.horizontalAdvance(label.fullText) + 12,
                   label.rect.height() + 2);
        if (box.right() > target.right())
            box.moveRight(target.right() - 2);
        box.moveLeft(std::max(box.left(), layout.plotRect().left() + 2));
        p.setPen(QPen(TimelineStyle::textColor(), 1));
        p.setBrush(QColor(0xff, 0xfc, 0xe8));
        p.drawRoundedRect(box, 3, 3);
        p.setFont(fonts.label);
        p.drawText(box.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, label.fullText);
    }
}

// The header column: lane titles and notes stay put while the plot scrolls sideways.
void paintHeaderColumn(QPainter &p, const TimelineLayout &layout, const Fonts &fonts)
{
    const QRectF &header = layout.headerRect();
    if (header.width() <= 0)
        return;
    p.save();
    p.setClipRect(header);
    for (const TimelineLayout::Row &row : layout.rows()) {
        const QRectF text = row.headerRect.adjusted(row.groupHeader ? 8 : 16, 0, -6, 0);
        const bool bold = row.groupHeader || row.selected;
        p.setPen(TimelineStyle::textColor());
        drawLine(p, text.adjusted(-3, 0, 0, 0), row.title, bold ? fonts.bold : fonts.label,
                 bold ? fonts.boldKey : fonts.labelKey, bold ? fonts.boldMetrics : fonts.labelMetrics);
        if (row.groupHeader || !row.note.isEmpty()) {
            p.setPen(TimelineStyle::mutedTextColor());
            drawAligned(p, text, Qt::AlignRight, row.note, fonts.note);
        }
    }
    p.restore();
    p.setPen(QPen(TimelineStyle::gridColor().darker(125), 1));
    p.drawLine(QPointF(header.right() + 0.5, layout.target().top()),
               QPointF(header.right() + 0.5, layout.plotRect().bottom()));
}

// The group whose header has scrolled out of sight, pinned on top of the lanes.
void paintStickyGroup(QPainter &p, const TimelineLayout &layout, const Fonts &fonts, const QRectF &lanesArea)
{
    if (layout.stickyGroup() < 0)
        return;
    p.save();
    p.setClipRect(lanesArea);
    const QRectF sticky(layout.target().left(), layout.plotRect().top(), layout.target().width(),
                        layout.options().rowHeight);
    p.fillRect(sticky, TimelineStyle::groupHeaderColor());
    p.setPen(QPen(TimelineStyle::gridColor().darker(125), 1));
    p.drawLine(sticky.bottomLeft(), sticky.bottomRight());
    p.setPen(TimelineStyle::textColor());
    drawAligned(p, sticky.adjusted(8, 0, -8, 0), Qt::AlignLeft,
                fonts.boldMetrics.elidedText(layout.stickyGroupTitle(), Qt::ElideRight, sticky.width() - 16),
                fonts.bold);
    p.restore();
}

// The axis: event strip, major labels (upper row), minor labels (lower row), today's chip and the
// header column's corner title.
void paintAxis(QPainter &p, const TimelineLayout &layout, const Fonts &fonts)
{
    const TimelineOptions &options = layout.options();
    const QRectF &target = layout.target();
    const QRectF &axis = layout.axisRect();
    p.save();
    const double strip = axis.height() - options.axisHeight;
    const QRectF majorRow(axis.left(), axis.top() + strip, axis.width(), options.axisHeight * 0.5);
    const QRectF minorRow(axis.left(), majorRow.bottom(), axis.width(), options.axisHeight * 0.5);
    p.setClipRect(axis);
    const QFontMetricsF axisMetrics(fonts.axis);
    const QFontMetricsF boldAxisMetrics(fonts.boldAxis);
    const QList<TimelineAxis::Tick> &minor = layout.minorTicks();
    p.setFont(fonts.axis);
    for (int i = 0; i < minor.size(); ++i) {
        const TimelineAxis::Tick &tick = minor.at(i);
        p.setPen(QPen(TimelineStyle::gridColor().darker(120), 1));
        p.drawLine(QPointF(std::round(tick.x) + 0.5, minorRow.top() + minorRow.height() * 0.35),
                   QPointF(std::round(tick.x) + 0.5, minorRow.bottom()));
        const double spacing = i > 0 ? tick.x - minor.at(i - 1).x : 60;
        const double next = i + 1 < minor.size() ? minor.at(i + 1).x : tick.x + spacing;
        const double room = next - tick.x - 6;
        if (room < timelineTextWidth(axisMetrics, fonts.axisKey, tick.label) || tick.x + 4 < axis.left())
            continue;
        p.setPen(TimelineStyle::mutedTextColor());
        drawAligned(p, QRectF(tick.x + 4, minorRow.top(), room, minorRow.height()), Qt::AlignLeft, tick.label,
                    fonts.axis);
    }
    const QList<TimelineAxis::Tick> &major = layout.majorTicks();
    p.setFont(fonts.boldAxis);
    for (int i = 0; i < major.size(); ++i) {
        const TimelineAxis::Tick &tick = major.at(i);
        const double x = std::max(tick.x, axis.left()) + 4;
        const double next = i + 1 < major.size() ? major.at(i + 1).x : axis.right() + 200;
        const double width = timelineTextWidth(boldAxisMetrics, fonts.boldAxisKey, tick.label);
        if (x + width > next - 4)
            continue;
        if (tick.x >= axis.left()) {
            p.setPen(QPen(TimelineStyle::gridColor().darker(150), 1));
            p.drawLine(QPointF(std::round(tick.x) + 0.5, majorRow.top() + 2),
                       QPointF(std::round(tick.x) + 0.5, minorRow.bottom()));
        }
        p.setPen(TimelineStyle::textColor());
        drawAligned(p, QRectF(x, majorRow.top(), width + 2, majorRow.height()), Qt::AlignLeft, tick.label,
                    fonts.boldAxis);
    }
    for (const TimelineLayout::EventMarker &event : layout.events()) {
        if (event.labelRect.isEmpty())
            continue;
        const QColor color = TimelineStyle::eventColor();
        drawChip(p, event.labelRect, event.label, tint(color, 0.82), color.darker(130), fonts.note);
        p.setPen(QPen(color, 1.4));
        p.drawLine(QPointF(event.rect.left(), event.labelRect.bottom()), QPointF(event.rect.left(), axis.bottom()));
    }
    if (layout.todayVisible() && !layout.todayLabelRect().isEmpty())
        drawChip(p, layout.todayLabelRect(), layout.todayLabel(), TimelineStyle::todayColor(), Qt::white, fonts.note);
    p.restore();
    const QRectF &header = layout.headerRect();
    if (header.width() > 0) {
        const QRectF corner(target.left() + 8, axis.bottom() - options.axisHeight * 0.5, header.width() - 14,
                            options.axisHeight * 0.5);
        p.setPen(TimelineStyle::mutedTextColor());
        drawAligned(p, corner, Qt::AlignLeft,
                    boldAxisMetrics.elidedText(layout.cornerTitle(), Qt::ElideRight, corner.width()), fonts.boldAxis);
    }
    p.setPen(QPen(TimelineStyle::gridColor().darker(125), 1));
    p.drawLine(QPointF(target.left(), axis.bottom() - 0.5), QPointF(target.right(), axis.bottom() - 0.5));
}

void paintLegend(QPainter &p, const TimelineLayout &layout, const Fonts &fonts)
{
    if (layout.legend().isEmpty())
        return;
    const QRectF &legend = layout.legendRect();
    p.setPen(QPen(TimelineStyle::gridColor().darker(125), 1));
    p.drawLine(QPointF(legend.left(), legend.top() + 0.5), QPointF(legend.right(), legend.top() + 0.5));
    for (const TimelineLayout::LegendEntry &entry : layout.legend()) {
        p.save();
        drawLegendSymbol(p, entry, fonts.note);
        p.restore();
        p.setPen(TimelineStyle::textColor());
        drawAligned(p, entry.textRect, Qt::AlignLeft, entry.text, fonts.note);
    }
}

} // namespace

// Layer by layer, from the back: rows, then inside the plot the grid, events, spans, marks and
// labels; today's line; the hovered label; the header column and sticky group; the axis; the legend.
void TimelinePainter::paint(QPainter &painter, const TimelineLayout &layout)
{
    QPainter &p = painter;
    const QRectF &target = layout.target();
    const QRectF &plot = layout.plotRect();
    const Fonts fonts(layout.options());

    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.setClipRect(target);
    if (layout.options().fillBackground)
        p.fillRect(target, TimelineStyle::backgroundColor());

    const QRectF lanesArea(target.left(), plot.top(), target.width(), plot.height());
    paintRowBackgrounds(p, layout, lanesArea);

    p.save();
    p.setClipRect(plot);
    paintGrid(p, layout, plot);
    paintEventLines(p, layout);
    paintSpans(p, layout, plot);
    paintMarks(p, layout, fonts);
    paintLabels(p, layout, fonts);
    p.restore();

    if (layout.todayVisible()) {
        p.setPen(QPen(TimelineStyle::todayColor(), 2));
        p.drawLine(QPointF(layout.todayX(), layout.axisRect().top() + (layout.todayLabelRect().isEmpty() ? 0 : 2)),
                   QPointF(layout.todayX(), plot.bottom()));
    }
    paintHoveredLabel(p, layout, fonts);
    paintHeaderColumn(p, layout, fonts);
    paintStickyGroup(p, layout, fonts, lanesArea);
    paintAxis(p, layout, fonts);
    paintLegend(p, layout, fonts);
    p.restore();
}

void TimelinePainter::paint(QPainter &painter, const QRectF &target, const TimelineScene &scene,
                            const TimelineAxis &axis, double scrollY, const TimelineOptions &options)
{
    paint(painter, TimelineLayout::build(scene, target, axis, scrollY, options));
}

void TimelinePainter::paintFitted(QPainter &painter, const QRectF &target, const TimelineScene &scene,
                                  const TimelineOptions &options)
{
    const QRectF plot = TimelineLayout::plotRectFor(target, options);
    paint(painter, target, scene, TimelineAxis::fitting(scene.from, scene.to, plot.width()), 0, options);
}
