// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/csvimport.h"
#include "exchange/importundo.h"

#include <QUndoCommand>

#include <functional>

class Database;

// A whole CSV import as one undoable step. Push it after execute() succeeded (the stack's first
// redo() then does nothing); undo removes every row the import added, redo adds them again with
// the same ids and times. A failed undo or redo is reported and the command leaves the stack.
// Undo checks versions like every other edit: when rows of the import were changed since, it asks
// whether to delete them anyway, keep them (and what they need) and remove the rest, or cancel; a
// cancelled undo leaves everything as it was and calls the cancel handler, which puts the stack back
// (the redo that follows does nothing).
class ImportUndoCommand final : public QUndoCommand
{
public:
    using FailureHandler = std::function<void(const StoreError &error)>;
    enum class UndoChoice
    {
        DeleteAnyway,
        KeepChanged,
        Cancel
    };
    using UndoAsker = std::function<UndoChoice(const QList<ImportedRowChange> &changed)>;

    ImportUndoCommand(Database &db, ImportPlan plan, const QString &text);

    // The first run, in one transaction; `progress` may stop it (then nothing was written).
    Result<void> execute(const CsvImport::Progress &progress = {});
    const ImportPlan &plan() const { return m_plan; }
    void setFailureHandler(FailureHandler handler) { m_onFailure = std::move(handler); }
    void setUndoAsker(UndoAsker asker) { m_ask = std::move(asker); }
    void setCancelHandler(std::function<void()> handler) { m_onCancel = std::move(handler); }

    void undo() override;
    void redo() override;

private:
    void failed(const StoreError &error);

    Database &m_db;
    ImportPlan m_plan;
    bool m_firstRedo = true;
    bool m_undoCancelled = false;
    FailureHandler m_onFailure;
    UndoAsker m_ask;
    std::function<void()> m_onCancel;
};
