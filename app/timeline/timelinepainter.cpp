#include "timeline/timelinepainter.h"

#include "timeline/timelinestyle.h"

#include <QHash>
#include <QLinearGradient>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QStaticText>
#include <QVarLengthArray>

#include <cmath>

namespace {

constexpr int SpanAlpha = 44;

QColor tint(const QColor &color, double towardsWhite)
{
    return QColor::fromRgbF(float(color.redF() + (1 - color.redF()) * towardsWhite),
                            float(color.greenF() + (1 - color.greenF()) * towardsWhite),
                            float(color.blueF() + (1 - color.blueF()) * towardsWhite));
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

QColor darker(const QColor &color)
{
    return color.darker(135);
}

// Diagonal hatching inside a band, as line segments clipped to it (cheap, and vector-friendly
// unlike pattern brushes).
void hatch(QPainter &p, const QRectF &r, const QColor &color, double spacing)
{
    const double h = r.height();
    if (h <= 0 || r.width() <= 2)
        return;
    QVarLengthArray<QLineF, 64> lines;
    for (double x = r.left() - h; x < r.right(); x += spacing) {
        const double t0 = std::max(0.0, (r.left() + 1 - x) / h);
        const double t1 = std::min(1.0, (r.right() - 1 - x) / h);
        if (t0 < t1)
            lines.append(QLineF(x + t0 * h, r.bottom() - t0 * h, x + t1 * h, r.bottom() - t1 * h));
    }
    p.setPen(QPen(color, 1.2));
    p.drawLines(lines.constData(), int(lines.size()));
}

void drawCheck(QPainter &p, const QRectF &r, const QColor &color, double width)
{
    QPainterPath check;
    check.moveTo(r.left() + r.width() * 0.24, r.top() + r.height() * 0.52);
    check.lineTo(r.left() + r.width() * 0.43, r.top() + r.height() * 0.71);
    check.lineTo(r.left() + r.width() * 0.77, r.top() + r.height() * 0.31);
    p.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(check);
}

void drawCross(QPainter &p, const QRectF &r, const QColor &color, double width)
{
    const double inset = std::min(r.width(), r.height()) * 0.3;
    const QPointF c = r.center();
    p.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(c.x() - inset, c.y() - inset), QPointF(c.x() + inset, c.y() + inset));
    p.drawLine(QPointF(c.x() - inset, c.y() + inset), QPointF(c.x() + inset, c.y() - inset));
}

// A band or diamond with the current pen and brush. Plain rectangles and polygons are much cheaper
// for the raster engine than rounded paths; only wide bands get rounded corners.
void drawShape(QPainter &p, const TimelineLayout::Mark &mark)
{
    const QRectF &r = mark.rect;
    if (mark.kind == TimelineLayout::MarkKind::Diamond) {
        const QPointF points[] = {QPointF(r.center().x(), r.top()), QPointF(r.right(), r.center().y()),
                                  QPointF(r.center().x(), r.bottom()), QPointF(r.left(), r.center().y())};
        p.drawPolygon(points, 4);
    } else if (r.width() >= 24) {
        p.drawRoundedRect(r, 3, 3);
    } else if (p.pen().style() == Qt::SolidLine && p.brush().style() == Qt::SolidPattern && p.paintEngine() &&
               p.paintEngine()->type() == QPaintEngine::Raster) {
        // On screen a small band's outline is two fills rather than a stroke (much cheaper).
        const double w = p.pen().widthF() / 2;
        p.fillRect(r.adjusted(-w, -w, w, w), p.pen().color());
        if (r.width() > 2 * w && r.height() > 2 * w)
            p.fillRect(r.adjusted(w, w, -w, -w), p.brush());
    } else {
        p.drawRect(r);
    }
}

// A milestone's band or diamond styled by status; overdue ones in red with a heavy outline.
void drawMilestone(QPainter &p, const TimelineLayout::Mark &mark)
{
    const QColor color = mark.overdue ? TimelineStyle::overdueColor() : TimelineStyle::statusColor(mark.status);
    p.setPen(Qt::NoPen);
    const bool isBand = mark.kind != TimelineLayout::MarkKind::Diamond;
    if (mark.overdue) {
        p.setBrush(color);
        drawShape(p, mark);
        if (isBand)
            hatch(p, mark.rect, darker(color), 5);
        p.setPen(QPen(darker(darker(color)), isBand ? 2 : 2.4));
        p.setBrush(Qt::NoBrush);
        drawShape(p, mark);
    } else {
        switch (mark.status) {
        case MilestoneStatus::Planned:
            p.setBrush(tint(color, 0.62));
            p.setPen(QPen(color, 1.6));
            drawShape(p, mark);
            break;
        case MilestoneStatus::OnTrack:
        case MilestoneStatus::Achieved:
        case MilestoneStatus::Missed:
            p.setBrush(color);
            p.setPen(QPen(darker(color), 1));
            drawShape(p, mark);
            break;
        case MilestoneStatus::AtRisk:
            p.setBrush(color);
            drawShape(p, mark);
            if (isBand)
                hatch(p, mark.rect, darker(color), 5);
            p.setPen(QPen(darker(color), isBand ? 1.2 : 2));
            p.setBrush(Qt::NoBrush);
            drawShape(p, mark);
            break;
        case MilestoneStatus::Cancelled:
            p.setBrush(tint(color, 0.75));
            p.setPen(QPen(color, 1.4, Qt::DashLine));
            drawShape(p, mark);
            break;
        }
        if (mark.status == MilestoneStatus::Missed && mark.rect.width() >= 8)
            drawCross(p,
                      QRectF(mark.rect.center().x() - mark.rect.height() / 2, mark.rect.top(), mark.rect.height(),
                             mark.rect.height()),
                      Qt::white, 1.6);
    }
    if (mark.selected || mark.hovered) {
        p.setBrush(Qt::NoBrush);
        p.setPen(
            QPen(withAlpha(TimelineStyle::selectionColor(), mark.selected ? 255 : 140), mark.selected ? 2.4 : 1.6));
        TimelineLayout::Mark grown = mark;
        grown.rect = mark.rect.adjusted(-3, -3, 3, 3);
        drawShape(p, grown);
    }
}

void drawGhost(QPainter &p, const TimelineLayout::Mark &mark)
{
    const QColor color = TimelineStyle::ghostColor();
    p.setBrush(withAlpha(tint(color, 0.6), 90));
    p.setPen(QPen(withAlpha(color, 200), 1.2, Qt::DashLine));
    drawShape(p, mark);
}

void drawAchieved(QPainter &p, const TimelineLayout::Mark &mark)
{
    const QColor color = TimelineStyle::statusColor(MilestoneStatus::Achieved);
    p.setBrush(Qt::white);
    p.setPen(QPen(darker(color), 1.6));
    p.drawEllipse(mark.rect);
    drawCheck(p, mark.rect, darker(color), std::max(1.6, mark.rect.width() / 7));
    if (mark.selected || mark.hovered) {
        p.setBrush(Qt::NoBrush);
        p.setPen(
            QPen(withAlpha(TimelineStyle::selectionColor(), mark.selected ? 255 : 140), mark.selected ? 2.4 : 1.6));
        p.drawEllipse(mark.rect.adjusted(-3, -3, 3, 3));
    }
}

void drawCluster(QPainter &p, const TimelineLayout::Mark &mark, const QFont &font)
{
    const TimelineCluster &c = mark.cluster;
    p.setPen(Qt::NoPen);
    double x = mark.rect.left();
    const double total = std::max(1, c.count);
    const int onTime = c.open - c.overdue;
    const std::pair<int, QColor> parts[] = {
        {c.achieved, TimelineStyle::statusColor(MilestoneStatus::Achieved)},
        {onTime, TimelineStyle::statusColor(MilestoneStatus::Planned)},
        {c.overdue, TimelineStyle::overdueColor()},
        {c.closed, TimelineStyle::statusColor(MilestoneStatus::Cancelled)},
    };
    for (const auto &[count, color] : parts) {
        if (count <= 0)
            continue;
        const double width = mark.rect.width() * count / total;
        p.setBrush(color);
        p.drawRect(QRectF(x, mark.rect.top(), width, mark.rect.height()));
        x += width;
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(
        QPen(mark.selected ? TimelineStyle::selectionColor() : TimelineStyle::textColor(), mark.selected ? 2.2 : 1.0));
    p.drawRect(mark.rect);
    const QString count = QString::number(c.count);
    const QFontMetricsF metrics(font);
    if (metrics.horizontalAdvance(count) + 8 <= mark.rect.width()) {
        const QRectF badge = mark.rect;
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, count);
    }
}

void drawArrow(QPainter &p, const TimelineLayout::Arrow &arrow, double rowHeight)
{
    if (!arrow.slip) {
        p.setPen(QPen(TimelineStyle::statusColor(MilestoneStatus::Achieved), 1.4, Qt::DotLine));
        p.drawLine(arrow.from, arrow.to);
        return;
    }
    const QColor color = TimelineStyle::ghostColor().darker(120);
    const double length = std::abs(arrow.to.x() - arrow.from.x());
    const double lift = std::min(rowHeight * 0.42, 4 + length * 0.25);
    QPainterPath path;
    path.moveTo(arrow.from);
    const QPointF control((arrow.from.x() + arrow.to.x()) / 2, arrow.from.y() - lift * 1.6);
    path.quadTo(control, arrow.to);
    p.setPen(QPen(color, 1.3));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    // Arrowhead along the curve's end tangent.
    const QPointF direction = arrow.to - control;
    const double norm = std::hypot(direction.x(), direction.y());
    if (norm < 1e-6)
        return;
    const QPointF unit = direction / norm;
    const QPointF normal(-unit.y(), unit.x());
    const double size = 6;
    QPainterPath head;
    head.moveTo(arrow.to);
    head.lineTo(arrow.to - unit * size + normal * size * 0.55);
    head.lineTo(arrow.to - unit * size - normal * size * 0.55);
    head.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPath(head);
}

void drawLegendSymbol(QPainter &p, const TimelineLayout::LegendEntry &entry, const QFont &font)
{
    const QRectF r = entry.symbolRect;
    TimelineLayout::Mark mark;
    mark.rect = r;
    switch (entry.symbol) {
    case TimelineLayout::LegendEntry::Symbol::Status:
        mark.status = entry.status;
        drawMilestone(p, mark);
        if (entry.status == MilestoneStatus::Achieved) {
            TimelineLayout::Mark done = mark;
            const double size = r.height() * 0.8;
            done.rect = QRectF(r.center().x() - size / 2, r.center().y() - size / 2, size, size);
            drawAchieved(p, done);
        }
        break;
    case TimelineLayout::LegendEntry::Symbol::Overdue:
        mark.overdue = true;
        drawMilestone(p, mark);
        break;
    case TimelineLayout::LegendEntry::Symbol::Slip:
        mark.rect = QRectF(r.left(), r.top(), r.width() * 0.45, r.height());
        drawGhost(p, mark);
        drawArrow(p,
                  TimelineLayout::Arrow{QPointF(mark.rect.right(), r.center().y()), QPointF(r.right(), r.center().y()),
                                        0, true},
                  r.height() * 2);
        break;
    case TimelineLayout::LegendEntry::Symbol::Cluster:
        mark.kind = TimelineLayout::MarkKind::Cluster;
        mark.cluster.count = 4;
        mark.cluster.achieved = 2;
        mark.cluster.open = 2;
        mark.cluster.overdue = 1;
        drawCluster(p, mark, font);
        break;
    case TimelineLayout::LegendEntry::Symbol::Span:
        p.setPen(Qt::NoPen);
        p.setBrush(withAlpha(TimelineStyle::spanColor(), SpanAlpha));
        p.drawRoundedRect(r, 3, 3);
        break;
    case TimelineLayout::LegendEntry::Symbol::Event:
        p.setPen(QPen(TimelineStyle::eventColor(), 1.6, Qt::DashLine));
        p.drawLine(QPointF(r.center().x(), r.top() - 2), QPointF(r.center().x(), r.bottom() + 2));
        break;
    case TimelineLayout::LegendEntry::Symbol::Today:
        p.setPen(QPen(TimelineStyle::todayColor(), 2));
        p.drawLine(QPointF(r.center().x(), r.top() - 2), QPointF(r.center().x(), r.bottom() + 2));
        break;
    }
}

// Draws one line of text starting 3 units into `rect`, vertically centred. On raster devices the
// shaped text is kept (QStaticText, per thread, bounded) unless `keep` is false (elided text, which
// changes with the room): the same labels come back frame after frame while zooming and panning.
// Vector devices (SVG, PDF) get plain drawText, so that text stays text there.
void drawLine(QPainter &p, const QRectF &rect, const QString &text, const QFont &font, const QFontMetricsF &metrics,
              bool keep = true)
{
    if (text.isEmpty())
        return;
    const double top = rect.center().y() - (metrics.ascent() + metrics.descent()) / 2;
    if (!keep || !p.paintEngine() || p.paintEngine()->type() != QPaintEngine::Raster) {
        p.setFont(font);
        p.drawText(QPointF(rect.left() + 3, top + metrics.ascent()), text);
        return;
    }
    thread_local QHash<QString, QStaticText> cache;
    const QString key = font.key() + QLatin1Char('\n') + text;
    auto it = cache.find(key);
    if (it == cache.end()) {
        if (cache.size() > 4000)
            cache.clear();
        QStaticText prepared(text);
        prepared.setTextFormat(Qt::PlainText);
        prepared.prepare(QTransform(), font);
        it = cache.insert(key, prepared);
    }
    p.setFont(font);
    p.drawStaticText(QPointF(rect.left() + 3, top), *it);
}

// Text on a band: white on the solid fills, dark on the light ones (planned, cancelled, at risk).
QColor insideTextColor(const TimelineLayout::Label &label)
{
    if (label.overdue)
        return Qt::white;
    switch (label.status) {
    case MilestoneStatus::OnTrack:
    case MilestoneStatus::Achieved:
    case MilestoneStatus::Missed:
        return Qt::white;
    case MilestoneStatus::Planned:
    case MilestoneStatus::AtRisk:
    case MilestoneStatus::Cancelled:
        return TimelineStyle::textColor();
    }
    return TimelineStyle::textColor();
}

void drawChip(QPainter &p, const QRectF &rect, const QString &text, const QColor &fill, const QColor &textColor,
              const QFont &font)
{
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(rect, 3, 3);
    p.setFont(font);
    p.setPen(textColor);
    // The layout sized the chip for its text: a glyph a fraction wider on this device is not cut.
    p.drawText(rect.adjusted(5, 0, -5, 0), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextDontClip, text);
}

// The fonts of one paint, with their metrics.
struct Fonts
{
    explicit Fonts(const TimelineOptions &options)
        : label(TimelineLayout::labelFont(options))
        , bold(TimelineLayout::boldLabelFont(options))
        , note(TimelineLayout::noteFont(options))
        , axis(TimelineLayout::axisFont(options))
        , boldAxis(axis)
        , labelMetrics(label)
        , boldMetrics(bold)
    {
        boldAxis.setBold(true);
    }

    QFont label;
    QFont bold;
    QFont note;
    QFont axis;
    QFont boldAxis;
    QFontMetricsF labelMetrics;
    QFontMetricsF boldMetrics;
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
                 label.overdue ? fonts.boldMetrics : fonts.labelMetrics, !label.elided);
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
                 bold ? fonts.boldMetrics : fonts.labelMetrics);
        if (row.groupHeader || !row.note.isEmpty()) {
            p.setFont(fonts.note);
            p.setPen(TimelineStyle::mutedTextColor());
            p.drawText(text, Qt::AlignVCenter | Qt::AlignRight, row.note);
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
    p.setFont(fonts.bold);
    p.setPen(TimelineStyle::textColor());
    p.drawText(sticky.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
               fonts.boldMetrics.elidedText(layout.stickyGroupTitle(), Qt::ElideRight, sticky.width() - 16));
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
        if (room < axisMetrics.horizontalAdvance(tick.label) || tick.x + 4 < axis.left())
            continue;
        p.setPen(TimelineStyle::mutedTextColor());
        p.drawText(QRectF(tick.x + 4, minorRow.top(), room, minorRow.height()), Qt::AlignVCenter | Qt::AlignLeft,
                   tick.label);
    }
    const QList<TimelineAxis::Tick> &major = layout.majorTicks();
    p.setFont(fonts.boldAxis);
    for (int i = 0; i < major.size(); ++i) {
        const TimelineAxis::Tick &tick = major.at(i);
        const double x = std::max(tick.x, axis.left()) + 4;
        const double next = i + 1 < major.size() ? major.at(i + 1).x : axis.right() + 200;
        const double width = boldAxisMetrics.horizontalAdvance(tick.label);
        if (x + width > next - 4)
            continue;
        if (tick.x >= axis.left()) {
            p.setPen(QPen(TimelineStyle::gridColor().darker(150), 1));
            p.drawLine(QPointF(std::round(tick.x) + 0.5, majorRow.top() + 2),
                       QPointF(std::round(tick.x) + 0.5, minorRow.bottom()));
        }
        p.setPen(TimelineStyle::textColor());
        p.drawText(QRectF(x, majorRow.top(), width + 2, majorRow.height()), Qt::AlignVCenter | Qt::AlignLeft,
                   tick.label);
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
        p.setFont(fonts.boldAxis);
        p.setPen(TimelineStyle::mutedTextColor());
        p.drawText(corner, Qt::AlignVCenter | Qt::AlignLeft,
                   boldAxisMetrics.elidedText(layout.cornerTitle(), Qt::ElideRight, corner.width()));
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
        p.setFont(fonts.note);
        p.setPen(TimelineStyle::textColor());
        p.drawText(entry.textRect, Qt::AlignVCenter | Qt::AlignLeft, entry.text);
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
