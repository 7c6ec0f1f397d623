// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportformat.h"

#include <QCoreApplication>
#include <QLocale>

QString ReportFormat::date(QDate date) const
{
    return FuzzyDate(date, FuzzyDate::Precision::Day).toString(m_language);
}

QString ReportFormat::fuzzy(const FuzzyDate &date, const QString &none) const
{
    return date.isValid() ? date.toString(m_language) : none;
}

QString ReportFormat::onOrIn(const FuzzyDate &date) const
{
    if (!date.isValid())
        return {};
    return date.precision() == FuzzyDate::Precision::Day
               ? QCoreApplication::translate("ReportFormat", "on %1").arg(date.toString(m_language))
               : QCoreApplication::translate("ReportFormat", "in %1").arg(date.toString(m_language));
}

QString ReportFormat::period(QDate from, QDate to) const
{
    const bool wholeMonths = from.day() == 1 && to.day() == to.daysInMonth();
    if (wholeMonths) {
        const FuzzyDate first(from, FuzzyDate::Precision::Month);
        const FuzzyDate last(to, FuzzyDate::Precision::Month);
        if (first == last)
            return first.toString(m_language);
        return QCoreApplication::translate("ReportFormat", "%1 – %2")
            .arg(first.toString(m_language), last.toString(m_language));
    }
    if (from == to)
        return date(from);
    return QCoreApplication::translate("ReportFormat", "%1 – %2").arg(date(from), date(to));
}

QString ReportFormat::countryName(const QString &code)
{
    if (code.trimmed().isEmpty())
        return QCoreApplication::translate("ReportFormat", "No country");
    const QLocale::Territory territory = QLocale::codeToTerritory(code.trimmed());
    if (territory == QLocale::AnyTerritory)
        return code.trimmed().toUpper();
    return QLocale::territoryToString(territory);
}

QString ReportFormat::count(qsizetype n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(n);
}

QString ReportFormat::list(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return QCoreApplication::translate("ReportFormat", "%1 and %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}
