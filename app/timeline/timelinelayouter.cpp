// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinelayouter.h"

#include "timeline/timelinelegendflow.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {

constexpr double MinLabelWidth = 28; // event chips
// The header column's text (the painter draws it so): titles start this far in, notes end this far
// before the right edge, with at least this gap between a title and its note.
constexpr double GroupTitleIndent = 8;
constexpr double LaneTitleIndent = 16;
constexpr double HeaderRightPadding = 6;
constexpr double HeaderNoteGap = 8;

} // namespace

void TimelineLayouter::run(const QRectF &target, const TimelineAxis &axis, double scrollY)
{
    m_out.m_target = target;
    m_out.m_axisMap = axis;
    m_out.m_options = m_options;
    m_out.m_scrollY = scrollY;
    m_out.m_today = m_scene.today.isValid() ? m_scene.today : m_options.effectiveToday();
    if (m_scene.groupBy != TimelineGroupBy::None)
        m_out.m_cornerTitle = QCoreApplication::translate("TimelineLayout", "Agreements by %1")
                                  .arg(TimelineScene::groupByName(m_scene.groupBy).toLower());
    else
        m_out.m_cornerTitle = QCoreApplication::translate("TimelineLayout", "Agreements");
    layOutRegions(target);
    layOutTicks();
    layOutRows();
    layOutEvents();
    layOutLegend();
}

void TimelineLayouter::layOutRegions(const QRectF &target)
{
    const double header = std::min(m_options.headerWidth, std::round(target.width() * 0.3));
    const double axisHeight = TimelineLayout::axisHeightFor(m_options);
    const double legend = TimelineLayout::legendHeightFor(target.width(), m_options);
    const double plotHeight = std::max(0.0, target.height() - axisHeight - legend);
    m_out.m_axis = QRectF(target.left() + header, target.top(), target.width() - header, axisHeight);
    m_out.m_plot = QRectF(target.left() + header, target.top() + axisHeight, target.width() - header, plotHeight);
    m_out.m_header = QRectF(target.left(), target.top() + axisHeight, header, plotHeight);
    m_out.m_legend = QRectF(target.left(), target.top() + axisHeight + plotHeight, target.width(), legend);
}

void TimelineLayouter::layOutTicks()
{
    const TimelineAxis &axis = m_out.m_axisMap;
    const double width = m_out.m_plot.width();
    const TimelineAxis::Unit minor = axis.minorUnit(m_axisMetrics.horizontalAdvance(QStringLiteral("0000")) + 14);
    const TimelineAxis::Unit major = TimelineAxis::majorUnitFor(minor);
    const double left = m_out.m_plot.left();
    for (TimelineAxis::Tick tick : axis.ticks(minor, width)) {
        tick.x += left;
        m_out.m_minorTicks.append(tick);
    }
    // Major labels sit at the start of their period, or pinned to the left edge while the period's
    // start is scrolled out of view (as long as the next label leaves room).
    QList<TimelineAxis::Tick> majors;
    const QDate firstVisible = axis.dateAt(0);
    if (firstVisible.isValid()) {
        const QDate start = TimelineAxis::unitStart(firstVisible, major);
        majors.append(TimelineAxis::Tick{left + axis.x(start), start, TimelineAxis::tickLabel(start, major, true)});
        for (const TimelineAxis::Tick &tick : axis.ticks(major, width))
            if (tick.date != start)
                majors.append(
                    TimelineAxis::Tick{left + tick.x, tick.date, TimelineAxis::tickLabel(tick.date, major, true)});
    }
    m_out.m_majorTicks = majors;
}

double TimelineLayouter::rowTop(int absoluteRow) const
{
    return m_out.m_plot.top() + absoluteRow * m_options.rowHeight - m_out.m_scrollY;
}

QRectF TimelineLayouter::bandRect(const FuzzyDate &date, double mid, double height) const
{
    if (date.precision() == FuzzyDate::Precision::Day) {
        const double size = height + 3;
        const double centre = m_out.xOf(date.first()) + m_out.m_axisMap.pixelsPerDay() / 2;
        return QRectF(centre - size / 2, mid - size / 2, size, size);
    }
    double left = m_out.xOf(date.first());
    double right = m_out.xAfter(date.last());
    if (right - left < 4) {
        const double centre = (left + right) / 2;
        left = centre - 2;
        right = centre + 2;
    }
    return QRectF(left, mid - height / 2, right - left, height);
}

QRectF TimelineLayouter::achievedRect(const FuzzyDate &date, double mid, double markHeight) const
{
    const double size = std::round(markHeight * 0.95);
    const double centre = (m_out.xOf(date.first()) + m_out.xAfter(date.last())) / 2;
    return QRectF(centre - size / 2, mid - size / 2, size, size);
}

void TimelineLayouter::layOutRows()
{
    const double rowHeight = m_options.rowHeight;
    const QRectF &plot = m_out.m_plot;
    const double noteWidthLimit = m_out.m_header.width() * 0.4;
    for (int i = 0; i < m_scene.rows.size(); ++i) {
        const TimelineRow &sceneRow = m_scene.rows.at(i);
        const int absolute = m_scene.firstRow + i;
        const double top = rowTop(absolute);
        if (top + rowHeight <= plot.top() || top >= plot.bottom())
            continue;
        TimelineLayout::Row row;
        row.rect = QRectF(m_out.m_target.left(), top, m_out.m_target.width(), rowHeight);
        row.headerRect = QRectF(m_out.m_header.left(), top, m_out.m_header.width(), rowHeight);
        row.sceneRow = i;
        row.absoluteRow = absolute;
        // The room the painter gives the text: from the title's indent to the note's right edge.
        const double textWidth =
            std::max(0.0, row.headerRect.width() - (sceneRow.isGroupHeader() ? GroupTitleIndent : LaneTitleIndent) -
                              HeaderRightPadding);
        // The note ("3 agreements", "+2 undated") only where it fits beside a readable title.
        const auto noteWidthOf = [&](QString &note) {
            const double width = note.isEmpty() ? 0 : m_noteMetrics.horizontalAdvance(note) + HeaderNoteGap;
            if (width > noteWidthLimit) {
                note.clear();
                return 0.0;
            }
            return width;
        };
        if (sceneRow.isGroupHeader()) {
            if (!m_options.showGroupHeaders)
                continue;
            const TimelineGroup &group = m_scene.groups.at(sceneRow.group);
            row.groupHeader = true;
            row.fullTitle = group.label;
            row.note = QCoreApplication::translate("TimelineLayout", "%n agreement(s)", nullptr, group.laneCount);
            const double noteWidth = noteWidthOf(row.note);
            row.title = m_boldMetrics.elidedText(row.fullTitle, Qt::ElideRight, std::max(0.0, textWidth - noteWidth));
            m_out.m_rows.append(row);
            continue;
        }
        const TimelineLane &lane = m_scene.lanes.at(sceneRow.lane);
        row.agreementId = lane.agreementId;
        row.selected = lane.agreementId != 0 && lane.agreementId == m_options.selectedAgreement;
        row.fullTitle = lane.title;
        if (lane.undatedMilestones > 0)
            row.note = QCoreApplication::translate("TimelineLayout", "+%1 undated").arg(lane.undatedMilestones);
        const double noteWidth = noteWidthOf(row.note);
        row.title = (row.selected ? m_boldMetrics : m_labelMetrics)
                        .elidedText(row.fullTitle, Qt::ElideRight, std::max(0.0, textWidth - noteWidth));
        if (m_options.showSpans) {
            const auto [first, last] = lane.span(m_out.m_today);
            if (first.isValid()) {
                const double mid = top + rowHeight / 2;
                const double height = std::round(rowHeight * 0.56);
                row.spanRect =
                    QRectF(QPointF(m_out.xOf(first), mid - height / 2), QPointF(m_out.xAfter(last), mid + height / 2));
                row.spanOpenEnd = !lane.endsOn.isValid() && lane.status != AgreementStatus::Completed &&
                                  lane.status != AgreementStatus::Ended;
            }
        }
        m_out.m_rows.append(row);
        layOutLane(row, lane);
    }

    // The group of the top row stays visible while its own header is scrolled away, until the next
    // group's header comes up under it.
    if (m_options.showGroupHeaders && m_options.stickyGroupHeader && m_scene.groupBy != TimelineGroupBy::None) {
        const int topRow = int(std::floor(m_out.m_scrollY / rowHeight));
        const int index = topRow - m_scene.firstRow;
        if (index >= 0 && index < m_scene.rows.size() && m_out.m_scrollY > 0) {
            const TimelineRow &row = m_scene.rows.at(index);
            const bool nextIsHeader = index + 1 < m_scene.rows.size() && m_scene.rows.at(index + 1).isGroupHeader();
            if (row.group >= 0 && !nextIsHeader && !(row.isGroupHeader() && m_out.m_scrollY == topRow * rowHeight)) {
                m_out.m_stickyGroup = row.group;
                m_out.m_stickyTitle = m_scene.groups.at(row.group).label;
            }
        }
    }
}

void TimelineLayouter::layOutEvents()
{
    const QRectF &plot = m_out.m_plot;
    const double strip = TimelineLayout::eventStripHeightFor(m_options);
    const QRectF stripRect(plot.left(), m_out.m_target.top(), plot.width(), strip);
    TimelineOccupancy occupied;
    const double labelHeight = std::ceil(m_noteMetrics.height()) + 4;
    const double labelTop = stripRect.top() + (strip - labelHeight) / 2;
    const auto placeLabel = [&](double x, const QString &text, QRectF &rect, QString &shown) {
        const double full = m_noteMetrics.horizontalAdvance(text) + 10;
        const double start = std::max(x, plot.left());
        const double end = occupied.freeRightOf(start, plot.right()) - 2;
        const double room = end - start;
        if (room < MinLabelWidth)
            return;
        const double width = std::min(full, room);
        rect = QRectF(start, labelTop, width, labelHeight);
        shown = width < full ? m_noteMetrics.elidedText(text, Qt::ElideRight, width - 10) : text;
        occupied.add(rect.left() - 3, rect.right() + 3);
    };

    const double ppd = m_out.m_axisMap.pixelsPerDay();
    const double todayX = m_out.xOf(m_out.m_today) + ppd / 2;
    m_out.m_todayX = todayX;
    m_out.m_todayVisible = m_options.showToday && todayX >= plot.left() && todayX <= plot.right();
    if (!m_options.showEvents)
        return;
    for (const TimelineEvent &event : m_scene.events) {
        if (!event.date.isValid())
            continue;
        TimelineLayout::EventMarker marker;
        marker.eventId = event.id;
        marker.fullLabel = event.title;
        const double left = m_out.xOf(event.date.first());
        const double right = m_out.xAfter(event.date.last());
        if (right < plot.left() || left > plot.right())
            continue;
        if (event.date.precision() == FuzzyDate::Precision::Day || right - left < 3)
            marker.rect = QRectF((left + right) / 2, plot.top(), 0, plot.height());
        else
            marker.rect = QRectF(left, plot.top(), right - left, plot.height());
        m_out.m_events.append(marker);
    }
    std::sort(m_out.m_events.begin(), m_out.m_events.end(),
              [](const TimelineLayout::EventMarker &a, const TimelineLayout::EventMarker &b) {
                  return a.rect.left() < b.rect.left();
              });
    // Today's chip first, always whole; then each event's label, elided so that the next event keeps room
    // for its own.
    if (m_out.m_todayVisible) {
        // Right of the line, or left of it where the right edge is too near.
        const QString today = QCoreApplication::translate("TimelineLayout", "Today");
        const double full = std::ceil(m_noteMetrics.horizontalAdvance(today)) + 10;
        const double left = todayX + full <= plot.right() - 2 ? todayX : std::max(plot.left(), todayX - full);
        m_out.m_todayLabelRect = QRectF(left, labelTop, full, labelHeight);
        m_out.m_todayLabel = today;
        occupied.add(left - 3, left + full + 3);
    }
    for (int i = 0; i < m_out.m_events.size(); ++i) {
        TimelineLayout::EventMarker &marker = m_out.m_events[i];
        const double next = i + 1 < m_out.m_events.size() ? m_out.m_events.at(i + 1).rect.left() - 3 : plot.right();
        occupied.add(next, next + 1);
        placeLabel(marker.rect.left(), marker.fullLabel, marker.labelRect, marker.label);
    }
}

void TimelineLayouter::layOutLegend()
{
    if (!m_options.showLegend)
        return;
    QList<TimelineLegendFlow::Item> items = TimelineLegendFlow::items(m_options);
    TimelineLegendFlow::flow(items, m_out.m_legend, m_options);
    for (const TimelineLegendFlow::Item &item : items)
        m_out.m_legendEntries.append(item.entry);
}
