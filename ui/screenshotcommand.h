// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/headlesscommand.h"

#include <QImage>
#include <QSize>

class MainWindow;

// `pactline screenshot FILE --view VIEW -o OUT.png [--size 1280x800]`: the real main window on
// one of its views (any id MainWindow::viewIds() lists), rendered without a display. It needs
// widgets, so main.cpp runs it in a QApplication on the offscreen platform.
HeadlessCommand screenshotCommand();

// Shows `view` of the window at `size` with its first row selected, waits for the counts in the
// status bar, and renders the window.
QImage renderWindow(MainWindow &window, const QString &view, QSize size);
