// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlQuery;

// A sort key of a list: a column of the listed table, compared as case-insensitive text or as
// it is; or a column of the row of `joinTable` that the listed table's `joinKey` refers to (a
// milestone's agreement title), through that table's index. Lists sort by it, then by the id of the
// joined row, then by id; NULLs come first in ascending order.
struct SortColumn
{
    QString column;
    bool text = false;
    QString joinTable = {};
    QString joinKey = {};
};

// A filter of a list (a key of ListQuery::filters): a condition on the listed table with one
// bound value, made from the filter's text.
struct ListFilter
{
    enum class Value
    {
        Text,  // the text as it is
        Upper, // the text in upper case (country codes)
        Id,    // the text as a row id
        Today, // applies only when the text is "1", and binds today's ISO date
    };

    QString key;
    QString condition; // with one "?"
    Value value = Value::Text;
    // A column the text is compared with ignoring case: the condition's "%1" is that comparison.
    QString columnIgnoringCase = QString();
};

// How the rows of one entity are listed: its table, the columns a row is read from (id first,
// created_at, updated_at and version last), its filters and its sort keys (a search looks in the
// table's TextSearch index), with the key used when a query names none or an unknown one.
struct ListSpec
{
    QString table;
    QString columns;
    QList<ListFilter> filters;
    QMap<QString, SortColumn> sortKeys;
    QString defaultSortKey;
};

// One entity as the store keeps it: how its rows are listed, how a row of those columns is read
// into a T, and the columns a T is written to (all but id, created_at, updated_at and version)
// with the function that gives their values, in that order.
template<typename T>
struct EntitySpec : ListSpec
{
    T (*decode)(const QSqlQuery &query) = nullptr;
    QStringList writeColumns;
    QVariantList (*encode)(const T &record) = nullptr;
};
