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
    setFields(recordColumns({
                  {QStringLiteral("agreement"),
                   [](Field &f) { f.display = [](const MilestoneTableRow &row) { return QVariant(row.agreement); }; }},
                  {QStringLiteral("due"),
                   [this](Field &f) {
                       f.tip = [this](const MilestoneTableRow &row) {
                           const QString interval = CellValue::dateInterval(row.record.due);
                           return QVariant(row.record.isOverdueOn(today()) ? tr("%1 — overdue").arg(interval)
                                                                           : interval);
                       };
                   }},
              }),
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
