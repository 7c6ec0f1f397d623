// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/contact.h"
#include "store/entityrepository.h"

#include <QList>

// How contacts are kept: table, columns, encoding, filters and sort keys.
const EntitySpec<Contact> &contactSpec();

// People at partners. Filters: "partner" (id). Sort keys: name, role, email.
class ContactRepository : public EntityRepository<Contact>
{
public:
    explicit ContactRepository(Database &db);

    Result<void> remove(qint64 id, int version = 0) const;
    Result<QList<Contact>> listForPartner(qint64 partnerId) const;
};
