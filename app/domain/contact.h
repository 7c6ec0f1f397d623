// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entityfield.h"
#include "domain/rowmeta.h"

#include <QString>

struct Contact
{
    RowMeta meta;
    qint64 partnerId = 0;
    QString name;
    QString role;
    QString email;
    QString phone;
    QString notes;
    // Why the record cannot be stored as it is, as a sentence for the user; empty when it can.
    QString problem() const;
    // What a contact holds, in the order everything shows it.
    static const QList<EntityField<Contact>> &fields();
};
