// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/contactrepository.h"

#include "store/fieldcolumns.h"

#include <QCoreApplication>
#include <QSqlQuery>

const EntitySpec<Contact> &contactSpec()
{
    static const EntitySpec<Contact> spec = [] {
        EntitySpec<Contact> s = FieldColumns::specOf<Contact>(
            "contact", {{QStringLiteral("partner"), QStringLiteral("partner_id = ?"), ListFilter::Value::Id}}, "name");
        return s;
    }();
    return spec;
}

ContactRepository::ContactRepository(Database &db)
    : EntityRepository(db, contactSpec())
{}

Result<void> ContactRepository::remove(qint64 id, int version) const
{
    return database().write([&]() { return deleteRow(QStringLiteral("contact"), id, version); });
}

Result<QList<Contact>> ContactRepository::listForPartner(qint64 partnerId) const
{
    ListQuery query;
    query.filters.insert(QStringLiteral("partner"), QString::number(partnerId));
    return list(query);
}
