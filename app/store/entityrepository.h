// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/entityspec.h"
#include "store/repositorybase.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>

#include <functional>

// The lists every repository of an entity offers, over the entity's spec: one row, all rows of
// a query, how many there are, the ids of one window of them, a row's position among them, and
// the rows of some ids. One row and the rows of some ids come with their details (addDetails).
template<typename T>
class EntityRepository : public RepositoryBase
{
public:
    // The record's own rule (T::problem()) as the store reports it.
    static Result<void> validate(const T &record)
    {
        if (const QString problem = record.problem(); !problem.isEmpty())
            return StoreError{StoreError::Kind::Invalid, problem};
        return {};
    }
    // Stores a new record with its details in one transaction, and reads it back.
    Result<T> create(const T &record) const
    {
        if (auto r = validate(record); !r)
            return r.error();
        qint64 id = 0;
        const Result<void> done = database().write([&]() -> Result<void> {
            if (auto r = checkWrite(record); !r)
                return r;
            const Result<RowMeta> meta = insertRecord(record);
            if (!meta)
                return meta.error();
            id = meta->id;
            T stored = record;
            stored.meta = *meta;
            return saveDetails(stored);
        });
        if (!done)
            return done.error();
        return get(id);
    }
    // Writes a record over its row, refused when the row changed since the record was read
    // (its version), and reads it back.
    Result<T> update(const T &record) const
    {
        if (auto r = validate(record); !r)
            return r.error();
        const Result<void> done = database().write([&]() -> Result<void> {
            if (auto r = checkWrite(record); !r)
                return r;
            const Result<RowMeta> meta = updateRecord(record, [&](const RowMeta &written) {
                T stored = record;
                stored.meta = written;
                return saveDetails(stored);
            });
            if (!meta)
                return meta.error();
            return {};
        });
        if (!done)
            return done.error();
        return get(record.meta.id);
    }
    Result<T> get(qint64 id) const
    {
        Result<QList<T>> rows = getMany({id});
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            return notFound(m_spec->table, id);
        return rows->constFirst();
    }
    Result<QList<T>> list(const ListQuery &query = {}) const
    {
        QList<T> rows;
        if (auto r = selectList(*m_spec, query, [&](const QSqlQuery &q) { rows.append(m_spec->decode(q)); }); !r)
            return r.error();
        return rows;
    }
    // Every row of a query (or of its window, with a limit), in order and with their details, handed
    // to `use` in batches: read in one pass, for exports of whole tables.
    Result<void> eachBatch(const ListQuery &query, const std::function<void(const QList<T> &)> &use,
                           int batchSize = 2000) const
    {
        QList<T> batch;
        Result<void> details;
        const auto flush = [&] {
            if (details)
                details = addDetails(batch);
            if (details)
                use(batch);
            batch.clear();
        };
        const auto read = [&](const QSqlQuery &q) {
            batch.append(m_spec->decode(q));
            if (batch.size() >= batchSize)
                flush();
        };
        if (auto r = selectList(*m_spec, query, read); !r)
            return r;
        if (!batch.isEmpty())
            flush();
        return details;
    }
    Result<qint64> count(const ListQuery &query = {}) const { return countList(*m_spec, query); }
    // Paging for long lists: the ids of one window of the list, a row's position in it (-1 when
    // the query leaves it out), and the rows of some ids in the order given (unknown ids left out).
    Result<QList<qint64>> ids(const ListQuery &query, const ListWindow &window) const
    {
        return windowIds(*m_spec, query, window);
    }
    Result<qint64> position(const ListQuery &query, qint64 id) const { return positionIn(*m_spec, query, id); }
    Result<QList<T>> getMany(const QList<qint64> &ids) const
    {
        QHash<qint64, T> found;
        const auto read = [&](const QSqlQuery &q) {
            T row = m_spec->decode(q);
            found.insert(row.meta.id, row);
        };
        if (auto r = selectIds(*m_spec, ids, read); !r)
            return r.error();
        QList<T> rows;
        for (qint64 id : ids)
            if (const auto it = found.constFind(id); it != found.constEnd())
                rows.append(*it);
        if (auto r = addDetails(rows); !r)
            return r.error();
        return rows;
    }

    // The record as it is now with some of its fields set to other values (columns as the history
    // names them: codes, FuzzyDate codes, ids; and its lists), ready to be written as an ordinary
    // update: how a previous value or version is restored from the history.
    Result<T> withValues(qint64 id, const QJsonObject &values) const
    {
        QStringList select;
        QVariantList bound;
        for (const QString &column : m_spec->columns.split(QStringLiteral(", "))) {
            if (column != QLatin1String("id") && values.contains(column)) {
                const QJsonValue value = values.value(column);
                select << QStringLiteral("? AS ") + column;
                bound << (value.isNull() || value.isUndefined() ? QVariant()
                          : value.isDouble()                    ? QVariant(value.toInteger())
                                                                : QVariant(value.toString()));
            } else {
                select << column;
            }
        }
        bound << id;
        QSqlQuery q = database().prepare(
            QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(select.join(QStringLiteral(", ")), m_spec->table));
        if (auto r = exec(q, bound); !r)
            return r.error();
        if (!q.next())
            return notFound(m_spec->table, id);
        QList<T> rows{m_spec->decode(q)};
        if (auto r = addDetails(rows); !r)
            return r.error();
        applyLists(rows.first(), values);
        return rows.constFirst();
    }

protected:
    EntityRepository(Database &db, const EntitySpec<T> &spec)
        : RepositoryBase(db)
        , m_spec(&spec)
    {}
    ~EntityRepository() = default;

    const EntitySpec<T> &spec() const { return *m_spec; }
    // Writes a record's columns as a new row, or over its row (RepositoryBase::insertRow, updateRow).
    Result<RowMeta> insertRecord(const T &record) const
    {
        return insertRow(m_spec->table, m_spec->writeColumns, m_spec->encode(record), record.meta);
    }
    Result<RowMeta> updateRecord(const T &record,
                                 const std::function<Result<void>(const RowMeta &stored)> &saveLists = nullptr) const
    {
        return updateRow(m_spec->table, record.meta, m_spec->writeColumns, m_spec->encode(record), saveLists);
    }
    // What a write must also find true, inside its transaction (a partner's name unique in its country).
    virtual Result<void> checkWrite(const T & /*record*/) const { return {}; }
    // Saves what a record keeps in other tables, after its row was written.
    virtual Result<void> saveDetails(const T & /*record*/) const { return {}; }
    // Loads what a row keeps in other tables (an agreement's parties, an event's participants).
    virtual Result<void> addDetails(QList<T> & /*rows*/) const { return {}; }
    // Sets the lists among `values` (HistoryLog's "parties", "themes", ...) on a record.
    virtual void applyLists(T & /*record*/, const QJsonObject & /*values*/) const {}

private:
    const EntitySpec<T> *m_spec;
};
