// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelineaxis.h"
#include "timeline/timelineoptions.h"
#include "timeline/timelinescene.h"

#include <QFont>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

// Where everything of a TimelineScene goes inside a target rectangle for one axis and vertical
// scroll position: rows, marks, labels (placed so that none overlaps another or a mark), clusters
// where marks would crowd (level of detail), events, ticks and the legend. The painter draws a
// layout; the widget hit-tests the same layout.
class TimelineLayout
{
public:
    enum class MarkKind
    {
        Band,     // a month, quarter, half or year
        Diamond,  // a day
        Cluster,  // several milestones aggregated
        Ghost,    // an earlier due date of a slipped milestone (or the origin of a drag)
        Achieved, // where an achieved milestone was achieved
    };

    struct Mark
    {
        MarkKind kind = MarkKind::Band;
        QRectF rect;
        int row = -1; // index into the scene's rows
        qint64 milestoneId = 0;
        qint64 agreementId = 0;
        MilestoneStatus status = MilestoneStatus::Planned;
        bool overdue = false;
        bool selected = false;
        bool hovered = false;
        TimelineCluster cluster; // for clusters
    };

    // An arrow from an earlier due date (ghost) to the current one, or from due to achieved.
    struct Arrow
    {
        QPointF from;
        QPointF to;
        qint64 milestoneId = 0;
        bool slip = true; // false: due -> achieved connector
    };

    struct Label
    {
        QRectF rect;
        QString text;     // as drawn, possibly elided
        QString fullText; // shown whole on hover
        int row = -1;
        qint64 milestoneId = 0;
        bool elided = false;
        bool overdue = false;
        bool hidden = false; // no room at all: only on hover
        bool inside = false; // drawn inside its own (wide) band
        MilestoneStatus status = MilestoneStatus::Planned;
    };

    struct Row
    {
        QRectF rect;       // the whole row, header column included
        QRectF headerRect; // the lane header / group title cell
        int sceneRow = -1;
        int absoluteRow = -1; // among all rows of the timeline
        bool groupHeader = false;
        bool selected = false;
        QString title; // elided to the header cell
        QString fullTitle;
        QString note; // "3 undated", "12 agreements"
        qint64 agreementId = 0;
        QRectF spanRect; // the agreement's own span (empty when none)
        bool spanOpenEnd = false;
    };

    struct EventMarker
    {
        QRectF rect;      // a line (zero-ish width) for a day, a band for a month and coarser
        QRectF labelRect; // in the axis area
        QString label;
        QString fullLabel;
        qint64 eventId = 0;
    };

    struct LegendEntry
    {
        enum class Symbol
        {
            Status,
            Overdue,
            Slip,
            Event,
            Today,
            Span,
            Cluster
        };
        Symbol symbol = Symbol::Status;
        MilestoneStatus status = MilestoneStatus::Planned;
        QRectF symbolRect;
        QRectF textRect;
        QString text;
    };

    // What is under a point.
    struct Hit
    {
        enum class Kind
        {
            None,
            Milestone,
            Cluster,
            Label,
            Lane,
            LaneHeader,
            GroupHeader,
            Event,
            Axis
        };
        Kind kind = Kind::None;
        qint64 milestoneId = 0;
        qint64 agreementId = 0;
        qint64 eventId = 0;
        int row = -1; // scene row
    };

    static TimelineLayout build(const TimelineScene &scene, const QRectF &target, const TimelineAxis &axis,
                                double scrollY, const TimelineOptions &options);

    // Geometry for a given target (without building anything).
    static QRectF plotRectFor(const QRectF &target, const TimelineOptions &options);
    // Height that shows `rows` rows with the axis (and event strip) above and the legend below, for a
    // target `width` wide (the legend wraps into as many lines as it needs).
    static double heightFor(int rows, double width, const TimelineOptions &options);
    static double axisHeightFor(const TimelineOptions &options); // axis plus the event strip
    static double eventStripHeightFor(const TimelineOptions &options);
    static double legendHeightFor(double width, const TimelineOptions &options);
    // The fonts used for lane titles and labels, the axis, and small notes.
    static QFont labelFont(const TimelineOptions &options);
    static QFont boldLabelFont(const TimelineOptions &options); // overdue labels, group titles
    static QFont axisFont(const TimelineOptions &options);
    static QFont boldAxisFont(const TimelineOptions &options);
    static QFont noteFont(const TimelineOptions &options);

    const QRectF &target() const { return m_target; }
    const QRectF &plotRect() const { return m_plot; }     // lanes area right of the header column
    const QRectF &headerRect() const { return m_header; } // lane header column (below the axis)
    const QRectF &axisRect() const { return m_axis; }
    const QRectF &legendRect() const { return m_legend; }
    // Above the lane header column, left of the axis: "Agreements by status".
    QString cornerTitle() const { return m_cornerTitle; }
    const TimelineAxis &axis() const { return m_axisMap; }
    const TimelineOptions &options() const { return m_options; }
    double scrollY() const { return m_scrollY; }
    QDate today() const { return m_today; }

    const QList<Row> &rows() const { return m_rows; }
    const QList<Mark> &marks() const { return m_marks; }
    const QList<Arrow> &arrows() const { return m_arrows; }
    const QList<Label> &labels() const { return m_labels; }
    const QList<EventMarker> &events() const { return m_events; }
    const QList<TimelineAxis::Tick> &minorTicks() const { return m_minorTicks; }
    const QList<TimelineAxis::Tick> &majorTicks() const { return m_majorTicks; }
    const QList<LegendEntry> &legend() const { return m_legendEntries; }
    double todayX() const { return m_todayX; } // meaningful when todayVisible()
    bool todayVisible() const { return m_todayVisible; }
    // Today's label in the event strip (empty when there is no room or no strip).
    QRectF todayLabelRect() const { return m_todayLabelRect; }
    QString todayLabel() const { return m_todayLabel; }
    // The header of the group the top row belongs to, kept at the top (sticky); -1 when none.
    int stickyGroup() const { return m_stickyGroup; }
    QString stickyGroupTitle() const { return m_stickyTitle; }

    // In plot coordinates of this layout.
    double xOf(QDate date) const { return m_plot.left() + m_axisMap.x(date); }
    double xAfter(QDate date) const { return m_plot.left() + m_axisMap.xAfter(date); }
    QDate dateAt(double x) const { return m_axisMap.dateAt(x - m_plot.left()); }

    Hit hitAt(const QPointF &point) const;
    // The main mark of a milestone (band, diamond or the cluster holding it); empty when not shown.
    QRectF markRect(qint64 milestoneId) const;
    // The tooltip for what is under a point: a milestone with its due date, status and history, a
    // cluster's counts, an event, an agreement; empty when nothing.
    QString toolTipAt(const QPointF &point, const TimelineScene &scene) const;

private:
    QRectF m_target;
    QRectF m_plot;
    QRectF m_header;
    QRectF m_axis;
    QRectF m_legend;
    QString m_cornerTitle;
    TimelineAxis m_axisMap;
    TimelineOptions m_options;
    double m_scrollY = 0;
    QDate m_today;
    QList<Row> m_rows;
    QList<Mark> m_marks;
    QList<Arrow> m_arrows;
    QList<Label> m_labels;
    QList<EventMarker> m_events;
    QList<TimelineAxis::Tick> m_minorTicks;
    QList<TimelineAxis::Tick> m_majorTicks;
    QList<LegendEntry> m_legendEntries;
    double m_todayX = 0;
    bool m_todayVisible = false;
    QRectF m_todayLabelRect;
    QString m_todayLabel;
    int m_stickyGroup = -1;
    QString m_stickyTitle;

    friend class TimelineLayouter;
};
