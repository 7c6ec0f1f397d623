// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/agreement.h"
#include "domain/contact.h"
#include "domain/event.h"
#include "domain/milestone.h"
#include "domain/partner.h"

#include <QStringList>

// Which fields two versions of a record differ in (ids, timestamps and versions aside), named as
// the user knows them ("status", "end"), translated; empty when they hold the same data.
namespace RecordDiff {

QStringList changedFields(const Partner &before, const Partner &after);
QStringList changedFields(const Contact &before, const Contact &after);
QStringList changedFields(const Agreement &before, const Agreement &after);
QStringList changedFields(const Milestone &before, const Milestone &after);
QStringList changedFields(const Event &before, const Event &after);

} // namespace RecordDiff
