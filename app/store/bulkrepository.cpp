// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/bulkrepository.h"

#include "store/agreementrepository.h"
#include "store/historylog.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "store/rowcodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace {

template<typename T>
qint64 largestId(const QList<T> &rows)
{
    qint64 largest = 0;
    for (const T &row : rows)
        largest = qMax(largest, row.meta.id);
    return largest;
}

} // namespace

// Prepared INSERTs for one table: one row with or without its id and, on SQLite, BatchRows rows at
// once with ids given here from the largest in use (the write lock is held, so no one else adds any);
// and "now" for rows without times.
struct BulkRepository::Statement
{
    static constexpr int BatchRows = 64;

    Statement(const Database &db, const QString &table, const QStringList &columns, qint64 largestGivenId = 0)
        : table(table)
        , width(int(columns.size()) + 4)
        , now(QDateTime::currentDateTimeUtc())
        , nowText(RowCodec::timestamp(now))
    {
        const QString names = (columns + QStringList{QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                                     QStringLiteral("version")})
                                  .join(QStringLiteral(", "));
        withoutId =
            db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names, placeholders(width - 1)));
        withId =
            db.prepare(QStringLiteral("INSERT INTO %1 (id, %2) VALUES (%3)").arg(table, names, placeholders(width)));
        if (!db.dialect().bulkInsertsChooseIds())
            return;
        QStringList rows;
        for (int i = 0; i < BatchRows; ++i)
            rows << QLatin1Char('(') + placeholders(width) + QLatin1Char(')');
        batch = db.prepare(
            QStringLiteral("INSERT INTO %1 (id, %2) VALUES %3").arg(table, names, rows.join(QStringLiteral(", "))));
        QSqlQuery largest = db.prepare(QStringLiteral("SELECT MAX(id) FROM %1").arg(table));
        if (largest.exec() && largest.next())
            nextId = qMax(largest.value(0).toLongLong(), largestGivenId) + 1;
    }

    QString table;
    int width; // the columns with the id and the meta columns
    QDateTime now;
    QString nowText;
    QSqlQuery withId;
    QSqlQuery withoutId;
    QSqlQuery batch;
    qint64 nextId = 0; // 0: no batches; the database gives the ids
    QVariantList pending;
    QString firstPending; // the first waiting row's first value, for messages
};

StoreError BulkRepository::stopped()
{
    return {StoreError::Kind::Invalid, QCoreApplication::translate("BulkRepository", "Stopped; nothing was changed.")};
}

Result<void> BulkRepository::write(const std::function<Result<void>()> &work) const
{
    if (database().inTransaction())
        return database().write(work);
    return database().dialect().inBulkSession(database().connection(), [&] { return database().write(work); });
}

Result<void> BulkRepository::insert(Statement &statement, QVariantList values, RowMeta &meta) const
{
    const bool created = meta.createdAt.isValid();
    if (!created)
        meta.createdAt = statement.now;
    if (!meta.updatedAt.isValid())
        meta.updatedAt = meta.createdAt;
    if (meta.version <= 0)
        meta.version = 1;
    const QString createdText = created ? RowCodec::timestamp(meta.createdAt) : statement.nowText;
    values << createdText << (meta.updatedAt == meta.createdAt ? createdText : RowCodec::timestamp(meta.updatedAt))
           << meta.version;
    if (statement.nextId > 0) {
        if (meta.id <= 0)
            meta.id = statement.nextId++;
        if (statement.pending.isEmpty())
            statement.firstPending = values.constFirst().toString();
        statement.pending << meta.id << values;
        if (statement.pending.size() < Statement::BatchRows * statement.width)
            return {};
        const Result<void> done = exec(statement.batch, statement.pending);
        statement.pending.clear();
        if (!done)
            return StoreError{done.error().kind,
                              QCoreApplication::translate("BulkRepository", "%1 (%2 rows from “%3” on): %4")
                                  .arg(statement.table)
                                  .arg(Statement::BatchRows)
                                  .arg(statement.firstPending, done.error().message)};
        return {};
    }
    if (meta.id > 0) {
        values.prepend(meta.id);
        return exec(statement.withId, values);
    }
    if (auto r = exec(statement.withoutId, values); !r)
        return r;
    meta.id = database().dialect().insertedId(statement.withoutId);
    return {};
}

Result<void> BulkRepository::flush(Statement &statement) const
{
    for (qsizetype start = 0; start < statement.pending.size(); start += statement.width)
        if (auto r = exec(statement.withId, statement.pending.mid(start, statement.width)); !r)
            return StoreError{r.error().kind, QCoreApplication::translate("BulkRepository", "%1 (from “%2” on): %3")
                                                  .arg(statement.table, statement.firstPending, r.error().message)};
    statement.pending.clear();
    return {};
}

template<typename T>
Result<void> BulkRepository::createAll(QList<T> &records, const EntitySpec<T> &spec, const char *failure,
                                       QString T::*label, const Progress &progress,
                                       const std::function<Result<void>()> &addDetails) const
{
    for (const T &record : records)
        if (auto r = EntityRepository<T>::validate(record); !r)
            return r;
    return write([&]() -> Result<void> {
        Statement statement(database(), spec.table, spec.writeColumns, largestId(records));
        for (qsizetype i = 0; i < records.size(); ++i) {
            T &record = records[i];
            if (auto r = insert(statement, spec.encode(record), record.meta); !r)
                return StoreError{r.error().kind, QCoreApplication::translate("BulkRepository", failure)
                                                      .arg((record.*label).trimmed(), r.error().message)};
            if (progress && (i + 1) % ProgressStep == 0 && !progress(i + 1))
                return stopped();
        }
        if (auto r = flush(statement); !r)
            return r;
        if (addDetails)
            if (auto r = addDetails(); !r)
                return r;
        database().touch(spec.table);
        return recordCreates(spec.table, records);
    });
}

Result<void> BulkRepository::createPartners(QList<Partner> &partners, const Progress &progress) const
{
    return createAll(partners, partnerSpec(), QT_TRANSLATE_NOOP("BulkRepository", "Partner “%1”: %2"), &Partner::name,
                     progress);
}

Result<void> BulkRepository::createAgreements(QList<Agreement> &agreements, const Progress &progress) const
{
    // First the agreements, then (once they are all in) their parties and themes, which refer to them.
    return createAll(
        agreements, agreementSpec(), QT_TRANSLATE_NOOP("BulkRepository", "Agreement “%1”: %2"), &Agreement::title,
        progress, [&]() -> Result<void> {
            Statement party(database(), QStringLiteral("agreement_party"),
                            {QStringLiteral("agreement_id"), QStringLiteral("partner_id"), QStringLiteral("role"),
                             QStringLiteral("signed_on"), QStringLiteral("signed_first"), QStringLiteral("position")});
            for (const Agreement &a : std::as_const(agreements)) {
                int position = 0;
                for (const AgreementParty &p : a.parties) {
                    RowMeta linkMeta{0, a.meta.createdAt, a.meta.updatedAt, 1};
                    if (auto r = insert(party,
                                        {a.meta.id, p.partnerId, codeOf(p.role), RowCodec::dateCode(p.signedOn),
                                         RowCodec::dateFirst(p.signedOn), position++},
                                        linkMeta);
                        !r)
                        return r;
                }
            }
            if (auto r = flush(party); !r)
                return r;

            // Themes are found by name or added at once (links refer to them); links go in batches.
            QHash<QString, qint64> themeIds;
            QSqlQuery existing = database().prepare(QStringLiteral("SELECT id, name FROM theme"));
            if (auto r = exec(existing); !r)
                return r;
            while (existing.next())
                themeIds.insert(database().dialect().caseKey(existing.value(1).toString()),
                                existing.value(0).toLongLong());
            QSqlQuery addTheme = database().prepare(
                QStringLiteral("INSERT INTO theme (name, created_at, updated_at, version) VALUES (?, ?, ?, 1)"));
            Statement themeLink(
                database(), QStringLiteral("agreement_theme"),
                {QStringLiteral("agreement_id"), QStringLiteral("theme_id"), QStringLiteral("position")});
            for (const Agreement &a : std::as_const(agreements)) {
                int position = 0;
                QSet<qint64> linked;
                for (const QString &rawName : a.themes) {
                    const QString name = rawName.trimmed();
                    if (name.isEmpty())
                        continue;
                    const QString key = database().dialect().caseKey(name);
                    qint64 themeId = themeIds.value(key);
                    if (themeId == 0) {
                        const QString created = RowCodec::timestamp(a.meta.createdAt);
                        if (auto r = exec(addTheme, {name, created, RowCodec::timestamp(a.meta.updatedAt)}); !r)
                            return r;
                        themeId = database().dialect().insertedId(addTheme);
                        themeIds.insert(key, themeId);
                    }
                    if (linked.contains(themeId))
                        continue;
                    linked.insert(themeId);
                    RowMeta linkMeta{0, a.meta.createdAt, a.meta.updatedAt, 1};
                    if (auto r = insert(themeLink, {a.meta.id, themeId, position++}, linkMeta); !r)
                        return r;
                }
            }
            if (auto r = flush(themeLink); !r)
                return r;
            for (const char *table : {"agreement_party", "theme", "agreement_theme"})
                database().touch(QLatin1String(table));
            return {};
        });
}

Result<void> BulkRepository::createMilestones(QList<Milestone> &milestones, const Progress &progress) const
{
    return createAll(milestones, milestoneSpec(), QT_TRANSLATE_NOOP("BulkRepository", "Milestone “%1”: %2"),
                     &Milestone::title, progress);
}

template<typename T>
Result<void> BulkRepository::recordCreates(const QString &table, const QList<T> &rows) const
{
    if (!database().recordsHistory())
        return {};
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const T &row : rows)
        ids << row.meta.id;
    return HistoryLog::addCreates(database(), table, ids);
}

Result<void> BulkRepository::removeByIds(const QString &table, const QList<qint64> &ids,
                                         const QStringList &alsoTouched) const
{
    return database().write([&]() -> Result<void> {
        QSqlQuery remove = database().prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
        const bool recording = database().recordsHistory();
        for (qint64 id : ids) {
            if (recording)
                if (auto r = HistoryLog::addDeleted(database(), table, id); !r)
                    return r;
            if (auto r = exec(remove, {id}); !r)
                return r;
        }
        database().touch(table);
        for (const QString &other : alsoTouched)
            database().touch(other);
        return {};
    });
}

Result<void> BulkRepository::removeMilestones(const QList<qint64> &ids) const
{
    return removeByIds(QStringLiteral("milestone"), ids, {QStringLiteral("milestone_change")});
}

Result<void> BulkRepository::removeAgreements(const QList<qint64> &ids) const
{
    return database().write([&]() -> Result<void> {
        if (auto r = removeByIds(QStringLiteral("agreement"), ids,
                                 {QStringLiteral("agreement_party"), QStringLiteral("agreement_theme"),
                                  QStringLiteral("milestone"), QStringLiteral("milestone_change")});
            !r)
            return r;
        QSqlQuery unused = database().prepare(
            QStringLiteral("DELETE FROM theme WHERE id NOT IN (SELECT theme_id FROM agreement_theme)"));
        if (auto r = exec(unused); !r)
            return r;
        database().touch(QStringLiteral("theme"));
        return {};
    });
}

Result<void> BulkRepository::removePartners(const QList<qint64> &ids) const
{
    return removeByIds(QStringLiteral("partner"), ids, {QStringLiteral("contact")});
}

Result<QList<BulkRepository::PartnerName>> BulkRepository::partnerNames() const
{
    QSqlQuery q = database().prepare(QStringLiteral("SELECT id, name, short_name, country FROM partner ORDER BY id"));
    if (auto r = exec(q); !r)
        return r.error();
    QList<PartnerName> names;
    while (q.next())
        names.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return names;
}

Result<QList<BulkRepository::AgreementTitle>> BulkRepository::agreementTitles() const
{
    QSqlQuery q = database().prepare(QStringLiteral("SELECT id, title FROM agreement ORDER BY id"));
    if (auto r = exec(q); !r)
        return r.error();
    QList<AgreementTitle> titles;
    while (q.next())
        titles.append({q.value(0).toLongLong(), q.value(1).toString()});
    return titles;
}
