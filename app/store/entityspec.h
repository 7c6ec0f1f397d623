#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class QSqlQuery;

// A sort key of a list: a column of the listed table, compared as case-insensitive text or as
// it is. Lists sort by it, then by id; NULLs come first in ascending order.
struct SortColumn
{
    QString column;
    bool text = false;
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
};

// How the rows of one entity are listed: its table, the columns a row is read from (id first,
// created_at, updated_at and version last), the columns a search looks in, its filters and its
// sort keys, with the key used when a query names none or an unknown one.
struct ListSpec
{
    QString table;
    QString columns;
    QStringList searchColumns;
    QList<ListFilter> filters;
    QMap<QString, SortColumn> sortKeys;
    QString defaultSortKey;
};

// A ListSpec with the function that reads one row of those columns into a T.
template<typename T>
struct EntitySpec : ListSpec
{
    T (*decode)(const QSqlQuery &query) = nullptr;
};
