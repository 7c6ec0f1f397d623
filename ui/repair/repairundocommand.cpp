// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repair/repairundocommand.h"

#include <QCoreApplication>

RepairUndoCommand::RepairUndoCommand(Database &db, QList<RepairChange> done, FailureHandler onFailure)
    : QUndoCommand(QCoreApplication::translate("RepairUndoCommand", "Repair %n value(s)", nullptr, int(done.size())))
    , m_db(db)
    , m_done(std::move(done))
    , m_onFailure(std::move(onFailure))
{}

void RepairUndoCommand::undo()
{
    QList<RepairChange> reversed;
    for (const RepairChange &change : std::as_const(m_done))
        reversed.prepend(change.reversed());
    if (auto restored = ContentRepair::apply(m_db, reversed, true); !restored) {
        setObsolete(true);
        m_onFailure(restored.error());
    }
}

void RepairUndoCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    // Again exactly as before: restore mode writes the values as given, the days included.
    if (auto repaired = ContentRepair::apply(m_db, m_done, true); !repaired) {
        setObsolete(true);
        m_onFailure(repaired.error());
    }
}
