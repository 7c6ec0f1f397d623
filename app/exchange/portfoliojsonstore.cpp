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
        // Stores a record (with a new id unless the ids are kept) and maps its id in the file to its
        // stored one; a refusal names the record ("Partner “%1”: %2").
        const auto add = [keepIds](const auto &repository, auto record, QHash<qint64, qint64> &ids,
                                   const QString &failure) -> Result<qint64> {
            const qint64 fileId = record.meta.id;
            if (!keepIds)
                record.meta.id = 0;
            const auto stored = repository.create(record);
            if (!stored)
                return StoreError{stored.error().kind, failure.arg(record.*(titleFieldOf<decltype(record)>()->text),
                                                                   stored.error().message)};
            ids.insert(fileId, stored->meta.id);
            return stored->meta.id;
        };
        const auto remap = [&](const QHash<qint64, qint64> &map, qint64 &id, const char *what) -> Result<void> {
            const Result<qint64> stored = mapped(map, id, what);
            if (!stored)
                return stored.error();
            id = *stored;
            return {};
        };

        for (const Partner &p : data.partners)
            if (auto added =
                    add(partners, p, partnerIds, QCoreApplication::translate("PortfolioJson", "Partner “%1”: %2"));
                !added)
                return added.error();
        for (Contact c : data.contacts) {
            if (auto remapped = remap(partnerIds, c.partnerId, "partner"); !remapped)
                return remapped;
            if (auto added =
                    add(contacts, c, contactIds, QCoreApplication::translate("PortfolioJson", "Contact “%1”: %2"));
                !added)
                return added.error();
        }
        for (Event e : data.events) {
            for (qint64 &id : e.partnerIds)
                if (auto remapped = remap(partnerIds, id, "partner"); !remapped)
                    return remapped;
            for (qint64 &id : e.contactIds)
                if (auto remapped = remap(contactIds, id, "contact"); !remapped)
                    return remapped;
            if (auto added = add(events, e, eventIds, QCoreApplication::translate("PortfolioJson", "Event “%1”: %2"));
                !added)
                return added.error();
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
                a.predecessorId = agreementIds.value(a.predecessorId);
                if (auto remapped = remap(eventIds, a.signingEventId, "event"); !remapped)
                    return remapped;
                for (AgreementParty &party : a.parties)
                    if (auto remapped = remap(partnerIds, party.partnerId, "partner"); !remapped)
                        return remapped;
                if (auto added = add(agreements, a, agreementIds,
                                     QCoreApplication::translate("PortfolioJson", "Agreement “%1”: %2"));
                    !added)
                    return added.error();
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
        QHash<qint64, qint64> milestoneIds;
        for (const PortfolioData::MilestoneEntry &entry : data.milestones) {
            Milestone m = entry.milestone;
            if (auto remapped = remap(agreementIds, m.agreementId, "agreement"); !remapped)
                return remapped;
            const Result<qint64> stored =
                add(milestones, m, milestoneIds, QCoreApplication::translate("PortfolioJson", "Milestone “%1”: %2"));
            if (!stored)
                return stored.error();
            for (MilestoneChange change : entry.history) {
                change.id = 0;
                change.milestoneId = *stored;
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
