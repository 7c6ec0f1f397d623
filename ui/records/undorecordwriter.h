// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordwriter.h"
#include "records/recordcommand.h"

class QUndoStack;

// The table models' edits as undo commands: each edit runs at once and, when it succeeded, goes
// onto the undo stack.
class UndoRecordWriter final : public RecordWriter
{
public:
    UndoRecordWriter(QUndoStack &stack, RecordCommand::FailureHandler onFailure);

    Result<void> updatePartner(Database &db, const Partner &before, const Partner &after) override;
    Result<void> updateAgreement(Database &db, const Agreement &before, const Agreement &after) override;
    Result<void> updateMilestone(Database &db, const Milestone &before, const Milestone &after,
                                 const QString &reason) override;
    Result<void> updateEvent(Database &db, const Event &before, const Event &after) override;

    // Runs a command and, when it succeeded, pushes it.
    Result<void> push(std::unique_ptr<RecordCommand> command);

private:
    Result<void> update(Database &db, const QString &text, const RecordCommand::Record &before,
                        const RecordCommand::Record &after, const QString &reason = {});

    QUndoStack &m_stack;
    RecordCommand::FailureHandler m_onFailure;
};
