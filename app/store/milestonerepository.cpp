// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/milestonerepository.h"

#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/fieldcolumns.h"
#include "store/migrations.h"
#include "store/sqldialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace {

// "column IN ('code', ...)" for the statuses `pick` picks; the codes are constants, written in.
template<typename Pick>
QString statusIn(const QString &column, Pick pick)
{
    QStringList codes;
    for (MilestoneStatus status : allValues<MilestoneStatus>())
        if (pick(status))
            codes << QLatin1Char('\'') + codeOf(status) + QLatin1Char('\'');
    return column + QStringLiteral(" IN (") + codes.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// The columns changeFrom() reads; a file from before the authors (opened read-only) names nobody.
QString changeColumns(const Database &db)
{
    return QStringLiteral("id, milestone_id, changed_at, old_due, new_due, old_status, new_status, reason, %1")
        .arg(db.schemaVersion() >= Migrations::ChangeAuthorVersion ? QStringLiteral("author") : QStringLiteral("''"));
}

MilestoneChange changeFrom(const QSqlQuery &q)
{
    MilestoneChange c;
    c.id = q.value(0).toLongLong();
    c.milestoneId = q.value(1).toLongLong();
    c.changedAt = RowCodec::timestampFrom(q.value(2));
    c.oldDue = RowCodec::dateFrom(q.value(3));
    c.newDue = RowCodec::dateFrom(q.value(4));
    c.oldStatus = enumFromCode<MilestoneStatus>(q.value(5).toString());
    c.newStatus = enumFromCode<MilestoneStatus>(q.value(6).toString());
    c.reason = q.value(7).toString();
    c.author = q.value(8).toString();
    return c;
}

QString statusCode(const std::optional<MilestoneStatus> &status)
{
    return status ? codeOf(*status) : QString();
}

constexpr int InListChunk = 500;

// "column IN <the ids bound as one value>" and that value: one short statement however many ids.
QString idIn(const Database &db, const QString &column)
{
    return db.dialect().inIdList(column, QStringLiteral("?"));
}

QVariant idList(const Database &db, const QList<qint64> &ids)
{
    return db.dialect().idListValue(ids);
}

// What a timeline lane shows of a milestone.
const FieldColumns::Subset<Milestone> &laneFields()
{
    static const FieldColumns::Subset<Milestone> fields = FieldColumns::subsetOf<Milestone>(
        {QStringLiteral("title"), QStringLiteral("agreement_id"), QStringLiteral("due"), QStringLiteral("status"),
         QStringLiteral("achieved_on"), QStringLiteral("location")});
    return fields;
}

} // namespace

const EntitySpec<Milestone> &milestoneSpec()
{
    static const EntitySpec<Milestone> spec = [] {
        EntitySpec<Milestone> s = FieldColumns::specOf<Milestone>(
            "milestone",
            QList<ListFilter>{
                {QStringLiteral("agreement"), QStringLiteral("agreement_id = ?"), ListFilter::Value::Id},
                {QStringLiteral("status"), QStringLiteral("status = ?")},
                {QStringLiteral("overdue"), QStringLiteral("due_last < ? AND ") + MilestoneRepository::openCondition(),
                 ListFilter::Value::Today},
            } + AgreementRepository::partyAndThemeFilters(QStringLiteral("agreement_id")),
            "due");
        s.sortKeys.insert(
            QStringLiteral("agreement"),
            SortColumn{QStringLiteral("title"), true, QStringLiteral("agreement"), QStringLiteral("agreement_id")});
        return s;
    }();
    return spec;
}

QString MilestoneRepository::openCondition(const QString &statusColumn)
{
    return statusIn(statusColumn, isOpen);
}

MilestoneRepository::MilestoneRepository(Database &db)
    : EntityRepository(db, milestoneSpec())
{}

Result<Milestone> MilestoneRepository::update(const Milestone &milestone, const QString &reason,
                                              const QDateTime &changedAt, MilestoneChange *recorded) const
{
    if (recorded)
        *recorded = MilestoneChange();
    if (auto r = validate(milestone); !r)
        return r.error();
    const Result<void> done = database().write([&]() -> Result<void> {
        const Result<Milestone> before = get(milestone.meta.id);
        if (!before)
            return before.error();
        const Result<RowMeta> stored = updateRecord(milestone);
        if (!stored)
            return stored.error();
        const bool dueChanged = before->due != milestone.due;
        const bool statusChanged = before->status != milestone.status;
        if (!dueChanged && !statusChanged)
            return {};
        MilestoneChange change;
        change.milestoneId = milestone.meta.id;
        change.changedAt = changedAt.isValid() ? changedAt : stored->updatedAt;
        change.oldDue = before->due;
        change.newDue = milestone.due;
        change.oldStatus = before->status;
        change.newStatus = milestone.status;
        change.reason = reason;
        change.author = database().author();
        const Result<MilestoneChange> added = addChange(change);
        if (!added)
            return added.error();
        if (recorded)
            *recorded = *added;
        return {};
    });
    if (!done)
        return done.error();
    return get(milestone.meta.id);
}

Result<Milestone> MilestoneRepository::revertUpdate(const Milestone &before, const QList<qint64> &recordedChanges) const
{
    const Result<void> done = database().write([&]() -> Result<void> {
        MilestoneChange added;
        const Result<Milestone> written = update(before, QString(), QDateTime(), &added);
        if (!written)
            return written.error();
        return removeChanges(added.id > 0 ? recordedChanges + QList<qint64>{added.id} : recordedChanges);
    });
    if (!done)
        return done.error();
    return get(before.meta.id);
}

Result<MilestoneChange> MilestoneRepository::addChange(const MilestoneChange &change) const
{
    MilestoneChange stored = change;
    const Result<void> done = database().write([&]() -> Result<void> {
        const QDateTime when = change.changedAt.isValid() ? change.changedAt : QDateTime::currentDateTimeUtc();
        RowMeta meta;
        meta.id = change.id;
        meta.createdAt = when;
        const Result<RowMeta> row =
            insertRow(QStringLiteral("milestone_change"),
                      {QStringLiteral("milestone_id"), QStringLiteral("changed_at"), QStringLiteral("old_due"),
                       QStringLiteral("new_due"), QStringLiteral("old_status"), QStringLiteral("new_status"),
                       QStringLiteral("reason"), QStringLiteral("author")},
                      {change.milestoneId, RowCodec::timestamp(when), RowCodec::dateCode(change.oldDue),
                       RowCodec::dateCode(change.newDue), statusCode(change.oldStatus), statusCode(change.newStatus),
                       change.reason, change.author},
                      meta);
        if (!row)
            return row.error();
        stored.id = row->id;
        stored.changedAt = RowCodec::timestampFrom(RowCodec::timestamp(when));
        return {};
    });
    if (!done)
        return done.error();
    return stored;
}

Result<void> MilestoneRepository::remove(qint64 id, int version) const
{
    return database().write([&]() -> Result<void> {
        if (auto r = deleteRow(QStringLiteral("milestone"), id, version); !r)
            return r;
        database().touch(QStringLiteral("milestone_change"));
        return {};
    });
}

Result<QList<Milestone>> MilestoneRepository::listForAgreement(qint64 agreementId) const
{
    ListQuery query;
    query.filters.insert(QStringLiteral("agreement"), QString::number(agreementId));
    return list(query);
}

Result<void> MilestoneRepository::removeChanges(const QList<qint64> &changeIds) const
{
    if (changeIds.isEmpty())
        return {};
    return database().write([&]() -> Result<void> {
        QSqlQuery q = database().prepare(
            QStringLiteral("DELETE FROM milestone_change WHERE id IN (%1)").arg(placeholders(int(changeIds.size()))));
        if (auto r = exec(q, boundIds(changeIds)); !r)
            return r;
        database().touch(QStringLiteral("milestone_change"));
        return {};
    });
}

Result<QList<MilestoneChange>> MilestoneRepository::changes(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = database().prepare(QStringLiteral("SELECT %1 FROM milestone_change WHERE %2 ORDER BY changed_at, id")
                                         .arg(changeColumns(database()), where));
    if (auto r = exec(q, values); !r)
        return r.error();
    QList<MilestoneChange> result;
    while (q.next())
        result.append(changeFrom(q));
    return result;
}

Result<QList<MilestoneChange>> MilestoneRepository::history(qint64 milestoneId) const
{
    return changes(QStringLiteral("milestone_id = ?"), {milestoneId});
}

Result<QList<MilestoneChange>> MilestoneRepository::changesBetween(const QDateTime &from, const QDateTime &to) const
{
    return changes(QStringLiteral("changed_at >= ? AND changed_at < ?"),
                   {RowCodec::timestamp(from), RowCodec::timestamp(to)});
}

Result<Milestone> MilestoneRepository::revertChange(const MilestoneChange &change) const
{
    const Result<void> done = database().write([&]() -> Result<void> {
        const Result<Milestone> current = get(change.milestoneId);
        if (!current)
            return current.error();
        if (current->due != change.newDue || (change.newStatus && current->status != *change.newStatus))
            return StoreError{
                StoreError::Kind::Conflict,
                QCoreApplication::translate("MilestoneRepository",
                                            "“%1” was changed again since; that change cannot be undone on its own.")
                    .arg(current->title)};
        Milestone restored = *current;
        restored.due = change.oldDue;
        if (change.oldStatus)
            restored.status = *change.oldStatus;
        if (auto r = validate(restored); !r)
            return r;
        const Result<RowMeta> stored = updateRecord(restored);
        if (!stored)
            return stored.error();
        QSqlQuery remove =
            database().prepare(QStringLiteral("DELETE FROM milestone_change WHERE id = ? AND milestone_id = ?"));
        if (auto r = exec(remove, {change.id, change.milestoneId}); !r)
            return r;
        if (remove.numRowsAffected() != 1)
            return notFound(QStringLiteral("milestone_change"), change.id);
        database().touch(QStringLiteral("milestone_change"));
        return {};
    });
    if (!done)
        return done.error();
    return get(change.milestoneId);
}

Result<QHash<qint64, qint64>> MilestoneRepository::countPerAgreement(const QList<qint64> &agreementIds) const
{
    QHash<qint64, qint64> counts;
    if (agreementIds.isEmpty())
        return counts;
    QSqlQuery q =
        database().prepare(QStringLiteral("SELECT agreement_id, COUNT(*) FROM milestone WHERE %1 GROUP BY agreement_id")
                               .arg(idIn(database(), QStringLiteral("agreement_id"))));
    if (auto r = exec(q, {idList(database(), agreementIds)}); !r)
        return r.error();
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return counts;
}

Result<QList<Milestone>> MilestoneRepository::listForAgreements(const QList<qint64> &agreementIds) const
{
    QList<Milestone> milestones;
    if (agreementIds.isEmpty())
        return milestones;
    QSqlQuery q =
        database().prepare(QStringLiteral("SELECT %1 FROM milestone WHERE %2 ORDER BY agreement_id, due_first, id")
                               .arg(laneFields().columns, idIn(database(), QStringLiteral("agreement_id"))));
    if (auto r = exec(q, {idList(database(), agreementIds)}); !r)
        return r.error();
    while (q.next())
        milestones.append(laneFields().decode(q));
    return milestones;
}

Result<QList<MilestoneLaneSummary>> MilestoneRepository::laneSummaries(const QList<qint64> &agreementIds, QDate from,
                                                                       QDate to) const
{
    QList<MilestoneLaneSummary> summaries;
    for (int start = 0; start < agreementIds.size(); start += InListChunk) {
        const QList<qint64> chunk = agreementIds.mid(start, InListChunk);
        QSqlQuery q = database().prepare(
            QStringLiteral(
                "SELECT agreement_id, SUM(CASE WHEN (due_first <= ? AND due_last >= ?) OR (due_first IS NULL "
                "AND achieved_first <= ? AND achieved_first >= ?) THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN due_first IS NULL AND achieved_first IS NULL THEN 1 ELSE 0 END), "
                "MAX(due_last), MAX(achieved_first) FROM milestone WHERE agreement_id IN (%1) "
                "GROUP BY agreement_id")
                .arg(placeholders(int(chunk.size()))));
        if (auto r = exec(q, QVariantList{FuzzyDate::isoDay(to), FuzzyDate::isoDay(from), FuzzyDate::isoDay(to),
                                          FuzzyDate::isoDay(from.addYears(-1))} +
                                 boundIds(chunk));
            !r)
            return r.error();
        while (q.next()) {
            MilestoneLaneSummary summary;
            summary.agreementId = q.value(0).toLongLong();
            summary.inRange = q.value(1).toLongLong();
            summary.undated = q.value(2).toLongLong();
            const QDate due = QDate::fromString(q.value(3).toString(), Qt::ISODate);
            const QDate achieved = QDate::fromString(q.value(4).toString(), Qt::ISODate);
            summary.lastDay = !achieved.isValid() || (due.isValid() && due > achieved) ? due : achieved;
            summaries.append(summary);
        }
    }
    return summaries;
}

Result<QList<Milestone>> MilestoneRepository::listInRange(const QList<qint64> &agreementIds, QDate from, QDate to) const
{
    QList<Milestone> milestones;
    if (agreementIds.isEmpty())
        return milestones;
    QSqlQuery q =
        database().prepare(QStringLiteral("SELECT %1 FROM milestone WHERE %2 AND ((due_first <= ? AND due_last >= ?) "
                                          "OR (due_first IS NULL AND achieved_first <= ? AND achieved_first >= ?)) "
                                          "ORDER BY agreement_id, due_first, id")
                               .arg(laneFields().columns, idIn(database(), QStringLiteral("agreement_id"))));
    if (auto r = exec(q, {idList(database(), agreementIds), FuzzyDate::isoDay(to), FuzzyDate::isoDay(from),
                          FuzzyDate::isoDay(to), FuzzyDate::isoDay(from.addYears(-1))});
        !r)
        return r.error();
    while (q.next())
        milestones.append(laneFields().decode(q));
    return milestones;
}

Result<QList<MilestoneDensity>> MilestoneRepository::densityInRange(const QList<qint64> &agreementIds, QDate from,
                                                                    QDate to, MilestoneDensity::Bucket bucket,
                                                                    QDate today) const
{
    // ISO dates bucket by their prefix: "2024" (year), "2024-07" (month), "2024-07-12" (day).
    const int prefix = bucket == MilestoneDensity::Bucket::Year    ? 4
                       : bucket == MilestoneDensity::Bucket::Month ? 7
                                                                   : 10;
    const QString status = QStringLiteral("status");
    const QString achieved = statusIn(status, [](MilestoneStatus s) { return s == MilestoneStatus::Achieved; });
    const QString closed =
        statusIn(status, [](MilestoneStatus s) { return !isOpen(s) && s != MilestoneStatus::Achieved; });
    QList<MilestoneDensity> result;
    for (int start = 0; start < agreementIds.size(); start += InListChunk) {
        const QList<qint64> chunk = agreementIds.mid(start, InListChunk);
        QSqlQuery q = database().prepare(
            QStringLiteral("SELECT agreement_id, substr(due_first, 1, %1) AS bucket, COUNT(*), "
                           "SUM(CASE WHEN %2 THEN 1 ELSE 0 END), "
                           "SUM(CASE WHEN %3 THEN 1 ELSE 0 END), "
                           "SUM(CASE WHEN %3 AND due_last < ? THEN 1 ELSE 0 END), "
                           "SUM(CASE WHEN %4 THEN 1 ELSE 0 END) "
                           "FROM milestone WHERE agreement_id IN (%5) AND due_first <= ? AND due_last >= ? "
                           "GROUP BY agreement_id, substr(due_first, 1, %1) ORDER BY agreement_id, bucket")
                .arg(prefix)
                .arg(achieved, openCondition(), closed, placeholders(int(chunk.size()))));
        if (auto r = exec(q, QVariantList{FuzzyDate::isoDay(today)} + boundIds(chunk) +
                                 QVariantList{FuzzyDate::isoDay(to), FuzzyDate::isoDay(from)});
            !r)
            return r.error();
        while (q.next()) {
            MilestoneDensity d;
            d.agreementId = q.value(0).toLongLong();
            const QString key = q.value(1).toString();
            switch (bucket) {
            case MilestoneDensity::Bucket::Year:
                d.first = QDate(key.toInt(), 1, 1);
                d.last = QDate(key.toInt(), 12, 31);
                break;
            case MilestoneDensity::Bucket::Month:
                d.first = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
                d.last = d.first.addMonths(1).addDays(-1);
                break;
            case MilestoneDensity::Bucket::Day:
                d.first = QDate::fromString(key, Qt::ISODate);
                d.last = d.first;
                break;
            }
            d.count = q.value(2).toInt();
            d.achieved = q.value(3).toInt();
            d.open = q.value(4).toInt();
            d.overdue = q.value(5).toInt();
            d.closed = q.value(6).toInt();
            result.append(d);
        }
    }
    return result;
}

Result<QList<MilestoneChange>> MilestoneRepository::historyFor(const QList<qint64> &milestoneIds) const
{
    QList<MilestoneChange> result;
    if (milestoneIds.isEmpty())
        return result;
    QSqlQuery q = database().prepare(
        QStringLiteral("SELECT %1 FROM milestone_change WHERE %2 ORDER BY milestone_id, changed_at, id")
            .arg(changeColumns(database()), idIn(database(), QStringLiteral("milestone_id"))));
    if (auto r = exec(q, {idList(database(), milestoneIds)}); !r)
        return r.error();
    while (q.next())
        result.append(changeFrom(q));
    return result;
}
