// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

#include <functional>

class QMainWindow;
class QWidget;

// The help's own windows (the user guide, the date formats), each made once per main window.
namespace HelpWindow {

// Shows, raises and activates the main window's child of that object name; the first time, `make`
// makes it (a child of the main window) and it is sized to `size`, within nine tenths of its screen.
void show(QMainWindow &window, const QString &objectName, const QSize &size, const std::function<QWidget *()> &make);

} // namespace HelpWindow
