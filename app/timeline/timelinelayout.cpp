// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinelayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace {

// Level of detail: at least ClusterMinCount marks whose middles lie within ClusterSpan become one
// cluster; density buckets narrower than DensityMinWidth merge with their neighbours.
constexpr int ClusterMinCount = 3;
constexpr double ClusterSpan = 14;
constexpr double DensityMinWidth = 6;
constexpr double LabelGap = 4;
constexpr double MinLabelWidth = 28;       // event chips
constexpr double MinElidedLabelWidth = 56; // a milestone's label cut shorter than this says too little
constexpr double LegendPadding = 6;
// The header column's text (the painter draws it so): titles start this far in, notes end this far
// before the right edge, with at least this gap between a title and its note.
constexpr double GroupTitleIndent = 8;
constexpr double LaneTitleIndent = 16;
constexpr double HeaderRightPadding = 6;
constexpr double HeaderNoteGap = 8;

// Label widths, by boldness and text: the same titles are measured frame after frame while the view
// zooms and pans, and shaping text is the dearest part of a layout. One cache per thread, bounded.
double textWidth(const QFontMetricsF &metrics, const QString &fontKey, const QString &text)
{
    thread_local QHash<QString, double> cache;
    const QString key = fontKey + QLatin1Char('\n') + text;
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    if (cache.size() > 50000)
        cache.clear();
    const double width = metrics.horizontalAdvance(text);
    cache.insert(key, width);
    return width;
}

double eventStripHeight(const TimelineOptions &options)
{
    return options.showEvents ? std::round(options.fontSize * 1.75) : 0;
}

double legendSymbolWidth(const TimelineOptions &options)
{
    return std::round(options.fontSize * 1.1) * 1.3;
}

struct LegendFlowItem
{
    TimelineLayout::LegendEntry entry;
    double width = 0;
};

QList<LegendFlowItem> legendItems(const TimelineOptions &options)
{
    const QFontMetricsF metrics(TimelineLayout::noteFont(options));
    QList<LegendFlowItem> items;
    const auto add = [&](TimelineLayout::LegendEntry::Symbol symbol, const QString &text,
                         MilestoneStatus status = MilestoneStatus::Planned) {
        TimelineLayout::LegendEntry entry;
        entry.symbol = symbol;
        entry.status = status;
        entry.text = text;
        items.append(LegendFlowItem{entry, legendSymbolWidth(options) + 5 + metrics.horizontalAdvance(text) + 18});
    };
    for (MilestoneStatus status : allValues<MilestoneStatus>())
        add(TimelineLayout::LegendEntry::Symbol::Status, displayNameOf(status), status);
    add(TimelineLayout::LegendEntry::Symbol::Overdue, QCoreApplication::translate("TimelineLayout", "Overdue"));
    if (options.showSlips)
        add(TimelineLayout::LegendEntry::Symbol::Slip,
            QCoreApplication::translate("TimelineLayout", "Earlier due date"));
    add(TimelineLayout::LegendEntry::Symbol::Cluster,
        QCoreApplication::translate("TimelineLayout", "Several milestones"));
    if (options.showSpans)
        add(TimelineLayout::LegendEntry::Symbol::Span,
            QCoreApplication::translate("TimelineLayout", "Agreement signed → end"));
    if (options.showEvents)
        add(TimelineLayout::LegendEntry::Symbol::Event, QCoreApplication::translate("TimelineLayout", "Event"));
    if (options.showToday)
        add(TimelineLayout::LegendEntry::Symbol::Today, QCoreApplication::translate("TimelineLayout", "Today"));
    return items;
}

double legendLineHeight(const TimelineOptions &options)
{
    return std::round(options.fontSize * 1.7);
}

// Places legend items in lines across `width`; returns the number of lines.
int flowLegend(QList<LegendFlowItem> &items, const QRectF &area, const TimelineOptions &options)
{
    const double lineHeight = legendLineHeight(options);
    const double symbol = std::round(options.fontSize * 1.1);
    const double symbolWidth = legendSymbolWidth(options);
    double x = area.left() + LegendPadding;
    int line = 0;
    for (LegendFlowItem &item : items) {
        if (x + item.width > area.right() - LegendPadding && x > area.left() + LegendPadding) {
            ++line;
            x = area.left() + LegendPadding;
        }
        const double top = area.top() + LegendPadding + line * lineHeight;
        const double mid = top + lineHeight / 2;
        item.entry.symbolRect = QRectF(x, mid - symbol / 2, symbolWidth, symbol);
        item.entry.textRect = QRectF(x + symbolWidth + 5, top, item.width - symbolWidth - 5 - 14, lineHeight);
        x += item.width;
    }
    return items.isEmpty() ? 0 : line + 1;
}

// Free horizontal intervals of one lane: occupied spans, kept sorted and merged.
class Occupancy
{
public:
    void add(double left, double right)
    {
        m_spans[left] = std::max(right, m_spans.count(left) ? m_spans[left] : right);
    }
    // The free room to the right of x (up to `limit`) and to the left of x (down to `limit`).
    double freeRightOf(double x, double limit) const
    {
        double end = limit;
        for (const auto &[left, right] : m_spans) {
            if (right <= x)
                continue;
            if (left <= x)
                return x; // x itself is covered
            end = std::min(end, left);
            break;
        }
        return end;
    }
    double freeLeftOf(double x, double limit) const
    {
        double start = limit;
        for (const auto &[left, right] : m_spans) {
            if (left >= x)
                break;
            if (right >= x)
                return x;
            start = std::max(start, right);
        }
        return start;
    }

private:
    std::map<double, double> m_spans;
};

} // namespace

// Builds a TimelineLayout (a friend of it, so it fills the private members directly).
class TimelineLayouter
{
public:
    TimelineLayouter(const TimelineScene &scene, const TimelineOptions &options, TimelineLayout &layout)
        : m_scene(scene)
        , m_options(options)
        , m_out(layout)
        , m_labelMetrics(TimelineLayout::labelFont(options))
        , m_boldMetrics(TimelineLayout::boldLabelFont(options))
        , m_labelKey(TimelineLayout::labelFont(options).key())
        , m_boldKey(TimelineLayout::boldLabelFont(options).key())
        , m_noteMetrics(TimelineLayout::noteFont(options))
        , m_axisMetrics(TimelineLayout::axisFont(options))
    {}

    void run(const QRectF &target, const TimelineAxis &axis, double scrollY);

private:
    struct Item
    {
        TimelineLayout::Mark mark;
        QString title;
        QDate first; // the period the mark stands for (a cluster's members span theirs)
        QDate last;
    };

    void layOutRegions(const QRectF &target);
    void layOutTicks();
    void layOutRows();
    void layOutLane(const TimelineLayout::Row &row, const TimelineLane &lane);
    void layOutDensity(const TimelineLayout::Row &row, const TimelineLane &lane, double mid);
    // Places the labels of one row's items; the row's marks are m_out.m_marks from `firstMark` on.
    void placeLabels(const TimelineLayout::Row &row, QList<Item> &items, Occupancy &occupied, double mid,
                     int firstMark);
    void layOutEvents();
    void layOutLegend();
    QRectF bandRect(const FuzzyDate &date, double mid, double height) const;
    QRectF achievedRect(const FuzzyDate &date, double mid, double markHeight) const;
    double rowTop(int absoluteRow) const;

    const TimelineScene &m_scene;
    const TimelineOptions &m_options;
    TimelineLayout &m_out;
    QFontMetricsF m_labelMetrics;
    QFontMetricsF m_boldMetrics;
    QString m_labelKey;
    QString m_boldKey;
    QFontMetricsF m_noteMetrics;
    QFontMetricsF m_axisMetrics;
};

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

void TimelineLayouter::layOutLane(const TimelineLayout::Row &row, const TimelineLane &lane)
{
    const double mid = row.rect.center().y();
    const double markHeight = std::round(m_options.rowHeight * 0.54);
    if (lane.aggregated) {
        layOutDensity(row, lane, mid);
        return;
    }
    const QDate today = m_out.m_today;
    // Marks wholly outside the plot are left out (the scene holds a margin around the view).
    const double cullLeft = m_out.m_plot.left() - 20;
    const double cullRight = m_out.m_plot.right() + 20;
    const auto onPlot = [&](double left, double right) { return right >= cullLeft && left <= cullRight; };
    QList<Item> items;
    QList<TimelineLayout::Mark> ghosts;
    QList<TimelineLayout::Mark> achieved;
    for (const TimelineMilestone &m : lane.milestones) {
        const bool achievedOnly = !m.due.isValid() && m.status == MilestoneStatus::Achieved && m.achievedOn.isValid();
        if (!m.due.isValid() && !achievedOnly)
            continue;
        if (achievedOnly) {
            // Without a due date an achieved milestone is shown where it was achieved.
            Item item;
            item.title = m.title;
            item.mark.kind = TimelineLayout::MarkKind::Achieved;
            item.mark.rect = achievedRect(m.achievedOn, mid, markHeight);
            item.mark.row = row.sceneRow;
            item.mark.milestoneId = m.id;
            item.mark.agreementId = m.agreementId;
            item.mark.status = m.status;
            item.mark.selected = m.id == m_options.selectedMilestone;
            item.mark.hovered = m.id == m_options.hoveredMilestone;
            item.first = m.achievedOn.first();
            item.last = m.achievedOn.last();
            if (onPlot(item.mark.rect.left(), item.mark.rect.right()))
                items.append(item);
            continue;
        }
        const bool previewing = m_options.previewMilestone == m.id && m_options.previewDue.isValid();
        const FuzzyDate due = previewing ? m_options.previewDue : m.due;
        Item item;
        item.title = m.title;
        TimelineLayout::Mark &mark = item.mark;
        mark.kind = due.precision() == FuzzyDate::Precision::Day ? TimelineLayout::MarkKind::Diamond
                                                                 : TimelineLayout::MarkKind::Band;
        mark.rect = bandRect(due, mid, markHeight);
        mark.row = row.sceneRow;
        mark.milestoneId = m.id;
        mark.agreementId = m.agreementId;
        mark.status = m.status;
        mark.overdue = isOpen(m.status) && due.isPastOn(today);
        mark.selected = m.id == m_options.selectedMilestone;
        mark.hovered = m.id == m_options.hoveredMilestone;
        item.first = due.first();
        item.last = due.last();
        if (onPlot(mark.rect.left(), mark.rect.right()))
            items.append(item);

        QList<FuzzyDate> earlier;
        if (m_options.showSlips)
            earlier = m.earlierDueDates();
        if (previewing && !earlier.contains(m.due))
            earlier.append(m.due);
        for (const FuzzyDate &old : earlier) {
            if (old == due)
                continue;
            TimelineLayout::Mark ghost = mark;
            ghost.kind = TimelineLayout::MarkKind::Ghost;
            ghost.rect = bandRect(old, mid, markHeight);
            ghost.overdue = false;
            if (onPlot(ghost.rect.left(), ghost.rect.right()))
                ghosts.append(ghost);
            const bool later = ghost.rect.center().x() < mark.rect.center().x();
            const QPointF from(later ? ghost.rect.right() : ghost.rect.left(), mid);
            const QPointF to(later ? mark.rect.left() : mark.rect.right(), mid);
            if (onPlot(std::min(from.x(), to.x()), std::max(from.x(), to.x())))
                m_out.m_arrows.append(TimelineLayout::Arrow{from, to, m.id, true});
        }
        if (m.status == MilestoneStatus::Achieved && m.achievedOn.isValid()) {
            TimelineLayout::Mark done = mark;
            done.kind = TimelineLayout::MarkKind::Achieved;
            done.rect = achievedRect(m.achievedOn, mid, markHeight);
            done.selected = false;
            done.hovered = false;
            if (onPlot(done.rect.left(), done.rect.right()))
                achieved.append(done);
            if (!mark.rect.intersects(done.rect) &&
                onPlot(std::min(mark.rect.left(), done.rect.left()), std::max(mark.rect.right(), done.rect.right()))) {
                const bool after = done.rect.center().x() > mark.rect.center().x();
                m_out.m_arrows.append(TimelineLayout::Arrow{QPointF(after ? mark.rect.right() : mark.rect.left(), mid),
                                                            QPointF(after ? done.rect.left() : done.rect.right(), mid),
                                                            m.id, false});
            }
        }
    }

    // Level of detail: three or more marks whose middles fall within a few pixels of each other
    // cannot be told apart and become one cluster. Two stay marks of their own, labelled on either
    // side (two achievements reported the same day read better that way).
    const auto middle = [](const Item &item) { return item.mark.rect.center().x(); };
    std::sort(items.begin(), items.end(), [&](const Item &a, const Item &b) { return middle(a) < middle(b); });
    QList<Item> shown;
    for (int i = 0; i < items.size();) {
        int j = i + 1;
        while (j < items.size() && middle(items.at(j)) - middle(items.at(i)) < ClusterSpan)
            ++j;
        if (j - i < ClusterMinCount) {
            shown.append(items.at(i));
            ++i;
            continue;
        }
        Item cluster;
        TimelineLayout::Mark &mark = cluster.mark;
        mark.kind = TimelineLayout::MarkKind::Cluster;
        mark.row = row.sceneRow;
        mark.agreementId = lane.agreementId;
        mark.cluster.firstMilestoneId = items.at(i).mark.milestoneId;
        double left = items.at(i).mark.rect.left();
        double right = items.at(i).mark.rect.right();
        for (int k = i; k < j; ++k) {
            const Item &member = items.at(k);
            left = std::min(left, member.mark.rect.left());
            right = std::max(right, member.mark.rect.right());
            ++mark.cluster.count;
            if (member.mark.status == MilestoneStatus::Achieved)
                ++mark.cluster.achieved;
            else if (isOpen(member.mark.status))
                ++mark.cluster.open;
            else
                ++mark.cluster.closed;
            if (member.mark.overdue)
                ++mark.cluster.overdue;
            mark.selected = mark.selected || member.mark.selected;
            mark.cluster.first =
                mark.cluster.first.isValid() ? std::min(mark.cluster.first, member.first) : member.first;
            mark.cluster.last = mark.cluster.last.isValid() ? std::max(mark.cluster.last, member.last) : member.last;
        }
        mark.rect = QRectF(left, mid - markHeight / 2, std::max(right - left, markHeight), markHeight);
        mark.overdue = mark.cluster.overdue > 0;
        cluster.title = QCoreApplication::translate("TimelineLayout", "%n milestone(s)", nullptr, mark.cluster.count);
        shown.append(cluster);
        i = j;
    }

    Occupancy occupied;
    const int firstMark = int(m_out.m_marks.size());
    for (const TimelineLayout::Mark &ghost : ghosts) {
        m_out.m_marks.append(ghost);
        occupied.add(ghost.rect.left(), ghost.rect.right());
    }
    // Wider marks first, so that narrower ones stay visible on top of them.
    QList<Item> byWidth = shown;
    std::stable_sort(byWidth.begin(), byWidth.end(),
                     [](const Item &a, const Item &b) { return a.mark.rect.width() > b.mark.rect.width(); });
    for (const Item &item : byWidth) {
        m_out.m_marks.append(item.mark);
        occupied.add(item.mark.rect.left(), item.mark.rect.right());
    }
    for (const TimelineLayout::Mark &done : achieved) {
        m_out.m_marks.append(done);
        occupied.add(done.rect.left(), done.rect.right());
    }
    if (m_options.showLabels)
        placeLabels(row, shown, occupied, mid, firstMark);
}

void TimelineLayouter::layOutDensity(const TimelineLayout::Row &row, const TimelineLane &lane, double mid)
{
    const double markHeight = std::round(m_options.rowHeight * 0.54);
    QList<TimelineCluster> buckets = lane.density;
    std::sort(buckets.begin(), buckets.end(),
              [](const TimelineCluster &a, const TimelineCluster &b) { return a.first < b.first; });
    QList<Item> shown;
    for (const TimelineCluster &bucket : buckets) {
        const double left = m_out.xOf(bucket.first);
        const double right = m_out.xAfter(bucket.last);
        if (right < m_out.m_plot.left() - 20 || left > m_out.m_plot.right() + 20)
            continue;
        if (!shown.isEmpty()) {
            TimelineLayout::Mark &previous = shown.last().mark;
            if (previous.rect.width() < DensityMinWidth && left - previous.rect.right() < 2) {
                previous.rect.setRight(std::max(previous.rect.right(), right));
                TimelineCluster &c = previous.cluster;
                c.last = std::max(c.last, bucket.last);
                c.count += bucket.count;
                c.achieved += bucket.achieved;
                c.overdue += bucket.overdue;
                c.open += bucket.open;
                c.closed += bucket.closed;
                previous.overdue = c.overdue > 0;
                shown.last().title = QCoreApplication::translate("TimelineLayout", "%n milestone(s)", nullptr, c.count);
                continue;
            }
        }
        Item item;
        item.mark.kind = TimelineLayout::MarkKind::Cluster;
        item.mark.rect = QRectF(left, mid - markHeight / 2, std::max(right - left, 2.0), markHeight);
        item.mark.row = row.sceneRow;
        item.mark.agreementId = lane.agreementId;
        item.mark.cluster = bucket;
        item.mark.overdue = bucket.overdue > 0;
        item.title = QCoreApplication::translate("TimelineLayout", "%n milestone(s)", nullptr, bucket.count);
        shown.append(item);
    }
    Occupancy occupied;
    const int firstMark = int(m_out.m_marks.size());
    for (const Item &item : shown) {
        m_out.m_marks.append(item.mark);
        occupied.add(item.mark.rect.left(), item.mark.rect.right());
    }
    if (m_options.showLabels)
        placeLabels(row, shown, occupied, mid, firstMark);
}

void TimelineLayouter::placeLabels(const TimelineLayout::Row &row, QList<Item> &items, Occupancy &occupied, double mid,
                                   int firstMark)
{
    const double height = std::ceil(m_labelMetrics.height()) + 2;
    const double plotLeft = m_out.m_plot.left();
    const double plotRight = m_out.m_plot.right();
    for (const Item &item : items) {
        const QRectF &mark = item.mark.rect;
        if (mark.right() < plotLeft || mark.left() > plotRight)
            continue;
        TimelineLayout::Label label;
        label.fullText = item.title;
        label.row = row.sceneRow;
        label.milestoneId = item.mark.milestoneId;
        label.overdue = item.mark.overdue;
        label.status = item.mark.status;
        const QFontMetricsF &metrics = item.mark.overdue ? m_boldMetrics : m_labelMetrics;
        const double full = textWidth(metrics, item.mark.overdue ? m_boldKey : m_labelKey, item.title) + 6;
        // A band wide enough holds its own label, unless another mark (its achieved mark, a
        // diamond) sits on it there.
        if (item.mark.kind == TimelineLayout::MarkKind::Band) {
            const double left = std::max(mark.left(), plotLeft) + 5;
            const double right = std::min(mark.right(), plotRight) - 5;
            const QRectF inside(left, mark.top(), full, mark.height());
            bool free = right - left >= full;
            for (int i = firstMark; free && i < m_out.m_marks.size(); ++i) {
                const TimelineLayout::Mark &other = m_out.m_marks.at(i);
                const bool itself =
                    other.kind == TimelineLayout::MarkKind::Band && other.milestoneId == item.mark.milestoneId;
                free = itself || !other.rect.intersects(inside);
            }
            if (free) {
                label.rect = inside;
                label.text = item.title;
                label.inside = true;
                m_out.m_labels.append(label);
                continue;
            }
        }
        const double rightStart = std::max(mark.right() + LabelGap, plotLeft + 2);
        const double rightEnd = occupied.freeRightOf(rightStart, plotRight - 2) - LabelGap;
        const double leftEnd = std::min(mark.left() - LabelGap, plotRight - 2);
        const double leftStart = occupied.freeLeftOf(leftEnd, plotLeft + 2) + LabelGap;
        const double rightRoom = rightEnd - rightStart;
        const double leftRoom = leftEnd - leftStart;
        double x = 0;
        double width = 0;
        if (rightRoom >= full) {
            x = rightStart;
            width = full;
        } else if (leftRoom >= full) {
            x = leftEnd - full;
            width = full;
        } else if (std::max(rightRoom, leftRoom) >= MinElidedLabelWidth) {
            width = std::max(rightRoom, leftRoom);
            x = rightRoom >= leftRoom ? rightStart : leftStart;
            label.elided = true;
        } else {
            label.hidden = true;
            label.rect = QRectF(mark.right() + LabelGap, mid - height / 2, full, height);
            label.text = label.fullText;
            m_out.m_labels.append(label);
            continue;
        }
        label.rect = QRectF(x, mid - height / 2, width, height);
        label.text = label.elided ? metrics.elidedText(item.title, Qt::ElideRight, width - 6) : item.title;
        occupied.add(label.rect.left() - LabelGap / 2, label.rect.right() + LabelGap / 2);
        m_out.m_labels.append(label);
    }
}

void TimelineLayouter::layOutEvents()
{
    const QRectF &plot = m_out.m_plot;
    const double strip = eventStripHeight(m_options);
    const QRectF stripRect(plot.left(), m_out.m_target.top(), plot.width(), strip);
    Occupancy occupied;
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
    QList<LegendFlowItem> items = legendItems(m_options);
    flowLegend(items, m_out.m_legend, m_options);
    for (const LegendFlowItem &item : items)
        m_out.m_legendEntries.append(item.entry);
}

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
    return options.axisHeight + eventStripHeight(options);
}

double TimelineLayout::legendHeightFor(double width, const TimelineOptions &options)
{
    if (!options.showLegend)
        return 0;
    QList<LegendFlowItem> items = legendItems(options);
    const int lines = flowLegend(items, QRectF(0, 0, width, 0), options);
    return lines * legendLineHeight(options) + 2 * LegendPadding;
}

double TimelineLayout::heightFor(int rows, double width, const TimelineOptions &options)
{
    return axisHeightFor(options) + rows * options.rowHeight + legendHeightFor(width, options);
}

QFont TimelineLayout::labelFont(const TimelineOptions &options)
{
    QFont font(options.fontFamily);
    font.setPixelSize(std::max(1, int(std::lround(options.fontSize))));
    return font;
}

QFont TimelineLayout::boldLabelFont(const TimelineOptions &options)
{
    QFont font = labelFont(options);
    font.setBold(true);
    return font;
}

QFont TimelineLayout::axisFont(const TimelineOptions &options)
{
    QFont font(options.fontFamily);
    font.setPixelSize(std::max(1, int(std::lround(options.fontSize * 0.92))));
    return font;
}

QFont TimelineLayout::noteFont(const TimelineOptions &options)
{
    QFont font(options.fontFamily);
    font.setPixelSize(std::max(1, int(std::lround(options.fontSize * 0.85))));
    return font;
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
