// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/uilanguage.h"

#include <QCoreApplication>
#include <QString>

class QAction;
class QMainWindow;

// Help > User Guide (F1): the short guide bundled under resources/help, in the language of the user
// interface where it is written in it (English otherwise), shown in a window of its own.
class UserGuide final
{
    Q_DECLARE_TR_FUNCTIONS(UserGuide)

public:
    // The action that opens the guide over `window`.
    static QAction *createAction(QMainWindow &window);
    // The guide's resource, ":/help/userguide_en.html" for English.
    static QString source(UiLanguage::Language language);
};
