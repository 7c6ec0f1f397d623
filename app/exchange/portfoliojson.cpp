// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/portfoliojson.h"

#include "exchange/jsonfields.h"

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
        const Partner p = JsonFields::read<Partner>(r);
        r.objects("contacts", [&](const JsonObjectReader &rc) {
            Contact c = JsonFields::read<Contact>(rc);
            c.partnerId = p.meta.id;
            data.contacts << c;
        });
        data.partners << p;
    });
    top.objects("events", [&](const JsonObjectReader &r) { data.events << JsonFields::read<Event>(r); });
    top.objects("agreements", [&](const JsonObjectReader &r) {
        Agreement a = JsonFields::read<Agreement>(r);
        r.objects("parties", [&](const JsonObjectReader &rp) {
            AgreementParty party;
            party.partnerId = rp.id("partner");
            party.role = rp.code<PartyRole>("role", PartyRole::Signatory);
            party.signedOn = rp.date("signedOn");
            a.parties << party;
        });
        r.objects("milestones", [&](const JsonObjectReader &rm) {
            PortfolioData::MilestoneEntry entry;
            entry.milestone = JsonFields::read<Milestone>(rm);
            entry.milestone.agreementId = a.meta.id;
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
                change.author = rh.text("author");
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
        JsonFields::write(json, p);
        json.meta(p.meta);
        json.optionalObjects("contacts", contactsOf.value(p.meta.id), [&](const Contact *c) {
            JsonFields::write(json, *c);
            json.meta(c->meta);
        });
    });
    json.objects("events", data.events, [&](const Event &e) {
        JsonFields::write(json, e);
        json.meta(e.meta);
    });
    json.objects("agreements", data.agreements, [&](const Agreement &a) {
        JsonFields::write(json, a);
        json.optionalObjects("parties", a.parties, [&](const AgreementParty &party) {
            json.id("partner", party.partnerId);
            json.string("role", codeOf(party.role));
            json.date("signedOn", party.signedOn);
        });
        json.optionalObjects("milestones", milestonesOf.value(a.meta.id),
                             [&](const PortfolioData::MilestoneEntry *entry) {
                                 JsonFields::write(json, entry->milestone);
                                 json.optionalObjects("history", entry->history, [&](const MilestoneChange &change) {
                                     json.string("changedAt", RowCodec::timestamp(change.changedAt));
                                     json.date("oldDue", change.oldDue);
                                     json.date("newDue", change.newDue);
                                     if (change.oldStatus)
                                         json.string("oldStatus", codeOf(*change.oldStatus));
                                     if (change.newStatus)
                                         json.string("newStatus", codeOf(*change.newStatus));
                                     json.text("reason", change.reason);
                                     json.text("author", change.author);
                                 });
                                 json.meta(entry->milestone.meta);
                             });
        json.meta(a.meta);
    });
    json.endObject();
    return json.take();
}
