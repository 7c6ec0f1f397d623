// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/agreement.h"

#include <QCoreApplication>

QString Agreement::problem() const
{
    if (title.trimmed().isEmpty())
        return QCoreApplication::translate("Agreement",
                                           "An agreement needs a title, e.g. “Declaration of intent on ATMP”.");
    if (startsOn.isValid() && endsOn.isValid() && endsOn.last() < startsOn.first())
        return QCoreApplication::translate("Agreement", "The end (%1) is before the start (%2); type an end on or "
                                                        "after the start.")
            .arg(endsOn.toString(), startsOn.toString());
    QList<qint64> seen;
    for (const AgreementParty &party : parties) {
        if (party.partnerId <= 0)
            return QCoreApplication::translate("Agreement", "Every party must be a partner; choose one from the list.");
        if (seen.contains(party.partnerId))
            return QCoreApplication::translate("Agreement", "A partner is listed twice among the parties.");
        seen << party.partnerId;
    }
    if (predecessorId > 0 && predecessorId == meta.id)
        return QCoreApplication::translate("Agreement", "An agreement cannot be its own predecessor.");
    return {};
}
