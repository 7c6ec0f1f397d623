// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/eventrepository.h"

#include "store/fieldcolumns.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace {

// Each link table of an event, the column naming what takes part, and the event's list of those ids.
struct Link
{
    const char *table;
    const char *column;
    QList<qint64> Event::*ids;
};

constexpr Link Links[] = {{"event_partner", "partner_id", &Event::partnerIds},
                          {"event_contact", "contact_id", &Event::contactIds}};

} // namespace

const EntitySpec<Event> &eventSpec()
{
    static const EntitySpec<Event> spec = [] {
        EntitySpec<Event> s = FieldColumns::specOf<Event>(
            "event",
            {{QStringLiteral("partner"),
              QStringLiteral("id IN (SELECT event_id FROM event_partner WHERE partner_id = ?)"), ListFilter::Value::Id},
             {QStringLiteral("contact"),
              QStringLiteral("id IN (SELECT event_id FROM event_contact WHERE contact_id = ?)"),
              ListFilter::Value::Id}},
            "date");
        return s;
    }();
    return spec;
}

EventRepository::EventRepository(Database &db)
    : EntityRepository(db, eventSpec())
{}

void EventRepository::applyLists(Event &event, const QJsonObject &values) const
{
    const auto ids = [&](const char *field, QList<qint64> &list) {
        if (!values.contains(QLatin1String(field)))
            return;
        list.clear();
        for (const QJsonValue &id : values.value(QLatin1String(field)).toArray())
            list << id.toInteger();
    };
    ids("partners", event.partnerIds);
    ids("contacts", event.contactIds);
}

Result<void> EventRepository::saveDetails(const Event &event) const
{
    const RowMeta linkMeta{0, event.meta.createdAt, event.meta.updatedAt, 1};
    for (const Link &link : Links) {
        const QString table = QLatin1String(link.table);
        QSqlQuery remove = database().prepare(QStringLiteral("DELETE FROM %1 WHERE event_id = ?").arg(table));
        if (auto r = exec(remove, {event.meta.id}); !r)
            return r;
        database().touch(table);
        for (qint64 id : event.*link.ids) {
            const Result<RowMeta> row = insertRow(table, {QStringLiteral("event_id"), QLatin1String(link.column)},
                                                  {event.meta.id, id}, linkMeta);
            if (!row)
                return row.error();
        }
    }
    return {};
}

Result<void> EventRepository::loadParticipants(Event &event) const
{
    for (const Link &link : Links) {
        QSqlQuery q = database().prepare(QStringLiteral("SELECT %1 FROM %2 WHERE event_id = ? ORDER BY id")
                                             .arg(QLatin1String(link.column), QLatin1String(link.table)));
        if (auto r = exec(q, {event.meta.id}); !r)
            return r;
        while (q.next())
            (event.*link.ids).append(q.value(0).toLongLong());
    }
    return {};
}

Result<void> EventRepository::remove(qint64 id, int version) const
{
    return database().write([&]() -> Result<void> {
        if (auto r = deleteRow(QStringLiteral("event"), id, version); !r)
            return r;
        database().touch(QStringLiteral("event_partner"));
        database().touch(QStringLiteral("event_contact"));
        database().touch(QStringLiteral("agreement"));
        return {};
    });
}

Result<QList<Event>> EventRepository::list(const ListQuery &query) const
{
    Result<QList<Event>> events = EntityRepository::list(query);
    if (!events)
        return events;
    if (auto r = addDetails(*events); !r)
        return r.error();
    return events;
}

Result<void> EventRepository::addDetails(QList<Event> &events) const
{
    for (Event &event : events)
        if (auto r = loadParticipants(event); !r)
            return r;
    return {};
}

Result<QList<Event>> EventRepository::listInRange(QDate from, QDate to) const
{
    QSqlQuery q = database().prepare(
        QStringLiteral("SELECT %1 FROM event WHERE date_first <= ? AND date_last >= ? ORDER BY date_first, id")
            .arg(spec().columns));
    if (auto r = exec(q, {to.toString(Qt::ISODate), from.toString(Qt::ISODate)}); !r)
        return r.error();
    QList<Event> events;
    while (q.next())
        events.append(FieldColumns::decode<Event>(q));
    return events;
}

Result<std::pair<QDate, QDate>> EventRepository::dateExtent() const
{
    QSqlQuery q = database().prepare(QStringLiteral("SELECT MIN(date_first), MAX(date_last) FROM event"));
    if (auto r = exec(q); !r)
        return r.error();
    if (!q.next())
        return std::pair<QDate, QDate>();
    return std::pair(QDate::fromString(q.value(0).toString(), Qt::ISODate),
                     QDate::fromString(q.value(1).toString(), Qt::ISODate));
}
