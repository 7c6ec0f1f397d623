// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/deletionplan.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

constexpr int Chunk = 500;

QString marks(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << QStringLiteral("?");
    return list.join(QLatin1Char(','));
}

// Runs `sql` (with one "%1" for a list of ids) for `ids` in chunks and hands each row to `read`.
Result<void> forIds(Database &db, const QString &sql, const QList<qint64> &ids,
                    const std::function<void(const QSqlQuery &)> &read)
{
    for (int start = 0; start < ids.size(); start += Chunk) {
        const QList<qint64> chunk = ids.mid(start, Chunk);
        QSqlQuery query = db.prepare(sql.arg(marks(int(chunk.size()))));
        for (int i = 0; i < chunk.size(); ++i)
            query.bindValue(i, chunk.at(i));
        if (!query.exec())
            return Database::sqlError(query);
        while (query.next())
            read(query);
    }
    return {};
}

// The link's owner: the row a link-table row belongs to (its first cascading key).
const DeletionPlan::ForeignKey *ownerKey(const QString &table)
{
    for (const DeletionPlan::ForeignKey &key : DeletionPlan::foreignKeys())
        if (key.table == table && key.onDelete == DeletionPlan::OnDelete::Cascade)
            return &key;
    return nullptr;
}

} // namespace

const QList<DeletionPlan::ForeignKey> &DeletionPlan::foreignKeys()
{
    static const QList<ForeignKey> keys{
        {QStringLiteral("contact"), QStringLiteral("partner_id"), QStringLiteral("partner"), OnDelete::Cascade},
        {QStringLiteral("event_partner"), QStringLiteral("event_id"), QStringLiteral("event"), OnDelete::Cascade},
        {QStringLiteral("event_partner"), QStringLiteral("partner_id"), QStringLiteral("partner"), OnDelete::Cascade},
        {QStringLiteral("event_contact"), QStringLiteral("event_id"), QStringLiteral("event"), OnDelete::Cascade},
        {QStringLiteral("event_contact"), QStringLiteral("contact_id"), QStringLiteral("contact"), OnDelete::Cascade},
        {QStringLiteral("agreement"), QStringLiteral("signing_event_id"), QStringLiteral("event"), OnDelete::SetNull},
        {QStringLiteral("agreement"), QStringLiteral("predecessor_id"), QStringLiteral("agreement"), OnDelete::SetNull},
        {QStringLiteral("agreement_party"), QStringLiteral("agreement_id"), QStringLiteral("agreement"),
         OnDelete::Cascade},
        {QStringLiteral("agreement_party"), QStringLiteral("partner_id"), QStringLiteral("partner"),
         OnDelete::Restrict},
        {QStringLiteral("agreement_theme"), QStringLiteral("agreement_id"), QStringLiteral("agreement"),
         OnDelete::Cascade},
        {QStringLiteral("agreement_theme"), QStringLiteral("theme_id"), QStringLiteral("theme"), OnDelete::Restrict},
        {QStringLiteral("milestone"), QStringLiteral("agreement_id"), QStringLiteral("agreement"), OnDelete::Cascade},
        {QStringLiteral("milestone_change"), QStringLiteral("milestone_id"), QStringLiteral("milestone"),
         OnDelete::Cascade},
    };
    return keys;
}

const QStringList &DeletionPlan::tablesInOrder()
{
    static const QStringList tables{
        QStringLiteral("partner"),       QStringLiteral("contact"),         QStringLiteral("event"),
        QStringLiteral("event_partner"), QStringLiteral("event_contact"),   QStringLiteral("agreement"),
        QStringLiteral("theme"),         QStringLiteral("agreement_party"), QStringLiteral("agreement_theme"),
        QStringLiteral("milestone"),     QStringLiteral("milestone_change")};
    return tables;
}

QString DeletionPlan::labelColumn(const QString &table)
{
    if (table == QLatin1String("partner") || table == QLatin1String("contact") || table == QLatin1String("theme"))
        return QStringLiteral("name");
    if (table == QLatin1String("agreement") || table == QLatin1String("milestone") || table == QLatin1String("event"))
        return QStringLiteral("title");
    return {};
}

Result<DeletionPlan> DeletionPlan::of(Database &db, const QString &table, const QList<qint64> &ids)
{
    DeletionPlan plan;
    plan.m_table = table;
    const QString labels = labelColumn(table);
    if (labels.isEmpty() || !tablesInOrder().contains(table))
        return StoreError{
            StoreError::Kind::Invalid,
            QCoreApplication::translate("DeletionPlan", "Rows of “%1” are not deleted on their own.").arg(table)};
    const Result<void> named = forIds(
        db, QStringLiteral("SELECT id, %1, version FROM %2 WHERE id IN (%3)").arg(labels, table, QStringLiteral("%1")),
        ids, [&](const QSqlQuery &q) {
            plan.m_labels.insert(q.value(0).toLongLong(), q.value(1).toString());
            plan.m_versions.insert(q.value(0).toLongLong(), q.value(2).toInt());
        });
    if (!named)
        return named.error();
    for (qint64 id : ids) {
        if (!plan.m_labels.contains(id))
            return StoreError{StoreError::Kind::NotFound,
                              QCoreApplication::translate("DeletionPlan", "There is no %1 #%2 (it may have been "
                                                                          "deleted already).")
                                  .arg(table)
                                  .arg(id)};
        if (!plan.m_rootIds.contains(id)) {
            plan.m_rootIds << id;
            plan.m_rootOf[table].insert(id, id);
        }
    }

    // Everything that cascades, table by table, until nothing new comes.
    QList<std::pair<QString, QList<qint64>>> pending{{table, plan.m_rootIds}};
    while (!pending.isEmpty()) {
        const auto [parent, parentIds] = pending.takeFirst();
        for (const ForeignKey &key : foreignKeys()) {
            if (key.parent != parent || key.onDelete != OnDelete::Cascade)
                continue;
            QList<qint64> fresh;
            QHash<qint64, qint64> &roots = plan.m_rootOf[key.table];
            const QHash<qint64, qint64> &parentRoots = plan.m_rootOf[parent];
            const Result<void> read = forIds(db,
                                             QStringLiteral("SELECT id, %1 FROM %2 WHERE %1 IN (%3)")
                                                 .arg(key.column, key.table, QStringLiteral("%1")),
                                             parentIds, [&](const QSqlQuery &q) {
                                                 const qint64 id = q.value(0).toLongLong();
                                                 if (!roots.contains(id)) {
                                                     roots.insert(id, parentRoots.value(q.value(1).toLongLong()));
                                                     fresh << id;
                                                 }
                                             });
            if (!read)
                return read.error();
            if (!fresh.isEmpty())
                pending.append({key.table, fresh});
        }
    }

    // Themes that no agreement outside the plan uses go too (AgreementRepository keeps no unused theme).
    const QHash<qint64, qint64> links = plan.m_rootOf.value(QStringLiteral("agreement_theme"));
    if (!links.isEmpty() && table != QLatin1String("theme")) {
        QHash<qint64, qint64> themeRoot;
        QSet<qint64> usedElsewhere;
        const QList<qint64> linkIds = links.keys();
        const Result<void> used =
            forIds(db,
                   QStringLiteral("SELECT t.id, t.theme_id FROM agreement_theme t WHERE t.theme_id IN (SELECT theme_id "
                                  "FROM agreement_theme WHERE id IN (%1))"),
                   linkIds, [&](const QSqlQuery &q) {
                       const qint64 link = q.value(0).toLongLong();
                       const qint64 theme = q.value(1).toLongLong();
                       if (links.contains(link))
                           themeRoot.insert(theme, links.value(link));
                       else
                           usedElsewhere.insert(theme);
                   });
        if (!used)
            return used.error();
        for (auto it = themeRoot.cbegin(); it != themeRoot.cend(); ++it)
            if (!usedElsewhere.contains(it.key()))
                plan.m_rootOf[QStringLiteral("theme")].insert(it.key(), it.value());
    }

    // What keeps the rows from going, and the references their going clears.
    for (const ForeignKey &key : foreignKeys()) {
        if (key.onDelete == OnDelete::Cascade || !plan.m_rootOf.contains(key.parent))
            continue;
        const QHash<qint64, qint64> parentRoots = plan.m_rootOf.value(key.parent);
        const QHash<qint64, qint64> going = plan.m_rootOf.value(key.table);
        const ForeignKey *owner = labelColumn(key.table).isEmpty() ? ownerKey(key.table) : nullptr;
        const QString holder = owner ? owner->column : QStringLiteral("id");
        QList<qint64> blocking;
        const Result<void> read = forIds(
            db,
            QStringLiteral("SELECT id, %1, %2 FROM %3 WHERE %1 IN (%4)")
                .arg(key.column, holder, key.table, QStringLiteral("%1")),
            parentRoots.keys(), [&](const QSqlQuery &q) {
                const qint64 id = q.value(0).toLongLong();
                if (going.contains(id))
                    return;
                const qint64 target = q.value(1).toLongLong();
                const qint64 root = parentRoots.value(target);
                if (key.onDelete == OnDelete::SetNull) {
                    plan.m_cleared.append({key.table, id, key.column, target});
                    ++plan.m_clearedPerRoot[root];
                } else {
                    plan.m_blockers.append({owner ? owner->parent : key.table, q.value(2).toLongLong(), {}, root});
                }
            });
        if (!read)
            return read.error();
    }
    for (Blocker &blocker : plan.m_blockers) {
        QSqlQuery q =
            db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(labelColumn(blocker.table), blocker.table));
        q.bindValue(0, blocker.id);
        if (!q.exec())
            return Database::sqlError(q);
        if (q.next())
            blocker.label = q.value(0).toString();
    }
    return plan;
}

QMap<QString, QList<qint64>> DeletionPlan::rows() const
{
    QMap<QString, QList<qint64>> result;
    for (auto it = m_rootOf.cbegin(); it != m_rootOf.cend(); ++it) {
        if (it->isEmpty())
            continue;
        QList<qint64> ids = it->keys();
        std::sort(ids.begin(), ids.end());
        result.insert(it.key(), ids);
    }
    return result;
}

int DeletionPlan::count(const QString &table) const
{
    return int(m_rootOf.value(table).size());
}

int DeletionPlan::count(const QString &table, qint64 rootId) const
{
    const QHash<qint64, qint64> roots = m_rootOf.value(table);
    return int(std::count(roots.cbegin(), roots.cend(), rootId));
}

int DeletionPlan::clearedCount(qint64 rootId) const
{
    return m_clearedPerRoot.value(rootId);
}
