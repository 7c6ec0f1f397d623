// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/milestone.h"

#include <QCoreApplication>

QString Milestone::problem() const
{
    if (title.trimmed().isEmpty())
        return QCoreApplication::translate("Milestone",
                                           "A milestone needs a title, e.g. “Production facility in Lund ready”.");
    if (agreementId <= 0)
        return QCoreApplication::translate("Milestone", "A milestone belongs to an agreement; choose one.");
    return {};
}
