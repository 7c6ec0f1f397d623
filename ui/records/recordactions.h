// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/participantlistmodel.h"
#include "records/recordcommand.h"
#include "recordselection.h"

#include <memory>

class Database;

// Builds the undo commands for adding, duplicating and deleting records. A deletion moves the
// records to the trash with everything they take along (the core's DeletionPlan: a partner's
// contacts and event participation, an agreement's parties, themes, milestones and their history,
// links from other records), so that undo brings it all back, and asks a question that lists what
// is affected.
class RecordActions
{
public:
    struct Deletion
    {
        std::unique_ptr<RecordCommand> command; // null when refused
        QString question;                       // "Delete 2 agreements?"
        QStringList affected;                   // one line per record, what goes with it
        // A refusal: partners that are parties to agreements cannot go; these agreements hold them.
        QString refusal;
        QList<qint64> blockingAgreements;
    };

    static Result<Deletion> remove(Database &db, RecordSelection::Kind kind, const QList<qint64> &ids);
    static Result<std::unique_ptr<RecordCommand>> duplicate(Database &db, RecordSelection::Kind kind,
                                                            const QList<qint64> &ids);
    // A new record with a placeholder name; a milestone needs its agreement.
    static Result<std::unique_ptr<RecordCommand>> add(Database &db, RecordSelection::Kind kind, qint64 agreementId = 0);

    // The table that holds records of that kind ("partner"); empty for Kind::None.
    static QString tableOf(RecordSelection::Kind kind);

    // The id of the first record a command created (0 when none).
    static qint64 createdId(const RecordCommand &command);

    // A partner's contacts, edited in the partner form: a new contact (named), a change of its fields
    // (the command names the field), and removing some (to the trash), who also leave the events they
    // attended (undo brings them back to those events).
    static Result<std::unique_ptr<RecordCommand>> addContact(Database &db, const Contact &contact);
    static std::unique_ptr<RecordCommand> editContact(Database &db, const Contact &before, const Contact &after);
    static Result<std::unique_ptr<RecordCommand>> removeContacts(Database &db, const QList<qint64> &ids);
    // An event's participants, edited in the event form, one command per change. Adding one who
    // takes part already is refused (an Invalid error that says so).
    static Result<std::unique_ptr<RecordCommand>> addParticipant(Database &db, qint64 eventId,
                                                                 const Participant &participant);
    static Result<std::unique_ptr<RecordCommand>> removeParticipants(Database &db, qint64 eventId,
                                                                     const QList<Participant> &participants);
};
