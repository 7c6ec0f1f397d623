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
        return [count](const AgreementTableRow &row) { return QVariant(row.milestones.*count); };
    };
    setFields(
        {textField(QStringLiteral("title"), tr("Title"), &Agreement::title).withTip([](const AgreementTableRow &row) {
             return QVariant(CellValue::titleTip(row.record.title, row.record.summary));
         }),
         choiceField(QStringLiteral("kind"), tr("Kind"), &Agreement::kind, tr("kind of agreement")),
         choiceField(QStringLiteral("status"), tr("Status"), &Agreement::status, tr("status")),
         dateField(QStringLiteral("signed_on"), tr("Signed"), &Agreement::signedOn),
         dateField(QStringLiteral("starts_on"), tr("Starts"), &Agreement::startsOn),
         dateField(QStringLiteral("ends_on"), tr("Ends"), &Agreement::endsOn),
         shownField(
             QStringLiteral("parties"), tr("Parties"),
             [](const AgreementTableRow &row) { return QVariant(row.parties.join(QStringLiteral(", "))); },
             [](const AgreementTableRow &row) { return QVariant(row.parties.join(QLatin1Char('\n'))); }),
         themesField(), countField(QStringLiteral("milestones"), tr("Milestones"), tally(&MilestoneTally::total)),
         countField(QStringLiteral("overdue"), tr("Overdue"), tally(&MilestoneTally::overdue))},
        tr("The agreement is no longer listed."));
    setDefaultSort(TitleColumn);
}

AgreementTableModel::Field AgreementTableModel::themesField()
{
    Field themes = shownField(QStringLiteral("themes"), tr("Themes"), [](const AgreementTableRow &row) {
        return QVariant(row.record.themes.join(QStringLiteral(", ")));
    });
    themes.column.editor = Editor::Text;
    themes.write = [](Database &db, RecordWriter &writer, const Agreement &agreement, const QVariant &value) {
        return writeField(db, writer, agreement, &Agreement::themes, CellValue::list(value));
    };
    return themes;
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
