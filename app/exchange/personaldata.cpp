// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/personaldata.h"

#include "exchange/autobackup.h"
#include "exchange/jsonemitter.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/historyrepository.h"
#include "store/personerasure.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// A history value as text: strings as they are, anything else (numbers, lists) as compact JSON.
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

} // namespace

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
    QList<HistoryEntry> history;
    if (db.hasHistory()) {
        Result<QList<HistoryEntry>> about =
            HistoryRepository(db).about(QStringLiteral("contact"), contactId, {contact.name, contact.email});
        if (!about)
            return about.error();
        history = std::move(*about);
    }
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
    json.objects("events", *events, [&](const Event &event) {
        json.number("id", event.meta.id);
        json.text("title", event.title);
        json.date("date", event.date);
        json.text("place", event.place);
    });
    json.objects("mentionedIn", plan->mentions, [&](const PersonErasure::Mention &mention) {
        json.string("record", mention.table);
        json.number("id", mention.id);
        json.text("label", mention.label);
    });
    // Every recorded change of their record, and the changes of other records that name them.
    json.objects("history", history, [&](const HistoryEntry &entry) {
        json.string("changedAt", RowCodec::timestamp(entry.changedAt));
        json.text("changedBy", entry.changedBy);
        json.string("record", entry.recordTable);
        json.number("id", entry.recordId);
        json.string("action", HistoryEntry::codeOf(entry.action));
        json.beginObject("changes");
        for (auto it = entry.changes.constBegin(); it != entry.changes.constEnd(); ++it) {
            const QJsonArray values = it.value().toArray();
            json.strings(it.key().toUtf8().constData(), {textOf(values.at(0)), textOf(values.at(1))});
        }
        json.endObject();
    });
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
