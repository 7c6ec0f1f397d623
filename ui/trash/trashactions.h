// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class MainWindow;
class QAction;
class TrashDialog;

// Edit > Trash… in the main window: opens the TrashDialog of the open portfolio (not for one open
// read-only), and shows a record restored from it in its list.
class TrashActions final : public QObject
{
    Q_OBJECT

public:
    explicit TrashActions(MainWindow &window);

    // Adds Edit > Trash… after Edit > Delete….
    static TrashActions *addTo(MainWindow &window);

    QAction *trashAction() const { return m_trash; }
    // Opens the dialog (or raises it), without blocking; null when no portfolio is open for writing.
    TrashDialog *showTrash();

private:
    void updateEnabled();

    MainWindow &m_window;
    QAction *m_trash;
    QPointer<TrashDialog> m_dialog;
};
