// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/agreement.h"
#include "domain/event.h"
#include "domain/milestone.h"
#include "domain/partner.h"
#include "store/storeerror.h"

class Database;

// Where the edits made in a table model go. This one writes through the repositories at once;
// the UI's writer turns each edit into an undo command instead. `before` is the row as the user
// saw it (its version guards against someone else's change in the meantime).
class RecordWriter
{
public:
    RecordWriter() = default;
    virtual ~RecordWriter() = default;
    RecordWriter(const RecordWriter &) = delete;
    RecordWriter &operator=(const RecordWriter &) = delete;

    virtual Result<void> updatePartner(Database &db, const Partner &before, const Partner &after);
    virtual Result<void> updateAgreement(Database &db, const Agreement &before, const Agreement &after);
    virtual Result<void> updateMilestone(Database &db, const Milestone &before, const Milestone &after,
                                         const QString &reason);
    virtual Result<void> updateEvent(Database &db, const Event &before, const Event &after);

    // The four under one name, for code written once for every kind (a milestone's edit gives no reason).
    Result<void> update(Database &db, const Partner &before, const Partner &after)
    {
        return updatePartner(db, before, after);
    }
    Result<void> update(Database &db, const Agreement &before, const Agreement &after)
    {
        return updateAgreement(db, before, after);
    }
    Result<void> update(Database &db, const Milestone &before, const Milestone &after)
    {
        return updateMilestone(db, before, after, QString());
    }
    Result<void> update(Database &db, const Event &before, const Event &after)
    {
        return updateEvent(db, before, after);
    }
};
