#include "timelinepainter.h"

#include "timelinestyle.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

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

QPainterPath diamond(const QRectF &rect)
{
    QPainterPath path;
    path.moveTo(rect.center().x(), rect.top());
    path.lineTo(rect.right(), rect.center().y());
    path.lineTo(rect.center().x(), rect.bottom());
    path.lineTo(rect.left(), rect.center().y());
    path.closeSubpath();
    return path;
}

QPainterPath band(const QRectF &rect)
{
    QPainterPath path;
    const double radius = std::min(3.0, std::min(rect.width(), rect.height()) / 2);
    path.addRoundedRect(rect, radius, radius);
    return path;
}

QPainterPath shapeOf(const TimelineLayout::Mark &mark)
{
    return mark.kind == TimelineLayout::MarkKind::Diamond ? diamond(mark.rect) : band(mark.rect);
}

// Diagonal hatching inside a shape, as lines (vector-friendly, unlike pattern brushes).
void hatch(QPainter &p, const QPainterPath &shape, const QColor &color, double spacing)
{
    p.save();
    p.setClipPath(shape, Qt::IntersectClip);
    p.setPen(QPen(color, 1.2));
    const QRectF r = shape.boundingRect();
    for (double x = r.left() - r.height(); x < r.right(); x += spacing)
        p.drawLine(QPointF(x, r.bottom()), QPointF(x + r.height(), r.top()));
    p.restore();
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

// A milestone's band or diamond styled by status; overdue ones in red with a heavy outline.
void drawMilestone(QPainter &p, const TimelineLayout::Mark &mark)
{
    const QPainterPath shape = shapeOf(mark);
    const QColor color = mark.overdue ? TimelineStyle::overdueColor() : TimelineStyle::statusColor(mark.status);
    p.setPen(Qt::NoPen);
    if (mark.overdue) {
        p.setBrush(color);
        p.drawPath(shape);
        hatch(p, shape, darker(color), 5);
        p.setPen(QPen(darker(darker(color)), 2));
        p.setBrush(Qt::NoBrush);
        p.drawPath(shape);
    } else {
        switch (mark.status) {
        case MilestoneStatus::Planned:
            p.setBrush(tint(color, 0.62));
            p.setPen(QPen(color, 1.6));
            p.drawPath(shape);
            break;
        case MilestoneStatus::OnTrack:
        case MilestoneStatus::Achieved:
        case MilestoneStatus::Missed:
            p.setBrush(color);
            p.setPen(QPen(darker(color), 1));
            p.drawPath(shape);
            break;
        case MilestoneStatus::AtRisk:
            p.setBrush(color);
            p.drawPath(shape);
            hatch(p, shape, darker(color), 5);
            p.setPen(QPen(darker(color), 1.2));
            p.setBrush(Qt::NoBrush);
            p.drawPath(shape);
            break;
        case MilestoneStatus::Cancelled:
            p.setBrush(tint(color, 0.75));
            p.setPen(QPen(color, 1.4, Qt::DashLine));
            p.drawPath(shape);
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
        const QRectF grown = mark.rect.adjusted(-3, -3, 3, 3);
        p.drawPath(mark.kind == TimelineLayout::MarkKind::Diamond ? diamond(grown) : band(grown));
    }
}

void drawGhost(QPainter &p, const TimelineLayout::Mark &mark)
{
    const QColor color = TimelineStyle::ghostColor();
    p.setBrush(withAlpha(tint(color, 0.6), 90));
    p.setPen(QPen(withAlpha(color, 200), 1.2, Qt::DashLine));
    p.drawPath(shapeOf(mark));
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
    const QPainterPath shape = band(mark.rect);
    p.save();
    p.setClipPath(shape, Qt::IntersectClip);
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
    p.restore();
    p.setBrush(Qt::NoBrush);
    p.setPen(
        QPen(mark.selected ? TimelineStyle::selectionColor() : TimelineStyle::textColor(), mark.selected ? 2.2 : 1.0));
    p.drawPath(shape);
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
    p.drawText(rect.adjusted(5, 0, -5, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
}

} // namespace

void TimelinePainter::paint(QPainter &painter, const TimelineLayout &layout)
{
    QPainter &p = painter;
    const TimelineOptions &options = layout.options();
    const QRectF &target = layout.target();
    const QRectF &plot = layout.plotRect();
    const QRectF &header = layout.headerRect();
    const QRectF &axis = layout.axisRect();
    const QFont labelFont = TimelineLayout::labelFont(options);
    const QFont axisFont = TimelineLayout::axisFont(options);
    const QFont noteFont = TimelineLayout::noteFont(options);
    QFont boldFont = labelFont;
    boldFont.setBold(true);
    QFont boldAxisFont = axisFont;
    boldAxisFont.setBold(true);

    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.setClipRect(target);
    if (options.fillBackground)
        p.fillRect(target, TimelineStyle::backgroundColor());

    // Row backgrounds across header column and plot.
    const QRectF lanesArea(target.left(), plot.top(), target.width(), plot.height());
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

    // Grid, events, spans, marks and labels inside the plot.
    p.save();
    p.setClipRect(plot);
    p.setPen(QPen(TimelineStyle::gridColor(), 1));
    for (const TimelineAxis::Tick &tick : layout.minorTicks())
        p.drawLine(QPointF(std::round(tick.x) + 0.5, plot.top()), QPointF(std::round(tick.x) + 0.5, plot.bottom()));
    p.setPen(QPen(TimelineStyle::gridColor().darker(112), 1));
    for (const TimelineAxis::Tick &tick : layout.majorTicks())
        if (tick.x >= plot.left())
            p.drawLine(QPointF(std::round(tick.x) + 0.5, plot.top()), QPointF(std::round(tick.x) + 0.5, plot.bottom()));
    for (const TimelineLayout::EventMarker &event : layout.events()) {
        if (event.rect.width() > 0) {
            p.fillRect(event.rect, withAlpha(TimelineStyle::eventColor(), 22));
            p.setPen(QPen(withAlpha(TimelineStyle::eventColor(), 150), 1, Qt::DashLine));
            p.drawLine(event.rect.topLeft(), event.rect.bottomLeft());
        } else {
            p.setPen(QPen(withAlpha(TimelineStyle::eventColor(), 200), 1.4, Qt::DashLine));
            p.drawLine(event.rect.topLeft(), event.rect.bottomLeft());
        }
    }
    for (const TimelineLayout::Row &row : layout.rows()) {
        if (row.spanRect.isEmpty())
            continue;
        const QColor span = TimelineStyle::spanColor();
        p.setPen(Qt::NoPen);
        if (row.spanOpenEnd) {
            // An open end fades out towards today.
            const double fade = std::min(60.0, row.spanRect.width() / 2);
            QLinearGradient gradient(row.spanRect.left(), 0, row.spanRect.right(), 0);
            gradient.setColorAt(0, withAlpha(span, SpanAlpha));
            gradient.setColorAt(1 - fade / std::max(1.0, row.spanRect.width()), withAlpha(span, SpanAlpha));
            gradient.setColorAt(1, withAlpha(span, 0));
            p.setBrush(gradient);
        } else {
            p.setBrush(withAlpha(span, SpanAlpha));
        }
        p.drawRoundedRect(row.spanRect, 4, 4);
    }
    for (const TimelineLayout::Mark &mark : layout.marks())
        if (mark.kind == TimelineLayout::MarkKind::Ghost)
            drawGhost(p, mark);
    for (const TimelineLayout::Arrow &arrow : layout.arrows())
        drawArrow(p, arrow, options.rowHeight);
    for (const TimelineLayout::Mark &mark : layout.marks()) {
        switch (mark.kind) {
        case TimelineLayout::MarkKind::Band:
        case TimelineLayout::MarkKind::Diamond:
            drawMilestone(p, mark);
            break;
        case TimelineLayout::MarkKind::Cluster:
            drawCluster(p, mark, noteFont);
            break;
        case TimelineLayout::MarkKind::Achieved:
            drawAchieved(p, mark);
            break;
        case TimelineLayout::MarkKind::Ghost:
            break;
        }
    }
    p.setFont(labelFont);
    for (const TimelineLayout::Label &label : layout.labels()) {
        if (label.hidden)
            continue;
        if (label.inside) {
            p.setFont(label.overdue ? boldFont : labelFont);
            p.setPen(insideTextColor(label));
            p.drawText(label.rect.adjusted(3, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft, label.text);
            continue;
        }
        p.setPen(Qt::NoPen);
        p.setBrush(withAlpha(TimelineStyle::backgroundColor(), 200));
        p.drawRoundedRect(label.rect, 2, 2);
        p.setFont(label.overdue ? boldFont : labelFont);
        p.setPen(label.overdue ? darker(TimelineStyle::overdueColor()) : TimelineStyle::textColor());
        p.drawText(label.rect.adjusted(3, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft, label.text);
    }
    p.restore();

    // Today across axis and plot.
    if (layout.todayVisible()) {
        p.setPen(QPen(TimelineStyle::todayColor(), 2));
        p.drawLine(QPointF(layout.todayX(), axis.top() + (layout.todayLabelRect().isEmpty() ? 0 : 2)),
                   QPointF(layout.todayX(), plot.bottom()));
    }

    // The hovered milestone's label, whole, above everything in the plot.
    for (const TimelineLayout::Label &label : layout.labels()) {
        if (label.milestoneId == 0 || label.milestoneId != options.hoveredMilestone || (!label.hidden && !label.elided))
            continue;
        const QFontMetricsF metrics(labelFont);
        QRectF box(label.rect.left(), label.rect.top(), metrics.horizontalAdvance(label.fullText) + 12,
                   label.rect.height() + 2);
        if (box.right() > target.right())
            box.moveRight(target.right() - 2);
        box.moveLeft(std::max(box.left(), plot.left() + 2));
        p.setPen(QPen(TimelineStyle::textColor(), 1));
        p.setBrush(QColor(0xff, 0xfc, 0xe8));
        p.drawRoundedRect(box, 3, 3);
        p.setFont(labelFont);
        p.drawText(box.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, label.fullText);
    }

    // Header column: lane titles stay put while the plot scrolls sideways.
    if (header.width() > 0) {
        p.save();
        p.setClipRect(header);
        for (const TimelineLayout::Row &row : layout.rows()) {
            if (!row.groupHeader && !row.selected && row.absoluteRow % 2 == 0)
                p.fillRect(row.headerRect, TimelineStyle::backgroundColor());
            const QRectF text = row.headerRect.adjusted(row.groupHeader ? 8 : 16, 0, -6, 0);
            if (row.groupHeader) {
                p.setFont(boldFont);
                p.setPen(TimelineStyle::textColor());
                p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, row.title);
                p.setFont(noteFont);
                p.setPen(TimelineStyle::mutedTextColor());
                p.drawText(text, Qt::AlignVCenter | Qt::AlignRight, row.note);
            } else {
                p.setFont(row.selected ? boldFont : labelFont);
                p.setPen(TimelineStyle::textColor());
                p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, row.title);
                if (!row.note.isEmpty()) {
                    p.setFont(noteFont);
                    p.setPen(TimelineStyle::mutedTextColor());
                    p.drawText(text, Qt::AlignVCenter | Qt::AlignRight, row.note);
                }
            }
        }
        p.restore();
        p.setPen(QPen(TimelineStyle::gridColor().darker(125), 1));
        p.drawLine(QPointF(header.right() + 0.5, target.top()), QPointF(header.right() + 0.5, plot.bottom()));
    }
    p.save();
    p.setClipRect(lanesArea);
    if (layout.stickyGroup() >= 0) {
        const QRectF sticky(target.left(), plot.top(), target.width(), options.rowHeight);
        p.fillRect(sticky, TimelineStyle::groupHeaderColor());
        p.setPen(QPen(TimelineStyle::gridColor().darker(125), 1));
        p.drawLine(sticky.bottomLeft(), sticky.bottomRight());
        p.setFont(boldFont);
        p.setPen(TimelineStyle::textColor());
        const QFontMetricsF metrics(boldFont);
        p.drawText(sticky.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   metrics.elidedText(layout.stickyGroupTitle(), Qt::ElideRight, sticky.width() - 16));
    }
    p.restore();

    // Axis: event strip, major labels (upper row), minor labels (lower row).
    p.save();
    p.setClipRect(QRectF(target.left(), axis.top(), target.width(), axis.height()));
    p.fillRect(QRectF(target.left(), axis.top(), target.width(), axis.height()), TimelineStyle::backgroundColor());
    const double strip = axis.height() - options.axisHeight;
    const QRectF majorRow(axis.left(), axis.top() + strip, axis.width(), options.axisHeight * 0.5);
    const QRectF minorRow(axis.left(), majorRow.bottom(), axis.width(), options.axisHeight * 0.5);
    p.setClipRect(axis);
    const QFontMetricsF axisMetrics(axisFont);
    const QFontMetricsF boldAxisMetrics(boldAxisFont);
    const QList<TimelineAxis::Tick> &minor = layout.minorTicks();
    p.setFont(axisFont);
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
    p.setFont(boldAxisFont);
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
        drawChip(p, event.labelRect, event.label, tint(color, 0.82), color.darker(130), noteFont);
        p.setPen(QPen(color, 1.4));
        p.drawLine(QPointF(event.rect.left(), event.labelRect.bottom()), QPointF(event.rect.left(), axis.bottom()));
    }
    if (layout.todayVisible() && !layout.todayLabelRect().isEmpty())
        drawChip(p, layout.todayLabelRect(), layout.todayLabel(), TimelineStyle::todayColor(), Qt::white, noteFont);
    p.restore();
    if (header.width() > 0) {
        const QRectF corner(target.left() + 8, axis.bottom() - options.axisHeight * 0.5, header.width() - 14,
                            options.axisHeight * 0.5);
        p.setFont(boldAxisFont);
        p.setPen(TimelineStyle::mutedTextColor());
        p.drawText(corner, Qt::AlignVCenter | Qt::AlignLeft,
                   boldAxisMetrics.elidedText(layout.cornerTitle(), Qt::ElideRight, corner.width()));
    }
    p.setPen(QPen(TimelineStyle::gridColor().darker(125), 1));
    p.drawLine(QPointF(target.left(), axis.bottom() - 0.5), QPointF(target.right(), axis.bottom() - 0.5));

    // Legend.
    if (!layout.legend().isEmpty()) {
        const QRectF &legend = layout.legendRect();
        p.fillRect(legend, TimelineStyle::backgroundColor());
        p.setPen(QPen(TimelineStyle::gridColor().darker(125), 1));
        p.drawLine(QPointF(legend.left(), legend.top() + 0.5), QPointF(legend.right(), legend.top() + 0.5));
        for (const TimelineLayout::LegendEntry &entry : layout.legend()) {
            p.save();
            drawLegendSymbol(p, entry, noteFont);
            p.restore();
            p.setFont(noteFont);
            p.setPen(TimelineStyle::textColor());
            p.drawText(entry.textRect, Qt::AlignVCenter | Qt::AlignLeft, entry.text);
        }
    }
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
