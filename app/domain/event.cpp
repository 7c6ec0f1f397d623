// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/event.h"

#include <QCoreApplication>

QString Event::problem() const
{
    if (title.trimmed().isEmpty())
        return QCoreApplication::translate("Event", "An event needs a title, e.g. “State visit”.");
    return {};
}
