#pragma once

#include "store/database.h"
#include "domain/rowmeta.h"
#include "store/listquery.h"
#include "store/listwindow.h"

#include <QVariantList>

class QSqlQuery;

// What all repositories share: executing bound statements, inserting and updating rows with
// their metadata and optimistic locking, and turning a ListQuery into SQL.
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

    // Inserts with created_at/updated_at/version from meta (now and 1 when unset) and meta.id when set.
    Result<RowMeta> insertRow(const QString &table, const QStringList &columns, const QVariantList &values,
                              const RowMeta &meta) const;
    // Updates where id and version match; a missing row is NotFound, another version a Conflict.
    Result<RowMeta> updateRow(const QString &table, const RowMeta &meta, const QStringList &columns,
                              const QVariantList &values) const;
    // Deletes where id (and version, when > 0) match.
    Result<void> deleteRow(const QString &table, qint64 id, int version) const;

    // The search condition over several columns, or nothing for empty text.
    void addSearch(SqlClause &clause, const QString &text, const QStringList &columns) const;
    // " ORDER BY ... LIMIT ... OFFSET ..." for a sort expression (with the id as tie-breaker).
    static QString orderAndWindow(const QString &sortExpression, const ListQuery &query);

    // A sort key of a list: a column of the listed table, compared as case-insensitive text or as
    // it is. Lists sort by it, then by id; NULLs come first in ascending order.
    struct SortColumn
    {
        QString column;
        bool text = false;
    };
    QString orderExpression(const SortColumn &sort) const;
    // The ids of one window of the list "FROM table" + clause, sorted by `sort` then id. Keyset
    // windows (ListWindow::after/before) seek through the sort column's index.
    Result<QList<qint64>> windowIds(const QString &table, const SqlClause &clause, const SortColumn &sort,
                                    Qt::SortOrder order, const ListWindow &window) const;
    // Where row `id` stands in that list (0-based), or -1 when the clause leaves it out.
    Result<qint64> positionIn(const QString &table, const SqlClause &clause, const SortColumn &sort,
                              Qt::SortOrder order, qint64 id) const;
    // "?,?,?" for an IN list of ids, with the ids as bound values.
    static QString placeholders(int count);
    static QVariantList boundIds(const QList<qint64> &ids);
    static QString today();

    StoreError notFound(const QString &what, qint64 id) const;

private:
    Database &m_db;
};
