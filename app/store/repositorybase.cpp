// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/repositorybase.h"

#include "store/historylog.h"
#include "store/keptcolumns.h"
#include "store/rowcodec.h"
#include "store/textsearch.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>

#include <algorithm>

QString RepositoryBase::SqlClause::where() const
{
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<QStringList> RepositoryBase::texts(const QString &sql) const
{
    QSqlQuery query = m_db.prepare(sql);
    if (auto r = exec(query); !r)
        return r.error();
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
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
    if (const Database::StatementTrace &trace = m_db.statementTrace())
        trace(query.lastQuery(), values);
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
    const bool givenId = stored.id > 0;
    if (!givenId)
        stored.id = m_db.dialect().insertedId(query);
    m_db.touch(table);
    if (HistoryLog::isRecorded(table) && m_db.recordsHistory()) {
        const Result<void> recorded = givenId ? HistoryLog::addCreated(m_db, table, stored.id)
                                              : HistoryLog::add(m_db, table, stored.id, HistoryEntry::Action::Create);
        if (!recorded)
            return recorded.error();
    }
    return stored;
}

Result<RowMeta> RepositoryBase::updateRow(const QString &table, const RowMeta &meta, const QStringList &columns,
                                          const QVariantList &values,
                                          const std::function<Result<void>(const RowMeta &stored)> &saveLists) const
{
    const bool recording = HistoryLog::isRecorded(table) && m_db.recordsHistory();
    QJsonObject before;
    if (recording) {
        const Result<QJsonObject> row = HistoryLog::row(m_db, table, meta.id);
        const Result<QJsonObject> lists = HistoryLog::details(m_db, table, meta.id);
        if (!row)
            return row.error();
        if (!lists)
            return lists.error();
        for (int i = 0; i < columns.size(); ++i)
            if (HistoryLog::isRecordedColumn(table, columns.at(i)))
                before.insert(columns.at(i), row->value(columns.at(i)));
        for (auto it = lists->constBegin(); it != lists->constEnd(); ++it)
            before.insert(it.key(), it.value());
    }
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
        if (saveLists)
            if (auto r = saveLists(stored); !r)
                return r.error();
        if (recording)
            if (auto r = recordUpdate(table, meta.id, columns, values, before); !r)
                return r.error();
        return stored;
    }
    const Result<qint64> exists = count(QStringLiteral("FROM %1 WHERE id = ?").arg(table), {meta.id});
    if (exists && *exists == 0)
        return notFound(table, meta.id);
    return StoreError{StoreError::Kind::Conflict,
                      QCoreApplication::translate("Repository", "Someone else changed this record since you opened "
                                                                "it, so your change was not written.")};
}

Result<void> RepositoryBase::recordUpdate(const QString &table, qint64 id, const QStringList &columns,
                                          const QVariantList &values, const QJsonObject &before) const
{
    QJsonObject after;
    for (int i = 0; i < columns.size(); ++i) {
        if (!HistoryLog::isRecordedColumn(table, columns.at(i)))
            continue;
        // As exec() binds it: text is never NULL.
        const QVariant &value = values.at(i);
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        after.insert(columns.at(i), HistoryLog::jsonOf(nullText ? QVariant(QStringLiteral("")) : value));
    }
    const Result<QJsonObject> lists = HistoryLog::details(m_db, table, id);
    if (!lists)
        return lists.error();
    for (auto it = lists->constBegin(); it != lists->constEnd(); ++it)
        after.insert(it.key(), it.value());
    const QJsonObject changes = HistoryLog::changes(before, after);
    if (changes.isEmpty())
        return {};
    return HistoryLog::add(m_db, table, id, HistoryEntry::Action::Update, changes);
}

Result<void> RepositoryBase::deleteRow(const QString &table, qint64 id, int version) const
{
    if (HistoryLog::isRecorded(table) && m_db.recordsHistory())
        if (auto r = HistoryLog::addDeleted(m_db, table, id); !r)
            return r;
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

void RepositoryBase::addSearch(SqlClause &clause, const QString &table, const QString &text) const
{
    const TextSearch::Condition search = TextSearch::condition(m_db.dialect(), table, text, m_db.hasSearchIndexes());
    if (!search.sql.isEmpty())
        clause.add(search.sql, search.values);
}

namespace {

// The sort column of a key: the default one for an unknown key, and for a kept column (keptcolumns.h)
// of a file too old to have it.
SortColumn sortColumnOf(const Database &db, const ListSpec &spec, const QString &key)
{
    const auto found = spec.sortKeys.constFind(key);
    if (found == spec.sortKeys.cend() ||
        (found->joinTable.isEmpty() && KeptColumns::isKept(spec.table, found->column) && !db.hasKeptColumns()))
        return spec.sortKeys.value(spec.defaultSortKey);
    return *found;
}

// How a list is read in the order of a sort key: where its rows come from (the table, joined to the
// table that holds the sort value), the sort value, and the columns that break its ties, id last.
struct SortPlan
{
    QString from;
    QString value;
    QStringList ties;
};

SortPlan planOf(const QString &table, const SortColumn &sort, const SqlDialect &dialect)
{
    if (sort.joinTable.isEmpty())
        return {table, sort.column, {QStringLiteral("id")}};
    // Only the sort value and its row's id come in, under names of their own, so that the list's own
    // columns stay unambiguous. SQLite flattens the subquery; CROSS JOIN has it read the joined table's
    // index in order, look up the listed rows of each joined row, and stop at the window's end, also
    // under a filter with an index of its own (a status), which it would otherwise read whole and sort.
    const QString join = dialect.orderedJoin();
    return {QStringLiteral("(SELECT id AS sort_id, %1 AS sort_value FROM %2) AS sort_join %3 %4 ON "
                           "sort_join.sort_id = %4.%5")
                .arg(sort.column, sort.joinTable, join, table, sort.joinKey),
            QStringLiteral("sort_value"),
            {QStringLiteral("sort_id"), QStringLiteral("id")}};
}

// "a DESC, b DESC" for columns and a direction.
QString ordered(const QStringList &columns, const QString &direction)
{
    QStringList parts;
    for (const QString &column : columns)
        parts << column + QLatin1Char(' ') + direction;
    return parts.join(QStringLiteral(", "));
}

// "(a, b)" and "(?, ?)" for a row value.
QString rowOf(const QStringList &columns)
{
    return QLatin1Char('(') + columns.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString marksFor(const QStringList &columns, const QString &first = QStringLiteral("?"))
{
    QStringList marks{first};
    for (int i = 1; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    return QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace

RepositoryBase::SqlClause RepositoryBase::clauseFor(const ListSpec &spec, const ListQuery &query) const
{
    SqlClause clause;
    addSearch(clause, spec.table, query.search);
    for (const ListFilter &filter : spec.filters) {
        const QString text = query.filters.value(filter.key);
        if (filter.value == ListFilter::Value::Today) {
            if (text == QLatin1String("1"))
                clause.add(filter.condition, {today()});
        } else if (!text.isEmpty()) {
            const QVariant value = filter.value == ListFilter::Value::Upper ? QVariant(text.toUpper())
                                   : filter.value == ListFilter::Value::Id  ? QVariant(text.toLongLong())
                                                                            : QVariant(text);
            const QString condition = filter.columnIgnoringCase.isEmpty()
                                          ? filter.condition
                                          : filter.condition.arg(m_db.dialect().equalsIgnoringCase(
                                                filter.columnIgnoringCase, QStringLiteral("?")));
            clause.add(condition, {value});
        }
    }
    return clause;
}

Result<void> RepositoryBase::selectList(const ListSpec &spec, const ListQuery &query, const RowReader &read) const
{
    const SqlClause clause = clauseFor(spec, query);
    const QString direction = query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const SortColumn sort = sortColumnOf(m_db, spec, query.sortKey);
    const SortPlan plan = planOf(spec.table, sort, m_db.dialect());
    QString sql =
        QStringLiteral("SELECT %1 FROM %2").arg(spec.columns, plan.from) + clause.where() +
        QStringLiteral(" ORDER BY %1, %2")
            .arg(m_db.dialect().ordering(orderExpression(sort, plan.value), query.order == Qt::AscendingOrder),
                 ordered(plan.ties, direction));
    if (query.limit >= 0 || query.offset > 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(qMax(0, query.offset));
    QSqlQuery q = m_db.prepare(sql);
    if (auto r = exec(q, clause.values); !r)
        return r;
    while (q.next())
        read(q);
    return {};
}

Result<void> RepositoryBase::selectIds(const ListSpec &spec, const QList<qint64> &ids, const RowReader &read) const
{
    // The ids go in as one bound list: one short statement however many there are.
    const SqlDialect &dialect = m_db.dialect();
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE ").arg(spec.columns, spec.table) +
                               dialect.inIdList(QStringLiteral("id"), QStringLiteral("?")));
    if (auto r = exec(q, {dialect.idListValue(ids)}); !r)
        return r;
    while (q.next())
        read(q);
    return {};
}

Result<qint64> RepositoryBase::countList(const ListSpec &spec, const ListQuery &query) const
{
    const SqlClause clause = clauseFor(spec, query);
    return count(QStringLiteral("FROM ") + spec.table + clause.where(), clause.values);
}

Result<QList<qint64>> RepositoryBase::windowIds(const ListSpec &spec, const ListQuery &query,
                                                const ListWindow &window) const
{
    return windowIds(spec.table, clauseFor(spec, query), sortColumnOf(m_db, spec, query.sortKey), query.order, window);
}

Result<qint64> RepositoryBase::positionIn(const ListSpec &spec, const ListQuery &query, qint64 id) const
{
    return positionIn(spec.table, clauseFor(spec, query), sortColumnOf(m_db, spec, query.sortKey), query.order, id);
}

QString RepositoryBase::orderExpression(const SortColumn &sort, const QString &value) const
{
    return sort.text ? m_db.dialect().sortableText(value) : value;
}

namespace {

// One part of a keyset window: rows past the anchor on one side, read in one direction.
struct KeysetPart
{
    QString condition;
    QVariantList values;
    bool ascending = true;
    bool byIdOnly = false; // the rows whose sort value is NULL, which sort among themselves by id
};

} // namespace

Result<QList<qint64>> RepositoryBase::windowIds(const QString &table, const SqlClause &clause, const SortColumn &sort,
                                                Qt::SortOrder order, const ListWindow &window) const
{
    QList<qint64> ids;
    if (window.limit <= 0)
        return ids;
    const bool ascending = order == Qt::AscendingOrder;
    const SortPlan plan = planOf(table, sort, m_db.dialect());
    const auto direction = [](bool up) { return up ? QStringLiteral("ASC") : QStringLiteral("DESC"); };
    const auto select = [&](const SqlClause &where, const QString &orderBy, int limit, int offset) -> Result<void> {
        QSqlQuery q =
            m_db.prepare(QStringLiteral("SELECT id FROM %1").arg(plan.from) + where.where() +
                         QStringLiteral(" ORDER BY %1 LIMIT %2 OFFSET %3").arg(orderBy).arg(limit).arg(offset));
        if (auto r = exec(q, where.values); !r)
            return r;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        return {};
    };
    const auto sortedBy = [&](bool up) {
        return QStringLiteral("%1, %2").arg(m_db.dialect().ordering(orderExpression(sort, plan.value), up),
                                            ordered(plan.ties, direction(up)));
    };

    if (window.from == ListWindow::From::Start || window.from == ListWindow::From::End) {
        const bool fromEnd = window.from == ListWindow::From::End;
        if (auto r = select(clause, sortedBy(ascending != fromEnd), window.limit, qMax(0, window.offset)); !r)
            return r.error();
        if (fromEnd)
            std::reverse(ids.begin(), ids.end());
        return ids;
    }

    QSqlQuery anchor = m_db.prepare(QStringLiteral("SELECT %1, %2 FROM %3 WHERE id = ?")
                                        .arg(plan.value, plan.ties.join(QStringLiteral(", ")), plan.from));
    if (auto r = exec(anchor, {window.anchorId}); !r)
        return r.error();
    if (!anchor.next())
        return notFound(table, window.anchorId);
    const QVariant value = anchor.value(0);
    QVariantList ties;
    for (int i = 0; i < plan.ties.size(); ++i)
        ties << anchor.value(i + 1);
    const bool after = window.from == ListWindow::From::After;
    // Up: towards larger sort values, the way an ascending list runs.
    const bool up = after == ascending;
    const QString column = sort.text ? m_db.dialect().comparableText(plan.value) : plan.value;
    const QString mark = sort.text ? m_db.dialect().comparableTextValue(QStringLiteral("?")) : QStringLiteral("?");
    const QString isNull = QStringLiteral("%1 IS NULL").arg(plan.value);
    const QString tieRow = rowOf(plan.ties);
    const QString tieMarks = marksFor(plan.ties);
    QList<KeysetPart> parts;
    if (value.isNull()) {
        if (up)
            parts = {{isNull + QStringLiteral(" AND %1 > %2").arg(tieRow, tieMarks), ties, true, true},
                     {QStringLiteral("%1 IS NOT NULL").arg(plan.value), {}, true, false}};
        else
            parts = {{isNull + QStringLiteral(" AND %1 < %2").arg(tieRow, tieMarks), ties, false, true}};
    } else {
        const QString comparison =
            QStringLiteral("%1 %2 %3")
                .arg(rowOf(QStringList{column} + plan.ties), up ? QStringLiteral(">") : QStringLiteral("<"),
                     marksFor(QStringList{column} + plan.ties, mark));
        if (up)
            parts = {{comparison, QVariantList{value} + ties, true, false}};
        else
            parts = {{comparison, QVariantList{value} + ties, false, false}, {isNull, {}, false, true}};
    }
    for (const KeysetPart &part : parts) {
        const int wanted = window.limit - int(ids.size());
        if (wanted <= 0)
            break;
        SqlClause where = clause;
        where.add(part.condition, part.values);
        const QString orderBy =
            part.byIdOnly ? ordered(plan.ties, direction(part.ascending)) : sortedBy(part.ascending);
        if (auto r = select(where, orderBy, wanted, 0); !r)
            return r.error();
    }
    if (!after)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

Result<qint64> RepositoryBase::positionIn(const QString &table, const SqlClause &clause, const SortColumn &sort,
                                          Qt::SortOrder order, qint64 id) const
{
    const SortPlan plan = planOf(table, sort, m_db.dialect());
    SqlClause self = clause;
    self.add(QStringLiteral("id = ?"), {id});
    QSqlQuery anchor = m_db.prepare(
        QStringLiteral("SELECT %1, %2 FROM %3").arg(plan.value, plan.ties.join(QStringLiteral(", ")), plan.from) +
        self.where());
    if (auto r = exec(anchor, self.values); !r)
        return r.error();
    if (!anchor.next())
        return qint64(-1);
    const QVariant value = anchor.value(0);
    QVariantList ties;
    for (int i = 0; i < plan.ties.size(); ++i)
        ties << anchor.value(i + 1);
    const QString column = sort.text ? m_db.dialect().comparableText(plan.value) : plan.value;
    const QString mark = sort.text ? m_db.dialect().comparableTextValue(QStringLiteral("?")) : QStringLiteral("?");
    const QString isNull = QStringLiteral("%1 IS NULL").arg(plan.value);
    const QString tieRow = rowOf(plan.ties);
    const QString tieMarks = marksFor(plan.ties);
    const QString row = rowOf(QStringList{column} + plan.ties);
    const QString rowMarks = marksFor(QStringList{column} + plan.ties, mark);
    // The rows before it in ascending order, or after it for a descending list.
    QList<KeysetPart> parts;
    if (order == Qt::AscendingOrder) {
        if (value.isNull())
            parts = {{isNull + QStringLiteral(" AND %1 < %2").arg(tieRow, tieMarks), ties}};
        else
            parts = {{isNull, {}}, {QStringLiteral("%1 < %2").arg(row, rowMarks), QVariantList{value} + ties}};
    } else {
        if (value.isNull())
            parts = {{isNull + QStringLiteral(" AND %1 > %2").arg(tieRow, tieMarks), ties},
                     {QStringLiteral("%1 IS NOT NULL").arg(plan.value), {}}};
        else
            parts = {{QStringLiteral("%1 > %2").arg(row, rowMarks), QVariantList{value} + ties}};
    }
    qint64 position = 0;
    for (const KeysetPart &part : parts) {
        SqlClause where = clause;
        where.add(part.condition, part.values);
        const Result<qint64> rows = count(QStringLiteral("FROM %1").arg(plan.from) + where.where(), where.values);
        if (!rows)
            return rows.error();
        position += *rows;
    }
    return position;
}

QString RepositoryBase::placeholders(int count)
{
    QStringList marks;
    marks.reserve(count);
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

QVariantList RepositoryBase::boundIds(const QList<qint64> &ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values << id;
    return values;
}

QString RepositoryBase::today()
{
    return FuzzyDate::isoDay(QDate::currentDate());
}

StoreError RepositoryBase::notFound(const QString &what, qint64 id) const
{
    return {
        StoreError::Kind::NotFound,
        QCoreApplication::translate("Repository", "There is no %1 #%2 (it may have been deleted).").arg(what).arg(id)};
}
