// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/portfoliojson.h"

#include "store/agreementrepository.h"
#include "store/contactrepository.h"
#include "store/eventrepository.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

QStringList PortfolioJson::problems(const PortfolioData &data)
{
    QStringList found;
    const auto at = [](const char *list, qsizetype index) {
        return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index);
    };
    const auto collectIds = [&](const auto &rows, const char *list) {
        QSet<qint64> ids;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const qint64 id = rows.at(i).meta.id;
            if (id > 0 && ids.contains(id))
                found << at(list, i) + QStringLiteral(".id: ") +
                             QCoreApplication::translate("PortfolioJson", "%1 is used by another row too.").arg(id);
            ids.insert(id);
        }
        return ids;
    };
    const QSet<qint64> partnerIds = collectIds(data.partners, "partners");
    const QSet<qint64> contactIds = collectIds(data.contacts, "contacts");
    const QSet<qint64> eventIds = collectIds(data.events, "events");
    const QSet<qint64> agreementIds = collectIds(data.agreements, "agreements");
    const auto missing = [&](const QString &place, const char *what, qint64 id) {
        found << place + QStringLiteral(": ") +
                     QCoreApplication::translate("PortfolioJson", "refers to %1 #%2, which the file does not contain.")
                         .arg(QLatin1String(what))
                         .arg(id);
    };

    QSet<QString> names;
    for (qsizetype i = 0; i < data.partners.size(); ++i) {
        const Partner &p = data.partners.at(i);
        if (auto r = PartnerRepository::validate(p); !r)
            found << at("partners", i) + QStringLiteral(": ") + r.error().message;
        const QString key = p.name.trimmed().toLower() + QLatin1Char('|') + p.country.trimmed().toUpper();
        if (names.contains(key))
            found << at("partners", i) + QStringLiteral(".name: ") +
                         QCoreApplication::translate("PortfolioJson", "another partner in %1 has the same name.")
                             .arg(p.country.isEmpty() ? QCoreApplication::translate("PortfolioJson", "no country")
                                                      : p.country);
        names.insert(key);
    }
    for (qsizetype i = 0; i < data.contacts.size(); ++i)
        if (auto r = ContactRepository::validate(data.contacts.at(i)); !r)
            found << at("contacts", i) + QStringLiteral(": ") + r.error().message;
    for (qsizetype i = 0; i < data.events.size(); ++i) {
        const Event &e = data.events.at(i);
        if (auto r = EventRepository::validate(e); !r)
            found << at("events", i) + QStringLiteral(": ") + r.error().message;
        for (qint64 id : e.partnerIds)
            if (!partnerIds.contains(id))
                missing(at("events", i) + QStringLiteral(".partners"), "partner", id);
        for (qint64 id : e.contactIds)
            if (!contactIds.contains(id))
                missing(at("events", i) + QStringLiteral(".contacts"), "contact", id);
    }
    QHash<qint64, qint64> predecessorOf;
    for (qsizetype i = 0; i < data.agreements.size(); ++i) {
        const Agreement &a = data.agreements.at(i);
        Agreement checked = a;
        for (AgreementParty &party : checked.parties)
            party.partnerId = qMax<qint64>(party.partnerId, 1); // missing partners are reported below
        if (auto r = AgreementRepository::validate(checked); !r)
            found << at("agreements", i) + QStringLiteral(": ") + r.error().message;
        if (a.signingEventId > 0 && !eventIds.contains(a.signingEventId))
            missing(at("agreements", i) + QStringLiteral(".signingEvent"), "event", a.signingEventId);
        if (a.predecessorId > 0 && !agreementIds.contains(a.predecessorId))
            missing(at("agreements", i) + QStringLiteral(".predecessor"), "agreement", a.predecessorId);
        for (qsizetype j = 0; j < a.parties.size(); ++j)
            if (!partnerIds.contains(a.parties.at(j).partnerId))
                missing(at("agreements", i) + QStringLiteral(".parties[%1].partner").arg(j), "partner",
                        a.parties.at(j).partnerId);
        if (a.meta.id > 0 && a.predecessorId > 0)
            predecessorOf.insert(a.meta.id, a.predecessorId);
    }
    for (qsizetype i = 0; i < data.agreements.size(); ++i) {
        qint64 current = data.agreements.at(i).meta.id;
        for (qsizetype steps = 0; current > 0 && steps <= data.agreements.size(); ++steps) {
            current = predecessorOf.value(current);
            if (current == data.agreements.at(i).meta.id) {
                found << at("agreements", i) + QStringLiteral(".predecessor: ") +
                             QCoreApplication::translate("PortfolioJson", "the predecessors go round in a circle.");
                break;
            }
        }
    }
    for (qsizetype i = 0; i < data.milestones.size(); ++i) {
        const Milestone &m = data.milestones.at(i).milestone;
        if (m.agreementId <= 0) {
            found << QCoreApplication::translate("PortfolioJson", "milestone “%1”: its agreement has no id.")
                         .arg(m.title);
            continue;
        }
        if (auto r = MilestoneRepository::validate(m); !r)
            found << QCoreApplication::translate("PortfolioJson", "milestone “%1”: %2").arg(m.title, r.error().message);
    }
    return found;
}
