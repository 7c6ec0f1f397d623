// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/rowcodec.h"

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
    const auto number = [&text](int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const int year = number(0, 4); // -1 for a non-digit, which QDate would take as the year 1 BC
    if (year < 0)
        return {};
    const QDate date(year, number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
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
