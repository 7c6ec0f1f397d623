// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/milestone.h"
#include "models/repositorytablemodel.h"
#include "store/milestonerepository.h"

// A loaded row of MilestoneTableModel: the milestone and its agreement's title.
struct MilestoneTableRow
{
    Milestone record;
    QString agreement;
};

// Milestones: title, agreement, due period, status, when achieved, location; overdue ones flagged.
class MilestoneTableModel final : public RepositoryTableModel<MilestoneRepository, MilestoneTableRow>
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        TitleColumn,
        AgreementColumn,
        DueColumn,
        StatusColumn,
        AchievedColumn,
        LocationColumn,
    };

    explicit MilestoneTableModel(QObject *parent = nullptr);

    // The loaded row of a milestone shown in the model.
    Milestone milestoneAt(int row) const;
    // "Today" for overdue flags (tests pin it; default: the current date).
    void setToday(QDate today) { m_today = today; }

protected:
    QStringList watchedTables() const override;
    Result<QList<MilestoneTableRow>> rowsFor(Database &db, const QList<Milestone> &records) const override;
    QVariant overdue(const MilestoneTableRow &row) const override;

private:
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    QDate m_today;
};
