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
    setFields({textField(QStringLiteral("name"), tr("Name"), &Partner::name).withTip([](const PartnerTableRow &row) {
                   return QVariant(CellValue::titleTip(row.record.name, row.record.notes));
               }),
               textField(QStringLiteral("short_name"), tr("Short name"), &Partner::shortName),
               choiceField(QStringLiteral("kind"), tr("Kind"), &Partner::kind, tr("kind of partner")), countryField(),
               textField(QStringLiteral("city"), tr("City"), &Partner::city),
               textField(QStringLiteral("website"), tr("Website"), &Partner::website).sortedBy(QString()),
               countField(QStringLiteral("agreements"), tr("Agreements"),
                          [](const PartnerTableRow &row) { return QVariant(row.agreements); })},
              tr("The partner is no longer listed."));
    setDefaultSort(NameColumn);
}

// The country by its name; edited and shown in the tooltip by its code.
PartnerTableModel::Field PartnerTableModel::countryField()
{
    Field country = textField(QStringLiteral("country"), tr("Country"), &Partner::country);
    country.display = [](const PartnerTableRow &row) { return QVariant(Countries::nameOf(row.record.country)); };
    country.edit = [](const PartnerTableRow &row) { return QVariant(row.record.country); };
    country.tip = [](const PartnerTableRow &row) {
        return row.record.country.isEmpty() ? QVariant() : QVariant(row.record.country);
    };
    country.write = [](Database &db, RecordWriter &writer, const Partner &partner, const QVariant &value) {
        const Countries::Parsed parsed = Countries::parse(CellValue::text(value));
        if (!parsed.isAcceptable())
            return Result<void>(StoreError{StoreError::Kind::Invalid, parsed.problem});
        return writeField(db, writer, partner, &Partner::country, parsed.code);
    };
    return country;
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
