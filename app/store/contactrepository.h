#pragma once

#include "domain/contact.h"
#include "store/repositorybase.h"

#include <QList>

// People at partners. Filters: "partner" (id). Sort keys: name, role, email.
class ContactRepository : public RepositoryBase
{
public:
    using RepositoryBase::RepositoryBase;

    Result<Contact> get(qint64 id) const;
    Result<Contact> create(const Contact &contact) const;
    Result<Contact> update(const Contact &contact) const;
    Result<void> remove(qint64 id, int version = 0) const;
    Result<QList<Contact>> list(const ListQuery &query = {}) const;
    Result<QList<Contact>> listForPartner(qint64 partnerId) const;

    static Result<void> validate(const Contact &contact);
};
