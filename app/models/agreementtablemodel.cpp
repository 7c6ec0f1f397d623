// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agreementtablemodel.h"

#include "models/cellvalue.h"
#include "models/recordwriter.h"
#include "store/partnerrepository.h"

AgreementTableModel::AgreementTableModel(QObject *parent)
    : RepositoryTableModel(parent)
{
    const auto tally = [](qint64 MilestoneTally::*count) {
        return [count](Field &f) {
            f.display = [count](const AgreementTableRow &row) { return QVariant(row.milestones.*count); };
        };
    };
    setFields(recordColumns({
                  {QStringLiteral("parties"), namesIn(&AgreementTableRow::parties)},
                  {QStringLiteral("milestones"), tally(&MilestoneTally::total)},
                  {QStringLiteral("overdue"), tally(&MilestoneTally::overdue)},
              }),
              tr("The agreement is no longer listed."));
    setDefaultSort(TitleColumn);
}

QStringList AgreementTableModel::watchedTables() const
{
    return {QStringLiteral("agreement"), QStringLiteral("agreement_party"), QStringLiteral("agreement_theme"),
            QStringLiteral("partner"), QStringLiteral("milestone")};
}

Result<QList<AgreementTableRow>> AgreementTableModel::rowsFor(Database &db, const QList<Agreement> &records) const
{
    QList<qint64> ids;
    QList<qint64> partnerIds;
    for (const Agreement &agreement : records) {
        ids << agreement.meta.id;
        for (const AgreementParty &party : agreement.parties)
            partnerIds << party.partnerId;
    }
    const Result<QHash<qint64, MilestoneTally>> tallies = AgreementRepository(db).milestoneTallies(ids);
    if (!tallies)
        return tallies.error();
    const Result<QHash<qint64, QString>> labels = PartnerRepository(db).labels(partnerIds);
    if (!labels)
        return labels.error();
    QList<AgreementTableRow> rows;
    for (const Agreement &agreement : records) {
        AgreementTableRow row{agreement, {}, tallies->value(agreement.meta.id)};
        for (const AgreementParty &party : agreement.parties)
            row.parties << labels->value(party.partnerId);
        rows.append(row);
    }
    return rows;
}

QVariant AgreementTableModel::overdue(const AgreementTableRow &row) const
{
    return row.milestones.overdue > 0;
}
