// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/contactrepository.h"

#include "store/rowcodec.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

Contact contactFrom(const QSqlQuery &q)
{
    Contact c;
    c.meta = RowCodec::metaFrom(q, 0, 7);
    c.partnerId = q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.role = q.value(3).toString();
    c.email = q.value(4).toString();
    c.phone = q.value(5).toString();
    c.notes = q.value(6).toString();
    return c;
}

QVariantList valuesOf(const Contact &c)
{
    return {c.partnerId, c.name.trimmed(), c.role.trimmed(), c.email.trimmed(), c.phone.trimmed(), c.notes};
}

} // namespace

const EntitySpec<Contact> &contactSpec()
{
    static const EntitySpec<Contact> spec = [] {
        EntitySpec<Contact> s;
        s.table = QStringLiteral("contact");
        s.columns = QStringLiteral("id, partner_id, name, role, email, phone, notes, created_at, updated_at, version");
        s.filters = {{QStringLiteral("partner"), QStringLiteral("partner_id = ?"), ListFilter::Value::Id}};
        s.sortKeys = {
            {QStringLiteral("name"), {QStringLiteral("name"), true}},
            {QStringLiteral("role"), {QStringLiteral("role"), true}},
            {QStringLiteral("email"), {QStringLiteral("email"), false}},
        };
        s.defaultSortKey = QStringLiteral("name");
        s.decode = &contactFrom;
        s.writeColumns = {QStringLiteral("partner_id"), QStringLiteral("name"),  QStringLiteral("role"),
                          QStringLiteral("email"),      QStringLiteral("phone"), QStringLiteral("notes")};
        s.encode = &valuesOf;
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
