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
    const Result<QList<ImportedRowChange>> changed = ImportUndo::changedRows(m_db, m_plan);
    if (!changed) {
        failed(changed.error());
        return;
    }
    ImportPlan target = m_plan;
    QList<ImportedRowChange> expected = *changed;
    if (!changed->isEmpty()) {
        switch (m_ask ? m_ask(*changed) : UndoChoice::Cancel) {
        case UndoChoice::Cancel:
            m_undoCancelled = true;
            if (m_onCancel)
                m_onCancel();
            return;
        case UndoChoice::KeepChanged:
            target = ImportUndo::without(m_plan, *changed);
            expected.clear();
            break;
        case UndoChoice::DeleteAnyway:
            break;
        }
    }
    if (auto done = ImportUndo::remove(m_db, target, expected); !done) {
        failed(done.error());
        return;
    }
    m_plan = target; // what redo writes again: the rows kept stay as they are
}

void ImportUndoCommand::redo()
{
    if (m_firstRedo || m_undoCancelled) {
        m_firstRedo = false;
        m_undoCancelled = false;
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
