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

template<typename T>
QStringList changedFields(const T &before, const T &after)
{
    QStringList names;
    for (const EntityField<T> &field : T::fields())
        if (!field.same(before, after))
            names << field.translatedLabel();
    return names;
}

} // namespace RecordDiff
