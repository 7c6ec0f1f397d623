// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importundocommand.h"

ImportUndoCommand::ImportUndoCommand(Database &db, ImportPlan plan, const QString &text)
    : QUndoCommand(text)
    , m_db(db)
    , m_plan(std::move(plan))
{}

Result<void> ImportUndoCommand::execute(const CsvImport::Progress &progress)
{
    return CsvImport::write(m_db, m_plan, progress);
}

void ImportUndoCommand::undo()
{
    if (auto done = CsvImport::remove(m_db, m_plan); !done)
        failed(done.error());
}

void ImportUndoCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    if (auto done = CsvImport::write(m_db, m_plan); !done)
        failed(done.error());
}

void ImportUndoCommand::failed(const StoreError &error)
{
    setObsolete(true);
    if (m_onFailure)
        m_onFailure(error);
}
