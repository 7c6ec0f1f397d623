// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowcontext.h"

void WindowContext::followPortfolio(QObject *receiver, const std::function<void()> &update)
{
    QObject::connect(&notifier(), &WindowNotifier::portfolioOpened, receiver, update);
    QObject::connect(&notifier(), &WindowNotifier::portfolioClosed, receiver, update);
    update();
}

void WindowContext::followDatabase(QObject *receiver, const std::function<void(Database *db)> &use)
{
    QObject::connect(&notifier(), &WindowNotifier::portfolioOpened, receiver, [this, use] { use(database()); });
    QObject::connect(&notifier(), &WindowNotifier::portfolioClosed, receiver, [use] { use(nullptr); });
    if (database())
        use(database());
}
