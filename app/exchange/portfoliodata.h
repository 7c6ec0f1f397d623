// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/agreement.h"
#include "domain/contact.h"
#include "domain/event.h"
#include "domain/milestone.h"
#include "domain/partner.h"

#include <QList>

// A whole portfolio in memory, as exchanged in the JSON format. Ids are the file's own; they
// link the parts to each other and are kept when imported into an empty portfolio.
struct PortfolioData
{
    struct MilestoneEntry
    {
        Milestone milestone;
        QList<MilestoneChange> history;
    };

    QList<Partner> partners;
    QList<Contact> contacts;
    QList<Event> events;
    QList<Agreement> agreements;
    QList<MilestoneEntry> milestones;
};
