// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agreementtablemodel.h"

#include "models/cellvalue.h"
#include "models/recordwriter.h"
#include "store/partnerrepository.h"

AgreementTableModel::AgreementTableModel(QObject *parent)
    : RepositoryTableModel(parent)
{
    setColumns({
        {QStringLiteral("title"), tr("Title"), QStringLiteral("title"), Editor::Text},
        {QStringLiteral("kind"), tr("Kind"), QStringLiteral("kind"), Editor::Choice},
        {QStringLiteral("status"), tr("Status"), QStringLiteral("status"), Editor::Choice},
        {QStringLiteral("signed_on"), tr("Signed"), QStringLiteral("signed_on"), Editor::FuzzyDate},
        {QStringLiteral("starts_on"), tr("Starts"), QStringLiteral("starts_on"), Editor::FuzzyDate},
        {QStringLiteral("ends_on"), tr("Ends"), QStringLiteral("ends_on"), Editor::FuzzyDate},
        {QStringLiteral("parties"), tr("Parties"), QString(), Editor::None},
        {QStringLiteral("themes"), tr("Themes"), QString(), Editor::Text},
        {QStringLiteral("milestones"), tr("Milestones"), QString(), Editor::None},
        {QStringLiteral("overdue"), tr("Overdue"), QString(), Editor::None},
    });
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

QVariant AgreementTableModel::cellData(qint64 id, int column, int role) const
{
    const AgreementTableRow *row = loadedRow(id);
    if (!row)
        return {};
    const Agreement &a = row->record;
    switch (role) {
    case ChoicesRole:
        if (column == KindColumn)
            return CellValue::choices<AgreementKind>();
        if (column == StatusColumn)
            return CellValue::choices<AgreementStatus>();
        return {};
    case OverdueRole:
        return row->milestones.overdue > 0;
    case Qt::TextAlignmentRole:
        if (column == MilestonesColumn || column == OverdueColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case TitleColumn:
            return CellValue::titleTip(a.title, a.summary);
        case SignedColumn:
            return CellValue::dateInterval(a.signedOn);
        case StartsColumn:
            return CellValue::dateInterval(a.startsOn);
        case EndsColumn:
            return CellValue::dateInterval(a.endsOn);
        case PartiesColumn:
            return row->parties.join(QLatin1Char('\n'));
        default:
            return {};
        }
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const bool edit = role == Qt::EditRole;
        switch (column) {
        case TitleColumn:
            return a.title;
        case KindColumn:
            return edit ? codeOf(a.kind) : displayNameOf(a.kind);
        case StatusColumn:
            return edit ? codeOf(a.status) : displayNameOf(a.status);
        case SignedColumn:
            return CellValue::dateText(a.signedOn);
        case StartsColumn:
            return CellValue::dateText(a.startsOn);
        case EndsColumn:
            return CellValue::dateText(a.endsOn);
        case PartiesColumn:
            return row->parties.join(QStringLiteral(", "));
        case ThemesColumn:
            return a.themes.join(QStringLiteral(", "));
        case MilestonesColumn:
            return row->milestones.total;
        case OverdueColumn:
            return row->milestones.overdue;
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

Result<void> AgreementTableModel::writeCell(Database &db, RecordWriter &writer, qint64 id, int column,
                                            const QVariant &value)
{
    const AgreementTableRow *row = loadedRow(id);
    if (!row)
        return StoreError{StoreError::Kind::NotFound, tr("The agreement is no longer listed.")};
    const Agreement &a = row->record;
    switch (column) {
    case TitleColumn:
        return writeField(db, writer, a, &Agreement::title, CellValue::text(value));
    case KindColumn:
        return writeField(db, writer, a, &Agreement::kind,
                          CellValue::choice<AgreementKind>(value, tr("kind of agreement")));
    case StatusColumn:
        return writeField(db, writer, a, &Agreement::status, CellValue::choice<AgreementStatus>(value, tr("status")));
    case SignedColumn:
        return writeField(db, writer, a, &Agreement::signedOn, CellValue::date(value));
    case StartsColumn:
        return writeField(db, writer, a, &Agreement::startsOn, CellValue::date(value));
    case EndsColumn:
        return writeField(db, writer, a, &Agreement::endsOn, CellValue::date(value));
    case ThemesColumn:
        return writeField(db, writer, a, &Agreement::themes, CellValue::list(value));
    default:
        return StoreError{StoreError::Kind::Invalid, tr("This column cannot be edited.")};
    }
}
