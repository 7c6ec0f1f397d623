// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fuzzydate.h"
#include "domain/rowmeta.h"

#include <QDateTime>
#include <QVariant>

class QSqlQuery;

// Conversions between domain values and the column values the store keeps.
namespace RowCodec {

// Timestamps are UTC ISO 8601 text with milliseconds ("2023-09-12T10:00:00.000Z").
QString timestamp(const QDateTime &time);
QDateTime timestampFrom(const QVariant &value);

// A FuzzyDate is kept as its code plus ISO first/last days (NULL when the date is null).
QString dateCode(const FuzzyDate &date);
QVariant dateFirst(const FuzzyDate &date);
QVariant dateLast(const FuzzyDate &date);
FuzzyDate dateFrom(const QVariant &code);

// Reads created_at, updated_at, version from three consecutive columns, and id from idColumn.
RowMeta metaFrom(const QSqlQuery &query, int idColumn, int firstMetaColumn);

} // namespace RowCodec
