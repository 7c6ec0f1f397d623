// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/contentrepair.h"

#include <QUndoCommand>

#include <functional>

class Database;

// A repair of bad values (ContentRepair::apply) as one undoable step. Push it after the repair was made
// (the stack's first redo() then does nothing): undo writes back exactly the values it replaced, redo
// repairs them again. A failed undo or redo is reported and the command leaves the stack.
class RepairUndoCommand final : public QUndoCommand
{
public:
    using FailureHandler = std::function<void(const StoreError &error)>;

    RepairUndoCommand(Database &db, QList<RepairChange> done, FailureHandler onFailure);

    void undo() override;
    void redo() override;

private:
    Database &m_db;
    QList<RepairChange> m_done;
    bool m_firstRedo = true;
    FailureHandler m_onFailure;
};
