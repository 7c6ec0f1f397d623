// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/portfoliojson.h"

#include "exchange/jsonemitter.h"
#include "exchange/jsonobjectreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

Result<PortfolioData> PortfolioJson::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return StoreError{StoreError::Kind::Invalid,
                          QCoreApplication::translate("PortfolioJson", "Not valid JSON at byte %1: %2")
                              .arg(parseError.offset)
                              .arg(parseError.errorString())};
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("pactline-portfolio"))
        return StoreError{
            StoreError::Kind::Invalid,
            QCoreApplication::translate(
                "PortfolioJson", "This JSON is not a Pactline portfolio (its “format” is not “pactline-portfolio”).")};
    const int version = root.value(QLatin1String("formatVersion")).toInt();
    if (version < 1 || version > FormatVersion)
        return StoreError{
            StoreError::Kind::NewerVersion,
            QCoreApplication::translate("PortfolioJson",
                                        "This portfolio file has format version %1; this Pactline reads version %2.")
                .arg(version)
                .arg(FormatVersion)};

    QString error;
    PortfolioData data;
    const JsonObjectReader top(root, QString(), &error);
    top.objects("partners", [&](const JsonObjectReader &r) {
        Partner p;
        p.meta = r.meta();
        p.name = r.required("name");
        p.shortName = r.text("shortName");
        p.kind = r.code<PartnerKind>("kind", PartnerKind::Other);
        p.country = r.text("country");
        p.city = r.text("city");
        p.website = r.text("website");
        p.notes = r.text("notes");
        r.objects("contacts", [&](const JsonObjectReader &rc) {
            Contact c;
            c.meta = rc.meta();
            c.partnerId = p.meta.id;
            c.name = rc.required("name");
            c.role = rc.text("role");
            c.email = rc.text("email");
            c.phone = rc.text("phone");
            c.notes = rc.text("notes");
            data.contacts << c;
        });
        data.partners << p;
    });
    top.objects("events", [&](const JsonObjectReader &r) {
        Event e;
        e.meta = r.meta();
        e.title = r.required("title");
        e.date = r.date("date");
        e.place = r.text("place");
        e.notes = r.text("notes");
        e.partnerIds = r.ids("partners");
        e.contactIds = r.ids("contacts");
        data.events << e;
    });
    top.objects("agreements", [&](const JsonObjectReader &r) {
        Agreement a;
        a.meta = r.meta();
        a.title = r.required("title");
        a.kind = r.code<AgreementKind>("kind", AgreementKind::Other);
        a.status = r.code<AgreementStatus>("status", AgreementStatus::Draft);
        a.signedOn = r.date("signedOn");
        a.startsOn = r.date("startsOn");
        a.endsOn = r.date("endsOn");
        a.signingEventId = r.id("signingEvent");
        a.predecessorId = r.id("predecessor");
        for (const QJsonValue &theme : r.array("themes"))
            a.themes << theme.toString();
        a.summary = r.text("summary");
        a.notes = r.text("notes");
        r.objects("parties", [&](const JsonObjectReader &rp) {
            AgreementParty party;
            party.partnerId = rp.id("partner");
            party.role = rp.code<PartyRole>("role", PartyRole::Signatory);
            party.signedOn = rp.date("signedOn");
            a.parties << party;
        });
        r.objects("milestones", [&](const JsonObjectReader &rm) {
            PortfolioData::MilestoneEntry entry;
            Milestone &m = entry.milestone;
            m.meta = rm.meta();
            m.agreementId = a.meta.id;
            m.title = rm.required("title");
            m.due = rm.date("due");
            m.status = rm.code<MilestoneStatus>("status", MilestoneStatus::Planned);
            m.achievedOn = rm.date("achievedOn");
            m.location = rm.text("location");
            m.notes = rm.text("notes");
            rm.objects("history", [&](const JsonObjectReader &rh) {
                MilestoneChange change;
                change.changedAt = rh.timestamp("changedAt");
                change.oldDue = rh.date("oldDue");
                change.newDue = rh.date("newDue");
                if (!rh.text("oldStatus").isEmpty())
                    change.oldStatus = rh.code<MilestoneStatus>("oldStatus", MilestoneStatus::Planned);
                if (!rh.text("newStatus").isEmpty())
                    change.newStatus = rh.code<MilestoneStatus>("newStatus", MilestoneStatus::Planned);
                change.reason = rh.text("reason");
                entry.history << change;
            });
            data.milestones << entry;
        });
        data.agreements << a;
    });
    if (!error.isEmpty())
        return StoreError{StoreError::Kind::Invalid, error};
    return data;
}

QByteArray PortfolioJson::write(const PortfolioData &data)
{
    QHash<qint64, QList<const Contact *>> contactsOf;
    for (const Contact &contact : data.contacts)
        contactsOf[contact.partnerId].append(&contact);
    QHash<qint64, QList<const PortfolioData::MilestoneEntry *>> milestonesOf;
    for (const PortfolioData::MilestoneEntry &entry : data.milestones)
        milestonesOf[entry.milestone.agreementId].append(&entry);

    JsonEmitter json;
    json.beginObject();
    json.string("format", QStringLiteral("pactline-portfolio"));
    json.number("formatVersion", FormatVersion);
    json.objects("partners", data.partners, [&](const Partner &p) {
        json.id("id", p.meta.id);
        json.string("name", p.name);
        json.text("shortName", p.shortName);
        json.string("kind", codeOf(p.kind));
        json.text("country", p.country);
        json.text("city", p.city);
        json.text("website", p.website);
        json.text("notes", p.notes);
        json.meta(p.meta);
        json.optionalObjects("contacts", contactsOf.value(p.meta.id), [&](const Contact *c) {
            json.id("id", c->meta.id);
            json.string("name", c->name);
            json.text("role", c->role);
            json.text("email", c->email);
            json.text("phone", c->phone);
            json.text("notes", c->notes);
            json.meta(c->meta);
        });
    });
    json.objects("events", data.events, [&](const Event &e) {
        json.id("id", e.meta.id);
        json.string("title", e.title);
        json.date("date", e.date);
        json.text("place", e.place);
        json.text("notes", e.notes);
        json.ids("partners", e.partnerIds);
        json.ids("contacts", e.contactIds);
        json.meta(e.meta);
    });
    json.objects("agreements", data.agreements, [&](const Agreement &a) {
        json.id("id", a.meta.id);
        json.string("title", a.title);
        json.string("kind", codeOf(a.kind));
        json.string("status", codeOf(a.status));
        json.date("signedOn", a.signedOn);
        json.date("startsOn", a.startsOn);
        json.date("endsOn", a.endsOn);
        json.id("signingEvent", a.signingEventId);
        json.id("predecessor", a.predecessorId);
        json.strings("themes", a.themes);
        json.text("summary", a.summary);
        json.text("notes", a.notes);
        json.optionalObjects("parties", a.parties, [&](const AgreementParty &party) {
            json.id("partner", party.partnerId);
            json.string("role", codeOf(party.role));
            json.date("signedOn", party.signedOn);
        });
        json.optionalObjects("milestones", milestonesOf.value(a.meta.id),
                             [&](const PortfolioData::MilestoneEntry *entry) {
                                 const Milestone &m = entry->milestone;
                                 json.id("id", m.meta.id);
                                 json.string("title", m.title);
                                 json.date("due", m.due);
                                 json.string("status", codeOf(m.status));
                                 json.date("achievedOn", m.achievedOn);
                                 json.text("location", m.location);
                                 json.text("notes", m.notes);
                                 json.optionalObjects("history", entry->history, [&](const MilestoneChange &change) {
                                     json.string("changedAt", RowCodec::timestamp(change.changedAt));
                                     json.date("oldDue", change.oldDue);
                                     json.date("newDue", change.newDue);
                                     if (change.oldStatus)
                                         json.string("oldStatus", codeOf(*change.oldStatus));
                                     if (change.newStatus)
                                         json.string("newStatus", codeOf(*change.newStatus));
                                     json.text("reason", change.reason);
                                 });
                                 json.meta(m.meta);
                             });
        json.meta(a.meta);
    });
    json.endObject();
    return json.take();
}
