#include "repositorybase.h"

#include "rowcodec.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>

QString RepositoryBase::SqlClause::where() const
{
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<void> RepositoryBase::exec(QSqlQuery &query, const QVariantList &values) const
{
    // Text is never NULL (a null QString would bind as NULL); NULL is an invalid QVariant.
    static const QString emptyText = QStringLiteral("");
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(i, nullText ? QVariant(emptyText) : value);
    }
    if (!query.exec())
        return Database::sqlError(query);
    return {};
}

Result<qint64> RepositoryBase::count(const QString &fromAndWhere, const QVariantList &values) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT count(*) ") + fromAndWhere);
    if (auto r = exec(query, values); !r)
        return r.error();
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<RowMeta> RepositoryBase::insertRow(const QString &table, const QStringList &columns, const QVariantList &values,
                                          const RowMeta &meta) const
{
    RowMeta stored = meta;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!stored.createdAt.isValid())
        stored.createdAt = now;
    if (!stored.updatedAt.isValid())
        stored.updatedAt = stored.createdAt;
    if (stored.version <= 0)
        stored.version = 1;

    QStringList allColumns = columns;
    QVariantList allValues = values;
    allColumns << QStringLiteral("created_at") << QStringLiteral("updated_at") << QStringLiteral("version");
    allValues << RowCodec::timestamp(stored.createdAt) << RowCodec::timestamp(stored.updatedAt) << stored.version;
    if (stored.id > 0) {
        allColumns.prepend(QStringLiteral("id"));
        allValues.prepend(stored.id);
    }
    QStringList marks;
    for (int i = 0; i < allColumns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query =
        m_db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                         .arg(table, allColumns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    if (auto r = exec(query, allValues); !r)
        return r.error();
    if (stored.id <= 0)
        stored.id = query.lastInsertId().toLongLong();
    m_db.touch(table);
    return stored;
}

Result<RowMeta> RepositoryBase::updateRow(const QString &table, const RowMeta &meta, const QStringList &columns,
                                          const QVariantList &values) const
{
    RowMeta stored = meta;
    stored.updatedAt = QDateTime::currentDateTimeUtc();
    stored.version = meta.version + 1;
    QStringList assignments;
    for (const QString &column : columns)
        assignments << column + QStringLiteral(" = ?");
    assignments << QStringLiteral("updated_at = ?") << QStringLiteral("version = version + 1");
    QVariantList allValues = values;
    allValues << RowCodec::timestamp(stored.updatedAt) << meta.id << meta.version;
    QSqlQuery query = m_db.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND version = ?")
                                       .arg(table, assignments.join(QStringLiteral(", "))));
    if (auto r = exec(query, allValues); !r)
        return r.error();
    if (query.numRowsAffected() == 1) {
        m_db.touch(table);
        return stored;
    }
    const Result<qint64> exists = count(QStringLiteral("FROM %1 WHERE id = ?").arg(table), {meta.id});
    if (exists && *exists == 0)
        return notFound(table, meta.id);
    return StoreError{StoreError::Kind::Conflict,
                      QCoreApplication::translate("Repository", "Someone else changed this %1 (#%2) since you "
                                                                "opened it; reload it and make your change again.")
                          .arg(table)
                          .arg(meta.id)};
}

Result<void> RepositoryBase::deleteRow(const QString &table, qint64 id, int version) const
{
    QSqlQuery query =
        m_db.prepare(version > 0 ? QStringLiteral("DELETE FROM %1 WHERE id = ? AND version = ?").arg(table)
                                 : QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    QVariantList values{id};
    if (version > 0)
        values << version;
    if (auto r = exec(query, values); !r)
        return r;
    if (query.numRowsAffected() == 1) {
        m_db.touch(table);
        return {};
    }
    const Result<qint64> exists = count(QStringLiteral("FROM %1 WHERE id = ?").arg(table), {id});
    if (exists && *exists == 0)
        return notFound(table, id);
    return StoreError{StoreError::Kind::Conflict,
                      QCoreApplication::translate("Repository", "Someone else changed this %1 (#%2) since you "
                                                                "opened it; it was not deleted.")
                          .arg(table)
                          .arg(id)};
}

void RepositoryBase::addSearch(SqlClause &clause, const QString &text, const QStringList &columns) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    const QString pattern = SqlDialect::escapeLike(trimmed);
    QStringList alternatives;
    QVariantList values;
    for (const QString &column : columns) {
        alternatives << m_db.dialect().containsCondition(column, QStringLiteral("?"));
        values << pattern;
    }
    clause.add(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'), values);
}

QString RepositoryBase::orderAndWindow(const QString &sortExpression, const ListQuery &query)
{
    const QString direction = query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString sql = QStringLiteral(" ORDER BY %1 %2, id %2").arg(sortExpression, direction);
    if (query.limit >= 0 || query.offset > 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(qMax(0, query.offset));
    return sql;
}

QString RepositoryBase::today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

StoreError RepositoryBase::notFound(const QString &what, qint64 id) const
{
    return {
        StoreError::Kind::NotFound,
        QCoreApplication::translate("Repository", "There is no %1 #%2 (it may have been deleted).").arg(what).arg(id)};
}
