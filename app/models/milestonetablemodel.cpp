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
    setColumns({
        {QStringLiteral("title"), tr("Milestone"), QStringLiteral("title"), Editor::Text},
        {QStringLiteral("agreement"), tr("Agreement"), QStringLiteral("agreement"), Editor::None},
        {QStringLiteral("due"), tr("Due"), QStringLiteral("due"), Editor::FuzzyDate},
        {QStringLiteral("status"), tr("Status"), QStringLiteral("status"), Editor::Choice},
        {QStringLiteral("achieved_on"), tr("Achieved"), QStringLiteral("achieved_on"), Editor::FuzzyDate},
        {QStringLiteral("location"), tr("Location"), QStringLiteral("location"), Editor::Text},
    });
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

QVariant MilestoneTableModel::cellData(qint64 id, int column, int role) const
{
    const MilestoneTableRow *row = loadedRow(id);
    if (!row)
        return {};
    const Milestone &m = row->record;
    switch (role) {
    case ChoicesRole:
        return column == StatusColumn ? QVariant(CellValue::choices<MilestoneStatus>()) : QVariant();
    case OverdueRole:
        return m.isOverdueOn(today());
    case Qt::ToolTipRole:
        if (column == DueColumn) {
            const QString interval = CellValue::dateInterval(m.due);
            return m.isOverdueOn(today()) ? tr("%1 — overdue").arg(interval) : interval;
        }
        if (column == AchievedColumn)
            return CellValue::dateInterval(m.achievedOn);
        if (column == TitleColumn)
            return CellValue::titleTip(m.title, m.notes);
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const bool edit = role == Qt::EditRole;
        switch (column) {
        case TitleColumn:
            return m.title;
        case AgreementColumn:
            return row->agreement;
        case DueColumn:
            return CellValue::dateText(m.due);
        case StatusColumn:
            return edit ? codeOf(m.status) : displayNameOf(m.status);
        case AchievedColumn:
            return CellValue::dateText(m.achievedOn);
        case LocationColumn:
            return m.location;
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

Result<void> MilestoneTableModel::writeCell(Database &db, RecordWriter &writer, qint64 id, int column,
                                            const QVariant &value)
{
    const MilestoneTableRow *row = loadedRow(id);
    if (!row)
        return StoreError{StoreError::Kind::NotFound, tr("The milestone is no longer listed.")};
    const Milestone &m = row->record;
    switch (column) {
    case TitleColumn:
        return writeField(db, writer, m, &Milestone::title, CellValue::text(value));
    case DueColumn:
        return writeField(db, writer, m, &Milestone::due, CellValue::date(value));
    case StatusColumn:
        return writeField(db, writer, m, &Milestone::status, CellValue::choice<MilestoneStatus>(value, tr("status")));
    case AchievedColumn:
        return writeField(db, writer, m, &Milestone::achievedOn, CellValue::date(value));
    case LocationColumn:
        return writeField(db, writer, m, &Milestone::location, CellValue::text(value));
    default:
        return StoreError{StoreError::Kind::Invalid, tr("This column cannot be edited.")};
    }
}
