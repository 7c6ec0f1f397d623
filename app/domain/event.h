// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entityfield.h"
#include "domain/fuzzydate.h"
#include "domain/rowmeta.h"

#include <QList>

struct Event
{
    RowMeta meta;
    QString title;
    FuzzyDate date;
    QString place;
    QString notes;
    QList<qint64> partnerIds; // participating organisations
    QList<qint64> contactIds; // participating people
    // Why the record cannot be stored as it is, as a sentence for the user; empty when it can.
    QString problem() const;
    // What an event holds, in the order everything shows it.
    static const QList<EntityField<Event>> &fields();
};
