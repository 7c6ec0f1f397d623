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

} // namespace

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
    QString table;
    switch (kind) {
    case RecordSelection::Kind::Partner:
        table = QStringLiteral("partner");
        break;
    case RecordSelection::Kind::Agreement:
        table = QStringLiteral("agreement");
        break;
    case RecordSelection::Kind::Milestone:
        table = QStringLiteral("milestone");
        break;
    case RecordSelection::Kind::Event:
        table = QStringLiteral("event");
        break;
    case RecordSelection::Kind::None:
        break;
    }
    if (table.isEmpty() || ids.isEmpty())
        return StoreError{StoreError::Kind::Invalid,
                          QCoreApplication::translate("RecordActions", "Select what to delete first.")};
    const Result<DeletionPlan> plan = DeletionPlan::of(db, table, ids);
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
    const QString first = quoted(plan->label(roots.constFirst()));
    QString text;
    for (qint64 id : roots) {
        const QString label = plan->label(id);
        switch (kind) {
        case RecordSelection::Kind::Partner: {
            const int contacts = plan->count(QStringLiteral("contact"), id);
            deletion.affected << (contacts == 0 ? label
                                                : QCoreApplication::translate("RecordActions", "%1, with %n contact(s)",
                                                                              nullptr, contacts)
                                                      .arg(label));
            break;
        }
        case RecordSelection::Kind::Agreement: {
            const int milestones = plan->count(QStringLiteral("milestone"), id);
            deletion.affected << (milestones == 0
                                      ? label
                                      : QCoreApplication::translate("RecordActions", "%1, with %n milestone(s)",
                                                                    nullptr, milestones)
                                            .arg(label));
            break;
        }
        case RecordSelection::Kind::Milestone: {
            const int changes = plan->count(QStringLiteral("milestone_change"), id);
            deletion.affected << (changes == 0 ? label
                                               : QCoreApplication::translate("RecordActions",
                                                                             "%1, with %n change(s) in its history",
                                                                             nullptr, changes)
                                                     .arg(label));
            break;
        }
        case RecordSelection::Kind::Event: {
            const int signings = plan->clearedCount(id);
            deletion.affected << (signings == 0 ? label
                                                : QCoreApplication::translate("RecordActions",
                                                                              "%1, where %n agreement(s) were signed",
                                                                              nullptr, signings)
                                                      .arg(label));
            break;
        }
        case RecordSelection::Kind::None:
            break;
        }
    }
    switch (kind) {
    case RecordSelection::Kind::Partner: {
        text = n == 1 ? QCoreApplication::translate("RecordActions", "Delete partner %1").arg(first)
                      : QCoreApplication::translate("RecordActions", "Delete %n partner(s)", nullptr, n);
        deletion.question = QCoreApplication::translate("RecordActions", "Delete %n partner(s)?", nullptr, n);
        const int contacts = plan->count(QStringLiteral("contact"));
        if (contacts > 0)
            deletion.question +=
                QLatin1Char(' ') +
                QCoreApplication::translate("RecordActions", "Their %n contact(s) go with them.", nullptr, contacts);
        break;
    }
    case RecordSelection::Kind::Agreement: {
        text = n == 1 ? QCoreApplication::translate("RecordActions", "Delete agreement %1").arg(first)
                      : QCoreApplication::translate("RecordActions", "Delete %n agreement(s)", nullptr, n);
        deletion.question = QCoreApplication::translate("RecordActions", "Delete %n agreement(s)?", nullptr, n);
        const int milestones = plan->count(QStringLiteral("milestone"));
        if (milestones > 0)
            deletion.question +=
                QLatin1Char(' ') + QCoreApplication::translate(
                                       "RecordActions", "Their %n milestone(s) and the history of each go with them.",
                                       nullptr, milestones);
        break;
    }
    case RecordSelection::Kind::Milestone:
        text = n == 1 ? QCoreApplication::translate("RecordActions", "Delete milestone %1").arg(first)
                      : QCoreApplication::translate("RecordActions", "Delete %n milestone(s)", nullptr, n);
        deletion.question = QCoreApplication::translate("RecordActions", "Delete %n milestone(s)?", nullptr, n);
        break;
    case RecordSelection::Kind::Event:
        text = n == 1 ? QCoreApplication::translate("RecordActions", "Delete event %1").arg(first)
                      : QCoreApplication::translate("RecordActions", "Delete %n event(s)", nullptr, n);
        deletion.question = QCoreApplication::translate("RecordActions", "Delete %n event(s)?", nullptr, n);
        break;
    case RecordSelection::Kind::None:
        break;
    }
    deletion.command = std::make_unique<RecordCommand>(db, text);
    deletion.command->addMoveToTrash(kind, table, roots, versionsOf(*plan));
    return deletion;
}

Result<std::unique_ptr<RecordCommand>> RecordActions::duplicate(Database &db, RecordSelection::Kind kind,
                                                                const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return StoreError{StoreError::Kind::Invalid,
                          QCoreApplication::translate("RecordActions", "Select what to duplicate first.")};
    QString what;
    switch (kind) {
    case RecordSelection::Kind::Partner:
        what = QCoreApplication::translate("RecordActions", "Duplicate %n partner(s)", nullptr, int(ids.size()));
        break;
    case RecordSelection::Kind::Agreement:
        what = QCoreApplication::translate("RecordActions", "Duplicate %n agreement(s)", nullptr, int(ids.size()));
        break;
    case RecordSelection::Kind::Milestone:
        what = QCoreApplication::translate("RecordActions", "Duplicate %n milestone(s)", nullptr, int(ids.size()));
        break;
    case RecordSelection::Kind::Event:
        what = QCoreApplication::translate("RecordActions", "Duplicate %n event(s)", nullptr, int(ids.size()));
        break;
    case RecordSelection::Kind::None:
        return StoreError{StoreError::Kind::Invalid,
                          QCoreApplication::translate("RecordActions", "Select what to duplicate first.")};
    }
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
                                     : what);
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
