// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entityfield.h"
#include "store/entityspec.h"
#include "store/rowcodec.h"

#include <QSqlQuery>

// The columns of an entity's own table, as its fields (T::fields()) say: what a row is read from,
// the values a record is written as, and the sort keys. A Date field keeps its code in its column
// and its first and/or last day beside it ("signed_on" -> "signed_first", "due" -> "due_last").
namespace FieldColumns {

inline QString boundColumn(const char *column, DateBound bound)
{
    QString base = QString::fromLatin1(column);
    if (base.endsWith(QLatin1String("_on")))
        base.chop(3);
    return base + (bound == FirstDay ? QLatin1String("_first") : QLatin1String("_last"));
}

template<typename T>
QList<const EntityField<T> *> stored()
{
    QList<const EntityField<T> *> fields;
    for (const EntityField<T> &field : T::fields())
        if (field.isColumn())
            fields << &field;
    return fields;
}

// "id, <the fields' columns>, created_at, updated_at, version"
template<typename T>
QString selected()
{
    QStringList columns{QStringLiteral("id")};
    for (const EntityField<T> *field : stored<T>())
        columns << field->key();
    columns << QStringLiteral("created_at") << QStringLiteral("updated_at") << QStringLiteral("version");
    return columns.join(QStringLiteral(", "));
}

// One field of a record from its column's value.
template<typename T>
void read(T &record, const EntityField<T> &field, const QVariant &value)
{
    if (field.kind == FieldKind::Date)
        record.*(field.date) = RowCodec::dateFrom(value); // a date's code
    else
        field.setValue(record, value);
}

template<typename T>
T decode(const QSqlQuery &query)
{
    static const QList<const EntityField<T> *> fields = stored<T>();
    T record;
    record.meta = RowCodec::metaFrom(query, 0, int(fields.size()) + 1);
    int column = 1;
    for (const EntityField<T> *field : fields)
        read(record, *field, query.value(column++));
    return record;
}

// Some of an entity's fields, for reads that need only those (long texts stay on disk): `columns`
// is "id, <their columns>", and decode() reads a record from such a row, its other fields left at
// their defaults.
template<typename T>
struct Subset
{
    QList<const EntityField<T> *> fields;
    QString columns;

    T decode(const QSqlQuery &query) const
    {
        T record;
        record.meta.id = query.value(0).toLongLong();
        int column = 1;
        for (const EntityField<T> *field : fields)
            read(record, *field, query.value(column++));
        return record;
    }
};

// The fields named by their keys ("title", "due", ...).
template<typename T>
Subset<T> subsetOf(const QStringList &keys)
{
    Subset<T> subset;
    QStringList columns{QStringLiteral("id")};
    for (const EntityField<T> *field : stored<T>()) {
        if (keys.contains(field->key())) {
            subset.fields << field;
            columns << field->key();
        }
    }
    Q_ASSERT(subset.fields.size() == keys.size());
    subset.columns = columns.join(QStringLiteral(", "));
    return subset;
}

// The columns a record is written to, in the order of encode()'s values.
template<typename T>
QStringList written()
{
    QStringList columns;
    for (const EntityField<T> *field : stored<T>()) {
        columns << field->key();
        for (DateBound bound : {FirstDay, LastDay})
            if (field->kind == FieldKind::Date && (field->bounds & bound))
                columns << boundColumn(field->column, bound);
    }
    return columns;
}

template<typename T>
QVariantList encode(const T &record)
{
    static const QList<const EntityField<T> *> fields = stored<T>();
    QVariantList values;
    for (const EntityField<T> *field : fields) {
        switch (field->kind) {
        case FieldKind::Line:
            values << (record.*(field->text)).trimmed();
            break;
        case FieldKind::Text:
            values << record.*(field->text);
            break;
        case FieldKind::Country:
            values << (record.*(field->text)).trimmed().toUpper();
            break;
        case FieldKind::Choice:
            values << field->codeOf(record);
            break;
        case FieldKind::Date: {
            const FuzzyDate &date = record.*(field->date);
            values << RowCodec::dateCode(date);
            if (field->bounds & FirstDay)
                values << RowCodec::dateFirst(date);
            if (field->bounds & LastDay)
                values << RowCodec::dateLast(date);
            break;
        }
        case FieldKind::Reference: {
            // A required reference is written as it is, so that the store refuses a missing one.
            const qint64 id = record.*(field->id);
            values << (id > 0 || field->has(Required) ? QVariant(id) : QVariant());
            break;
        }
        default:
            break;
        }
    }
    return values;
}

// The sort keys of the fields the store sorts by (named by their columns; a field that is not a column by
// the column the schema keeps for it), with created_at and updated_at.
template<typename T>
QMap<QString, SortColumn> sortKeys()
{
    QMap<QString, SortColumn> keys;
    for (const EntityField<T> *field : stored<T>()) {
        if (field->has(Unsorted))
            continue;
        switch (field->kind) {
        case FieldKind::Line:
            keys.insert(field->key(), {field->key(), !field->has(PlainSort)});
            break;
        case FieldKind::Country:
        case FieldKind::Choice:
            keys.insert(field->key(), {field->key(), false});
            break;
        case FieldKind::Date:
            keys.insert(field->key(),
                        {boundColumn(field->column, (field->bounds & FirstDay) ? FirstDay : LastDay), false});
            break;
        default:
            break;
        }
    }
    for (const EntityField<T> &field : T::fields())
        if (field.sortColumn && !field.has(Unsorted))
            keys.insert(field.key(), {QString::fromLatin1(field.sortColumn), field.sortsAsText});
    keys.insert(QStringLiteral("created_at"), {QStringLiteral("created_at"), false});
    keys.insert(QStringLiteral("updated_at"), {QStringLiteral("updated_at"), false});
    return keys;
}

// An entity's spec with its columns, decoding, encoding and sort keys taken from its fields.
template<typename T>
EntitySpec<T> specOf(const char *table, QList<ListFilter> filters, const char *defaultSortKey)
{
    EntitySpec<T> spec;
    spec.table = QString::fromLatin1(table);
    spec.columns = selected<T>();
    spec.filters = std::move(filters);
    spec.sortKeys = sortKeys<T>();
    spec.defaultSortKey = QString::fromLatin1(defaultSortKey);
    spec.decode = &decode<T>;
    spec.writeColumns = written<T>();
    spec.encode = &encode<T>;
    return spec;
}

} // namespace FieldColumns
