// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/importundo.h"

#include "domain/recorddiff.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {

QString nameOf(const Partner &partner)
{
    return partner.name;
}

template<typename Row>
QString nameOf(const Row &row)
{
    return row.title;
}

// The rows of the plan in one table whose stored data differs from what the import wrote. Only rows
// whose version moved on are read whole: an edit undone since leaves the version higher but the
// data as imported, which is no change.
template<typename Repository, typename Row>
Result<void> collect(Database &db, const QString &table, const QList<Row> &rows, QList<ImportedRowChange> *changed)
{
    QHash<qint64, const Row *> written;
    QStringList ids;
    for (const Row &row : rows) {
        if (row.meta.id <= 0)
            continue;
        written.insert(row.meta.id, &row);
        ids << QString::number(row.meta.id);
    }
    if (ids.isEmpty())
        return {};
    QSqlQuery query = db.prepare(QStringLiteral("SELECT id, version FROM %1 WHERE id IN (%2) ORDER BY id")
                                     .arg(table, ids.join(QLatin1Char(','))));
    if (!query.exec())
        return Database::sqlError(query);
    QList<qint64> moved;
    while (query.next())
        if (query.value(1).toInt() != std::max(written.value(query.value(0).toLongLong())->meta.version, 1))
            moved << query.value(0).toLongLong();
    query.finish();
    const Repository repository(db);
    for (const qint64 id : std::as_const(moved)) {
        const auto current = repository.get(id);
        if (!current)
            return current.error();
        const QStringList fields = RecordDiff::changedFields(*written.value(id), *current);
        if (!fields.isEmpty())
            *changed << ImportedRowChange{table, id, nameOf(*current), fields};
    }
    return {};
}

bool kept(const QList<ImportedRowChange> &keep, const QString &table, qint64 id)
{
    return keep.contains(ImportedRowChange{table, id, {}, {}});
}

} // namespace

namespace ImportUndo {

Result<QList<ImportedRowChange>> changedRows(Database &db, const ImportPlan &plan)
{
    QList<ImportedRowChange> changed;
    if (auto r = collect<PartnerRepository>(db, QStringLiteral("partner"), plan.partners, &changed); !r)
        return r.error();
    if (auto r = collect<AgreementRepository>(db, QStringLiteral("agreement"), plan.agreements, &changed); !r)
        return r.error();
    if (auto r = collect<MilestoneRepository>(db, QStringLiteral("milestone"), plan.milestones, &changed); !r)
        return r.error();
    return changed;
}

ImportPlan without(const ImportPlan &plan, const QList<ImportedRowChange> &keep)
{
    QList<ImportedRowChange> all = keep;
    const QString partner = QStringLiteral("partner");
    const QString agreement = QStringLiteral("agreement");
    for (const Milestone &milestone : plan.milestones)
        if (kept(all, QStringLiteral("milestone"), milestone.meta.id))
            all << ImportedRowChange{agreement, milestone.agreementId, {}, {}};
    // Predecessors first, to a fixed point: a kept agreement keeps the chain before it.
    for (bool grew = true; grew;) {
        grew = false;
        for (const Agreement &row : plan.agreements)
            if (kept(all, agreement, row.meta.id) && row.predecessorId > 0 &&
                !kept(all, agreement, row.predecessorId)) {
                all << ImportedRowChange{agreement, row.predecessorId, {}, {}};
                grew = true;
            }
    }
    for (const Agreement &row : plan.agreements)
        if (kept(all, agreement, row.meta.id))
            for (const AgreementParty &party : row.parties)
                all << ImportedRowChange{partner, party.partnerId, {}, {}};
    ImportPlan rest;
    for (const Partner &row : plan.partners)
        if (!kept(all, partner, row.meta.id))
            rest.partners << row;
    for (const Agreement &row : plan.agreements)
        if (!kept(all, agreement, row.meta.id))
            rest.agreements << row;
    for (const Milestone &row : plan.milestones)
        if (!kept(all, QStringLiteral("milestone"), row.meta.id))
            rest.milestones << row;
    return rest;
}

Result<void> remove(Database &db, const ImportPlan &plan, const QList<ImportedRowChange> &expected)
{
    return db.write([&]() -> Result<void> {
        const Result<QList<ImportedRowChange>> changed = changedRows(db, plan);
        if (!changed)
            return changed.error();
        const bool same = changed->size() == expected.size() &&
                          std::all_of(changed->cbegin(), changed->cend(),
                                      [&expected](const ImportedRowChange &c) { return expected.contains(c); });
        if (!same)
            return StoreError{StoreError::Kind::Conflict,
                              QCoreApplication::translate("ImportUndo",
                                                          "Rows of the import were changed again meanwhile; the "
                                                          "import was not undone.")};
        return CsvImport::remove(db, plan);
    });
}

QString describe(const ImportedRowChange &change)
{
    return QCoreApplication::translate("ImportUndo", "%1 %2 “%3”: %4 changed")
        .arg(change.table)
        .arg(change.id)
        .arg(change.name, change.fields.join(QStringLiteral(", ")));
}

} // namespace ImportUndo
