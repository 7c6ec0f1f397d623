#pragma once

#include "domain/agreement.h"
#include "repositorybase.h"

#include <QList>

// Agreements with their parties and themes, saved and loaded together.
// Filters: "status", "kind" (codes), "partner" (id), "country" (a party's ISO code),
// "theme" (name), "overdue" ("1": has an open milestone past its due period).
// Sort keys: title, kind, status, signed_on, starts_on, ends_on, created_at, updated_at.
class AgreementRepository : public RepositoryBase
{
public:
    using RepositoryBase::RepositoryBase;

    Result<Agreement> get(qint64 id) const;
    Result<Agreement> create(const Agreement &agreement) const;
    Result<Agreement> update(const Agreement &agreement) const;
    // Deletes the agreement with its parties, themes, milestones and their history.
    Result<void> remove(qint64 id, int version = 0) const;
    // Rows without parties and themes (fast, for long lists); use get() or withDetails() for those.
    Result<QList<Agreement>> list(const ListQuery &query = {}) const;
    // Rows with parties and themes loaded.
    Result<QList<Agreement>> listWithDetails(const ListQuery &query = {}) const;
    Result<qint64> count(const ListQuery &query = {}) const;
    // Every theme name in use, sorted.
    Result<QStringList> themes() const;
    // Agreements a partner is party to.
    Result<QList<Agreement>> listForPartner(qint64 partnerId) const;

    static Result<void> validate(const Agreement &agreement);

private:
    SqlClause clauseFor(const ListQuery &query) const;
    Result<void> loadDetails(QList<Agreement> &agreements) const;
    Result<void> saveParties(const Agreement &agreement) const;
    Result<void> saveThemes(const Agreement &agreement) const;
};
