// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "windowactions.h"

#include <QPointer>

class QAction;
class TrashDialog;

// Edit > Trash… in the main window: opens the TrashDialog of the open portfolio (not for one open
// read-only), and shows a record restored from it in its list.
class TrashActions final : public WindowActions
{
    Q_OBJECT

public:
    // Adds Edit > Trash… after Edit > Delete….
    explicit TrashActions(WindowContext &context);

    QAction *trashAction() const { return m_trash; }
    // Opens the dialog (or raises it), without blocking; null when no portfolio is open for writing.
    TrashDialog *showTrash();

private:
    void updateEnabled();

    QAction *m_trash;
    QPointer<TrashDialog> m_dialog;
};
