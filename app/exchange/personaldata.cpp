// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/personaldata.h"

#include "exchange/autobackup.h"
#include "exchange/jsonemitter.h"
#include "store/eventrepository.h"
#include "store/personerasure.h"

#include <QDir>
#include <QFileInfo>

Result<QByteArray> PersonalData::exportJson(Database &db, qint64 contactId, const QDateTime &now)
{
    const Result<PersonErasure::Plan> plan = PersonErasure::plan(db, contactId);
    if (!plan)
        return plan.error();
    ListQuery attended;
    attended.filters.insert(QStringLiteral("contact"), QString::number(contactId));
    attended.sortKey = QStringLiteral("date");
    const Result<QList<Event>> events = EventRepository(db).list(attended);
    if (!events)
        return events.error();

    const Contact &contact = plan->contact;
    JsonEmitter json;
    json.beginObject();
    json.string("format", QStringLiteral("pactline-personal-data"));
    json.number("formatVersion", FormatVersion);
    json.string("exportedAt", RowCodec::timestamp(now));
    json.beginObject("person");
    json.number("id", contact.meta.id);
    json.text("name", contact.name);
    json.text("role", contact.role);
    json.text("email", contact.email);
    json.text("phone", contact.phone);
    json.text("notes", contact.notes);
    json.beginObject("organisation");
    json.number("id", contact.partnerId);
    json.text("name", plan->partnerName);
    json.endObject();
    json.meta(contact.meta);
    json.endObject();
    json.beginArray("events");
    for (const Event &event : *events) {
        json.beginObject();
        json.number("id", event.meta.id);
        json.text("title", event.title);
        json.date("date", event.date);
        json.text("place", event.place);
        json.endObject();
    }
    json.endArray();
    json.beginArray("mentionedIn");
    for (const PersonErasure::Mention &mention : plan->mentions) {
        json.beginObject();
        json.string("record", mention.table);
        json.number("id", mention.id);
        json.text("label", mention.label);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.take();
}

QStringList PersonalData::copiesOf(const QString &portfolioPath)
{
    QStringList copies;
    for (const AutoBackup::Backup &backup : AutoBackup::list(portfolioPath))
        copies << backup.path;
    const QFileInfo portfolio(portfolioPath);
    const QStringList upgrades =
        portfolio.dir().entryList({portfolio.fileName() + QStringLiteral(".before-v*")}, QDir::Files, QDir::Name);
    for (const QString &name : upgrades)
        copies << portfolio.dir().filePath(name);
    return copies;
}
