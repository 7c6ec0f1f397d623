// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/recordactions.h"

#include "store/agreementrepository.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"

#include <QCoreApplication>
#include <QMap>

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
    switch (kind) {
    case RecordSelection::Kind::Partner:
        return removePartners(db, ids);
    case RecordSelection::Kind::Agreement:
        return removeAgreements(db, ids);
    case RecordSelection::Kind::Milestone:
        return removeMilestones(db, ids);
    case RecordSelection::Kind::Event:
        return removeEvents(db, ids);
    case RecordSelection::Kind::None:
        break;
    }
    return StoreError{StoreError::Kind::Invalid,
                      QCoreApplication::translate("RecordActions", "Select what to delete first.")};
}

Result<RecordActions::Deletion> RecordActions::removePartners(Database &db, const QList<qint64> &ids)
{
    const PartnerRepository partners(db);
    const AgreementRepository agreements(db);
    const ContactRepository contacts(db);
    const EventRepository events(db);
    Deletion deletion;
    QList<Partner> doomed;
    QStringList blocking;
    for (qint64 id : ids) {
        const auto partner = partners.get(id);
        if (!partner)
            return partner.error();
        doomed << *partner;
        const auto parties = agreements.listForPartner(id);
        if (!parties)
            return parties.error();
        for (const Agreement &agreement : *parties) {
            if (!deletion.blockingAgreements.contains(agreement.meta.id)) {
                deletion.blockingAgreements << agreement.meta.id;
                blocking << quoted(agreement.title);
            }
        }
    }
    if (!deletion.blockingAgreements.isEmpty()) {
        deletion.refusal =
            QCoreApplication::translate(
                "RecordActions",
                "%n partner(s) cannot be deleted while party to agreements: %1. Remove them from those agreements "
                "first (in each agreement's parties), then delete them.",
                nullptr, int(doomed.size()))
                .arg(blocking.join(QStringLiteral(", ")));
        return deletion;
    }
    auto command = std::make_unique<RecordCommand>(
        db, doomed.size() == 1
                ? QCoreApplication::translate("RecordActions", "Delete partner %1").arg(quoted(doomed.first().name))
                : QCoreApplication::translate("RecordActions", "Delete %n partner(s)", nullptr, int(doomed.size())));
    // Events lose them (and their contacts) as participants first; undo puts them back last.
    QList<qint64> contactIds;
    QHash<qint64, Event> touchedEvents;
    for (const Partner &partner : doomed) {
        const auto people = contacts.listForPartner(partner.meta.id);
        if (!people)
            return people.error();
        QStringList details;
        for (const Contact &contact : *people) {
            contactIds << contact.meta.id;
            details << contact.name;
        }
        ListQuery byPartner;
        byPartner.filters.insert(QStringLiteral("partner"), QString::number(partner.meta.id));
        const auto attended = events.list(byPartner);
        if (!attended)
            return attended.error();
        for (const Event &event : *attended)
            touchedEvents.insert(event.meta.id, event);
        for (const Contact &contact : *people) {
            ListQuery byContact;
            byContact.filters.insert(QStringLiteral("contact"), QString::number(contact.meta.id));
            const auto met = events.list(byContact);
            if (!met)
                return met.error();
            for (const Event &event : *met)
                touchedEvents.insert(event.meta.id, event);
        }
        deletion.affected << (details.isEmpty() ? partner.name
                                                : QCoreApplication::translate("RecordActions", "%1, with %2")
                                                      .arg(partner.name, details.join(QStringLiteral(", "))));
    }
    QList<qint64> doomedIds;
    for (const Partner &partner : doomed)
        doomedIds << partner.meta.id;
    for (const Event &event : std::as_const(touchedEvents)) {
        Event after = event;
        after.partnerIds.removeIf([&](qint64 id) { return doomedIds.contains(id); });
        after.contactIds.removeIf([&](qint64 id) { return contactIds.contains(id); });
        command->addUpdate(event, after);
    }
    for (const Partner &partner : doomed) {
        const auto people = contacts.listForPartner(partner.meta.id);
        if (!people)
            return people.error();
        for (const Contact &contact : *people)
            command->addRemove(contact);
        command->addRemove(partner);
    }
    deletion.question =
        QCoreApplication::translate("RecordActions", "Delete %n partner(s)?", nullptr, int(doomed.size()));
    if (!contactIds.isEmpty())
        deletion.question +=
            QLatin1Char(' ') + QCoreApplication::translate("RecordActions", "Their %n contact(s) go with them.",
                                                           nullptr, int(contactIds.size()));
    deletion.command = std::move(command);
    return deletion;
}

Result<RecordActions::Deletion> RecordActions::removeAgreements(Database &db, const QList<qint64> &ids)
{
    const AgreementRepository agreements(db);
    const MilestoneRepository milestones(db);
    Deletion deletion;
    QList<Agreement> doomed;
    for (qint64 id : ids) {
        const auto agreement = agreements.get(id);
        if (!agreement)
            return agreement.error();
        doomed << *agreement;
    }
    auto command = std::make_unique<RecordCommand>(
        db, doomed.size() == 1
                ? QCoreApplication::translate("RecordActions", "Delete agreement %1").arg(quoted(doomed.first().title))
                : QCoreApplication::translate("RecordActions", "Delete %n agreement(s)", nullptr, int(doomed.size())));
    // Agreements that follow a deleted one lose the link (and get it back on undo).
    for (const Agreement &agreement : doomed) {
        ListQuery successors;
        successors.filters.insert(QStringLiteral("predecessor"), QString::number(agreement.meta.id));
        const auto following = agreements.listWithDetails(successors);
        if (!following)
            return following.error();
        for (const Agreement &next : *following) {
            if (ids.contains(next.meta.id))
                continue;
            Agreement after = next;
            after.predecessorId = 0;
            command->addUpdate(next, after);
        }
    }
    int milestoneCount = 0;
    for (const Agreement &agreement : doomed) {
        const auto own = milestones.listForAgreement(agreement.meta.id);
        if (!own)
            return own.error();
        for (const Milestone &milestone : *own) {
            const auto history = milestones.history(milestone.meta.id);
            if (!history)
                return history.error();
            command->addRemove(milestone, *history);
        }
        milestoneCount += int(own->size());
        command->addRemove(agreement);
        deletion.affected << (own->isEmpty() ? agreement.title
                                             : QCoreApplication::translate("RecordActions", "%1, with %n milestone(s)",
                                                                           nullptr, int(own->size()))
                                                   .arg(agreement.title));
    }
    deletion.question =
        QCoreApplication::translate("RecordActions", "Delete %n agreement(s)?", nullptr, int(doomed.size()));
    if (milestoneCount > 0)
        deletion.question +=
            QLatin1Char(' ') +
            QCoreApplication::translate("RecordActions", "Their %n milestone(s) and the history of each go with them.",
                                        nullptr, milestoneCount);
    deletion.command = std::move(command);
    return deletion;
}

Result<RecordActions::Deletion> RecordActions::removeMilestones(Database &db, const QList<qint64> &ids)
{
    const MilestoneRepository milestones(db);
    Deletion deletion;
    QList<Milestone> doomed;
    for (qint64 id : ids) {
        const auto milestone = milestones.get(id);
        if (!milestone)
            return milestone.error();
        doomed << *milestone;
    }
    auto command = std::make_unique<RecordCommand>(
        db, doomed.size() == 1
                ? QCoreApplication::translate("RecordActions", "Delete milestone %1").arg(quoted(doomed.first().title))
                : QCoreApplication::translate("RecordActions", "Delete %n milestone(s)", nullptr, int(doomed.size())));
    for (const Milestone &milestone : doomed) {
        const auto history = milestones.history(milestone.meta.id);
        if (!history)
            return history.error();
        command->addRemove(milestone, *history);
        deletion.affected << (history->isEmpty()
                                  ? milestone.title
                                  : QCoreApplication::translate("RecordActions", "%1, with %n change(s) in its history",
                                                                nullptr, int(history->size()))
                                        .arg(milestone.title));
    }
    deletion.question =
        QCoreApplication::translate("RecordActions", "Delete %n milestone(s)?", nullptr, int(doomed.size()));
    deletion.command = std::move(command);
    return deletion;
}

Result<RecordActions::Deletion> RecordActions::removeEvents(Database &db, const QList<qint64> &ids)
{
    const EventRepository events(db);
    const AgreementRepository agreements(db);
    Deletion deletion;
    QList<Event> doomed;
    for (qint64 id : ids) {
        const auto event = events.get(id);
        if (!event)
            return event.error();
        doomed << *event;
    }
    auto command = std::make_unique<RecordCommand>(
        db, doomed.size() == 1
                ? QCoreApplication::translate("RecordActions", "Delete event %1").arg(quoted(doomed.first().title))
                : QCoreApplication::translate("RecordActions", "Delete %n event(s)", nullptr, int(doomed.size())));
    for (const Event &event : doomed) {
        ListQuery signedThere;
        signedThere.filters.insert(QStringLiteral("signing_event"), QString::number(event.meta.id));
        const auto signings = agreements.listWithDetails(signedThere);
        if (!signings)
            return signings.error();
        for (const Agreement &agreement : *signings) {
            Agreement after = agreement;
            after.signingEventId = 0;
            command->addUpdate(agreement, after);
        }
        command->addRemove(event);
        deletion.affected << (signings->isEmpty() ? event.title
                                                  : QCoreApplication::translate("RecordActions",
                                                                                "%1, where %n agreement(s) were signed",
                                                                                nullptr, int(signings->size()))
                                                        .arg(event.title));
    }
    deletion.question =
        QCoreApplication::translate("RecordActions", "Delete %n event(s)?", nullptr, int(doomed.size()));
    deletion.command = std::move(command);
    return deletion;
}

Result<std::unique_ptr<RecordCommand>> RecordActions::duplicate(Database &db, RecordSelection::Kind kind,
                                                                const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return StoreError{StoreError::Kind::Invalid,
                          QCoreApplication::translate("RecordActions", "Select what to duplicate first.")};
    auto command = std::make_unique<RecordCommand>(db, QString());
    QString what;
    QString single;
    for (qint64 id : ids) {
        switch (kind) {
        case RecordSelection::Kind::Partner: {
            const PartnerRepository partners(db);
            const auto partner = partners.get(id);
            if (!partner)
                return partner.error();
            Partner copy = *partner;
            copy.meta = RowMeta();
            copy.name = copyName(
                partner->name, [&](const QString &name) { return partnerNameTaken(partners, name, partner->country); });
            command->addCreate(copy);
            what = QCoreApplication::translate("RecordActions", "Duplicate %n partner(s)", nullptr, int(ids.size()));
            single = partner->name;
            break;
        }
        case RecordSelection::Kind::Agreement: {
            const auto agreement = AgreementRepository(db).get(id);
            if (!agreement)
                return agreement.error();
            Agreement copy = *agreement;
            copy.meta = RowMeta();
            copy.title = copyName(agreement->title, [](const QString &) { return false; });
            copy.status = AgreementStatus::Draft;
            command->addCreate(copy);
            what = QCoreApplication::translate("RecordActions", "Duplicate %n agreement(s)", nullptr, int(ids.size()));
            single = agreement->title;
            break;
        }
        case RecordSelection::Kind::Milestone: {
            const auto milestone = MilestoneRepository(db).get(id);
            if (!milestone)
                return milestone.error();
            Milestone copy = *milestone;
            copy.meta = RowMeta();
            copy.title = copyName(milestone->title, [](const QString &) { return false; });
            command->addCreate(copy);
            what = QCoreApplication::translate("RecordActions", "Duplicate %n milestone(s)", nullptr, int(ids.size()));
            single = milestone->title;
            break;
        }
        case RecordSelection::Kind::Event: {
            const auto event = EventRepository(db).get(id);
            if (!event)
                return event.error();
            Event copy = *event;
            copy.meta = RowMeta();
            copy.title = copyName(event->title, [](const QString &) { return false; });
            command->addCreate(copy);
            what = QCoreApplication::translate("RecordActions", "Duplicate %n event(s)", nullptr, int(ids.size()));
            single = event->title;
            break;
        }
        case RecordSelection::Kind::None:
            return StoreError{StoreError::Kind::Invalid,
                              QCoreApplication::translate("RecordActions", "Select what to duplicate first.")};
        }
    }
    command->setText(ids.size() == 1 ? QCoreApplication::translate("RecordActions", "Duplicate %1").arg(quoted(single))
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
    const ContactRepository contacts(db);
    const EventRepository events(db);
    QList<Contact> doomed;
    QMap<qint64, Event> attended;
    for (qint64 id : ids) {
        const auto contact = contacts.get(id);
        if (!contact)
            return contact.error();
        doomed << *contact;
        ListQuery byContact;
        byContact.filters.insert(QStringLiteral("contact"), QString::number(id));
        const auto met = events.list(byContact);
        if (!met)
            return met.error();
        for (const Event &event : *met)
            attended.insert(event.meta.id, event);
    }
    auto command = std::make_unique<RecordCommand>(
        db, doomed.size() == 1
                ? QCoreApplication::translate("RecordActions", "Remove contact %1").arg(quoted(doomed.first().name))
                : QCoreApplication::translate("RecordActions", "Remove %n contact(s)", nullptr, int(doomed.size())));
    // The events lose them as participants first; undo puts them back after the contacts return.
    for (const Event &event : std::as_const(attended)) {
        Event after = event;
        after.contactIds.removeIf([&ids](qint64 id) { return ids.contains(id); });
        command->addUpdate(event, after);
    }
    for (const Contact &contact : std::as_const(doomed))
        command->addRemove(contact);
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
