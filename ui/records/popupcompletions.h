// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLineEdit;
class QStringListModel;

// Gives a line edit a popup of completions, matched anywhere in them and case-insensitively; the
// returned model holds them (the edit fills it as the user types).
QStringListModel *addPopupCompletions(QLineEdit *edit);
