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

QDateTime timestampFrom(const QVariant &value)
{
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
