// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/recordactions.h"

#include "store/agreementrepository.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/deletionplan.h"
#include "store/eventrepository.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

// "Name (copy)", or "(copy 2)", ... until `taken` says it is free.
QString copyName(const QString &name, const std::function<bool(const QString &)> &taken)
{
    QString candidate = QCoreApplication::translate("RecordActions", "%1 (copy)").arg(name);
    for (int n = 2; taken(candidate) && n < 1000; ++n)
        candidate = QCoreApplication::translate("RecordActions", "%1 (copy %2)").arg(name).arg(n);
    return candidate;
}

bool partnerNameTaken(const PartnerRepository &partners, const QString &name, const QString &country)
{
    ListQuery query;
    query.search = name;
    const auto found = partners.list(query);
    if (!found)
        return false;
    for (const Partner &p : *found)
        if (p.name.compare(name, Qt::CaseInsensitive) == 0 && p.country == country)
            return true;
    return false;
}

// Adds to the command a new copy of a stored record, renamed by `rename`, which returns the
// original's name or title.
template<typename Repository, typename Rename>
Result<QString> addCopy(Database &db, RecordCommand &command, qint64 id, const Rename &rename)
{
    const auto record = Repository(db).get(id);
    if (!record)
        return record.error();
    auto copy = *record;
    copy.meta = RowMeta();
    const QString name = rename(copy);
    command.addCreate(copy);
    return name;
}

// The name of a partner or contact taking part in an event.
Result<QString> participantName(Database &db, const Participant &participant)
{
    if (participant.kind == Participant::Kind::Contact) {
        const auto contact = ContactRepository(db).get(participant.id);
        if (!contact)
            return contact.error();
        return contact->name;
    }
    const auto partner = PartnerRepository(db).get(participant.id);
    if (!partner)
        return partner.error();
    return partner->name;
}

QHash<qint64, int> versionsOf(const DeletionPlan &plan)
{
    QHash<qint64, int> versions;
    for (qint64 id : plan.rootIds())
        versions.insert(id, plan.version(id));
    return versions;
}

QList<qint64> &idsOf(Event &event, Participant::Kind kind)
{
    return kind == Participant::Kind::Contact ? event.contactIds : event.partnerIds;
}

// What deleting or duplicating the records of one kind is called, in the "RecordActions" context.
struct KindTexts
{
    RecordSelection::Kind kind;
    const char *table;
    const char *deleteOne;      // the record's quoted name as %1
    const char *deleteMany;     // %n records
    const char *deleteQuestion; // %n records
    const char *duplicateMany;  // %n records
    const char *takenTable;     // what each record takes with it (none: the signings an event clears)
    const char *withTaken;      // the record's name as %1, %n of what it takes
    const char *allTaken;       // %n of what they take, or none to say nothing
};

constexpr KindTexts Texts[] = {
    {RecordSelection::Kind::Partner, "partner", QT_TRANSLATE_NOOP("RecordActions", "Delete partner %1"),
     QT_TRANSLATE_N_NOOP("RecordActions", "Delete %n partner(s)"),
     QT_TRANSLATE_N_NOOP("RecordActions", "Delete %n partner(s)?"),
     QT_TRANSLATE_N_NOOP("RecordActions", "Duplicate %n partner(s)"), "contact",
     QT_TRANSLATE_N_NOOP("RecordActions", "%1, with %n contact(s)"),
     QT_TRANSLATE_N_NOOP("RecordActions", "Their %n contact(s) go with them.")},
    {RecordSelection::Kind::Agreement, "agreement", QT_TRANSLATE_NOOP("RecordActions", "Delete agreement %1"),
     QT_TRANSLATE_N_NOOP("RecordActions", "Delete %n agreement(s)"),
     QT_TRANSLATE_N_NOOP("RecordActions", "Delete %n agreement(s)?"),
     QT_TRANSLATE_N_NOOP("RecordActions", "Duplicate %n agreement(s)"), "milestone",
     QT_TRANSLATE_N_NOOP("RecordActions", "%1, with %n milestone(s)"),
     QT_TRANSLATE_N_NOOP("RecordActions", "Their %n milestone(s) and the history of each go with them.")},
    {RecordSelection::Kind::Milestone, "milestone", QT_TRANSLATE_NOOP("RecordActions", "Delete milestone %1"),
     QT_TRANSLATE_N_NOOP("RecordActions", "Delete %n milestone(s)"),
     QT_TRANSLATE_N_NOOP("RecordActions", "Delete %n milestone(s)?"),
     QT_TRANSLATE_N_NOOP("RecordActions", "Duplicate %n milestone(s)"), "milestone_change",
     QT_TRANSLATE_N_NOOP("RecordActions", "%1, with %n change(s) in its history"), nullptr},
    {RecordSelection::Kind::Event, "event", QT_TRANSLATE_NOOP("RecordActions", "Delete event %1"),
     QT_TRANSLATE_N_NOOP("RecordActions", "Delete %n event(s)"),
     QT_TRANSLATE_N_NOOP("RecordActions", "Delete %n event(s)?"),
     QT_TRANSLATE_N_NOOP("RecordActions", "Duplicate %n event(s)"), nullptr,
     QT_TRANSLATE_N_NOOP("RecordActions", "%1, where %n agreement(s) were signed"), nullptr},
};

// The texts of a kind; none for Kind::None.
const KindTexts *textsOf(RecordSelection::Kind kind)
{
    const auto found =
        std::find_if(std::begin(Texts), std::end(Texts), [kind](const KindTexts &t) { return t.kind == kind; });
    return found == std::end(Texts) ? nullptr : found;
}

QString translated(const char *text, int n = -1)
{
    return QCoreApplication::translate("RecordActions", text, nullptr, n);
}

} // namespace

QString RecordActions::tableOf(RecordSelection::Kind kind)
{
    const KindTexts *texts = textsOf(kind);
    return texts ? QLatin1String(texts->table) : QString();
}

qint64 RecordActions::createdId(const RecordCommand &command)
{
    const QList<RecordCommand::Record> created = command.createdRecords();
    if (created.isEmpty())
        return 0;
    return std::visit([](const auto &r) { return r.meta.id; }, created.constFirst());
}

Result<RecordActions::Deletion> RecordActions::remove(Database &db, RecordSelection::Kind kind,
                                                      const QList<qint64> &ids)
{
    const KindTexts *texts = textsOf(kind);
    if (!texts || ids.isEmpty())
        return StoreError{StoreError::Kind::Invalid,
                          QCoreApplication::translate("RecordActions", "Select what to delete first.")};
    const Result<DeletionPlan> plan = DeletionPlan::of(db, QString::fromLatin1(texts->table), ids);
    if (!plan)
        return plan.error();
    Deletion deletion;
    const QList<qint64> roots = plan->rootIds();
    const int n = int(roots.size());
    if (plan->isBlocked()) {
        QStringList blocking;
        for (const DeletionPlan::Blocker &blocker : plan->blockers()) {
            if (deletion.blockingAgreements.contains(blocker.id))
                continue;
            deletion.blockingAgreements << blocker.id;
            blocking << quoted(blocker.label);
        }
        deletion.refusal =
            QCoreApplication::translate(
                "RecordActions",
                "%n partner(s) cannot be deleted while party to agreements: %1. Remove them from those agreements "
                "first (in each agreement's parties), then delete them.",
                nullptr, n)
                .arg(blocking.join(QStringLiteral(", ")));
        return deletion;
    }
    for (qint64 id : roots) {
        const QString label = plan->label(id);
        const int taken =
            texts->takenTable ? plan->count(QString::fromLatin1(texts->takenTable), id) : plan->clearedCount(id);
        deletion.affected << (taken == 0 ? label : translated(texts->withTaken, taken).arg(label));
    }
    const QString text = n == 1 ? translated(texts->deleteOne).arg(quoted(plan->label(roots.constFirst())))
                                : translated(texts->deleteMany, n);
    deletion.question = translated(texts->deleteQuestion, n);
    const int allTaken = texts->allTaken ? plan->count(QString::fromLatin1(texts->takenTable)) : 0;
    if (allTaken > 0)
        deletion.question += QLatin1Char(' ') + translated(texts->allTaken, allTaken);
    deletion.command = std::make_unique<RecordCommand>(db, text);
    deletion.command->addMoveToTrash(kind, QString::fromLatin1(texts->table), roots, versionsOf(*plan));
    return deletion;
}

Result<std::unique_ptr<RecordCommand>> RecordActions::duplicate(Database &db, RecordSelection::Kind kind,
                                                                const QList<qint64> &ids)
{
    const KindTexts *texts = textsOf(kind);
    if (!texts || ids.isEmpty())
        return StoreError{StoreError::Kind::Invalid,
                          QCoreApplication::translate("RecordActions", "Select what to duplicate first.")};
    const auto retitle = [](auto &copy) {
        const QString title = copy.title;
        copy.title = copyName(title, [](const QString &) { return false; });
        return title;
    };
    auto command = std::make_unique<RecordCommand>(db, QString());
    Result<QString> single = QString();
    for (qint64 id : ids) {
        switch (kind) {
        case RecordSelection::Kind::Partner:
            single = addCopy<PartnerRepository>(db, *command, id, [&db](Partner &copy) {
                const QString name = copy.name;
                copy.name = copyName(name, [&](const QString &candidate) {
                    return partnerNameTaken(PartnerRepository(db), candidate, copy.country);
                });
                return name;
            });
            break;
        case RecordSelection::Kind::Agreement:
            single = addCopy<AgreementRepository>(db, *command, id, [&retitle](Agreement &copy) {
                copy.status = AgreementStatus::Draft;
                return retitle(copy);
            });
            break;
        case RecordSelection::Kind::Milestone:
            single = addCopy<MilestoneRepository>(db, *command, id, retitle);
            break;
        case RecordSelection::Kind::Event:
            single = addCopy<EventRepository>(db, *command, id, retitle);
            break;
        case RecordSelection::Kind::None:
            break;
        }
        if (!single)
            return single.error();
    }
    command->setText(ids.size() == 1 ? QCoreApplication::translate("RecordActions", "Duplicate %1").arg(quoted(*single))
                                     : translated(texts->duplicateMany, int(ids.size())));
    return command;
}

Result<std::unique_ptr<RecordCommand>> RecordActions::add(Database &db, RecordSelection::Kind kind, qint64 agreementId)
{
    switch (kind) {
    case RecordSelection::Kind::Partner: {
        const PartnerRepository partners(db);
        Partner partner;
        partner.name = QCoreApplication::translate("RecordActions", "New partner");
        for (int n = 2; partnerNameTaken(partners, partner.name, QString()) && n < 1000; ++n)
            partner.name = QCoreApplication::translate("RecordActions", "New partner %1").arg(n);
        auto command = std::make_unique<RecordCommand>(db, QCoreApplication::translate("RecordActions", "Add partner"));
        command->addCreate(partner);
        return command;
    }
    case RecordSelection::Kind::Agreement: {
        Agreement agreement;
        agreement.title = QCoreApplication::translate("RecordActions", "New agreement");
        auto command =
            std::make_unique<RecordCommand>(db, QCoreApplication::translate("RecordActions", "Add agreement"));
        command->addCreate(agreement);
        return command;
    }
    case RecordSelection::Kind::Milestone: {
        if (agreementId <= 0)
            return StoreError{StoreError::Kind::Invalid,
                              QCoreApplication::translate(
                                  "RecordActions",
                                  "A milestone belongs to an agreement: select the agreement first (in Agreements, or "
                                  "filter the milestones by it), then add its milestones.")};
        const auto agreement = AgreementRepository(db).get(agreementId);
        if (!agreement)
            return agreement.error();
        Milestone milestone;
        milestone.agreementId = agreementId;
        milestone.title = QCoreApplication::translate("RecordActions", "New milestone");
        auto command = std::make_unique<RecordCommand>(
            db, QCoreApplication::translate("RecordActions", "Add milestone to %1").arg(quoted(agreement->title)));
        command->addCreate(milestone);
        return command;
    }
    case RecordSelection::Kind::Event: {
        Event event;
        event.title = QCoreApplication::translate("RecordActions", "New event");
        auto command = std::make_unique<RecordCommand>(db, QCoreApplication::translate("RecordActions", "Add event"));
        command->addCreate(event);
        return command;
    }
    case RecordSelection::Kind::None:
        break;
    }
    return StoreError{StoreError::Kind::Invalid, QCoreApplication::translate("RecordActions", "Choose a list first.")};
}

Result<std::unique_ptr<RecordCommand>> RecordActions::addContact(Database &db, const Contact &contact)
{
    const auto partner = PartnerRepository(db).get(contact.partnerId);
    if (!partner)
        return partner.error();
    Contact added = contact;
    added.meta = RowMeta();
    auto command =
        std::make_unique<RecordCommand>(db, QCoreApplication::translate("RecordActions", "Add contact %1 to %2")
                                                .arg(quoted(contact.name.trimmed()), quoted(partner->name)));
    command->addCreate(added);
    return command;
}

std::unique_ptr<RecordCommand> RecordActions::editContact(Database &db, const Contact &before, const Contact &after)
{
    QString text;
    const bool renamed = before.name != after.name;
    const int changes = int(renamed) + int(before.role != after.role) + int(before.email != after.email) +
                        int(before.phone != after.phone) + int(before.notes != after.notes);
    if (changes != 1)
        text = QCoreApplication::translate("RecordActions", "Edit contact %1").arg(quoted(after.name));
    else if (renamed)
        text = QCoreApplication::translate("RecordActions", "Rename contact %1 to %2")
                   .arg(quoted(before.name), quoted(after.name));
    else if (before.role != after.role)
        text = QCoreApplication::translate("RecordActions", "Edit the role of %1").arg(quoted(after.name));
    else if (before.email != after.email)
        text = QCoreApplication::translate("RecordActions", "Edit the e-mail of %1").arg(quoted(after.name));
    else if (before.phone != after.phone)
        text = QCoreApplication::translate("RecordActions", "Edit the phone of %1").arg(quoted(after.name));
    else
        text = QCoreApplication::translate("RecordActions", "Edit the notes on %1").arg(quoted(after.name));
    auto command = std::make_unique<RecordCommand>(db, text);
    command->addUpdate(before, after);
    return command;
}

Result<std::unique_ptr<RecordCommand>> RecordActions::removeContacts(Database &db, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return StoreError{StoreError::Kind::Invalid,
                          QCoreApplication::translate("RecordActions", "Select the contacts to remove first.")};
    const Result<DeletionPlan> plan = DeletionPlan::of(db, QStringLiteral("contact"), ids);
    if (!plan)
        return plan.error();
    const int n = int(plan->rootIds().size());
    auto command = std::make_unique<RecordCommand>(
        db, n == 1 ? QCoreApplication::translate("RecordActions", "Remove contact %1")
                         .arg(quoted(plan->label(plan->rootIds().constFirst())))
                   : QCoreApplication::translate("RecordActions", "Remove %n contact(s)", nullptr, n));
    // They leave the events they attended with them; undo brings them back to those events.
    command->addMoveToTrash(RecordSelection::Kind::None, QStringLiteral("contact"), plan->rootIds(), versionsOf(*plan));
    return command;
}

Result<std::unique_ptr<RecordCommand>> RecordActions::addParticipant(Database &db, qint64 eventId,
                                                                     const Participant &participant)
{
    const auto event = EventRepository(db).get(eventId);
    if (!event)
        return event.error();
    const auto name = participantName(db, participant);
    if (!name)
        return name.error();
    Event after = *event;
    if (idsOf(after, participant.kind).contains(participant.id))
        return StoreError{StoreError::Kind::Invalid,
                          QCoreApplication::translate("RecordActions", "%1 takes part already.").arg(*name)};
    idsOf(after, participant.kind) << participant.id;
    auto command = std::make_unique<RecordCommand>(
        db, QCoreApplication::translate("RecordActions", "Add %1 to the participants of %2")
                .arg(quoted(*name), quoted(event->title)));
    command->addUpdate(*event, after);
    return command;
}

Result<std::unique_ptr<RecordCommand>> RecordActions::removeParticipants(Database &db, qint64 eventId,
                                                                         const QList<Participant> &participants)
{
    if (participants.isEmpty())
        return StoreError{StoreError::Kind::Invalid,
                          QCoreApplication::translate("RecordActions", "Select the participants to remove first.")};
    const auto event = EventRepository(db).get(eventId);
    if (!event)
        return event.error();
    Event after = *event;
    for (const Participant &participant : participants)
        idsOf(after, participant.kind).removeAll(participant.id);
    QString text;
    if (participants.size() == 1) {
        const auto name = participantName(db, participants.first());
        if (!name)
            return name.error();
        text = QCoreApplication::translate("RecordActions", "Remove %1 from the participants of %2")
                   .arg(quoted(*name), quoted(event->title));
    } else {
        text = QCoreApplication::translate("RecordActions", "Remove %n participant(s) of %1", nullptr,
                                           int(participants.size()))
                   .arg(quoted(event->title));
    }
    auto command = std::make_unique<RecordCommand>(db, text);
    command->addUpdate(*event, after);
    return command;
}
