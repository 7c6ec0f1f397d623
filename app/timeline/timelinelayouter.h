// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelinelayout.h"
#include "timeline/timelineoccupancy.h"

#include <QFontMetricsF>
#include <QList>
#include <QString>

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
    void placeLabels(const TimelineLayout::Row &row, QList<Item> &items, TimelineOccupancy &occupied, double mid,
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
