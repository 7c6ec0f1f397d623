// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinesymbols.h"

#include "timeline/timelinestyle.h"

#include <QHash>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QStaticText>
#include <QVarLengthArray>

#include <cmath>

using namespace TimelineSymbols;

QColor TimelineSymbols::tint(const QColor &color, double towardsWhite)
{
    return QColor::fromRgbF(float(color.redF() + (1 - color.redF()) * towardsWhite),
                            float(color.greenF() + (1 - color.greenF()) * towardsWhite),
                            float(color.blueF() + (1 - color.blueF()) * towardsWhite));
}

QColor TimelineSymbols::withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

QColor TimelineSymbols::darker(const QColor &color)
{
    return color.darker(135);
}

namespace {

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

} // namespace

namespace {

// How a milestone looks: its fill, its outline, and for some a hatch over the fill.
struct Look
{
    QColor fill;
    QColor outline;
    double outlineWidth = 1;
    Qt::PenStyle outlineStyle = Qt::SolidLine;
    QColor hatch; // invalid: none
};

Look lookOf(const TimelineLayout::Mark &mark)
{
    const QColor color = mark.overdue ? TimelineStyle::overdueColor() : TimelineStyle::statusColor(mark.status);
    const bool isBand = mark.kind != TimelineLayout::MarkKind::Diamond;
    if (mark.overdue)
        return {color, darker(darker(color)), isBand ? 2 : 2.4, Qt::SolidLine, isBand ? darker(color) : QColor()};
    switch (mark.status) {
    case MilestoneStatus::Planned:
        return {tint(color, 0.62), color, 1.6, Qt::SolidLine, {}};
    case MilestoneStatus::OnTrack:
    case MilestoneStatus::Achieved:
    case MilestoneStatus::Missed:
        break;
    case MilestoneStatus::AtRisk:
        return {color, darker(color), isBand ? 1.2 : 2, Qt::SolidLine, isBand ? darker(color) : QColor()};
    case MilestoneStatus::Cancelled:
        return {tint(color, 0.75), color, 1.4, Qt::DashLine, {}};
    }
    return {color, darker(color), 1, Qt::SolidLine, {}};
}

// Whether the painter draws on pixels one to one: then a band's outline is drawn as fills and its
// hatch as a texture, the same pixels for a fraction of the cost of stroking.
bool pixelExact(QPainter &p)
{
    return p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster &&
           p.deviceTransform().type() <= QTransform::TxTranslate;
}

constexpr double HatchSpacing = 5;

// The hatch of hatch() as a texture: lines 45 degrees up to the right, HatchSpacing apart, one
// tile per colour and antialiasing (per thread: pixmaps belong to the GUI thread, images do not).
QBrush hatchBrush(const QColor &color, bool antialiased, const QRectF &band)
{
    thread_local QHash<QPair<QRgb, bool>, QImage> tiles;
    const auto key = qMakePair(color.rgba(), antialiased);
    auto tile = tiles.find(key);
    if (tile == tiles.end()) {
        QImage image{int(HatchSpacing), int(HatchSpacing), QImage::Format_ARGB32_Premultiplied};
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, antialiased);
        painter.setPen(QPen(color, 1.2));
        // The lines x + y = k * HatchSpacing, with the neighbours that reach into the tile.
        for (int k = -1; k <= 3; ++k) {
            const double c = k * HatchSpacing;
            painter.drawLine(QPointF(c - 2 * HatchSpacing, 2 * HatchSpacing),
                             QPointF(c + 2 * HatchSpacing, -2 * HatchSpacing));
        }
        painter.end();
        tile = tiles.insert(key, image);
    }
    // hatch() draws its lines through x + y = band.left() + band.top() + k * HatchSpacing.
    QBrush brush(*tile);
    brush.setTransform(QTransform::fromTranslate(std::fmod(std::round(band.left() + band.top()), HatchSpacing), 0));
    return brush;
}

// A band on pixels one to one: the outline, the fill inside it and the hatch, each as one fill.
void fillBand(QPainter &p, const QRectF &r, const Look &look)
{
    const double w = look.outlineWidth / 2;
    const bool rounded = r.width() >= 24;
    const auto fillShape = [&](const QRectF &shape, double radius, const QBrush &brush) {
        if (!rounded) {
            p.fillRect(shape, brush);
            return;
        }
        p.setPen(Qt::NoPen);
        p.setBrush(brush);
        p.drawRoundedRect(shape, radius, radius);
    };
    fillShape(r.adjusted(-w, -w, w, w), 3 + w, look.outline);
    if (r.width() <= 2 * w || r.height() <= 2 * w)
        return;
    const QRectF inside = r.adjusted(w, w, -w, -w);
    fillShape(inside, std::max(0.0, 3 - w), look.fill);
    if (look.hatch.isValid() && r.width() > 2)
        fillShape(inside, std::max(0.0, 3 - w), hatchBrush(look.hatch, p.testRenderHint(QPainter::Antialiasing), r));
}

} // namespace

// A milestone's band or diamond styled by status; overdue ones in red with a heavy outline.
void TimelineSymbols::drawMilestone(QPainter &p, const TimelineLayout::Mark &mark)
{
    const Look look = lookOf(mark);
    if (mark.kind != TimelineLayout::MarkKind::Diamond && look.outlineStyle == Qt::SolidLine && pixelExact(p)) {
        fillBand(p, mark.rect, look);
    } else if (look.hatch.isValid()) {
        p.setPen(Qt::NoPen);
        p.setBrush(look.fill);
        drawShape(p, mark);
        hatch(p, mark.rect, look.hatch, HatchSpacing);
        p.setPen(QPen(look.outline, look.outlineWidth));
        p.setBrush(Qt::NoBrush);
        drawShape(p, mark);
    } else {
        p.setBrush(look.fill);
        p.setPen(QPen(look.outline, look.outlineWidth, look.outlineStyle));
        drawShape(p, mark);
    }
    if (!mark.overdue && mark.status == MilestoneStatus::Missed && mark.rect.width() >= 8)
        drawCross(p,
                  QRectF(mark.rect.center().x() - mark.rect.height() / 2, mark.rect.top(), mark.rect.height(),
                         mark.rect.height()),
                  Qt::white, 1.6);
    if (mark.selected || mark.hovered) {
        p.setBrush(Qt::NoBrush);
        p.setPen(
            QPen(withAlpha(TimelineStyle::selectionColor(), mark.selected ? 255 : 140), mark.selected ? 2.4 : 1.6));
        TimelineLayout::Mark grown = mark;
        grown.rect = mark.rect.adjusted(-3, -3, 3, 3);
        drawShape(p, grown);
    }
}

void TimelineSymbols::drawGhost(QPainter &p, const TimelineLayout::Mark &mark)
{
    const QColor color = TimelineStyle::ghostColor();
    p.setBrush(withAlpha(tint(color, 0.6), 90));
    p.setPen(QPen(withAlpha(color, 200), 1.2, Qt::DashLine));
    drawShape(p, mark);
}

void TimelineSymbols::drawAchieved(QPainter &p, const TimelineLayout::Mark &mark)
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

void TimelineSymbols::drawCluster(QPainter &p, const TimelineLayout::Mark &mark, const QFont &font)
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

void TimelineSymbols::drawArrow(QPainter &p, const TimelineLayout::Arrow &arrow, double rowHeight)
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

void TimelineSymbols::drawLegendSymbol(QPainter &p, const TimelineLayout::LegendEntry &entry, const QFont &font)
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

namespace {

// Shaped text kept per thread (bounded), by the font's key() and the text, from the second time it
// is drawn: text drawn once (the labels of a jump to far rows) costs less drawn as it is than
// prepared, while text that comes back (the axis, the legend, labels while panning) is drawn from
// what was kept. nullptr the first time.
const QStaticText *keptText(const QString &text, const QFont &font, const QString &fontKey)
{
    thread_local QHash<QString, QStaticText> cache;
    thread_local QSet<QString> seen;
    const QString key = fontKey + QLatin1Char('\n') + text;
    auto it = cache.find(key);
    if (it == cache.end()) {
        if (!seen.contains(key)) {
            if (seen.size() > 20000)
                seen.clear();
            seen.insert(key);
            return nullptr;
        }
        if (cache.size() > 4000)
            cache.clear();
        QStaticText prepared(text);
        prepared.setTextFormat(Qt::PlainText);
        prepared.prepare(QTransform(), font);
        it = cache.insert(key, prepared);
    }
    return &*it;
}

// Sets the painter's font unless it has it already: on devices of another resolution (PDF) a font
// set anew is looked up anew.
void useFont(QPainter &p, const QFont &font)
{
    if (p.font() != font)
        p.setFont(font);
}

bool isRaster(QPainter &p)
{
    return p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
}

} // namespace

void TimelineSymbols::drawLine(QPainter &p, const QRectF &rect, const QString &text, const QFont &font,
                               const QString &fontKey, const QFontMetricsF &metrics, bool keep)
{
    if (text.isEmpty())
        return;
    const double top = rect.center().y() - (metrics.ascent() + metrics.descent()) / 2;
    const QStaticText *prepared = keep && isRaster(p) ? keptText(text, font, fontKey) : nullptr;
    useFont(p, font);
    if (prepared)
        p.drawStaticText(QPointF(rect.left() + 3, top), *prepared);
    else
        p.drawText(QPointF(rect.left() + 3, top + metrics.ascent()), text);
}

void TimelineSymbols::drawAligned(QPainter &p, const QRectF &rect, Qt::Alignment horizontal, const QString &text,
                                  const QFont &font)
{
    if (text.isEmpty())
        return;
    useFont(p, font);
    const int flags = int(Qt::AlignVCenter | (horizontal & Qt::AlignHorizontal_Mask));
    if (!isRaster(p)) {
        p.drawText(rect, flags, text);
        return;
    }
    const QFontMetricsF metrics(font);
    const double height = metrics.ascent() + metrics.descent();
    const QStaticText *prepared = keptText(text, font, font.key());
    const double width = prepared ? prepared->size().width() : 0;
    // drawText() clips to the rectangle: text that does not fit it goes that way.
    if (!prepared || std::ceil(height) > rect.height() || width > rect.width() - 1) {
        p.drawText(rect, flags, text);
        return;
    }
    double left = rect.left();
    if (horizontal & Qt::AlignRight)
        left = rect.right() - width;
    else if (horizontal & Qt::AlignHCenter)
        left = rect.left() + (rect.width() - width) / 2;
    p.drawStaticText(QPointF(left, rect.top() + (rect.height() - height) / 2), *prepared);
}

QColor TimelineSymbols::insideTextColor(const TimelineLayout::Label &label)
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

void TimelineSymbols::drawChip(QPainter &p, const QRectF &rect, const QString &text, const QColor &fill,
                               const QColor &textColor, const QFont &font)
{
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(rect, 3, 3);
    p.setFont(font);
    p.setPen(textColor);
    // The layout sized the chip for its text: a glyph a fraction wider on this device is not cut.
    p.drawText(rect.adjusted(5, 0, -5, 0), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextDontClip, text);
}
