// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelineaxis.h"

#include "domain/fuzzydate.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

TimelineAxis::TimelineAxis(double firstDay, double pixelsPerDay)
    : m_firstDay(firstDay)
    , m_pixelsPerDay(qBound(MinPixelsPerDay, pixelsPerDay, MaxPixelsPerDay))
{}

TimelineAxis TimelineAxis::fitting(QDate from, QDate to, double width)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return TimelineAxis(double(QDate::currentDate().toJulianDay()), 1.0);
    const double days = double(to.toJulianDay() - from.toJulianDay() + 1);
    return TimelineAxis(double(from.toJulianDay()), qMax(1.0, width) / days);
}

double TimelineAxis::x(QDate date) const
{
    return xOfDay(double(date.toJulianDay()));
}

double TimelineAxis::xAfter(QDate date) const
{
    return xOfDay(double(date.toJulianDay() + 1));
}

QDate TimelineAxis::dateAt(double x) const
{
    return QDate::fromJulianDay(qint64(std::floor(dayAt(x))));
}

TimelineAxis TimelineAxis::zoomedAt(double x, double factor) const
{
    const double day = dayAt(x);
    const double pixelsPerDay = qBound(MinPixelsPerDay, m_pixelsPerDay * factor, MaxPixelsPerDay);
    return TimelineAxis(day - x / pixelsPerDay, pixelsPerDay);
}

TimelineAxis TimelineAxis::scrolled(double dx) const
{
    return TimelineAxis(m_firstDay + dx / m_pixelsPerDay, m_pixelsPerDay);
}

double TimelineAxis::daysIn(Unit unit)
{
    switch (unit) {
    case Unit::Day:
        return 1;
    case Unit::Week:
        return 7;
    case Unit::Month:
        return 30.44;
    case Unit::Quarter:
        return 91.31;
    case Unit::Year:
        return 365.25;
    case Unit::FiveYears:
        return 5 * 365.25;
    case Unit::Decade:
        return 10 * 365.25;
    }
    return 1;
}

TimelineAxis::Unit TimelineAxis::minorUnit(double minSpacing) const
{
    for (Unit unit : {Unit::Day, Unit::Week, Unit::Month, Unit::Quarter, Unit::Year, Unit::FiveYears})
        if (daysIn(unit) * m_pixelsPerDay >= minSpacing)
            return unit;
    return Unit::Decade;
}

TimelineAxis::Unit TimelineAxis::majorUnitFor(Unit minor)
{
    switch (minor) {
    case Unit::Day:
    case Unit::Week:
        return Unit::Month;
    case Unit::Month:
    case Unit::Quarter:
        return Unit::Year;
    case Unit::Year:
        return Unit::Decade;
    case Unit::FiveYears:
    case Unit::Decade:
        return Unit::Decade;
    }
    return Unit::Decade;
}

QDate TimelineAxis::unitStart(QDate date, Unit unit)
{
    switch (unit) {
    case Unit::Day:
        return date;
    case Unit::Week:
        return date.addDays(1 - date.dayOfWeek());
    case Unit::Month:
        return QDate(date.year(), date.month(), 1);
    case Unit::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    case Unit::Year:
        return QDate(date.year(), 1, 1);
    case Unit::FiveYears:
        return QDate(date.year() - ((date.year() % 5) + 5) % 5, 1, 1);
    case Unit::Decade:
        return QDate(date.year() - ((date.year() % 10) + 10) % 10, 1, 1);
    }
    return date;
}

QDate TimelineAxis::nextUnit(QDate date, Unit unit)
{
    const QDate start = unitStart(date, unit);
    switch (unit) {
    case Unit::Day:
        return start.addDays(1);
    case Unit::Week:
        return start.addDays(7);
    case Unit::Month:
        return start.addMonths(1);
    case Unit::Quarter:
        return start.addMonths(3);
    case Unit::Year:
        return start.addYears(1);
    case Unit::FiveYears:
        return start.addYears(5);
    case Unit::Decade:
        return start.addYears(10);
    }
    return start.addDays(1);
}

QString TimelineAxis::tickLabel(QDate date, Unit unit, bool longForm)
{
    const QLocale locale; // the language of the user interface
    switch (unit) {
    case Unit::Day:
        return longForm ? locale.toString(date, QStringLiteral("d MMM yyyy")) : QString::number(date.day());
    case Unit::Week:
        return longForm ? locale.toString(date, QStringLiteral("d MMM")) : QString::number(date.day());
    case Unit::Month:
        return longForm ? FuzzyDate(date, FuzzyDate::Precision::Month).toString()
                        : locale.toString(date, QStringLiteral("MMM"));
    case Unit::Quarter:
        return longForm ? FuzzyDate(date, FuzzyDate::Precision::Quarter).toString()
                        : QCoreApplication::translate("TimelineAxis", "Q%1").arg((date.month() - 1) / 3 + 1);
    case Unit::Year:
    case Unit::FiveYears:
        return QString::number(date.year());
    case Unit::Decade:
        return longForm ? QCoreApplication::translate("TimelineAxis", "%1s", "a decade: 2020s").arg(date.year())
                        : QString::number(date.year());
    }
    return {};
}

QList<TimelineAxis::Tick> TimelineAxis::ticks(Unit unit, double width) const
{
    QList<Tick> result;
    const QDate first = dateAt(0);
    const QDate last = dateAt(width);
    if (!first.isValid() || !last.isValid())
        return result;
    for (QDate day = unitStart(first, unit); day.isValid() && day <= last; day = nextUnit(day, unit))
        result.append(Tick{x(day), day, tickLabel(day, unit, false)});
    return result;
}
