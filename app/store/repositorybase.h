// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/rowmeta.h"
#include "store/database.h"
#include "store/entityspec.h"
#include "store/listquery.h"
#include "store/listwindow.h"

#include <QJsonObject>
#include <QVariantList>

#include <functional>

class QSqlQuery;

// What all repositories share: executing bound statements, inserting and updating rows with
// their metadata and optimistic locking, and listing the rows of a ListSpec for a ListQuery.
class RepositoryBase
{
public:
    explicit RepositoryBase(Database &db)
        : m_db(db)
    {}

    Database &database() const { return m_db; }

protected:
    // A WHERE/ORDER/LIMIT clause built from a ListQuery, with its bound values.
    struct SqlClause
    {
        QStringList conditions;
        QVariantList values;

        void add(const QString &condition, const QVariantList &bound = {})
        {
            conditions << condition;
            values << bound;
        }
        QString where() const;
    };

    Result<void> exec(QSqlQuery &query, const QVariantList &values = {}) const;
    Result<qint64> count(const QString &fromAndWhere, const QVariantList &values) const;
    // Runs a query of one column and gives its values as text, in the query's order.
    Result<QStringList> texts(const QString &sql) const;

    // Each of the three writes the row's history entry (HistoryLog) in the same transaction, for the
    // tables whose records have a history.
    // Inserts with created_at/updated_at/version from meta (now and 1 when unset) and meta.id when set.
    Result<RowMeta> insertRow(const QString &table, const QStringList &columns, const QVariantList &values,
                              const RowMeta &meta) const;
    // Updates where id and version match; a missing row is NotFound, another version a Conflict.
    // `saveLists` rewrites the lists the record keeps in link tables (an agreement's parties), given the
    // row's new meta, after the row and before the entry is written, so that one entry holds every
    // changed field.
    Result<RowMeta> updateRow(const QString &table, const RowMeta &meta, const QStringList &columns,
                              const QVariantList &values,
                              const std::function<Result<void>(const RowMeta &stored)> &saveLists = nullptr) const;
    // Deletes where id (and version, when > 0) match.
    Result<void> deleteRow(const QString &table, qint64 id, int version) const;

    // The WHERE clause of a query over a spec: its search and its filters.
    SqlClause clauseFor(const ListSpec &spec, const ListQuery &query) const;
    // Runs "SELECT spec.columns" for the query's rows in list order, or for some ids in chunks, and
    // hands each row to `read`.
    using RowReader = std::function<void(const QSqlQuery &)>;
    Result<void> selectList(const ListSpec &spec, const ListQuery &query, const RowReader &read) const;
    Result<void> selectIds(const ListSpec &spec, const QList<qint64> &ids, const RowReader &read) const;
    Result<qint64> countList(const ListSpec &spec, const ListQuery &query) const;
    // The ids of one window of the list, sorted by the query's sort key then id. Keyset windows
    // (ListWindow::after/before) seek through the sort column's index.
    Result<QList<qint64>> windowIds(const ListSpec &spec, const ListQuery &query, const ListWindow &window) const;
    // Where row `id` stands in the list (0-based), or -1 when the query leaves it out.
    Result<qint64> positionIn(const ListSpec &spec, const ListQuery &query, qint64 id) const;
    // "?,?,?" for an IN list of ids, with the ids as bound values.
    static QString placeholders(int count);
    static QVariantList boundIds(const QList<qint64> &ids);
    static QString today();

    StoreError notFound(const QString &what, qint64 id) const;

private:
    // The update's entry: the written columns and the record's lists that differ from `before`.
    Result<void> recordUpdate(const QString &table, qint64 id, const QStringList &columns, const QVariantList &values,
                              const QJsonObject &before) const;
    void addSearch(SqlClause &clause, const QString &table, const QString &text) const;
    QString orderExpression(const SortColumn &sort, const QString &value) const;
    Result<QList<qint64>> windowIds(const QString &table, const SqlClause &clause, const SortColumn &sort,
                                    Qt::SortOrder order, const ListWindow &window) const;
    Result<qint64> positionIn(const QString &table, const SqlClause &clause, const SortColumn &sort,
                              Qt::SortOrder order, qint64 id) const;

    Database &m_db;
};
