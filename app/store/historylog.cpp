// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/historylog.h"

#include "store/columnrules.h"
#include "store/database.h"
#include "store/keptcolumns.h"
#include "store/rowcodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// Binds and runs; text is never NULL (a null QString would bind as NULL).
Result<void> run(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(i, nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query.exec())
        return Database::sqlError(query);
    return {};
}

// A list a record keeps in a link table: the query of its items for one record id, in order.
struct DetailList
{
    QString table;
    QString field;
    QString sql;
};

const QList<DetailList> &detailLists()
{
    static const QList<DetailList> lists{
        {QStringLiteral("agreement"), QStringLiteral("parties"),
         QStringLiteral("SELECT partner_id, role, signed_on FROM agreement_party WHERE agreement_id = ? "
                        "ORDER BY position, id")},
        {QStringLiteral("agreement"), QStringLiteral("themes"),
         QStringLiteral("SELECT t.name FROM agreement_theme at JOIN theme t ON t.id = at.theme_id "
                        "WHERE at.agreement_id = ? ORDER BY at.position, at.id")},
        {QStringLiteral("event"), QStringLiteral("partners"),
         QStringLiteral("SELECT partner_id FROM event_partner WHERE event_id = ? ORDER BY id")},
        {QStringLiteral("event"), QStringLiteral("contacts"),
         QStringLiteral("SELECT contact_id FROM event_contact WHERE event_id = ? ORDER BY id")},
    };
    return lists;
}

// The records that go when a record of the table is deleted (ON DELETE CASCADE): table and column.
QList<std::pair<QString, QString>> dependents(const QString &table)
{
    if (table == QLatin1String("partner"))
        return {{QStringLiteral("contact"), QStringLiteral("partner_id")}};
    if (table == QLatin1String("agreement"))
        return {{QStringLiteral("milestone"), QStringLiteral("agreement_id")}};
    return {};
}

// A reference that ON DELETE SET NULL empties: the referring table and column, and the table referred to.
struct NulledReference
{
    QString table;
    QString column;
    QString refers;
};

const QList<NulledReference> &nulledReferences()
{
    static const QList<NulledReference> references{
        {QStringLiteral("agreement"), QStringLiteral("predecessor_id"), QStringLiteral("agreement")},
        {QStringLiteral("agreement"), QStringLiteral("signing_event_id"), QStringLiteral("event")},
    };
    return references;
}

// A link row deleted with the record it points to (ON DELETE CASCADE): its table and column, the
// parent that lists it and the list's name.
struct CascadedLink
{
    QString table;
    QString column;
    QString refers;
    QString parentColumn;
    QString parent;
    QString field;
};

const QList<CascadedLink> &cascadedLinks()
{
    static const QList<CascadedLink> links{
        {QStringLiteral("event_partner"), QStringLiteral("partner_id"), QStringLiteral("partner"),
         QStringLiteral("event_id"), QStringLiteral("event"), QStringLiteral("partners")},
        {QStringLiteral("event_contact"), QStringLiteral("contact_id"), QStringLiteral("contact"),
         QStringLiteral("event_id"), QStringLiteral("event"), QStringLiteral("contacts")},
    };
    return links;
}

Result<QList<qint64>> idsOf(const Database &db, const QString &sql, qint64 id)
{
    QSqlQuery query = db.prepare(sql);
    if (auto r = run(query, {id}); !r)
        return r.error();
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

} // namespace

QStringList HistoryLog::schemaStatements(const SqlDialect &dialect)
{
    const QString id = dialect.increasingIdColumnType();
    return {
        QStringLiteral("CREATE TABLE history (id %1, changed_at TEXT NOT NULL, changed_by TEXT NOT NULL DEFAULT '', "
                       "record_table TEXT NOT NULL CHECK (record_table IN ('partner', 'contact', 'agreement', "
                       "'milestone', 'event')), record_id INTEGER NOT NULL, action TEXT NOT NULL CHECK (action IN "
                       "('create', 'update', 'delete', 'restore')), changes TEXT NOT NULL DEFAULT '{}')")
            .arg(id),
        QStringLiteral("CREATE INDEX history_record ON history (record_table, record_id, id)"),
        QStringLiteral("CREATE INDEX history_changed_at ON history (changed_at)"),
    };
}

const QStringList &HistoryLog::recordedTables()
{
    static const QStringList tables{QStringLiteral("partner"), QStringLiteral("contact"), QStringLiteral("agreement"),
                                    QStringLiteral("milestone"), QStringLiteral("event")};
    return tables;
}

bool HistoryLog::isRecordedColumn(const QString &table, const QString &column)
{
    static const QStringList meta{QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                  QStringLiteral("version")};
    if (meta.contains(column) || KeptColumns::isKept(table, column))
        return false;
    static const QList<ColumnRules::DateColumn> dates = ColumnRules::dateColumns();
    for (const ColumnRules::DateColumn &date : dates)
        if (date.table == table && (date.first == column || date.last == column))
            return false;
    return true;
}

QJsonValue HistoryLog::jsonOf(const QVariant &value)
{
    if (!value.isValid())
        return QJsonValue();
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    default:
        return QJsonValue(value.toString());
    }
}

Result<QJsonObject> HistoryLog::details(const Database &db, const QString &table, qint64 id)
{
    QJsonObject lists;
    for (const DetailList &list : detailLists()) {
        if (list.table != table)
            continue;
        QSqlQuery query = db.prepare(list.sql);
        if (auto r = run(query, {id}); !r)
            return r.error();
        QJsonArray items;
        while (query.next()) {
            const int width = query.record().count();
            if (width == 1) {
                items.append(jsonOf(query.isNull(0) ? QVariant() : query.value(0)));
                continue;
            }
            QJsonArray item;
            for (int i = 0; i < width; ++i)
                item.append(jsonOf(query.isNull(i) ? QVariant() : query.value(i)));
            items.append(item);
        }
        lists.insert(list.field, items);
    }
    return lists;
}

Result<QJsonObject> HistoryLog::row(const Database &db, const QString &table, qint64 id)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    if (auto r = run(query, {id}); !r)
        return r.error();
    QJsonObject values;
    if (!query.next())
        return values;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        if (isRecordedColumn(table, record.fieldName(i)))
            values.insert(record.fieldName(i), jsonOf(query.isNull(i) ? QVariant() : query.value(i)));
    return values;
}

QJsonObject HistoryLog::changes(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject changed;
    QStringList fields = before.keys();
    for (const QString &field : after.keys())
        if (!fields.contains(field))
            fields << field;
    for (const QString &field : fields) {
        const QJsonValue old = before.value(field);
        const QJsonValue now = after.value(field);
        const QJsonValue oldValue = old.isUndefined() ? QJsonValue() : old;
        const QJsonValue newValue = now.isUndefined() ? QJsonValue() : now;
        if (oldValue != newValue)
            changed.insert(field, QJsonArray{oldValue, newValue});
    }
    return changed;
}

Result<void> HistoryLog::add(const Database &db, const QString &table, qint64 id, HistoryEntry::Action action,
                             const QJsonObject &changes)
{
    QSqlQuery insert = db.prepare(QStringLiteral("INSERT INTO history (changed_at, changed_by, record_table, "
                                                 "record_id, action, changes) VALUES (?, ?, ?, ?, ?, ?)"));
    return run(insert, {RowCodec::timestamp(QDateTime::currentDateTimeUtc()), db.author(), table, id,
                        HistoryEntry::codeOf(action),
                        QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))});
}

Result<void> HistoryLog::addCreated(const Database &db, const QString &table, qint64 id)
{
    QSqlQuery deleted = db.prepare(
        QStringLiteral("SELECT 1 FROM history WHERE record_table = ? AND record_id = ? AND action = 'delete' LIMIT 1"));
    if (auto r = run(deleted, {table, id}); !r)
        return r;
    return add(db, table, id, deleted.next() ? HistoryEntry::Action::Restore : HistoryEntry::Action::Create);
}

Result<void> HistoryLog::addDeleted(const Database &db, const QString &table, qint64 id)
{
    for (const auto &[dependent, column] : dependents(table)) {
        const Result<QList<qint64>> children =
            idsOf(db, QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(dependent, column), id);
        if (!children)
            return children.error();
        for (qint64 child : *children)
            if (auto r = addDeleted(db, dependent, child); !r)
                return r;
    }
    // The records that refer to it lose the reference, and the events that list it lose it from the list.
    for (const NulledReference &reference : nulledReferences()) {
        if (reference.refers != table)
            continue;
        const Result<QList<qint64>> referring = idsOf(
            db, QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id").arg(reference.table, reference.column),
            id);
        if (!referring)
            return referring.error();
        for (qint64 other : *referring)
            if (auto r = add(db, reference.table, other, HistoryEntry::Action::Update,
                             {{reference.column, QJsonArray{id, QJsonValue()}}});
                !r)
                return r;
    }
    for (const CascadedLink &link : cascadedLinks()) {
        if (link.refers != table)
            continue;
        const Result<QList<qint64>> parents =
            idsOf(db,
                  QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %3 = ? ORDER BY %1")
                      .arg(link.parentColumn, link.table, link.column),
                  id);
        if (!parents)
            return parents.error();
        for (qint64 parent : *parents) {
            const Result<QJsonObject> lists = details(db, link.parent, parent);
            if (!lists)
                return lists.error();
            const QJsonArray before = lists->value(link.field).toArray();
            QJsonArray after;
            for (const QJsonValue &item : before)
                if (item.toInteger() != id)
                    after.append(item);
            if (auto r = add(db, link.parent, parent, HistoryEntry::Action::Update,
                             {{link.field, QJsonArray{before, after}}});
                !r)
                return r;
        }
    }
    const Result<QJsonObject> values = row(db, table, id);
    if (!values)
        return values.error();
    if (values->isEmpty())
        return {};
    const Result<QJsonObject> lists = details(db, table, id);
    if (!lists)
        return lists.error();
    QJsonObject old = *values;
    for (auto it = lists->constBegin(); it != lists->constEnd(); ++it)
        old.insert(it.key(), it.value());
    return add(db, table, id, HistoryEntry::Action::Delete, changes(old, {}));
}

Result<void> HistoryLog::forget(const Database &db, const QString &table, qint64 id, const QStringList &texts)
{
    if (!db.hasHistory())
        return {};
    QSqlQuery remove = db.prepare(QStringLiteral("DELETE FROM history WHERE record_table = ? AND record_id = ?"));
    if (auto r = run(remove, {table, id}); !r)
        return r;
    for (const QString &text : texts) {
        if (text.trimmed().isEmpty())
            continue;
        QSqlQuery mentions = db.prepare(QStringLiteral("DELETE FROM history WHERE ") +
                                        db.dialect().containsCondition(QStringLiteral("changes"), QStringLiteral("?")));
        if (auto r = run(mentions, {SqlDialect::escapeLike(text.trimmed())}); !r)
            return r;
    }
    return {};
}

Result<void> HistoryLog::addCreates(const Database &db, const QString &table, const QList<qint64> &ids)
{
    constexpr int Chunk = 500;
    const QString now = RowCodec::timestamp(QDateTime::currentDateTimeUtc());
    const QString user = db.author();
    for (qsizetype start = 0; start < ids.size(); start += Chunk) {
        const QList<qint64> chunk = ids.mid(start, Chunk);
        QStringList marks;
        QVariantList values{now, user, table};
        for (qint64 id : chunk) {
            marks << QStringLiteral("?");
            values << id;
        }
        QSqlQuery insert = db.prepare(
            QStringLiteral("INSERT INTO history (changed_at, changed_by, record_table, record_id, action, changes) "
                           "SELECT ?, ?, ?, id, 'create', '{}' FROM %1 WHERE id IN (%2) ORDER BY id")
                .arg(table, marks.join(QLatin1Char(','))));
        if (auto r = run(insert, values); !r)
            return r;
    }
    return {};
}
