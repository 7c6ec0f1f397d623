// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/partnerrepository.h"

#include "domain/countries.h"
#include "store/fieldcolumns.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

const EntitySpec<Partner> &partnerSpec()
{
    static const EntitySpec<Partner> spec = [] {
        EntitySpec<Partner> s = FieldColumns::specOf<Partner>(
            "partner",
            {{QStringLiteral("kind"), QStringLiteral("kind = ?")},
             {QStringLiteral("country"), QStringLiteral("country = ?"), ListFilter::Value::Upper}},
            "name");
        return s;
    }();
    return spec;
}

PartnerRepository::PartnerRepository(Database &db)
    : EntityRepository(db, partnerSpec())
{}

Result<void> PartnerRepository::checkWrite(const Partner &partner) const
{
    const Result<qint64> same = RepositoryBase::count(
        QStringLiteral("FROM partner WHERE %1 AND country = ? AND id <> ?")
            .arg(database().dialect().equalsIgnoringCase(QStringLiteral("name"), QStringLiteral("?"))),
        {partner.name.trimmed(), partner.country.trimmed().toUpper(), partner.meta.id});
    if (!same)
        return same.error();
    if (*same > 0)
        return StoreError{
            StoreError::Kind::Invalid,
            QCoreApplication::translate(
                "PartnerRepository",
                "There is already a partner called “%1” in %2; choose another name or edit that one.")
                .arg(partner.name.trimmed(), partner.country.isEmpty()
                                                 ? QCoreApplication::translate("PartnerRepository", "no country")
                                                 : partner.country.toUpper())};
    return {};
}

Result<void> PartnerRepository::remove(qint64 id, int version) const
{
    return database().write([&]() -> Result<void> {
        QSqlQuery q = database().prepare(QStringLiteral(
            "SELECT a.title FROM agreement_party p JOIN agreement a ON a.id = p.agreement_id WHERE p.partner_id = ? "
            "ORDER BY a.title"));
        if (auto r = exec(q, {id}); !r)
            return r;
        QStringList titles;
        while (q.next())
            titles << QStringLiteral("“%1”").arg(q.value(0).toString());
        if (!titles.isEmpty())
            return StoreError{StoreError::Kind::InUse,
                              QCoreApplication::translate(
                                  "PartnerRepository",
                                  "This partner is a party to %n agreement(s): %1. Remove it from those agreements "
                                  "first.",
                                  nullptr, int(titles.size()))
                                  .arg(titles.join(QStringLiteral(", ")))};
        if (auto r = deleteRow(QStringLiteral("partner"), id, version); !r)
            return r;
        database().touch(QStringLiteral("contact"));
        return {};
    });
}

Result<QHash<qint64, QString>> PartnerRepository::labels(const QList<qint64> &ids) const
{
    const QSet<qint64> unique(ids.cbegin(), ids.cend());
    const Result<QList<Partner>> partners = getMany(QList<qint64>(unique.cbegin(), unique.cend()));
    if (!partners)
        return partners.error();
    QHash<qint64, QString> labels;
    for (const Partner &partner : *partners)
        labels.insert(partner.meta.id, partner.label());
    return labels;
}

Result<QStringList> PartnerRepository::countries() const
{
    return texts(QStringLiteral("SELECT DISTINCT country FROM partner WHERE country <> '' ORDER BY country"));
}

Result<qint64> PartnerRepository::findByName(const QString &name) const
{
    if (name.trimmed().isEmpty())
        return qint64(0);
    const SqlDialect &dialect = database().dialect();
    QSqlQuery q =
        database().prepare(QStringLiteral("SELECT id FROM partner WHERE %1 OR %2 ORDER BY id LIMIT 1")
                               .arg(dialect.equalsIgnoringCase(QStringLiteral("name"), QStringLiteral("?")),
                                    dialect.equalsIgnoringCase(QStringLiteral("short_name"), QStringLiteral("?"))));
    if (auto r = exec(q, {name.trimmed(), name.trimmed()}); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}
