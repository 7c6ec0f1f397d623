// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/popupcompletions.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

QStringListModel *addPopupCompletions(QLineEdit *edit)
{
    auto *completions = new QStringListModel(edit);
    auto *completer = new QCompleter(completions, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    edit->setCompleter(completer);
    return completions;
}
