// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/helpwindow.h"

#include <QMainWindow>
#include <QScreen>
#include <QWidget>

namespace HelpWindow {

void show(QMainWindow &window, const QString &objectName, const QSize &size, const std::function<QWidget *()> &make)
{
    auto *shown = window.findChild<QWidget *>(objectName);
    if (!shown) {
        shown = make();
        shown->setObjectName(objectName);
        const QSize available = shown->screen()->availableGeometry().size();
        shown->resize(size.boundedTo(QSize(available.width() * 9 / 10, available.height() * 9 / 10)));
    }
    shown->show();
    shown->raise();
    shown->activateWindow();
}

} // namespace HelpWindow
