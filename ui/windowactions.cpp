// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowactions.h"

#include "windowcontext.h"

#include <QMainWindow>
#include <QMessageBox>

WindowActions::WindowActions(WindowContext &context)
    : QObject(&context.mainWindow())
    , m_context(context)
    , m_reportError([&context](const QString &title, const QString &message) {
        QMessageBox::warning(&context.mainWindow(), title, message);
    })
{}
