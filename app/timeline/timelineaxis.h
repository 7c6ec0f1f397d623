// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

// The horizontal mapping of the timeline: a date <-> an x position inside the plot area.
// x = 0 is the left edge of the plot; a day covers [x(day), xAfter(day)). Positions are in
// the painter's user units (pixels on screen, whatever the report's transform makes them on paper).
class TimelineAxis
{
public:
    // Zoom limits: from about a century across a screen to about a week.
    static constexpr double MinPixelsPerDay = 0.02;
    static constexpr double MaxPixelsPerDay = 240.0;

    // Tick units, finest first.
    enum class Unit
    {
        Day,
        Week,
        Month,
        Quarter,
        Year,
        FiveYears,
        Decade
    };

    struct Tick
    {
        double x = 0;
        QDate date;    // the first day of the unit that starts at x
        QString label; // "2024", "Q3", "Sep", "12"; empty when there is no room for it
    };

    TimelineAxis() = default;
    // `firstDay` is the Julian day (fractional) at x = 0; clamps pixelsPerDay to the zoom limits.
    TimelineAxis(double firstDay, double pixelsPerDay);
    // [from, to] (both days included) fills `width`.
    static TimelineAxis fitting(QDate from, QDate to, double width);

    double firstDay() const { return m_firstDay; }
    double pixelsPerDay() const { return m_pixelsPerDay; }

    double x(QDate date) const;      // left edge of the day
    double xAfter(QDate date) const; // right edge of the day
    double xOfDay(double julianDay) const { return (julianDay - m_firstDay) * m_pixelsPerDay; }
    double dayAt(double x) const { return m_firstDay + x / m_pixelsPerDay; }
    QDate dateAt(double x) const; // the day that covers x
    // The visible days for a plot of `width`: [dateAt(0), dateAt(width)].
    QDate firstVisible() const { return dateAt(0); }
    QDate lastVisible(double width) const { return dateAt(width); }

    // Zooms by `factor` (> 1 zooms in) keeping the date under `x` at `x`; stays within the limits.
    TimelineAxis zoomedAt(double x, double factor) const;
    // Moves the view by `dx` units (positive: later dates come into view).
    TimelineAxis scrolled(double dx) const;

    // The finest unit whose ticks are at least `minSpacing` apart, and the coarser unit used for the
    // upper row of labels (years over quarters, months over days, ...).
    Unit minorUnit(double minSpacing) const;
    static Unit majorUnitFor(Unit minor);
    // Approximate length of a unit in days (for spacing decisions).
    static double daysIn(Unit unit);
    // The first day of the unit containing `date`, and the first day of the next unit.
    static QDate unitStart(QDate date, Unit unit);
    static QDate nextUnit(QDate date, Unit unit);
    // Ticks of `unit` across [0, width], each with its label ("Q3", "Sep", "2024", ...).
    QList<Tick> ticks(Unit unit, double width) const;
    static QString tickLabel(QDate date, Unit unit, bool longForm);

private:
    double m_firstDay = 0;
    double m_pixelsPerDay = 1;
};
