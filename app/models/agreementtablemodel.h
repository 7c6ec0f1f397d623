// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/agreement.h"
#include "models/repositorytablemodel.h"
#include "store/agreementrepository.h"

// A loaded row of AgreementTableModel: the agreement, its parties' labels and its milestones.
struct AgreementTableRow
{
    Agreement record;
    QStringList parties; // labels, in the agreement's order
    MilestoneTally milestones;
};

// Agreements: title, kind, status, dates, parties, themes, and their milestones (how many, how many overdue).
class AgreementTableModel final : public RepositoryTableModel<AgreementRepository, AgreementTableRow>
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        TitleColumn,
        KindColumn,
        StatusColumn,
        SignedColumn,
        StartsColumn,
        EndsColumn,
        PartiesColumn,
        ThemesColumn,
        MilestonesColumn,
        OverdueColumn,
    };

    explicit AgreementTableModel(QObject *parent = nullptr);

protected:
    QStringList watchedTables() const override;
    Result<QList<AgreementTableRow>> rowsFor(Database &db, const QList<Agreement> &records) const override;
    QVariant overdue(const AgreementTableRow &row) const override;
};
