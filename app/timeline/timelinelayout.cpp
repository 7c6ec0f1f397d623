// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinelayout.h"

#include "timeline/timelinelayouter.h"
#include "timeline/timelinelegendflow.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

TimelineLayout TimelineLayout::build(const TimelineScene &scene, const QRectF &target, const TimelineAxis &axis,
                                     double scrollY, const TimelineOptions &options)
{
    TimelineLayout layout;
    TimelineLayouter(scene, options, layout).run(target, axis, scrollY);
    return layout;
}

QRectF TimelineLayout::plotRectFor(const QRectF &target, const TimelineOptions &options)
{
    const double header = std::min(options.headerWidth, std::round(target.width() * 0.3));
    const double axisHeight = axisHeightFor(options);
    const double legend = legendHeightFor(target.width(), options);
    return QRectF(target.left() + header, target.top() + axisHeight, target.width() - header,
                  std::max(0.0, target.height() - axisHeight - legend));
}

double TimelineLayout::axisHeightFor(const TimelineOptions &options)
{
    return options.axisHeight + eventStripHeightFor(options);
}

double TimelineLayout::eventStripHeightFor(const TimelineOptions &options)
{
    return options.showEvents ? std::round(options.fontSize * 1.75) : 0;
}

double TimelineLayout::legendHeightFor(double width, const TimelineOptions &options)
{
    return TimelineLegendFlow::height(width, options);
}

double TimelineLayout::heightFor(int rows, double width, const TimelineOptions &options)
{
    return axisHeightFor(options) + rows * options.rowHeight + legendHeightFor(width, options);
}

namespace {

// One font per family, pixel size and weight, shared (per thread): a font Qt has looked up once
// keeps what it found, where a font made anew is looked up again, on every frame.
QFont sharedFont(const QString &family, double pixelSize, bool bold = false)
{
    thread_local QHash<QString, QFont> fonts;
    const int pixels = std::max(1, int(std::lround(pixelSize)));
    const QString key = family + QLatin1Char('\n') + QString::number(pixels) + (bold ? u'b' : u'n');
    auto it = fonts.constFind(key);
    if (it == fonts.constEnd()) {
        QFont font(family);
        font.setPixelSize(pixels);
        if (bold)
            font.setBold(true);
        it = fonts.insert(key, font);
    }
    return *it;
}

} // namespace

QFont TimelineLayout::labelFont(const TimelineOptions &options)
{
    return sharedFont(options.fontFamily, options.fontSize);
}

QFont TimelineLayout::boldLabelFont(const TimelineOptions &options)
{
    return sharedFont(options.fontFamily, options.fontSize, true);
}

QFont TimelineLayout::axisFont(const TimelineOptions &options)
{
    return sharedFont(options.fontFamily, options.fontSize * 0.92);
}

QFont TimelineLayout::boldAxisFont(const TimelineOptions &options)
{
    return sharedFont(options.fontFamily, options.fontSize * 0.92, true);
}

QFont TimelineLayout::noteFont(const TimelineOptions &options)
{
    return sharedFont(options.fontFamily, options.fontSize * 0.85);
}

TimelineLayout::Hit TimelineLayout::hitAt(const QPointF &point) const
{
    Hit hit;
    if (!m_target.contains(point))
        return hit;
    if (m_axis.contains(point)) {
        hit.kind = Hit::Kind::Axis;
        for (const EventMarker &event : m_events)
            if (event.labelRect.contains(point)) {
                hit.kind = Hit::Kind::Event;
                hit.eventId = event.eventId;
            }
        return hit;
    }
    if (m_stickyGroup >= 0 &&
        QRectF(m_target.left(), m_plot.top(), m_target.width(), m_options.rowHeight).contains(point)) {
        hit.kind = Hit::Kind::GroupHeader;
        return hit;
    }
    if (m_plot.contains(point)) {
        for (auto mark = m_marks.crbegin(); mark != m_marks.crend(); ++mark) {
            if (mark->kind == MarkKind::Ghost || !mark->rect.adjusted(-2, -2, 2, 2).contains(point))
                continue;
            hit.kind = mark->kind == MarkKind::Cluster ? Hit::Kind::Cluster : Hit::Kind::Milestone;
            hit.milestoneId = mark->kind == MarkKind::Cluster ? mark->cluster.firstMilestoneId : mark->milestoneId;
            hit.agreementId = mark->agreementId;
            hit.row = mark->row;
            return hit;
        }
        for (const Label &label : m_labels)
            if (!label.hidden && label.rect.contains(point) && label.milestoneId != 0) {
                hit.kind = Hit::Kind::Label;
                hit.milestoneId = label.milestoneId;
                hit.row = label.row;
                for (const Mark &mark : m_marks)
                    if (mark.milestoneId == label.milestoneId)
                        hit.agreementId = mark.agreementId;
                return hit;
            }
    }
    for (const Row &row : m_rows) {
        if (!row.rect.contains(point))
            continue;
        hit.row = row.sceneRow;
        hit.agreementId = row.agreementId;
        if (row.groupHeader)
            hit.kind = Hit::Kind::GroupHeader;
        else
            hit.kind = row.headerRect.contains(point) ? Hit::Kind::LaneHeader : Hit::Kind::Lane;
        if (hit.kind == Hit::Kind::Lane)
            for (const EventMarker &event : m_events)
                if (point.x() >= event.rect.left() - 3 && point.x() <= event.rect.right() + 3) {
                    hit.kind = Hit::Kind::Event;
                    hit.eventId = event.eventId;
                }
        return hit;
    }
    return hit;
}

QRectF TimelineLayout::markRect(qint64 milestoneId) const
{
    if (milestoneId == 0)
        return {};
    QRectF achieved;
    for (const Mark &mark : m_marks) {
        if (mark.milestoneId != milestoneId)
            continue;
        if (mark.kind == MarkKind::Band || mark.kind == MarkKind::Diamond)
            return mark.rect;
        if (mark.kind == MarkKind::Achieved)
            achieved = mark.rect;
    }
    return achieved;
}

QString TimelineLayout::toolTipAt(const QPointF &point, const TimelineScene &scene) const
{
    const Hit hit = hitAt(point);
    switch (hit.kind) {
    case Hit::Kind::Milestone:
    case Hit::Kind::Label: {
        const TimelineMilestone *m = scene.milestone(hit.milestoneId);
        if (!m)
            return {};
        QStringList lines{m->title};
        QString due = QCoreApplication::translate("TimelineLayout", "Due %1 · %2")
                          .arg(m->due.toString(), displayNameOf(m->status));
        if (m->isOverdueOn(m_today))
            due += QCoreApplication::translate("TimelineLayout", " · overdue");
        lines << due;
        if (m->achievedOn.isValid())
            lines << QCoreApplication::translate("TimelineLayout", "Achieved %1").arg(m->achievedOn.toString());
        if (!m->location.isEmpty())
            lines << m->location;
        const QStringList history = m->historyLines();
        if (!history.isEmpty()) {
            lines << QCoreApplication::translate("TimelineLayout", "History:");
            for (const QString &line : history)
                lines << QStringLiteral("  ") + line;
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Hit::Kind::Cluster: {
        for (auto mark = m_marks.crbegin(); mark != m_marks.crend(); ++mark) {
            if (mark->kind != MarkKind::Cluster || !mark->rect.adjusted(-2, -2, 2, 2).contains(point))
                continue;
            const TimelineCluster &c = mark->cluster;
            const QLocale locale; // the language of the user interface
            QStringList lines{
                QCoreApplication::translate("TimelineLayout", "%n milestone(s), %1 – %2", nullptr, c.count)
                    .arg(locale.toString(c.first, QStringLiteral("d MMM yyyy")),
                         locale.toString(c.last, QStringLiteral("d MMM yyyy")))};
            lines << QCoreApplication::translate("TimelineLayout",
                                                 "%1 achieved, %2 open (%3 overdue), %4 missed or cancelled")
                         .arg(c.achieved)
                         .arg(c.open)
                         .arg(c.overdue)
                         .arg(c.closed);
            lines << QCoreApplication::translate("TimelineLayout", "Zoom in to see them one by one.");
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    }
    case Hit::Kind::Event:
        for (const TimelineEvent &event : scene.events)
            if (event.id == hit.eventId) {
                QStringList lines{event.title, event.date.toString()};
                if (!event.place.isEmpty())
                    lines << event.place;
                return lines.join(QLatin1Char('\n'));
            }
        return {};
    case Hit::Kind::Lane:
    case Hit::Kind::LaneHeader: {
        const int lane = scene.laneOfAgreement(hit.agreementId);
        if (lane < 0)
            return {};
        const TimelineLane &l = scene.lanes.at(lane);
        QStringList lines{l.title, QCoreApplication::translate("TimelineLayout", "%1 · %2")
                                       .arg(displayNameOf(l.kind), displayNameOf(l.status))};
        if (l.signedOn.isValid())
            lines << QCoreApplication::translate("TimelineLayout", "Signed %1").arg(l.signedOn.toString());
        if (l.endsOn.isValid())
            lines << QCoreApplication::translate("TimelineLayout", "Ends %1").arg(l.endsOn.toString());
        if (l.undatedMilestones > 0)
            lines << QCoreApplication::translate("TimelineLayout", "%n milestone(s) without a due date", nullptr,
                                                 l.undatedMilestones);
        return lines.join(QLatin1Char('\n'));
    }
    case Hit::Kind::GroupHeader:
    case Hit::Kind::Axis:
    case Hit::Kind::None:
        return {};
    }
    return {};
}
