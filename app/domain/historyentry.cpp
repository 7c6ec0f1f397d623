// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/historyentry.h"

QString HistoryEntry::codeOf(Action action)
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Delete:
        return QStringLiteral("delete");
    case Action::Restore:
        return QStringLiteral("restore");
    }
    return QStringLiteral("update");
}

HistoryEntry::Action HistoryEntry::actionFromCode(const QString &code)
{
    for (Action action : {Action::Create, Action::Update, Action::Delete, Action::Restore})
        if (codeOf(action) == code)
            return action;
    return Action::Update;
}
