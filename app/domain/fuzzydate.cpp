// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/fuzzydate.h"

#include "domain/codetable.h"
#include "domain/digits.h"
#include "domain/uilanguage.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <iterator>
#include <optional>

namespace {

constexpr int MinYear = 1900;
constexpr int MaxYear = 2200;

// Printed month names. The English ones are also translated for error messages.
const char *const EnglishMonths[12] = {
    QT_TRANSLATE_NOOP("FuzzyDate", "January"),   QT_TRANSLATE_NOOP("FuzzyDate", "February"),
    QT_TRANSLATE_NOOP("FuzzyDate", "March"),     QT_TRANSLATE_NOOP("FuzzyDate", "April"),
    QT_TRANSLATE_NOOP("FuzzyDate", "May"),       QT_TRANSLATE_NOOP("FuzzyDate", "June"),
    QT_TRANSLATE_NOOP("FuzzyDate", "July"),      QT_TRANSLATE_NOOP("FuzzyDate", "August"),
    QT_TRANSLATE_NOOP("FuzzyDate", "September"), QT_TRANSLATE_NOOP("FuzzyDate", "October"),
    QT_TRANSLATE_NOOP("FuzzyDate", "November"),  QT_TRANSLATE_NOOP("FuzzyDate", "December"),
};
const char *const DutchMonths[12] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                     "juli",    "augustus", "september", "oktober", "november", "december"};
const char *const SwedishMonths[12] = {"januari", "februari", "mars",      "april",   "maj",      "juni",
                                       "juli",    "augusti",  "september", "oktober", "november", "december"};

QString monthName(FuzzyDate::Language language, int month)
{
    switch (language) {
    case FuzzyDate::Language::English:
        return QString::fromLatin1(EnglishMonths[month - 1]);
    case FuzzyDate::Language::Dutch:
        return QString::fromLatin1(DutchMonths[month - 1]);
    case FuzzyDate::Language::Swedish:
        return QString::fromLatin1(SwedishMonths[month - 1]);
    }
    return {};
}

// Lower-case month names and abbreviations of every language -> 1..12.
int monthNumber(const QString &name)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> result;
        for (int m = 1; m <= 12; ++m) {
            result.insert(QString::fromLatin1(EnglishMonths[m - 1]).toLower(), m);
            result.insert(QString::fromLatin1(DutchMonths[m - 1]), m);
            result.insert(QString::fromLatin1(SwedishMonths[m - 1]), m);
        }
        const char *const abbreviations[] = {"jan", "feb", "febr", "mar",  "mrt", "apr", "may", "jun",
                                             "jul", "aug", "sep",  "sept", "oct", "okt", "nov", "dec"};
        const int abbreviationMonths[] = {1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 9, 10, 10, 11, 12};
        for (std::size_t i = 0; i < std::size(abbreviations); ++i)
            result.insert(QString::fromLatin1(abbreviations[i]), abbreviationMonths[i]);
        return result;
    }();
    return months.value(name, 0);
}

// "3", "3e", "3rd", "3:e", "third", "derde", "tredje" -> 3; 0 when not an ordinal.
int ordinalNumber(const QString &ordinal)
{
    static const QHash<QString, int> words = {
        {QStringLiteral("first"), 1},  {QStringLiteral("second"), 2}, {QStringLiteral("third"), 3},
        {QStringLiteral("fourth"), 4}, {QStringLiteral("eerste"), 1}, {QStringLiteral("tweede"), 2},
        {QStringLiteral("derde"), 3},  {QStringLiteral("vierde"), 4}, {QStringLiteral("f\u00f6rsta"), 1},
        {QStringLiteral("andra"), 2},  {QStringLiteral("tredje"), 3}, {QStringLiteral("fj\u00e4rde"), 4},
    };
    if (const auto it = words.constFind(ordinal); it != words.constEnd())
        return it.value();
    int digits = 0;
    while (digits < ordinal.size() && ordinal.at(digits).isDigit())
        ++digits;
    return ordinal.left(digits).toInt();
}

int number(const QString &digits)
{
    bool ok = false;
    const int value = digits.toInt(&ok);
    return ok ? value : -1;
}

QString translatedMonthName(int month)
{
    return QCoreApplication::translate("FuzzyDate", EnglishMonths[month - 1]);
}

bool checkYear(int year, QString *reason)
{
    if (year >= MinYear && year <= MaxYear)
        return true;
    *reason = QCoreApplication::translate("FuzzyDate", "the year must be between %1 and %2")
                  .arg(QString::number(MinYear), QString::number(MaxYear));
    return false;
}

bool checkMonth(int month, QString *reason)
{
    if (month >= 1 && month <= 12)
        return true;
    *reason = QCoreApplication::translate("FuzzyDate", "there is no month %1; a month is 1 to 12")
                  .arg(QString::number(month));
    return false;
}

bool checkDay(int year, int month, int day, QString *reason)
{
    const int days = QDate(year, month, 1).daysInMonth();
    if (day >= 1 && day <= days)
        return true;
    if (day < 1)
        *reason = QCoreApplication::translate("FuzzyDate", "there is no day %1").arg(QString::number(day));
    else
        *reason = QCoreApplication::translate("FuzzyDate", "%1 %2 has only %3 days")
                      .arg(translatedMonthName(month), QString::number(year), QString::number(days));
    return false;
}

FuzzyDate makeDay(int year, int month, int day, QString *reason)
{
    if (!checkYear(year, reason) || !checkMonth(month, reason) || !checkDay(year, month, day, reason))
        return {};
    return FuzzyDate::day(year, month, day);
}

FuzzyDate makeMonth(int year, int month, QString *reason)
{
    if (!checkYear(year, reason) || !checkMonth(month, reason))
        return {};
    return FuzzyDate::month(year, month);
}

// The quarter (1 to 4) or, when half, the half year (1 or 2) of that index.
FuzzyDate makeQuarterOrHalf(bool half, int year, int index, QString *reason)
{
    if (!checkYear(year, reason))
        return {};
    if (index < 1 || index > (half ? 2 : 4)) {
        *reason = half ? QCoreApplication::translate("FuzzyDate", "a half year is H1 or H2")
                       : QCoreApplication::translate("FuzzyDate", "a quarter is Q1 to Q4");
        return {};
    }
    return half ? FuzzyDate::half(year, index) : FuzzyDate::quarter(year, index);
}

FuzzyDate makeYear(int year, QString *reason)
{
    if (!checkYear(year, reason))
        return {};
    return FuzzyDate::year(year);
}

// Lower case, single spaces, commas and dashes simplified.
QString normalised(const QString &text)
{
    QString result = text.toLower();
    result.replace(QLatin1Char(','), QLatin1Char(' '));
    result.replace(QChar(0x2013), QLatin1Char('-')); // en dash
    result.replace(QChar(0x2212), QLatin1Char('-')); // minus sign
    return result.simplified();
}

// The forms spreadsheets write most, read without regular expressions: 2023-09-12, 2023-09, 2024-Q3,
// 2025-H2, 2022, and day first 12-9-2023, 12/09/2023, 12.09.2023. Anything else, and anything out of
// range, is left to the general reader below (which also explains what is wrong).
std::optional<FuzzyDate> quickParse(QStringView text)
{
    int numbers[3] = {0, 0, 0};
    int digits[3] = {0, 0, 0};
    QChar separators[2];
    int groups = 0;
    QChar period;
    qsizetype i = 0;
    for (;;) {
        while (i < text.size() && text.at(i).unicode() >= '0' && text.at(i).unicode() <= '9' && digits[groups] < 4) {
            numbers[groups] = numbers[groups] * 10 + (text.at(i).unicode() - '0');
            ++digits[groups];
            ++i;
        }
        if (digits[groups] == 0)
            return std::nullopt;
        ++groups;
        if (i == text.size())
            break;
        if (groups == 3)
            return std::nullopt; // more after the third number
        const QChar separator = text.at(i);
        if (separator != QLatin1Char('-') && separator != QLatin1Char('/') && separator != QLatin1Char('.'))
            return std::nullopt;
        if (groups == 2 && separator != separators[0])
            return std::nullopt;
        separators[groups - 1] = separator;
        ++i;
        // 2024-Q3, 2025-H2
        if (groups == 1 && separator == QLatin1Char('-') && i + 2 == text.size() &&
            (text.at(i) == QLatin1Char('Q') || text.at(i) == QLatin1Char('H'))) {
            period = text.at(i);
            numbers[1] = text.at(i + 1).unicode() - '0';
            break;
        }
    }
    const auto year = [&](int value) { return value >= MinYear && value <= MaxYear; };
    if (!period.isNull()) {
        if (digits[0] != 4 || !year(numbers[0]))
            return std::nullopt;
        const FuzzyDate date = period == QLatin1Char('Q') ? FuzzyDate::quarter(numbers[0], numbers[1])
                                                          : FuzzyDate::half(numbers[0], numbers[1]);
        return date.isValid() ? std::optional<FuzzyDate>(date) : std::nullopt;
    }
    if (groups == 1)
        return digits[0] == 4 && year(numbers[0]) ? std::optional<FuzzyDate>(FuzzyDate::year(numbers[0]))
                                                  : std::nullopt;
    if (groups == 2) {
        if (digits[0] != 4 || digits[1] > 2 || !year(numbers[0]) || numbers[1] < 1 || numbers[1] > 12)
            return std::nullopt;
        return FuzzyDate::month(numbers[0], numbers[1]);
    }
    int y = numbers[2];
    int m = numbers[1];
    int d = numbers[0];
    if (digits[0] == 4 && digits[1] <= 2 && digits[2] <= 2) {
        y = numbers[0];
        d = numbers[2];
    } else if (digits[2] != 4 || digits[0] > 2 || digits[1] > 2) {
        return std::nullopt;
    }
    if (!year(y) || !QDate::isValid(y, m, d))
        return std::nullopt;
    return FuzzyDate::day(y, m, d);
}

// Tries every form on normalised text. A null result with an empty reason means no form matched.
FuzzyDate parseNormalised(const QString &text, QString *reason)
{
    // 2022
    static const QRegularExpression yearOnly(QStringLiteral("^([0-9]{1,6})$"));
    // 2023-09-12, 2023/09/12, 2023.09.12
    static const QRegularExpression isoDay(QStringLiteral("^([0-9]{4})([-/.])([0-9]{1,2})\\2([0-9]{1,2})$"));
    // 2023-09
    static const QRegularExpression isoMonth(QStringLiteral("^([0-9]{4})[-/.]([0-9]{1,2})$"));
    // 12-9-2023, 12/09/2023, 12.09.2023 (day first)
    static const QRegularExpression numericDay(QStringLiteral("^([0-9]{1,2})([-/.])([0-9]{1,2})\\2([0-9]{1,6})$"));
    // 09-2023, 9/2023
    static const QRegularExpression numericMonth(QStringLiteral("^([0-9]{1,2})[-/.]([0-9]{4})$"));
    // Q3 2024, K3 2024, H2 2025, Q3-2024
    static const QRegularExpression letterPeriod(QStringLiteral("^([qkh]) ?([0-9]{1,2})(?: ?[-/] ?| )([0-9]{1,6})$"));
    // 2024-Q3, 2025-H2, 2024 K3
    static const QRegularExpression isoPeriod(QStringLiteral("^([0-9]{4})(?: ?[-/] ?| )?([qkh]) ?([0-9]{1,2})$"));
    // 3e kwartaal 2024, 2e helft 2025, tweede helft 2025, third quarter of 2024, andra halvåret 2025
    static const QString units =
        QStringLiteral("quarter|kwartaal|kvartalet|kvartal|half|halfjaar|helft|halv\u00e5ret|halv\u00e5r");
    static const QRegularExpression ordinalPeriod(
        QStringLiteral("^([0-9]{1,2}(?:st|nd|rd|th|ste|de|e|:e|:a)?|first|second|third|fourth|eerste|tweede|derde|"
                       "vierde|f\u00f6rsta|andra|tredje|fj\u00e4rde) (") +
        units + QStringLiteral(")(?: of| van)? ([0-9]{1,6})$"));
    // kvartal 3 2024, quarter 3 2024, halvår 2 2025
    static const QRegularExpression unitPeriod(QStringLiteral("^(") + units +
                                               QStringLiteral(") ([0-9]{1,2}) ([0-9]{1,6})$"));
    // 12 September 2023, 12 sep. 2023, 12-Sep-2023, 1st September 2023, 1e september 2023
    static const QRegularExpression namedDay(QStringLiteral(
        "^([0-9]{1,2})(?:(?:st|nd|rd|th|ste|de|e|:e|:a)\\.?[ -]|\\.?[ -]?)(\\p{L}+)\\.?[ -]?([0-9]{1,6})$"));
    // September 12 2023, Sep 12th 2023 (the comma is gone by now)
    static const QRegularExpression namedDayUs(
        QStringLiteral("^(\\p{L}+)\\.? ([0-9]{1,2})(?:st|nd|rd|th)? ([0-9]{4})$"));
    // September 2023, sep. 2023, Sep-2023
    static const QRegularExpression namedMonth(QStringLiteral("^(\\p{L}+)\\.?[ -]?([0-9]{1,6})$"));

    reason->clear();
    QRegularExpressionMatch m;

    if ((m = yearOnly.match(text)).hasMatch())
        return makeYear(number(m.captured(1)), reason);

    if ((m = isoDay.match(text)).hasMatch())
        return makeDay(number(m.captured(1)), number(m.captured(3)), number(m.captured(4)), reason);

    if ((m = isoMonth.match(text)).hasMatch())
        return makeMonth(number(m.captured(1)), number(m.captured(2)), reason);

    if ((m = numericDay.match(text)).hasMatch()) {
        const int day = number(m.captured(1));
        const int month = number(m.captured(3));
        const int year = number(m.captured(4));
        if (month > 12 && day >= 1 && day <= 12 && year >= MinYear && year <= MaxYear) {
            *reason = QCoreApplication::translate("FuzzyDate", "there is no month %1; write the day before the month")
                          .arg(QString::number(month));
            return {};
        }
        return makeDay(year, month, day, reason);
    }

    if ((m = numericMonth.match(text)).hasMatch())
        return makeMonth(number(m.captured(2)), number(m.captured(1)), reason);

    const auto letterDate = [reason](QChar letter, int index, int year) {
        return makeQuarterOrHalf(letter == QLatin1Char('h'), year, index, reason);
    };
    if ((m = letterPeriod.match(text)).hasMatch())
        return letterDate(m.captured(1).at(0), number(m.captured(2)), number(m.captured(3)));
    if ((m = isoPeriod.match(text)).hasMatch())
        return letterDate(m.captured(2).at(0), number(m.captured(3)), number(m.captured(1)));

    const auto unitDate = [reason](const QString &unit, int index, int year) {
        const bool isHalf = unit.startsWith(QLatin1String("ha")) || unit.startsWith(QLatin1String("he"));
        return makeQuarterOrHalf(isHalf, year, index, reason);
    };
    if ((m = ordinalPeriod.match(text)).hasMatch())
        return unitDate(m.captured(2), ordinalNumber(m.captured(1)), number(m.captured(3)));
    if ((m = unitPeriod.match(text)).hasMatch())
        return unitDate(m.captured(1), number(m.captured(2)), number(m.captured(3)));

    const auto unknownMonth = [reason](const QString &word) {
        *reason = QCoreApplication::translate("FuzzyDate", "“%1” is not a month").arg(word);
        return FuzzyDate();
    };
    if ((m = namedDay.match(text)).hasMatch()) {
        const int month = monthNumber(m.captured(2));
        if (month == 0)
            return unknownMonth(m.captured(2));
        return makeDay(number(m.captured(3)), month, number(m.captured(1)), reason);
    }
    if ((m = namedDayUs.match(text)).hasMatch()) {
        if (const int month = monthNumber(m.captured(1)))
            return makeDay(number(m.captured(3)), month, number(m.captured(2)), reason);
    }
    if ((m = namedMonth.match(text)).hasMatch()) {
        const int month = monthNumber(m.captured(1));
        if (month != 0)
            return makeMonth(number(m.captured(2)), month, reason);
        if (m.captured(2).size() == 4)
            return unknownMonth(m.captured(1));
    }
    return {};
}

} // namespace

FuzzyDate::FuzzyDate(QDate anyDayInPeriod, Precision precision)
{
    if (!anyDayInPeriod.isValid())
        return; // stays null (with the default precision, so all nulls are equal)
    const int year = anyDayInPeriod.year();
    const int month = anyDayInPeriod.month();
    switch (precision) {
    case Precision::Day:
        m_first = anyDayInPeriod;
        break;
    case Precision::Month:
        m_first = QDate(year, month, 1);
        break;
    case Precision::Quarter:
        m_first = QDate(year, (month - 1) / 3 * 3 + 1, 1);
        break;
    case Precision::Half:
        m_first = QDate(year, month <= 6 ? 1 : 7, 1);
        break;
    case Precision::Year:
        m_first = QDate(year, 1, 1);
        break;
    }
    if (m_first.isValid())
        m_precision = precision;
}

FuzzyDate FuzzyDate::day(int year, int month, int day)
{
    return FuzzyDate(QDate(year, month, day), Precision::Day);
}

FuzzyDate FuzzyDate::month(int year, int month)
{
    if (month < 1 || month > 12)
        return {};
    return FuzzyDate(QDate(year, month, 1), Precision::Month);
}

FuzzyDate FuzzyDate::quarter(int year, int quarter)
{
    if (quarter < 1 || quarter > 4)
        return {};
    return FuzzyDate(QDate(year, quarter * 3 - 2, 1), Precision::Quarter);
}

FuzzyDate FuzzyDate::half(int year, int half)
{
    if (half < 1 || half > 2)
        return {};
    return FuzzyDate(QDate(year, half * 6 - 5, 1), Precision::Half);
}

FuzzyDate FuzzyDate::year(int year)
{
    return FuzzyDate(QDate(year, 1, 1), Precision::Year);
}

FuzzyDate FuzzyDate::parse(const QString &text, QString *errorMessage)
{
    const QString trimmed = text.trimmed();
    QString reason;
    if (const std::optional<FuzzyDate> quick = quickParse(trimmed)) {
        if (errorMessage)
            errorMessage->clear();
        return *quick;
    }
    const FuzzyDate date = trimmed.isEmpty() ? FuzzyDate() : parseNormalised(normalised(trimmed), &reason);
    if (errorMessage) {
        errorMessage->clear();
        if (date.isNull()) {
            if (trimmed.isEmpty())
                *errorMessage = QCoreApplication::translate("FuzzyDate", "No date given.");
            else if (reason.isEmpty())
                *errorMessage = QCoreApplication::translate("FuzzyDate", "“%1” is not a date.").arg(trimmed);
            else
                *errorMessage =
                    QCoreApplication::translate("FuzzyDate", "“%1” is not a date: %2.").arg(trimmed, reason);
            *errorMessage +=
                QLatin1Char(' ') + QCoreApplication::translate(
                                       "FuzzyDate", "Type e.g. 2024-09-12, September 2024, Q3 2024, H2 2024 or 2024.");
        }
    }
    return date;
}

QString FuzzyDate::isoDay(QDate date)
{
    if (!date.isValid())
        return {};
    const int year = date.year();
    const int month = date.month();
    const int day = date.day();
    if (year < 0 || year > 9999)
        return QStringLiteral("%1-%2-%3")
            .arg(year, 4, 10, QLatin1Char('0'))
            .arg(month, 2, 10, QLatin1Char('0'))
            .arg(day, 2, 10, QLatin1Char('0'));
    const char text[10] = {char('0' + year / 1000),
                           char('0' + year / 100 % 10),
                           char('0' + year / 10 % 10),
                           char('0' + year % 10),
                           '-',
                           char('0' + month / 10),
                           char('0' + month % 10),
                           '-',
                           char('0' + day / 10),
                           char('0' + day % 10)};
    return QString::fromLatin1(text, 10);
}

QString FuzzyDate::code() const
{
    if (isNull())
        return {};
    const QString day = isoDay(m_first);
    const QString year = day.chopped(6);
    switch (m_precision) {
    case Precision::Day:
        return day;
    case Precision::Month:
        return day.chopped(3);
    case Precision::Quarter:
        return year + QLatin1String("-Q") + QChar(u'0' + (m_first.month() + 2) / 3);
    case Precision::Half:
        return year + QLatin1String("-H") + QChar(u'0' + (m_first.month() + 5) / 6);
    case Precision::Year:
        return year;
    }
    return {};
}

FuzzyDate FuzzyDate::fromCode(const QString &code)
{
    // Read character by character (digitsAt): every stored date of every row read passes here.
    const qsizetype length = code.size();
    const int year = length == 4 || length == 7 || length == 10 ? digitsAt(code, 0, 4) : -1;
    if (year < 1)
        return {};
    if (length == 4)
        return FuzzyDate::year(year);
    if (code.at(4) != QLatin1Char('-'))
        return {};
    if (length == 7 && (code.at(5) == QLatin1Char('Q') || code.at(5) == QLatin1Char('H'))) {
        const int part = digitsAt(code, 6, 1);
        return code.at(5) == QLatin1Char('Q') ? quarter(year, part) : half(year, part);
    }
    const int monthNumber = digitsAt(code, 5, 2);
    if (monthNumber < 1 || monthNumber > 12)
        return {};
    if (length == 7)
        return month(year, monthNumber);
    const int dayNumber = code.at(7) == QLatin1Char('-') ? digitsAt(code, 8, 2) : -1;
    // Only days that exist: no "2023-02-30".
    if (!QDate::isValid(year, monthNumber, dayNumber))
        return {};
    return day(year, monthNumber, dayNumber);
}

QString FuzzyDate::toString() const
{
    return toString(UiLanguage::current());
}

QString FuzzyDate::toString(Language language) const
{
    if (isNull())
        return {};
    const QString year = QString::number(m_first.year());
    switch (m_precision) {
    case Precision::Day:
        return QString::number(m_first.day()) + QLatin1Char(' ') + monthName(language, m_first.month()) +
               QLatin1Char(' ') + year;
    case Precision::Month:
        return monthName(language, m_first.month()) + QLatin1Char(' ') + year;
    case Precision::Quarter: {
        const QString quarter = QString::number((m_first.month() + 2) / 3);
        switch (language) {
        case Language::English:
            return QLatin1Char('Q') + quarter + QLatin1Char(' ') + year;
        case Language::Dutch:
            return quarter + QLatin1String("e kwartaal ") + year;
        case Language::Swedish:
            return QLatin1Char('K') + quarter + QLatin1Char(' ') + year;
        }
        break;
    }
    case Precision::Half: {
        const QString half = QString::number((m_first.month() + 5) / 6);
        if (language == Language::Dutch)
            return half + QLatin1String("e helft ") + year;
        return QLatin1Char('H') + half + QLatin1Char(' ') + year;
    }
    case Precision::Year:
        return year;
    }
    return {};
}

QDate FuzzyDate::last() const
{
    switch (m_precision) {
    case Precision::Day:
        return m_first;
    case Precision::Month:
        return m_first.addMonths(1).addDays(-1);
    case Precision::Quarter:
        return m_first.addMonths(3).addDays(-1);
    case Precision::Half:
        return m_first.addMonths(6).addDays(-1);
    case Precision::Year:
        return m_first.addYears(1).addDays(-1);
    }
    return {};
}

FuzzyDate FuzzyDate::addUnits(int units) const
{
    if (isNull())
        return {};
    switch (m_precision) {
    case Precision::Day:
        return FuzzyDate(m_first.addDays(units), m_precision);
    case Precision::Month:
        return FuzzyDate(m_first.addMonths(units), m_precision);
    case Precision::Quarter:
        return FuzzyDate(m_first.addMonths(3 * units), m_precision);
    case Precision::Half:
        return FuzzyDate(m_first.addMonths(6 * units), m_precision);
    case Precision::Year:
        return FuzzyDate(m_first.addYears(units), m_precision);
    }
    return {};
}

QString FuzzyDate::precisionCode(Precision precision)
{
    static constexpr CodeTable<Precision, 5> Codes{{
        {Precision::Day, "day"},
        {Precision::Month, "month"},
        {Precision::Quarter, "quarter"},
        {Precision::Half, "half"},
        {Precision::Year, "year"},
    }};
    return codeIn(Codes, precision);
}
