// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

// A date as agreements state it: a day, a month, a quarter, a half year or a year.
// It is the first day of its period plus a precision, and covers [first(), last()].
class FuzzyDate
{
public:
    enum class Precision
    {
        Day,
        Month,
        Quarter,
        Half,
        Year
    };

    // The language of printed (and preferred parsed) text. Parsing accepts every language.
    enum class Language
    {
        English,
        Dutch,
        Swedish
    };

    FuzzyDate() = default; // a null date
    FuzzyDate(QDate anyDayInPeriod, Precision precision);

    static FuzzyDate day(int year, int month, int day);
    static FuzzyDate month(int year, int month);
    static FuzzyDate quarter(int year, int quarter);
    static FuzzyDate half(int year, int half);
    static FuzzyDate year(int year);

    // Parses any supported form in any supported language. On failure returns a null
    // FuzzyDate and, if errorMessage is given, a sentence saying what is wrong and what to type.
    static FuzzyDate parse(const QString &text, QString *errorMessage = nullptr);

    // The canonical storage code: "2023-09-12", "2023-09", "2024-Q3", "2025-H2", "2022".
    QString code() const;
    // A day as ISO 8601 text, "2023-09-12" (empty for an invalid date); faster than QDate::toString(),
    // for the hundred thousands of dates an import or export writes.
    static QString isoDay(QDate date);
    static FuzzyDate fromCode(const QString &code); // null when code is not canonical

    // Human text: "12 September 2023", "September 2023", "Q3 2024", "H2 2025", "2022"
    // (Dutch: "12 september 2023", "3e kwartaal 2024"; Swedish: "12 september 2023", "K3 2024").
    QString toString(Language language) const;
    // The same in the language of the user interface (UiLanguage::current()).
    QString toString() const;

    bool isNull() const { return !m_first.isValid(); }
    bool isValid() const { return m_first.isValid(); }
    Precision precision() const { return m_precision; }
    QDate first() const { return m_first; }
    QDate last() const;

    // Overdue on `today` when today is past the last day of the period.
    bool isPastOn(QDate today) const { return isValid() && today > last(); }

    // Moves by whole units of its own precision (a quarter stays a quarter).
    FuzzyDate addUnits(int units) const;

    static QString precisionCode(Precision precision);

    friend bool operator==(const FuzzyDate &a, const FuzzyDate &b)
    {
        return a.m_first == b.m_first && a.m_precision == b.m_precision;
    }
    friend bool operator!=(const FuzzyDate &a, const FuzzyDate &b) { return !(a == b); }
    // By start, then by precision (a day before its month, before its quarter, ...). Null sorts first.
    friend bool operator<(const FuzzyDate &a, const FuzzyDate &b)
    {
        if (a.m_first != b.m_first)
            return a.m_first < b.m_first;
        return a.m_precision < b.m_precision;
    }

private:
    QDate m_first;
    Precision m_precision = Precision::Day;
};
