// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "windowactions.h"

#include <functional>

class QAction;
class RepairDialog;

// Repair in the window. A file refused for its values: offer() explains why and offers Open Read-Only,
// Repair… or Cancel; Repair… shows the RepairDialog, repairs the file at its own version and lets it be
// upgraded (not undoable: the file is upgraded after it). File ▸ Repair Values… does the same for the
// open portfolio: on a writable one the repair is one undo step.
class RepairOffer final : public WindowActions
{
    Q_OBJECT

public:
    enum class Answer
    {
        Cancel,
        OpenReadOnly,
        Repair // asked for; from offer(): repaired, so that the file opens writable
    };

    explicit RepairOffer(WindowContext &context);

    // Seams for tests: how the question is asked, how the dialog runs (true: apply).
    using Asker = std::function<Answer(const QString &refusal)>;
    using DialogRunner = std::function<bool(RepairDialog &dialog)>;
    void setAsker(Asker asker) { m_ask = std::move(asker); }
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

    // Database::open() refused `path` for its values (`refusal` says which): what to open now.
    Answer offer(const QString &path, const QString &refusal);
    // File ▸ Repair Values… on the open portfolio.
    void repairOpenPortfolio();
    QAction *action() const { return m_action; }

private:
    Answer repairFile(const QString &path);

    QAction *m_action;
    Asker m_ask;
    DialogRunner m_runDialog;
};
