// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqldialect.h"

#include <QList>
#include <QString>
#include <QStringList>

// The rules a portfolio's stored values follow beyond their types: coded columns hold a code of
// domain/enums.h, FuzzyDate columns a date code with matching first/last days, countries an ISO code,
// versions a number of 1 or more. One home for both the schema's CHECK constraints and the content
// check (ContentCheck), which finds in a file what those constraints refuse, and more.
namespace ColumnRules {

// A column holding a code of one of the enums.
struct CodedColumn
{
    QString table;
    QString column;
    QStringList codes;
    bool emptyAllowed = false;
};
QList<CodedColumn> codedColumns();

// A FuzzyDate stored as its code, with the ISO first and/or last day beside it (either may be absent).
struct DateColumn
{
    QString table;
    QString code;
    QString first;
    QString last;
};
QList<DateColumn> dateColumns();

// A column holding an upper-case ISO 3166-1 alpha-2 code, or nothing.
struct CountryColumn
{
    QString table;
    QString column;
};
QList<CountryColumn> countryColumns();

// A CHECK constraint on one column: its name, the SQL condition in the dialect, and what it allows
// in words for the user.
struct Check
{
    QString name;
    QString column;
    QString condition;
    QString allowed;
};
QList<Check> checksOf(const QString &table, const SqlDialect &dialect);

// What a FuzzyDate code column and a country column allow, in words.
QString allowedDateCodes();
QString allowedCountries();

} // namespace ColumnRules
