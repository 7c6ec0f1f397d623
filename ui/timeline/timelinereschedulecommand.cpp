// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinereschedulecommand.h"

#include "store/database.h"
#include "store/milestonerepository.h"

#include <QCoreApplication>

TimelineRescheduleCommand::TimelineRescheduleCommand(Database &db, const Milestone &milestone, int units,
                                                     ErrorReporter reportError, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_db(&db)
    , m_milestoneId(milestone.meta.id)
    , m_from(milestone.due)
    , m_to(milestone.due.addUnits(units))
    , m_reportError(std::move(reportError))
{
    setText(QCoreApplication::translate("TimelineRescheduleCommand", "Move “%1” to %2")
                .arg(milestone.title, m_to.toString()));
}

void TimelineRescheduleCommand::fail(const QString &message)
{
    setObsolete(true);
    if (m_reportError)
        m_reportError(message);
}

void TimelineRescheduleCommand::redo()
{
    if (!m_db)
        return fail(QCoreApplication::translate("TimelineRescheduleCommand",
                                                "The portfolio was closed; the milestone was not moved."));
    const MilestoneRepository milestones(*m_db);
    Result<Milestone> current = milestones.get(m_milestoneId);
    if (!current)
        return fail(current.error().message);
    if (current->due != m_from)
        return fail(
            QCoreApplication::translate("TimelineRescheduleCommand", "“%1” is now due %2, not %3; it was not moved.")
                .arg(current->title, current->due.toString(), m_from.toString()));
    Milestone moved = *current;
    moved.due = m_to;
    const Result<Milestone> stored =
        milestones.update(moved, QCoreApplication::translate("TimelineRescheduleCommand", "Moved on the timeline"));
    if (!stored)
        return fail(stored.error().message);
    const Result<QList<MilestoneChange>> history = milestones.history(m_milestoneId);
    if (!history || history->isEmpty() || history->last().newDue != m_to)
        return fail(QCoreApplication::translate("TimelineRescheduleCommand",
                                                "The move of “%1” was saved but its history could not be read back.")
                        .arg(moved.title));
    m_change = history->last();
}

void TimelineRescheduleCommand::undo()
{
    if (!m_db)
        return fail(QCoreApplication::translate("TimelineRescheduleCommand",
                                                "The portfolio was closed; the move cannot be undone."));
    const Result<Milestone> reverted = MilestoneRepository(*m_db).revertChange(m_change);
    if (!reverted)
        fail(reverted.error().message);
}
