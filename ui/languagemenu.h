// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QMenu;
class WindowContext;

// View > Language: the language of the user interface (the system's, English, Dutch or Swedish),
// stored in the settings and spoken from the next start on.
class LanguageMenu final
{
    Q_DECLARE_TR_FUNCTIONS(LanguageMenu)

public:
    static QMenu *addTo(WindowContext &context);
};
