// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/milestonetablemodel.h"

#include "models/cellvalue.h"
#include "models/recordwriter.h"
#include "store/agreementrepository.h"
#include "store/milestonerepository.h"

#include <QSet>

MilestoneTableModel::MilestoneTableModel(QObject *parent)
    : RepositoryTableModel(parent)
{
    setFields(
        {textField(QStringLiteral("title"), tr("Milestone"), &Milestone::title)
             .withTip([](const MilestoneTableRow &row) {
                 return QVariant(CellValue::titleTip(row.record.title, row.record.notes));
             }),
         shownField(QStringLiteral("agreement"), tr("Agreement"),
                    [](const MilestoneTableRow &row) { return QVariant(row.agreement); })
             .sortedBy(QStringLiteral("agreement")),
         dateField(QStringLiteral("due"), tr("Due"), &Milestone::due).withTip([this](const MilestoneTableRow &row) {
             const QString interval = CellValue::dateInterval(row.record.due);
             return QVariant(row.record.isOverdueOn(today()) ? tr("%1 — overdue").arg(interval) : interval);
         }),
         choiceField(QStringLiteral("status"), tr("Status"), &Milestone::status, tr("status")),
         dateField(QStringLiteral("achieved_on"), tr("Achieved"), &Milestone::achievedOn),
         textField(QStringLiteral("location"), tr("Location"), &Milestone::location)},
        tr("The milestone is no longer listed."));
    setDefaultSort(DueColumn);
}

Milestone MilestoneTableModel::milestoneAt(int row) const
{
    const MilestoneTableRow *loaded = loadedRow(idAt(row));
    return loaded ? loaded->record : Milestone();
}

QStringList MilestoneTableModel::watchedTables() const
{
    return {QStringLiteral("milestone"), QStringLiteral("agreement"), QStringLiteral("agreement_party"),
            QStringLiteral("agreement_theme"), QStringLiteral("partner")};
}

Result<QList<MilestoneTableRow>> MilestoneTableModel::rowsFor(Database &db, const QList<Milestone> &records) const
{
    QSet<qint64> agreementIds;
    for (const Milestone &milestone : records)
        agreementIds.insert(milestone.agreementId);
    const Result<QHash<qint64, QString>> titles =
        AgreementRepository(db).titles(QList<qint64>(agreementIds.cbegin(), agreementIds.cend()));
    if (!titles)
        return titles.error();
    QList<MilestoneTableRow> rows;
    for (const Milestone &milestone : records)
        rows.append({milestone, titles->value(milestone.agreementId)});
    return rows;
}

QVariant MilestoneTableModel::overdue(const MilestoneTableRow &row) const
{
    return row.record.isOverdueOn(today());
}
