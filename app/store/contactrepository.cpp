// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/contactrepository.h"

#include "store/rowcodec.h"

#include <QCoreApplication>
#include <QRegularExpression>
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

// Something, one @, and a domain with a dot: not a full check of RFC 5322, just what is clearly an address.
bool looksLikeEmail(const QString &email)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return address.match(email).hasMatch();
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

Result<void> ContactRepository::validate(const Contact &contact)
{
    if (contact.name.trimmed().isEmpty())
        return StoreError{StoreError::Kind::Invalid,
                          QCoreApplication::translate("ContactRepository", "A contact needs a name.")};
    if (contact.partnerId <= 0)
        return StoreError{
            StoreError::Kind::Invalid,
            QCoreApplication::translate("ContactRepository", "A contact belongs to a partner; choose one.")};
    if (const QString email = contact.email.trimmed(); !email.isEmpty() && !looksLikeEmail(email))
        return StoreError{StoreError::Kind::Invalid,
                          QCoreApplication::translate("ContactRepository",
                                                      "“%1” is not an e-mail address; type one like "
                                                      "name@example.org, or leave it empty.")
                              .arg(email)};
    return {};
}

Result<Contact> ContactRepository::create(const Contact &contact) const
{
    if (auto r = validate(contact); !r)
        return r.error();
    RowMeta meta;
    const Result<void> done = database().write([&]() -> Result<void> {
        const Result<RowMeta> stored = insertRecord(contact);
        if (!stored)
            return stored.error();
        meta = *stored;
        return {};
    });
    if (!done)
        return done.error();
    return get(meta.id);
}

Result<Contact> ContactRepository::update(const Contact &contact) const
{
    if (auto r = validate(contact); !r)
        return r.error();
    const Result<void> done = database().write([&]() -> Result<void> {
        const Result<RowMeta> stored = updateRecord(contact);
        if (!stored)
            return stored.error();
        return {};
    });
    if (!done)
        return done.error();
    return get(contact.meta.id);
}

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
