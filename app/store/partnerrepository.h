// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/partner.h"
#include "store/entityrepository.h"

#include <QHash>
#include <QList>

// How partners are kept: table, columns, encoding, filters and sort keys.
const EntitySpec<Partner> &partnerSpec();

// Partners. Filters: "kind" (code), "country" (ISO code). Sort keys: name, short_name, kind,
// country, city, created_at, updated_at.
class PartnerRepository : public EntityRepository<Partner>
{
public:
    explicit PartnerRepository(Database &db);

    // Refused (InUse) while the partner is a party to an agreement; its contacts go with it.
    Result<void> remove(qint64 id, int version = 0) const;
    // Finds a partner by exact name or short name, case-insensitively; id 0 when none.
    Result<qint64> findByName(const QString &name) const;
    // The labels (Partner::label()) of some partners, by id; unknown ids left out.
    Result<QHash<qint64, QString>> labels(const QList<qint64> &ids) const;
    // Every country code in use, sorted.
    Result<QStringList> countries() const;

private:
    Result<void> checkWrite(const Partner &partner) const override;
};
