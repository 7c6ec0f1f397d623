#pragma once

#include "domain/partner.h"
#include "store/repositorybase.h"

#include <QList>

// Partners. Filters: "kind" (code), "country" (ISO code). Sort keys: name, short_name, kind,
// country, city, created_at, updated_at.
class PartnerRepository : public RepositoryBase
{
public:
    using RepositoryBase::RepositoryBase;

    Result<Partner> get(qint64 id) const;
    Result<Partner> create(const Partner &partner) const;
    Result<Partner> update(const Partner &partner) const;
    // Refused (InUse) while the partner is a party to an agreement; its contacts go with it.
    Result<void> remove(qint64 id, int version = 0) const;
    Result<QList<Partner>> list(const ListQuery &query = {}) const;
    Result<qint64> count(const ListQuery &query = {}) const;
    // Finds a partner by exact name or short name, case-insensitively; id 0 when none.
    Result<qint64> findByName(const QString &name) const;
    // Paging for long lists: the ids of one window of the list, a row's position in it (-1 when
    // the query leaves it out), and the rows of some ids in the order given (unknown ids left out).
    Result<QList<qint64>> ids(const ListQuery &query, const ListWindow &window) const;
    Result<qint64> position(const ListQuery &query, qint64 id) const;
    Result<QList<Partner>> getMany(const QList<qint64> &ids) const;
    // Every country code in use, sorted.
    Result<QStringList> countries() const;

    static Result<void> validate(const Partner &partner);

private:
    SqlClause clauseFor(const ListQuery &query) const;
    SortColumn sortColumn(const QString &key) const;
    Result<void> checkUnique(const Partner &partner) const;
};
