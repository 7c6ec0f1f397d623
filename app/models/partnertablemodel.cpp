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
    setColumns({
        {QStringLiteral("name"), tr("Name"), QStringLiteral("name"), Editor::Text},
        {QStringLiteral("short_name"), tr("Short name"), QStringLiteral("short_name"), Editor::Text},
        {QStringLiteral("kind"), tr("Kind"), QStringLiteral("kind"), Editor::Choice},
        {QStringLiteral("country"), tr("Country"), QStringLiteral("country"), Editor::Text},
        {QStringLiteral("city"), tr("City"), QStringLiteral("city"), Editor::Text},
        {QStringLiteral("website"), tr("Website"), QString(), Editor::Text},
        {QStringLiteral("agreements"), tr("Agreements"), QString(), Editor::None},
    });
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

QVariant PartnerTableModel::cellData(qint64 id, int column, int role) const
{
    const PartnerTableRow *row = loadedRow(id);
    if (!row)
        return {};
    const Partner &p = row->record;
    if (role == ChoicesRole)
        return column == KindColumn ? QVariant(CellValue::choices<PartnerKind>()) : QVariant();
    if (role == Qt::TextAlignmentRole && column == AgreementsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == NameColumn)
        return CellValue::titleTip(p.name, p.notes);
    if (role == Qt::ToolTipRole && column == CountryColumn && !p.country.isEmpty())
        return p.country;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (column) {
    case NameColumn:
        return p.name;
    case ShortNameColumn:
        return p.shortName;
    case KindColumn:
        return edit ? codeOf(p.kind) : displayNameOf(p.kind);
    case CountryColumn:
        return edit ? p.country : Countries::nameOf(p.country);
    case CityColumn:
        return p.city;
    case WebsiteColumn:
        return p.website;
    case AgreementsColumn:
        return row->agreements;
    default:
        return {};
    }
}

Result<void> PartnerTableModel::writeCell(Database &db, RecordWriter &writer, qint64 id, int column,
                                          const QVariant &value)
{
    const PartnerTableRow *row = loadedRow(id);
    if (!row)
        return StoreError{StoreError::Kind::NotFound, tr("The partner is no longer listed.")};
    const Partner &p = row->record;
    switch (column) {
    case NameColumn:
        return writeField(db, writer, p, &Partner::name, CellValue::text(value));
    case ShortNameColumn:
        return writeField(db, writer, p, &Partner::shortName, CellValue::text(value));
    case KindColumn:
        return writeField(db, writer, p, &Partner::kind, CellValue::choice<PartnerKind>(value, tr("kind of partner")));
    case CountryColumn: {
        const Countries::Parsed country = Countries::parse(CellValue::text(value));
        if (!country.isAcceptable())
            return StoreError{StoreError::Kind::Invalid, country.problem};
        return writeField(db, writer, p, &Partner::country, country.code);
    }
    case CityColumn:
        return writeField(db, writer, p, &Partner::city, CellValue::text(value));
    case WebsiteColumn:
        return writeField(db, writer, p, &Partner::website, CellValue::text(value));
    default:
        return StoreError{StoreError::Kind::Invalid, tr("This column cannot be edited.")};
    }
}
