// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entityfield.h"
#include "domain/enums.h"
#include "domain/fuzzydate.h"
#include "domain/rowmeta.h"

#include <QList>
#include <QStringList>

// A partner's part in an agreement, with its own signing date.
struct AgreementParty
{
    qint64 partnerId = 0;
    PartyRole role = PartyRole::Signatory;
    FuzzyDate signedOn;
};

struct Agreement
{
    RowMeta meta;
    QString title;
    AgreementKind kind = AgreementKind::Other;
    AgreementStatus status = AgreementStatus::Draft;
    FuzzyDate signedOn;
    FuzzyDate startsOn;
    FuzzyDate endsOn;
    qint64 signingEventId = 0; // 0: none
    qint64 predecessorId = 0;  // 0: none (LoI -> MoU -> MSA chains)
    QStringList themes;
    QString summary;
    QString notes;
    QList<AgreementParty> parties;
    // Why the record cannot be stored as it is, as a sentence for the user; empty when it can.
    QString problem() const;
    // What an agreement holds, in the order everything shows it.
    static const QList<EntityField<Agreement>> &fields();
};
