// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/agreement.h"
#include "domain/contact.h"
#include "domain/event.h"
#include "domain/milestone.h"
#include "domain/partner.h"
#include "recordselection.h"
#include "store/storeerror.h"

#include <QHash>
#include <QUndoCommand>

#include <functional>
#include <variant>

class Database;

// One user action on stored records, undoable: steps that each create or update one record, or
// move some to the trash, run in one transaction (all or nothing) forwards on redo and backwards on
// undo. Records moved to the trash come back from it on undo whole (ids, timestamps, versions,
// history, links), and their trash entry goes.
// The first run writes over the versions the user saw; undo and redo write only over records that
// still hold what the command left, so someone else's change in between is a conflict, reported,
// and the command leaves the stack.
class RecordCommand final : public QUndoCommand
{
public:
    using Record = std::variant<Partner, Contact, Agreement, Milestone, Event>;
    using FailureHandler = std::function<void(const StoreError &error)>;

    RecordCommand(Database &db, const QString &text);

    void addCreate(const Record &record);
    // `reason` goes into a milestone's history when its due date or status changes.
    void addUpdate(const Record &before, const Record &after, const QString &reason = {});
    // Moves rows `ids` of `table` and what goes with them (DeletionPlan) to the trash, expecting the
    // versions given; `kind` is how they are selected (None for contacts).
    void addMoveToTrash(RecordSelection::Kind kind, const QString &table, const QList<qint64> &ids,
                        const QHash<qint64, int> &versions);
    bool isEmpty() const { return m_steps.isEmpty(); }

    // Runs the command for the first time. Push it onto the undo stack only when this succeeds;
    // the stack's first redo() then does nothing.
    Result<void> execute();
    // The records the command created, with their ids (after execute()).
    QList<Record> createdRecords() const;
    // The record the command is about (the last one it writes), to show after an undo (`undone`)
    // or a redo; kind None when that step took it away.
    std::pair<RecordSelection::Kind, qint64> mainRecord(bool undone) const;
    // Whether undoing (undone) or redoing this command deletes that record.
    bool takesAway(RecordSelection::Kind kind, qint64 id, bool undone) const;
    // Where failures of later undo() and redo() calls are reported.
    void setFailureHandler(FailureHandler handler) { m_onFailure = std::move(handler); }

    void undo() override;
    void redo() override;

private:
    struct Step
    {
        enum class Kind
        {
            Create,
            Update,
            MoveToTrash
        };
        Kind kind;
        Record before; // Update
        Record after;  // Create, Update
        QString reason;
        QList<qint64> recordedChanges; // milestone history entries the forward update recorded
        QDateTime changedAt;           // when the first forward update recorded them
        struct Trashed
        {
            RecordSelection::Kind kind = RecordSelection::Kind::None;
            QString table;
            QList<qint64> ids;
            QHash<qint64, int> versions;
            qint64 entry = 0; // the trash entry the last forward run made
        } trashed;            // MoveToTrash
    };

    Result<void> run(bool forward);
    // The kind and id a record is selected by (kind None for a contact).
    static std::pair<RecordSelection::Kind, qint64> shownAs(const Record &record);
    Result<void> forward(Step &step);
    Result<void> backward(Step &step);
    Result<int> expectedVersion(const Record &expected, int seen) const;

    Database &m_db;
    QList<Step> m_steps;
    bool m_executed = false;
    bool m_firstRun = false;
    FailureHandler m_onFailure;
};
