// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/portfoliojson.h"

#include "store/agreementrepository.h"
#include "store/contactrepository.h"
#include "store/contentcheck.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace {

template<typename T>
void sortById(QList<T> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const T &a, const T &b) { return a.meta.id < b.meta.id; });
}

} // namespace

Result<void> PortfolioJson::importInto(Database &db, const PortfolioData &data)
{
    const PartnerRepository partners(db);
    const ContactRepository contacts(db);
    const EventRepository events(db);
    const AgreementRepository agreements(db);
    const MilestoneRepository milestones(db);

    return db.write([&]() -> Result<void> {
        const Result<qint64> existing = partners.count();
        if (!existing)
            return existing.error();
        const bool keepIds = *existing == 0 && *agreements.count() == 0 && *events.count() == 0;
        QHash<qint64, qint64> partnerIds, contactIds, eventIds, agreementIds;
        const auto mapped = [](const QHash<qint64, qint64> &map, qint64 id, const char *what) -> Result<qint64> {
            if (id <= 0)
                return qint64(0);
            if (!map.contains(id))
                return StoreError{StoreError::Kind::Invalid,
                                  QCoreApplication::translate("PortfolioJson",
                                                              "The file refers to %1 #%2, which it does not contain.")
                                      .arg(QLatin1String(what))
                                      .arg(id)};
            return map.value(id);
        };
        const auto fresh = [&](RowMeta meta) {
            if (!keepIds)
                meta.id = 0;
            return meta;
        };

        for (Partner p : data.partners) {
            const qint64 fileId = p.meta.id;
            p.meta = fresh(p.meta);
            const Result<Partner> stored = partners.create(p);
            if (!stored)
                return StoreError{stored.error().kind, QCoreApplication::translate("PortfolioJson", "Partner “%1”: %2")
                                                           .arg(p.name, stored.error().message)};
            partnerIds.insert(fileId, stored->meta.id);
        }
        for (Contact c : data.contacts) {
            const qint64 fileId = c.meta.id;
            c.meta = fresh(c.meta);
            const Result<qint64> partner = mapped(partnerIds, c.partnerId, "partner");
            if (!partner)
                return partner.error();
            c.partnerId = *partner;
            const Result<Contact> stored = contacts.create(c);
            if (!stored)
                return StoreError{stored.error().kind, QCoreApplication::translate("PortfolioJson", "Contact “%1”: %2")
                                                           .arg(c.name, stored.error().message)};
            contactIds.insert(fileId, stored->meta.id);
        }
        for (Event e : data.events) {
            const qint64 fileId = e.meta.id;
            e.meta = fresh(e.meta);
            for (qint64 &id : e.partnerIds) {
                const Result<qint64> partner = mapped(partnerIds, id, "partner");
                if (!partner)
                    return partner.error();
                id = *partner;
            }
            for (qint64 &id : e.contactIds) {
                const Result<qint64> contact = mapped(contactIds, id, "contact");
                if (!contact)
                    return contact.error();
                id = *contact;
            }
            const Result<Event> stored = events.create(e);
            if (!stored)
                return StoreError{stored.error().kind, QCoreApplication::translate("PortfolioJson", "Event “%1”: %2")
                                                           .arg(e.title, stored.error().message)};
            eventIds.insert(fileId, stored->meta.id);
        }
        // An agreement is added after its predecessor, so that the link can be stored at once.
        QList<Agreement> pending = data.agreements;
        while (!pending.isEmpty()) {
            const int before = pending.size();
            for (auto it = pending.begin(); it != pending.end();) {
                if (it->predecessorId > 0 && !agreementIds.contains(it->predecessorId)) {
                    ++it;
                    continue;
                }
                Agreement a = *it;
                const qint64 fileId = a.meta.id;
                a.meta = fresh(a.meta);
                a.predecessorId = agreementIds.value(a.predecessorId);
                const Result<qint64> event = mapped(eventIds, a.signingEventId, "event");
                if (!event)
                    return event.error();
                a.signingEventId = *event;
                for (AgreementParty &party : a.parties) {
                    const Result<qint64> partner = mapped(partnerIds, party.partnerId, "partner");
                    if (!partner)
                        return partner.error();
                    party.partnerId = *partner;
                }
                const Result<Agreement> stored = agreements.create(a);
                if (!stored)
                    return StoreError{stored.error().kind,
                                      QCoreApplication::translate("PortfolioJson", "Agreement “%1”: %2")
                                          .arg(a.title, stored.error().message)};
                agreementIds.insert(fileId, stored->meta.id);
                it = pending.erase(it);
            }
            if (pending.size() == before)
                return StoreError{
                    StoreError::Kind::Invalid,
                    QCoreApplication::translate("PortfolioJson",
                                                "Agreement “%1” has a predecessor the file does not contain (or the "
                                                "predecessors form a loop).")
                        .arg(pending.first().title)};
        }
        for (const PortfolioData::MilestoneEntry &entry : data.milestones) {
            Milestone m = entry.milestone;
            m.meta = fresh(m.meta);
            const Result<qint64> agreement = mapped(agreementIds, m.agreementId, "agreement");
            if (!agreement)
                return agreement.error();
            m.agreementId = *agreement;
            const Result<Milestone> stored = milestones.create(m);
            if (!stored)
                return StoreError{stored.error().kind,
                                  QCoreApplication::translate("PortfolioJson", "Milestone “%1”: %2")
                                      .arg(m.title, stored.error().message)};
            for (MilestoneChange change : entry.history) {
                change.id = 0;
                change.milestoneId = stored->meta.id;
                if (const Result<MilestoneChange> added = milestones.addChange(change); !added)
                    return added.error();
            }
        }
        return {};
    });
}

Result<PortfolioData> PortfolioJson::load(Database &db)
{
    if (auto refused = ContentCheck::refuseUnknownCodes(db.connection()); !refused)
        return refused.error();
    PortfolioData data;
    Result<QList<Partner>> partners = PartnerRepository(db).list();
    if (!partners)
        return partners.error();
    data.partners = std::move(*partners);
    sortById(data.partners);
    Result<QList<Contact>> contacts = ContactRepository(db).list();
    if (!contacts)
        return contacts.error();
    data.contacts = std::move(*contacts);
    sortById(data.contacts);
    Result<QList<Event>> events = EventRepository(db).list();
    if (!events)
        return events.error();
    data.events = std::move(*events);
    sortById(data.events);
    // Agreements with their parties and themes, a window at a time.
    const AgreementRepository agreements(db);
    ListQuery window;
    window.limit = 2000;
    for (;; window.offset += window.limit) {
        Result<QList<Agreement>> page = agreements.listWithDetails(window);
        if (!page)
            return page.error();
        data.agreements.append(*page);
        if (page->size() < window.limit)
            break;
    }
    sortById(data.agreements);
    const MilestoneRepository milestoneRepository(db);
    Result<QList<Milestone>> milestones = milestoneRepository.list();
    if (!milestones)
        return milestones.error();
    sortById(*milestones);
    const Result<QList<MilestoneChange>> changes = milestoneRepository.changesBetween(
        QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC), QDateTime(QDate(9999, 12, 31), QTime(23, 59), Qt::UTC));
    if (!changes)
        return changes.error();
    QHash<qint64, QList<MilestoneChange>> history;
    for (const MilestoneChange &change : *changes)
        history[change.milestoneId].append(change);
    for (const Milestone &milestone : std::as_const(*milestones))
        data.milestones.append({milestone, history.value(milestone.meta.id)});
    return data;
}
