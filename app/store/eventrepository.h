#pragma once

#include "domain/event.h"
#include "repositorybase.h"

#include <QList>

// Events (signings, reviews) with their participating partners and contacts.
// Filters: "partner" (id). Sort keys: title, date, place.
class EventRepository : public RepositoryBase
{
public:
    using RepositoryBase::RepositoryBase;

    Result<Event> get(qint64 id) const;
    Result<Event> create(const Event &event) const;
    Result<Event> update(const Event &event) const;
    Result<void> remove(qint64 id, int version = 0) const;
    Result<QList<Event>> list(const ListQuery &query = {}) const;
    Result<qint64> count(const ListQuery &query = {}) const;

    static Result<void> validate(const Event &event);

private:
    SqlClause clauseFor(const ListQuery &query) const;
    Result<void> saveParticipants(const Event &event) const;
    Result<void> loadParticipants(Event &event) const;
};
