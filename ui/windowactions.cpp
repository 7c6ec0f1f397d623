// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowactions.h"

#include "windowcontext.h"

#include <QAction>
#include <QMainWindow>
#include <QMessageBox>

WindowActions::WindowActions(WindowContext &context, const QString &objectName)
    : QObject(&context.mainWindow())
    , m_context(context)
    , m_reportError([&context](const QString &title, const QString &message) {
        QMessageBox::warning(&context.mainWindow(), title, message);
    })
{
    setObjectName(objectName);
}

QAction *WindowActions::newAction(const QString &text, const QString &name, const QString &statusTip,
                                  const std::function<void()> &run)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setStatusTip(statusTip);
    connect(action, &QAction::triggered, this, run);
    return action;
}
