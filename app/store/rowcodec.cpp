// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/rowcodec.h"

#include "domain/digits.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace RowCodec {

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

namespace {

// "2023-09-12T10:00:00.000Z", as timestamp() writes it, read character by character (every row
// read has two); an invalid QDateTime for anything else.
QDateTime storedTimestamp(const QString &text)
{
    if (text.size() != 24 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-') ||
        text.at(10) != QLatin1Char('T') || text.at(13) != QLatin1Char(':') || text.at(16) != QLatin1Char(':') ||
        text.at(19) != QLatin1Char('.') || text.at(23) != QLatin1Char('Z'))
        return {};
    const int year = digitsAt(text, 0, 4); // -1 for a non-digit, which QDate would take as the year 1 BC
    if (year < 0)
        return {};
    const QDate date(year, digitsAt(text, 5, 2), digitsAt(text, 8, 2));
    const QTime time(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2), digitsAt(text, 20, 3));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime timestampFrom(const QVariant &value)
{
    if (QDateTime stored = storedTimestamp(value.toString()); stored.isValid())
        return stored;
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.toUTC();
}

QString dateCode(const FuzzyDate &date)
{
    return date.code();
}

QVariant dateFirst(const FuzzyDate &date)
{
    return date.isValid() ? QVariant(FuzzyDate::isoDay(date.first())) : QVariant();
}

QVariant dateLast(const FuzzyDate &date)
{
    return date.isValid() ? QVariant(FuzzyDate::isoDay(date.last())) : QVariant();
}

FuzzyDate dateFrom(const QVariant &code)
{
    return FuzzyDate::fromCode(code.toString());
}

RowMeta metaFrom(const QSqlQuery &query, int idColumn, int firstMetaColumn)
{
    RowMeta meta;
    meta.id = query.value(idColumn).toLongLong();
    meta.createdAt = timestampFrom(query.value(firstMetaColumn));
    meta.updatedAt = timestampFrom(query.value(firstMetaColumn + 1));
    meta.version = query.value(firstMetaColumn + 2).toInt();
    return meta;
}

} // namespace RowCodec
