// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/recordwriter.h"

#include "store/agreementrepository.h"
#include "store/eventrepository.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"

namespace {

template<typename T>
Result<void> done(const Result<T> &result)
{
    if (!result)
        return result.error();
    return {};
}

} // namespace

Result<void> RecordWriter::updatePartner(Database &db, const Partner &, const Partner &after)
{
    return done(PartnerRepository(db).update(after));
}

Result<void> RecordWriter::updateAgreement(Database &db, const Agreement &, const Agreement &after)
{
    return done(AgreementRepository(db).update(after));
}

Result<void> RecordWriter::updateMilestone(Database &db, const Milestone &, const Milestone &after,
                                           const QString &reason)
{
    return done(MilestoneRepository(db).update(after, reason));
}

Result<void> RecordWriter::updateEvent(Database &db, const Event &, const Event &after)
{
    return done(EventRepository(db).update(after));
}
