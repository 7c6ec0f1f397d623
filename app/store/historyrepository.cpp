// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/historyrepository.h"

#include "store/historylog.h"
#include "store/rowcodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

constexpr auto EntryColumns = "id, changed_at, changed_by, record_table, record_id, action, changes";

HistoryEntry entryFrom(const QSqlQuery &q)
{
    HistoryEntry entry;
    entry.id = q.value(0).toLongLong();
    entry.changedAt = RowCodec::timestampFrom(q.value(1));
    entry.changedBy = q.value(2).toString();
    entry.recordTable = q.value(3).toString();
    entry.recordId = q.value(4).toLongLong();
    entry.action = HistoryEntry::actionFromCode(q.value(5).toString());
    entry.changes = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    return entry;
}

} // namespace

Result<void> HistoryRepository::available() const
{
    if (database().hasHistory())
        return {};
    return StoreError{StoreError::Kind::NotFound,
                      QCoreApplication::translate("HistoryRepository",
                                                  "This portfolio keeps no history: it has an older schema (version "
                                                  "%1); open it for writing once to upgrade it.")
                          .arg(database().schemaVersion())};
}

QStringList HistoryRepository::kinds()
{
    return HistoryLog::recordedTables();
}

QString HistoryRepository::tableOfKind(const QString &kind)
{
    const QString table = kind.trimmed().toLower();
    return HistoryLog::isRecorded(table) ? table : QString();
}

RepositoryBase::SqlClause HistoryRepository::clauseFor(const HistoryQuery &query) const
{
    SqlClause clause;
    if (!query.recordTable.isEmpty())
        clause.add(QStringLiteral("record_table = ?"), {query.recordTable});
    if (query.recordId > 0)
        clause.add(QStringLiteral("record_id = ?"), {query.recordId});
    if (!query.changedBy.isEmpty())
        clause.add(QStringLiteral("changed_by = ?"), {query.changedBy});
    if (query.from.isValid())
        clause.add(QStringLiteral("changed_at >= ?"), {query.from.toString(Qt::ISODate)});
    if (query.to.isValid())
        clause.add(QStringLiteral("changed_at < ?"), {query.to.addDays(1).toString(Qt::ISODate)});
    return clause;
}

Result<QList<HistoryEntry>> HistoryRepository::list(const HistoryQuery &query) const
{
    if (auto r = available(); !r)
        return r.error();
    const SqlClause clause = clauseFor(query);
    QString sql = QStringLiteral("SELECT %1 FROM history").arg(QLatin1String(EntryColumns)) + clause.where() +
                  QStringLiteral(" ORDER BY id DESC");
    if (query.limit >= 0 || query.offset > 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(qMax(0, query.offset));
    QSqlQuery q = database().prepare(sql);
    if (auto r = exec(q, clause.values); !r)
        return r.error();
    QList<HistoryEntry> entries;
    while (q.next())
        entries << entryFrom(q);
    return entries;
}

Result<qint64> HistoryRepository::count(const HistoryQuery &query) const
{
    if (auto r = available(); !r)
        return r.error();
    const SqlClause clause = clauseFor(query);
    return RepositoryBase::count(QStringLiteral("FROM history") + clause.where(), clause.values);
}

Result<QList<HistoryEntry>> HistoryRepository::about(const QString &table, qint64 id, const QStringList &texts) const
{
    if (auto r = available(); !r)
        return r.error();
    QStringList conditions{QStringLiteral("(record_table = ? AND record_id = ?)")};
    QVariantList values{table, id};
    for (const QString &text : texts) {
        if (text.trimmed().isEmpty())
            continue;
        conditions << database().dialect().containsCondition(QStringLiteral("changes"), QStringLiteral("?"));
        values << SqlDialect::escapeLike(text.trimmed());
    }
    QSqlQuery q = database().prepare(QStringLiteral("SELECT %1 FROM history WHERE ").arg(QLatin1String(EntryColumns)) +
                                     conditions.join(QStringLiteral(" OR ")) + QStringLiteral(" ORDER BY id DESC"));
    if (auto r = exec(q, values); !r)
        return r.error();
    QList<HistoryEntry> entries;
    while (q.next())
        entries << entryFrom(q);
    return entries;
}

Result<QStringList> HistoryRepository::people() const
{
    if (auto r = available(); !r)
        return r.error();
    return texts(QStringLiteral("SELECT DISTINCT changed_by FROM history ORDER BY changed_by"));
}

Result<QJsonObject> HistoryRepository::valuesBefore(const HistoryEntry &entry, const QString &field) const
{
    QJsonObject values;
    if (!field.isEmpty()) {
        if (entry.changes.contains(field))
            values.insert(field, entry.changes.value(field).toArray().at(0));
        return values;
    }
    if (auto r = available(); !r)
        return r.error();
    // Newest first, so that the oldest change at or after the entry has the last word.
    QSqlQuery q = database().prepare(QStringLiteral("SELECT changes FROM history WHERE record_table = ? AND "
                                                    "record_id = ? AND id >= ? ORDER BY id DESC"));
    if (auto r = exec(q, {entry.recordTable, entry.recordId, entry.id}); !r)
        return r.error();
    while (q.next()) {
        const QJsonObject changes = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
            values.insert(it.key(), it.value().toArray().at(0));
    }
    return values;
}
