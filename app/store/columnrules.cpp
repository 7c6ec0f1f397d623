// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/columnrules.h"

#include "domain/enums.h"
#include "store/database.h"

#include <QCoreApplication>

namespace ColumnRules {

namespace {

template<typename E>
QStringList codesOf()
{
    QStringList codes;
    for (const E value : allValues<E>())
        codes << codeOf(value);
    return codes;
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

const QString Year = QStringLiteral("[0-9][0-9][0-9][0-9]");
const QString Month = QStringLiteral("[01][0-9]");
const QString Day = QStringLiteral("[0-3][0-9]");

QString isDay(const SqlDialect &dialect, const QString &column)
{
    return dialect.matchesPattern(column, {Year + QLatin1Char('-') + Month + QLatin1Char('-') + Day},
                                  QStringLiteral("^[0-9]{4}-[01][0-9]-[0-3][0-9]$"));
}

QString isDateCode(const SqlDialect &dialect, const QString &column)
{
    return QStringLiteral("(%1 = '' OR %2)")
        .arg(column, dialect.matchesPattern(column,
                                            {Year, Year + QStringLiteral("-Q[1-4]"), Year + QStringLiteral("-H[12]"),
                                             Year + QLatin1Char('-') + Month,
                                             Year + QLatin1Char('-') + Month + QLatin1Char('-') + Day},
                                            QStringLiteral("^[0-9]{4}(-Q[1-4]|-H[12]|-[01][0-9](-[0-3][0-9])?)?$")));
}

// A first or last day: NULL exactly when the code is empty, otherwise a day.
QString isDayOfCode(const SqlDialect &dialect, const QString &day, const QString &code)
{
    return QStringLiteral("((%1 = '') = (%2 IS NULL) AND (%2 IS NULL OR %3))").arg(code, day, isDay(dialect, day));
}

QString name(const QString &table, const QString &column)
{
    return table + QLatin1Char('_') + column + QStringLiteral("_check");
}

} // namespace

QList<CodedColumn> codedColumns()
{
    return {
        {QStringLiteral("partner"), QStringLiteral("kind"), codesOf<PartnerKind>(), false},
        {QStringLiteral("agreement"), QStringLiteral("kind"), codesOf<AgreementKind>(), false},
        {QStringLiteral("agreement"), QStringLiteral("status"), codesOf<AgreementStatus>(), false},
        {QStringLiteral("agreement_party"), QStringLiteral("role"), codesOf<PartyRole>(), false},
        {QStringLiteral("milestone"), QStringLiteral("status"), codesOf<MilestoneStatus>(), false},
        {QStringLiteral("milestone_change"), QStringLiteral("old_status"), codesOf<MilestoneStatus>(), true},
        {QStringLiteral("milestone_change"), QStringLiteral("new_status"), codesOf<MilestoneStatus>(), true},
    };
}

QList<DateColumn> dateColumns()
{
    return {
        {QStringLiteral("event"), QStringLiteral("date"), QStringLiteral("date_first"), QStringLiteral("date_last")},
        {QStringLiteral("agreement"), QStringLiteral("signed_on"), QStringLiteral("signed_first"), {}},
        {QStringLiteral("agreement"), QStringLiteral("starts_on"), QStringLiteral("starts_first"), {}},
        {QStringLiteral("agreement"), QStringLiteral("ends_on"), {}, QStringLiteral("ends_last")},
        {QStringLiteral("agreement_party"), QStringLiteral("signed_on"), QStringLiteral("signed_first"), {}},
        {QStringLiteral("milestone"), QStringLiteral("due"), QStringLiteral("due_first"), QStringLiteral("due_last")},
        {QStringLiteral("milestone"), QStringLiteral("achieved_on"), QStringLiteral("achieved_first"), {}},
        {QStringLiteral("milestone_change"), QStringLiteral("old_due"), {}, {}},
        {QStringLiteral("milestone_change"), QStringLiteral("new_due"), {}, {}},
    };
}

QList<CountryColumn> countryColumns()
{
    return {{QStringLiteral("partner"), QStringLiteral("country")}};
}

QString allowedDateCodes()
{
    return QCoreApplication::translate("ColumnRules",
                                       "a date code such as 2024, 2024-H2, 2024-Q3, 2024-09 or 2024-09-12, or nothing");
}

QString allowedCountries()
{
    return QCoreApplication::translate(
        "ColumnRules", "a two-letter ISO 3166-1 country code in upper case, such as NL or SE, or nothing");
}

QList<Check> checksOf(const QString &table, const SqlDialect &dialect)
{
    QList<Check> checks;
    for (const CodedColumn &coded : codedColumns()) {
        if (coded.table != table)
            continue;
        QStringList values;
        for (const QString &code : coded.codes)
            values << quoted(code);
        if (coded.emptyAllowed)
            values << quoted(QString());
        QStringList allowed = coded.codes;
        if (coded.emptyAllowed)
            allowed << QCoreApplication::translate("ColumnRules", "nothing");
        checks << Check{name(table, coded.column), coded.column,
                        QStringLiteral("%1 IN (%2)").arg(coded.column, values.join(QStringLiteral(", "))),
                        allowed.join(QStringLiteral(", "))};
    }
    for (const DateColumn &date : dateColumns()) {
        if (date.table != table)
            continue;
        checks << Check{name(table, date.code), date.code, isDateCode(dialect, date.code), allowedDateCodes()};
        const QString dayAllowed = QCoreApplication::translate(
            "ColumnRules", "the day the date code begins or ends with (YYYY-MM-DD), nothing when it is "
                           "empty");
        if (!date.first.isEmpty())
            checks << Check{name(table, date.first), date.first, isDayOfCode(dialect, date.first, date.code),
                            dayAllowed};
        if (!date.last.isEmpty()) {
            QString condition = isDayOfCode(dialect, date.last, date.code);
            if (!date.first.isEmpty())
                condition = QStringLiteral("(%1 AND (%2 IS NULL OR %3 IS NULL OR %2 <= %3))")
                                .arg(condition, date.first, date.last);
            checks << Check{name(table, date.last), date.last, condition, dayAllowed};
        }
    }
    for (const CountryColumn &country : countryColumns()) {
        if (country.table != table)
            continue;
        checks << Check{name(table, country.column), country.column,
                        QStringLiteral("(%1 = '' OR (length(%1) = 2 AND %2))")
                            .arg(country.column, dialect.matchesPattern(country.column, {QStringLiteral("[A-Z][A-Z]")},
                                                                        QStringLiteral("^[A-Z]{2}$"))),
                        allowedCountries()};
    }
    if (Database::allTables().contains(table))
        checks << Check{name(table, QStringLiteral("version")), QStringLiteral("version"),
                        QStringLiteral("version >= 1"),
                        QCoreApplication::translate("ColumnRules", "a whole number of 1 or more")};
    return checks;
}

} // namespace ColumnRules
