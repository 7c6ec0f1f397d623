// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinelayouter.h"

#include "timeline/timelinetextwidth.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {

// Level of detail: at least ClusterMinCount marks whose middles lie within ClusterSpan become one
// cluster; density buckets narrower than DensityMinWidth merge with their neighbours.
constexpr int ClusterMinCount = 3;
constexpr double ClusterSpan = 14;
constexpr double DensityMinWidth = 6;
constexpr double LabelGap = 4;
constexpr double MinElidedLabelWidth = 56; // a milestone's label cut shorter than this says too little

} // namespace

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

    TimelineOccupancy occupied;
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
    TimelineOccupancy occupied;
    const int firstMark = int(m_out.m_marks.size());
    for (const Item &item : shown) {
        m_out.m_marks.append(item.mark);
        occupied.add(item.mark.rect.left(), item.mark.rect.right());
    }
    if (m_options.showLabels)
        placeLabels(row, shown, occupied, mid, firstMark);
}

void TimelineLayouter::placeLabels(const TimelineLayout::Row &row, QList<Item> &items, TimelineOccupancy &occupied,
                                   double mid, int firstMark)
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
        const double full = timelineTextWidth(metrics, item.mark.overdue ? m_boldKey : m_labelKey, item.title) + 6;
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
