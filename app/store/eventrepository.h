// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "store/entityrepository.h"

#include <QDate>
#include <QList>

#include <utility>

// How events are kept: table, columns, encoding, filters and sort keys.
const EntitySpec<Event> &eventSpec();

// Events (signings, reviews) with their participating partners and contacts.
// Filters: "partner", "contact" (ids of participants). Sort keys: title, date, place.
class EventRepository : public EntityRepository<Event>
{
public:
    explicit EventRepository(Database &db);

    Result<void> remove(qint64 id, int version = 0) const;
    // The rows of the query with their participants.
    Result<QList<Event>> list(const ListQuery &query = {}) const;
    // Events whose date overlaps [from, to], by date, without participants (the timeline's markers).
    Result<QList<Event>> listInRange(QDate from, QDate to) const;
    // The first and last day of all dated events (invalid dates when there are none).
    Result<std::pair<QDate, QDate>> dateExtent() const;

private:
    Result<void> addDetails(QList<Event> &events) const override;
    void applyLists(Event &event, const QJsonObject &values) const override;
    Result<void> saveDetails(const Event &event) const override;
    Result<void> loadParticipants(Event &event) const;
};
