// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fuzzydate.h"
#include "domain/milestone.h"
#include "store/database.h"

#include <QPointer>
#include <QUndoCommand>

#include <functional>

// Moves a milestone's due date by whole units of its own precision (a quarter stays a quarter),
// as dragged on the timeline. Redo writes the new due date and, through the repository, the slip
// history; undo reverts exactly that change (due date back, the history entry removed).
class TimelineRescheduleCommand final : public QUndoCommand
{
public:
    using ErrorReporter = std::function<void(const QString &message)>;

    TimelineRescheduleCommand(Database &db, const Milestone &milestone, int units, ErrorReporter reportError,
                              QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 milestoneId() const { return m_milestoneId; }
    FuzzyDate from() const { return m_from; }
    FuzzyDate to() const { return m_to; }

private:
    void fail(const QString &message);

    QPointer<Database> m_db;
    qint64 m_milestoneId = 0;
    FuzzyDate m_from;
    FuzzyDate m_to;
    MilestoneChange m_change;
    ErrorReporter m_reportError;
};
