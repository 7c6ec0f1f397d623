// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fuzzydate.h"

#include <QDate>
#include <QString>
#include <QStringList>

// How reports write dates, periods, countries and lists, in the report's language.
class ReportFormat
{
public:
    explicit ReportFormat(FuzzyDate::Language language)
        : m_language(language)
    {}

    FuzzyDate::Language language() const { return m_language; }
    // "12 September 2023".
    QString date(QDate date) const;
    // "Q3 2024"; `none` for a null date.
    QString fuzzy(const FuzzyDate &date, const QString &none = {}) const;
    // "on 12 September 2023" for a day, "in Q3 2024" for any coarser period.
    QString onOrIn(const FuzzyDate &date) const;
    // "October 2022 – September 2023" for whole months, "1 October 2022 – 15 September 2023" otherwise.
    QString period(QDate from, QDate to) const;
    // "Sweden" for "SE"; the code itself when unknown; "No country" for none.
    static QString countryName(const QString &code);
    // `one` or `many` (both translated, with %1 for the number) by the count.
    static QString count(qsizetype n, const QString &one, const QString &many);
    // "A", "A and B", "A, B and C".
    static QString list(const QStringList &items);

private:
    FuzzyDate::Language m_language;
};
