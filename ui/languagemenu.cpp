// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include "domain/uilanguage.h"
#include "windowcontext.h"

#include <QAction>
#include <QActionGroup>
#include <QList>
#include <QMainWindow>
#include <QMenu>

#include <utility>

QMenu *LanguageMenu::addTo(WindowContext &context)
{
    context.viewMenu()->addSeparator();
    QMenu *menu = context.viewMenu()->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("menuLanguage"));
    auto *group = new QActionGroup(menu);
    // Each language by its own name, so that anyone finds theirs whatever the menus speak.
    const QList<std::pair<QString, QString>> choices{{QString(), tr("&System Language")},
                                                     {QStringLiteral("en"), QStringLiteral("&English")},
                                                     {QStringLiteral("nl"), QStringLiteral("&Nederlands")},
                                                     {QStringLiteral("sv"), QStringLiteral("S&venska")}};
    const QString chosen = UiLanguage::chosen();
    for (const auto &[code, name] : choices) {
        QAction *action = menu->addAction(name);
        action->setObjectName(QStringLiteral("actionLanguage_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, &context.mainWindow(), [&context, code = code] {
            UiLanguage::choose(code);
            context.showStatusMessage(tr("The language changes when Pactline starts again."), 0);
        });
    }
    return menu;
}
