// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/partner.h"
#include "models/repositorytablemodel.h"
#include "store/partnerrepository.h"

// A loaded row of PartnerTableModel: the partner and how many agreements it is party to.
struct PartnerTableRow
{
    Partner record;
    int agreements = 0;
};

// Partners: name, short name, kind, country, city, website and how many agreements each is party to.
class PartnerTableModel final : public RepositoryTableModel<PartnerRepository, PartnerTableRow>
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        NameColumn,
        ShortNameColumn,
        KindColumn,
        CountryColumn,
        CityColumn,
        WebsiteColumn,
        AgreementsColumn,
    };

    explicit PartnerTableModel(QObject *parent = nullptr);

protected:
    QStringList watchedTables() const override;
    Result<QList<PartnerTableRow>> rowsFor(Database &db, const QList<Partner> &records) const override;
};
