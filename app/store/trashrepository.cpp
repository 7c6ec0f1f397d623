// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/trashrepository.h"

#include "store/deletionplan.h"
#include "store/historylog.h"
#include "store/rowcodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

const QString Trash = QStringLiteral("trash");

QJsonValue jsonOf(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

QVariant valueOf(const QJsonValue &value)
{
    return value.isNull() ? QVariant() : value.toVariant();
}

// "the partner “Health Lab”", for messages.
QString named(const QString &table, const QString &label)
{
    const QString quoted = QStringLiteral("“%1”").arg(label);
    if (table == QLatin1String("partner"))
        return QCoreApplication::translate("TrashRepository", "the partner %1").arg(quoted);
    if (table == QLatin1String("contact"))
        return QCoreApplication::translate("TrashRepository", "the contact %1").arg(quoted);
    if (table == QLatin1String("agreement"))
        return QCoreApplication::translate("TrashRepository", "the agreement %1").arg(quoted);
    if (table == QLatin1String("milestone"))
        return QCoreApplication::translate("TrashRepository", "the milestone %1").arg(quoted);
    if (table == QLatin1String("event"))
        return QCoreApplication::translate("TrashRepository", "the event %1").arg(quoted);
    return QCoreApplication::translate("TrashRepository", "the theme %1").arg(quoted);
}

} // namespace

QStringList TrashRepository::schemaStatements(const SqlDialect &dialect)
{
    const QString id = dialect.increasingIdColumnType();
    return {
        QStringLiteral("CREATE TABLE trash (id %1, deleted_at TEXT NOT NULL, deleted_by TEXT NOT NULL DEFAULT '', "
                       "record_table TEXT NOT NULL, record_id INTEGER NOT NULL, label TEXT NOT NULL DEFAULT '', "
                       "payload TEXT NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE INDEX trash_record ON trash (record_table, record_id)"),
    };
}

Result<qint64> TrashRepository::moveToTrash(const QString &table, const QList<qint64> &ids,
                                            const QHash<qint64, int> &versions) const
{
    qint64 trashId = 0;
    const Result<void> done = database().write([&]() -> Result<void> {
        const Result<DeletionPlan> plan = DeletionPlan::of(database(), table, ids);
        if (!plan)
            return plan.error();
        if (plan->isBlocked()) {
            QStringList holders;
            for (const DeletionPlan::Blocker &blocker : plan->blockers())
                if (!holders.contains(named(blocker.table, blocker.label)))
                    holders << named(blocker.table, blocker.label);
            return StoreError{
                StoreError::Kind::InUse,
                QCoreApplication::translate("TrashRepository", "%1 cannot be deleted while it is used by %2.")
                    .arg(named(table, plan->label(plan->rootIds().constFirst())), holders.join(QStringLiteral(", ")))};
        }
        const QMap<QString, QList<qint64>> rows = plan->rows();
        QJsonObject tables;
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            QJsonArray records;
            constexpr int Chunk = 500;
            for (int start = 0; start < it->size(); start += Chunk) {
                const QList<qint64> chunk = it->mid(start, Chunk);
                QSqlQuery q = database().prepare(QStringLiteral("SELECT * FROM %1 WHERE id IN (%2) ORDER BY id")
                                                     .arg(it.key(), placeholders(int(chunk.size()))));
                if (auto r = exec(q, boundIds(chunk)); !r)
                    return r;
                while (q.next()) {
                    const QSqlRecord record = q.record();
                    QJsonObject row;
                    for (int i = 0; i < record.count(); ++i)
                        row.insert(record.fieldName(i), jsonOf(q.value(i)));
                    records.append(row);
                }
            }
            tables.insert(it.key(), records);
        }
        // The themes the deleted agreements keep using (themes are shared by name), to make them again
        // on restore should they be gone by then.
        QJsonArray themes;
        const QList<qint64> links = rows.value(QStringLiteral("agreement_theme"));
        for (int start = 0; start < links.size(); start += 500) {
            const QList<qint64> chunk = links.mid(start, 500);
            QSqlQuery q = database().prepare(
                QStringLiteral("SELECT DISTINCT t.id, t.name, t.created_at, t.updated_at, t.version FROM theme t JOIN "
                               "agreement_theme l ON l.theme_id = t.id WHERE l.id IN (%1) ORDER BY t.id")
                    .arg(placeholders(int(chunk.size()))));
            if (auto r = exec(q, boundIds(chunk)); !r)
                return r;
            while (q.next())
                if (!rows.value(QStringLiteral("theme")).contains(q.value(0).toLongLong()))
                    themes.append(QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                                              {QStringLiteral("name"), q.value(1).toString()},
                                              {QStringLiteral("created_at"), q.value(2).toString()},
                                              {QStringLiteral("updated_at"), q.value(3).toString()},
                                              {QStringLiteral("version"), q.value(4).toLongLong()}});
        }
        QJsonArray cleared;
        for (const DeletionPlan::ClearedReference &reference : plan->cleared())
            cleared.append(QJsonObject{{QStringLiteral("table"), reference.table},
                                       {QStringLiteral("id"), reference.id},
                                       {QStringLiteral("column"), reference.column},
                                       {QStringLiteral("target"), reference.target}});
        QJsonArray roots;
        for (qint64 id : plan->rootIds())
            roots.append(id);
        const QJsonObject payload{{QStringLiteral("table"), table},
                                  {QStringLiteral("roots"), roots},
                                  {QStringLiteral("rows"), tables},
                                  {QStringLiteral("themes"), themes},
                                  {QStringLiteral("cleared"), cleared}};
        QSqlQuery insert = database().prepare(
            QStringLiteral("INSERT INTO trash (deleted_at, deleted_by, record_table, record_id, label, payload) VALUES "
                           "(?, ?, ?, ?, ?, ?)"));
        const qint64 first = plan->rootIds().constFirst();
        if (auto r = exec(insert, {RowCodec::timestamp(QDateTime::currentDateTimeUtc()), database().author(), table,
                                   first, plan->label(first),
                                   QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))});
            !r)
            return r;
        trashId = database().dialect().insertedId(insert);
        database().touch(Trash);
        // Row by row through the store's delete path, what depends on a row before the row.
        const QStringList &order = DeletionPlan::tablesInOrder();
        for (auto it = order.crbegin(); it != order.crend(); ++it) {
            const bool roots = *it == table;
            for (qint64 id : rows.value(*it))
                if (auto r = deleteRow(*it, id, roots ? versions.value(id) : 0); !r)
                    return r;
        }
        for (const DeletionPlan::ClearedReference &reference : plan->cleared())
            database().touch(reference.table);
        return {};
    });
    if (!done)
        return done.error();
    return trashId;
}

Result<QString> TrashRepository::payloadOf(qint64 trashId) const
{
    QSqlQuery q = database().prepare(QStringLiteral("SELECT payload FROM trash WHERE id = ?"));
    if (auto r = exec(q, {trashId}); !r)
        return r.error();
    if (!q.next())
        return StoreError{StoreError::Kind::NotFound,
                          QCoreApplication::translate("TrashRepository", "That entry is no longer in the trash.")};
    return q.value(0).toString();
}

// Themes are shared by name: one deleted with its last agreement, or with another agreement since, may
// have been made again under a new id; one that is gone is made again. Returns where each theme of
// the entry is now.
Result<QHash<qint64, qint64>> TrashRepository::restoreThemes(const QJsonObject &payload) const
{
    QHash<qint64, qint64> themeNowAt;
    QJsonArray themes = payload.value(QStringLiteral("rows")).toObject().value(QStringLiteral("theme")).toArray();
    for (const QJsonValue theme : payload.value(QStringLiteral("themes")).toArray())
        themes.append(theme);
    for (const QJsonValue value : std::as_const(themes)) {
        const QJsonObject theme = value.toObject();
        const qint64 id = theme.value(QStringLiteral("id")).toInteger();
        QSqlQuery q =
            database().prepare(QStringLiteral("SELECT id FROM theme WHERE ") +
                               database().dialect().equalsIgnoringCase(QStringLiteral("name"), QStringLiteral("?")));
        if (auto r = exec(q, {theme.value(QStringLiteral("name")).toString()}); !r)
            return r.error();
        if (q.next()) {
            themeNowAt.insert(id, q.value(0).toLongLong());
            continue;
        }
        QSqlQuery insert = database().prepare(
            QStringLiteral("INSERT INTO theme (id, name, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?)"));
        if (auto r = exec(insert, {id, theme.value(QStringLiteral("name")).toString(),
                                   theme.value(QStringLiteral("created_at")).toString(),
                                   theme.value(QStringLiteral("updated_at")).toString(),
                                   theme.value(QStringLiteral("version")).toInteger()});
            !r)
            return r.error();
        themeNowAt.insert(id, id);
        database().touch(QStringLiteral("theme"));
    }
    return themeNowAt;
}

// The refusal of a restore that needs row `id` of `table`, which is gone: in the trash (restore that
// first) or deleted for good.
StoreError TrashRepository::missing(const QString &restoring, const QString &table, qint64 id) const
{
    QSqlQuery holder =
        database().prepare(QStringLiteral("SELECT label FROM trash WHERE record_table = ? AND record_id = ?"));
    if (auto r = exec(holder, {table, id}); !r)
        return r.error();
    if (holder.next())
        return {StoreError::Kind::InUse,
                QCoreApplication::translate("TrashRepository", "%1 cannot come back without %2, which is in "
                                                               "the trash too: restore that first.")
                    .arg(restoring, named(table, holder.value(0).toString()))};
    return {StoreError::Kind::InUse,
            QCoreApplication::translate("TrashRepository",
                                        "%1 cannot come back: %2, which it needs, has been deleted for good since.")
                .arg(restoring, named(table, QStringLiteral("#%1").arg(id)))};
}

Result<void> TrashRepository::restore(qint64 trashId) const
{
    return database().write([&]() -> Result<void> {
        const Result<QString> text = payloadOf(trashId);
        if (!text)
            return text.error();
        const QJsonObject payload = QJsonDocument::fromJson(text->toUtf8()).object();
        const QJsonObject tables = payload.value(QStringLiteral("rows")).toObject();
        const QString rootTable = payload.value(QStringLiteral("table")).toString();

        // Which rows the entry brings back, and which rows outside it exist now.
        QHash<QString, QSet<qint64>> inEntry;
        for (auto it = tables.constBegin(); it != tables.constEnd(); ++it)
            for (const QJsonValue row : it->toArray())
                inEntry[it.key()].insert(row.toObject().value(QStringLiteral("id")).toInteger());
        QHash<QString, QHash<qint64, bool>> existing;
        const auto exists = [&](const QString &table, qint64 id) -> Result<bool> {
            if (inEntry.value(table).contains(id))
                return true;
            auto &known = existing[table];
            if (!known.contains(id)) {
                const Result<qint64> found =
                    RepositoryBase::count(QStringLiteral("FROM %1 WHERE id = ?").arg(table), {id});
                if (!found)
                    return found.error();
                known.insert(id, *found > 0);
            }
            return known.value(id);
        };
        const Result<QHash<qint64, qint64>> themeNowAt = restoreThemes(payload);
        if (!themeNowAt)
            return themeNowAt.error();

        const QString rootLabel = [&] {
            const QJsonArray rows = tables.value(rootTable).toArray();
            const QString column = DeletionPlan::labelColumn(rootTable);
            return rows.isEmpty() ? QString() : rows.first().toObject().value(column).toString();
        }();
        QJsonArray cleared = payload.value(QStringLiteral("cleared")).toArray();
        for (const QString &table : DeletionPlan::tablesInOrder()) {
            const QJsonArray rows = tables.value(table).toArray();
            if (rows.isEmpty() || table == QLatin1String("theme"))
                continue;
            const QStringList columns = rows.first().toObject().keys();
            QSqlQuery insert = database().prepare(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(table, columns.join(QStringLiteral(", ")), placeholders(int(columns.size()))));
            for (const QJsonValue value : rows) {
                QJsonObject row = value.toObject();
                for (const DeletionPlan::ForeignKey &key : DeletionPlan::foreignKeys()) {
                    if (key.table != table || row.value(key.column).isNull())
                        continue;
                    qint64 target = row.value(key.column).toInteger();
                    if (key.parent == QLatin1String("theme") && themeNowAt->contains(target)) {
                        target = themeNowAt->value(target);
                        row.insert(key.column, target);
                        continue;
                    }
                    if (key.parent == table && inEntry.value(table).contains(target)) {
                        // A link within the entry (a predecessor deleted along): set once both are in.
                        cleared.append(QJsonObject{{QStringLiteral("table"), table},
                                                   {QStringLiteral("id"), row.value(QStringLiteral("id"))},
                                                   {QStringLiteral("column"), key.column},
                                                   {QStringLiteral("target"), target}});
                        row.insert(key.column, QJsonValue::Null);
                        continue;
                    }
                    const Result<bool> found = exists(key.parent, target);
                    if (!found)
                        return found.error();
                    if (*found)
                        continue;
                    if (key.onDelete == DeletionPlan::OnDelete::SetNull) {
                        row.insert(key.column, QJsonValue::Null); // as its delete would have left it
                        continue;
                    }
                    return missing(named(rootTable, rootLabel), key.parent, target);
                }
                QVariantList values;
                for (const QString &column : columns)
                    values << valueOf(row.value(column));
                // Rows from the store break no rule but uniqueness: a record added since has their name.
                if (auto r = exec(insert, values); !r)
                    return StoreError{r.error().kind,
                                      r.error().kind == StoreError::Kind::Invalid
                                          ? QCoreApplication::translate("TrashRepository",
                                                                        "%1 cannot come back: a record added since "
                                                                        "has the same name (%2). Rename that one "
                                                                        "first.")
                                                .arg(named(rootTable, rootLabel), r.error().message)
                                          : QCoreApplication::translate("TrashRepository", "%1 cannot come back: %2")
                                                .arg(named(rootTable, rootLabel), r.error().message)};
                if (HistoryLog::isRecorded(table) && database().recordsHistory())
                    if (auto r = HistoryLog::add(database(), table, row.value(QStringLiteral("id")).toInteger(),
                                                 HistoryEntry::Action::Restore);
                        !r)
                        return r;
            }
            database().touch(table);
        }
        for (const QJsonValue value : std::as_const(cleared)) {
            const QJsonObject reference = value.toObject();
            const QString table = reference.value(QStringLiteral("table")).toString();
            const QString column = reference.value(QStringLiteral("column")).toString();
            QString parent;
            for (const DeletionPlan::ForeignKey &key : DeletionPlan::foreignKeys())
                if (key.table == table && key.column == column)
                    parent = key.parent;
            if (parent.isEmpty())
                continue;
            const qint64 target = reference.value(QStringLiteral("target")).toInteger();
            const Result<bool> found = exists(parent, target);
            if (!found)
                return found.error();
            if (!*found)
                continue;
            QSqlQuery update = database().prepare(
                QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ? AND %2 IS NULL").arg(table, column));
            if (auto r = exec(update, {target, reference.value(QStringLiteral("id")).toInteger()}); !r)
                return r;
            database().touch(table);
        }
        QSqlQuery remove = database().prepare(QStringLiteral("DELETE FROM trash WHERE id = ?"));
        if (auto r = exec(remove, {trashId}); !r)
            return r;
        database().touch(Trash);
        return {};
    });
}

Result<int> TrashRepository::forgetContact(qint64 contactId) const
{
    int changed = 0;
    const Result<void> done = database().write([&]() -> Result<void> {
        QSqlQuery entries = database().prepare(QStringLiteral("SELECT id, record_table, payload FROM trash"));
        if (auto r = exec(entries); !r)
            return r;
        while (entries.next()) {
            QJsonObject payload = QJsonDocument::fromJson(entries.value(2).toString().toUtf8()).object();
            QJsonObject rows = payload.value(QStringLiteral("rows")).toObject();
            bool found = false;
            for (const auto &[table, column] :
                 {std::pair(QStringLiteral("contact"), QStringLiteral("id")),
                  std::pair(QStringLiteral("event_contact"), QStringLiteral("contact_id"))}) {
                QJsonArray kept;
                for (const QJsonValue row : rows.value(table).toArray()) {
                    if (row.toObject().value(column).toInteger() == contactId)
                        found = true;
                    else
                        kept.append(row);
                }
                if (rows.contains(table))
                    rows.insert(table, kept);
            }
            if (!found)
                continue;
            ++changed;
            const qint64 id = entries.value(0).toLongLong();
            const QString rootTable = entries.value(1).toString();
            QJsonArray roots;
            for (const QJsonValue root : payload.value(QStringLiteral("roots")).toArray())
                if (rootTable != QLatin1String("contact") || root.toInteger() != contactId)
                    roots.append(root);
            if (roots.isEmpty()) {
                QSqlQuery remove = database().prepare(QStringLiteral("DELETE FROM trash WHERE id = ?"));
                if (auto r = exec(remove, {id}); !r)
                    return r;
                continue;
            }
            payload.insert(QStringLiteral("rows"), rows);
            payload.insert(QStringLiteral("roots"), roots);
            // The entry is named after its first record, which may have been the person.
            const qint64 first = roots.first().toInteger();
            QString label;
            for (const QJsonValue row : rows.value(rootTable).toArray())
                if (row.toObject().value(QStringLiteral("id")).toInteger() == first)
                    label = row.toObject().value(DeletionPlan::labelColumn(rootTable)).toString();
            QSqlQuery update = database().prepare(
                QStringLiteral("UPDATE trash SET record_id = ?, label = ?, payload = ? WHERE id = ?"));
            if (auto r = exec(update, {first, label,
                                       QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), id});
                !r)
                return r;
        }
        if (changed > 0)
            database().touch(Trash);
        return {};
    });
    if (!done)
        return done.error();
    return changed;
}

Result<void> TrashRepository::purge(qint64 trashId) const
{
    return database().write([&]() -> Result<void> {
        QSqlQuery remove = database().prepare(QStringLiteral("DELETE FROM trash WHERE id = ?"));
        if (auto r = exec(remove, {trashId}); !r)
            return r;
        if (remove.numRowsAffected() != 1)
            return StoreError{StoreError::Kind::NotFound,
                              QCoreApplication::translate("TrashRepository", "That entry is no longer in the trash.")};
        database().touch(Trash);
        return {};
    });
}

Result<void> TrashRepository::empty() const
{
    return database().write([&]() -> Result<void> {
        QSqlQuery remove = database().prepare(QStringLiteral("DELETE FROM trash"));
        if (auto r = exec(remove); !r)
            return r;
        database().touch(Trash);
        return {};
    });
}

Result<QList<TrashEntry>> TrashRepository::list() const
{
    QSqlQuery q = database().prepare(QStringLiteral(
        "SELECT id, deleted_at, deleted_by, record_table, record_id, label, payload FROM trash ORDER BY id DESC"));
    if (auto r = exec(q); !r)
        return r.error();
    QList<TrashEntry> entries;
    while (q.next()) {
        TrashEntry entry;
        entry.id = q.value(0).toLongLong();
        entry.deletedAt = RowCodec::timestampFrom(q.value(1));
        entry.deletedBy = q.value(2).toString();
        entry.table = q.value(3).toString();
        entry.recordId = q.value(4).toLongLong();
        entry.label = q.value(5).toString();
        const QJsonObject payload = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        entry.recordCount = int(payload.value(QStringLiteral("roots")).toArray().size());
        const QJsonObject rows = payload.value(QStringLiteral("rows")).toObject();
        for (auto it = rows.constBegin(); it != rows.constEnd(); ++it)
            entry.rows.insert(it.key(), int(it->toArray().size()));
        entries << entry;
    }
    return entries;
}

Result<qint64> TrashRepository::count() const
{
    return RepositoryBase::count(QStringLiteral("FROM trash"), {});
}

Result<bool> TrashRepository::holds(qint64 trashId) const
{
    const Result<qint64> found = RepositoryBase::count(QStringLiteral("FROM trash WHERE id = ?"), {trashId});
    if (!found)
        return found.error();
    return *found > 0;
}
