// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/historyentry.h"

#include "domain/codetable.h"

namespace {

constexpr CodeTable<HistoryEntry::Action, 4> Actions{{
    {HistoryEntry::Action::Create, "create"},
    {HistoryEntry::Action::Update, "update"},
    {HistoryEntry::Action::Delete, "delete"},
    {HistoryEntry::Action::Restore, "restore"},
}};

} // namespace

QString HistoryEntry::codeOf(Action action)
{
    return codeIn(Actions, action);
}

HistoryEntry::Action HistoryEntry::actionFromCode(const QString &code)
{
    return valueIn(Actions, code).value_or(Action::Update);
}
