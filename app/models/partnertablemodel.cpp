// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/partnertablemodel.h"

#include "domain/countries.h"
#include "models/cellvalue.h"
#include "models/recordwriter.h"
#include "store/agreementrepository.h"
#include "store/partnerrepository.h"

PartnerTableModel::PartnerTableModel(QObject *parent)
    : RepositoryTableModel(parent)
{
    setFields(recordColumns({
                  {QStringLiteral("agreements"),
                   [](Field &f) { f.display = [](const PartnerTableRow &row) { return QVariant(row.agreements); }; }},
              }),
              tr("The partner is no longer listed."));
    setDefaultSort(NameColumn);
}

QStringList PartnerTableModel::watchedTables() const
{
    return {QStringLiteral("partner"), QStringLiteral("agreement_party")};
}

Result<QList<PartnerTableRow>> PartnerTableModel::rowsFor(Database &db, const QList<Partner> &records) const
{
    QList<qint64> ids;
    for (const Partner &partner : records)
        ids << partner.meta.id;
    const Result<QHash<qint64, int>> counts = AgreementRepository(db).countsForPartners(ids);
    if (!counts)
        return counts.error();
    QList<PartnerTableRow> rows;
    for (const Partner &partner : records)
        rows.append({partner, counts->value(partner.meta.id)});
    return rows;
}
