// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entityfield.h"
#include "domain/enums.h"
#include "domain/rowmeta.h"

struct Partner
{
    RowMeta meta;
    QString name;
    QString shortName;
    PartnerKind kind = PartnerKind::Other;
    QString country; // ISO 3166-1 alpha-2, upper case
    QString city;
    QString website;
    QString notes;

    // What tables and lists show for a partner: its short name, or its name when it has none.
    QString label() const { return shortName.isEmpty() ? name : shortName; }
    // Why the record cannot be stored as it is, as a sentence for the user; empty when it can.
    QString problem() const;
    // What a partner holds, in the order everything shows it.
    static const QList<EntityField<Partner>> &fields();
};
