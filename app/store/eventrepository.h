#pragma once

#include "domain/event.h"
#include "store/repositorybase.h"

#include <QDate>
#include <QList>

#include <utility>

// Events (signings, reviews) with their participating partners and contacts.
// Filters: "partner", "contact" (ids of participants). Sort keys: title, date, place.
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
    // Paging for long lists: the ids of one window of the list, a row's position in it (-1 when
    // the query leaves it out), and the rows of some ids with participants, in the order given.
    Result<QList<qint64>> ids(const ListQuery &query, const ListWindow &window) const;
    Result<qint64> position(const ListQuery &query, qint64 id) const;
    Result<QList<Event>> getMany(const QList<qint64> &ids) const;
    // Events whose date overlaps [from, to], by date, without participants (the timeline's markers).
    Result<QList<Event>> listInRange(QDate from, QDate to) const;
    // The first and last day of all dated events (invalid dates when there are none).
    Result<std::pair<QDate, QDate>> dateExtent() const;

    static Result<void> validate(const Event &event);

private:
    SqlClause clauseFor(const ListQuery &query) const;
    SortColumn sortColumn(const QString &key) const;
    Result<void> saveParticipants(const Event &event) const;
    Result<void> loadParticipants(Event &event) const;
};
