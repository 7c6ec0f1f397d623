// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/agreementrepository.h"

#include "store/fieldcolumns.h"
#include "store/milestonerepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>

const EntitySpec<Agreement> &agreementSpec()
{
    static const EntitySpec<Agreement> spec = [] {
        EntitySpec<Agreement> s = FieldColumns::specOf<Agreement>(
            "agreement",
            QList<ListFilter>{
                {QStringLiteral("status"), QStringLiteral("status = ?")},
                {QStringLiteral("kind"), QStringLiteral("kind = ?")},
                // Correlated, so that a first window of a long list stops early instead of listing every overdue
                // milestone.
                {QStringLiteral("overdue"),
                 QStringLiteral("EXISTS (SELECT 1 FROM milestone m WHERE m.agreement_id = agreement.id AND "
                                "m.due_last < ? AND %1)")
                     .arg(MilestoneRepository::openCondition(QStringLiteral("m.status"))),
                 ListFilter::Value::Today},
                {QStringLiteral("predecessor"), QStringLiteral("predecessor_id = ?"), ListFilter::Value::Id},
                {QStringLiteral("signing_event"), QStringLiteral("signing_event_id = ?"), ListFilter::Value::Id},
            } + AgreementRepository::partyAndThemeFilters(QStringLiteral("id")),
            "title");
        return s;
    }();
    return spec;
}

QList<ListFilter> AgreementRepository::partyAndThemeFilters(const QString &agreementId)
{
    return {
        {QStringLiteral("partner"),
         QStringLiteral("%1 IN (SELECT agreement_id FROM agreement_party WHERE partner_id = ?)").arg(agreementId),
         ListFilter::Value::Id},
        {QStringLiteral("country"),
         QStringLiteral("%1 IN (SELECT ap.agreement_id FROM agreement_party ap JOIN partner p ON p.id = ap.partner_id "
                        "WHERE p.country = ?)")
             .arg(agreementId),
         ListFilter::Value::Upper},
        // The comparison ignoring case goes where the condition keeps "%1".
        {QStringLiteral("theme"),
         QStringLiteral("%1 IN (SELECT at.agreement_id FROM agreement_theme at JOIN theme t ON t.id = at.theme_id "
                        "WHERE %2)")
             .arg(agreementId, QStringLiteral("%1")),
         ListFilter::Value::Text, QStringLiteral("t.name")},
    };
}

AgreementRepository::AgreementRepository(Database &db)
    : EntityRepository(db, agreementSpec())
{}

void AgreementRepository::applyLists(Agreement &agreement, const QJsonObject &values) const
{
    if (values.contains(QLatin1String("parties"))) {
        agreement.parties.clear();
        for (const QJsonValue &item : values.value(QLatin1String("parties")).toArray()) {
            const QJsonArray party = item.toArray();
            AgreementParty p;
            p.partnerId = party.at(0).toInteger();
            p.role = enumFromCode<PartyRole>(party.at(1).toString()).value_or(PartyRole::Signatory);
            p.signedOn = RowCodec::dateFrom(party.at(2).toString());
            agreement.parties << p;
        }
    }
    if (values.contains(QLatin1String("themes"))) {
        agreement.themes.clear();
        for (const QJsonValue &theme : values.value(QLatin1String("themes")).toArray())
            agreement.themes << theme.toString();
    }
}

Result<void> AgreementRepository::saveDetails(const Agreement &agreement) const
{
    if (auto r = saveParties(agreement); !r)
        return r;
    return saveThemes(agreement);
}

Result<void> AgreementRepository::saveParties(const Agreement &agreement) const
{
    QSqlQuery remove = database().prepare(QStringLiteral("DELETE FROM agreement_party WHERE agreement_id = ?"));
    if (auto r = exec(remove, {agreement.meta.id}); !r)
        return r;
    int position = 0;
    for (const AgreementParty &party : agreement.parties) {
        const Result<RowMeta> row =
            insertRow(QStringLiteral("agreement_party"),
                      {QStringLiteral("agreement_id"), QStringLiteral("partner_id"), QStringLiteral("role"),
                       QStringLiteral("signed_on"), QStringLiteral("signed_first"), QStringLiteral("position")},
                      {agreement.meta.id, party.partnerId, codeOf(party.role), RowCodec::dateCode(party.signedOn),
                       RowCodec::dateFirst(party.signedOn), position++},
                      RowMeta{0, agreement.meta.createdAt, agreement.meta.updatedAt, 1});
        if (!row)
            return row.error();
    }
    database().touch(QStringLiteral("agreement_party"));
    return {};
}

Result<void> AgreementRepository::saveThemes(const Agreement &agreement) const
{
    QSqlQuery remove = database().prepare(QStringLiteral("DELETE FROM agreement_theme WHERE agreement_id = ?"));
    if (auto r = exec(remove, {agreement.meta.id}); !r)
        return r;
    int position = 0;
    QStringList seen; // themes match case-insensitively: "ATMP" and "atmp" are one theme
    for (const QString &rawName : agreement.themes) {
        const QString name = rawName.trimmed();
        if (name.isEmpty() || seen.contains(name, Qt::CaseInsensitive))
            continue;
        seen << name;
        QSqlQuery find =
            database().prepare(QStringLiteral("SELECT id FROM theme WHERE ") +
                               database().dialect().equalsIgnoringCase(QStringLiteral("name"), QStringLiteral("?")));
        if (auto r = exec(find, {name}); !r)
            return r;
        qint64 themeId = 0;
        if (find.next()) {
            themeId = find.value(0).toLongLong();
        } else {
            const Result<RowMeta> theme = insertRow(QStringLiteral("theme"), {QStringLiteral("name")}, {name},
                                                    RowMeta{0, agreement.meta.createdAt, agreement.meta.updatedAt, 1});
            if (!theme)
                return theme.error();
            themeId = theme->id;
        }
        const Result<RowMeta> link =
            insertRow(QStringLiteral("agreement_theme"),
                      {QStringLiteral("agreement_id"), QStringLiteral("theme_id"), QStringLiteral("position")},
                      {agreement.meta.id, themeId, position++},
                      RowMeta{0, agreement.meta.createdAt, agreement.meta.updatedAt, 1});
        if (!link)
            return link.error();
    }
    // Themes no agreement uses any more go away.
    QSqlQuery unused =
        database().prepare(QStringLiteral("DELETE FROM theme WHERE id NOT IN (SELECT theme_id FROM agreement_theme)"));
    return exec(unused);
}

Result<void> AgreementRepository::remove(qint64 id, int version) const
{
    return database().write([&]() -> Result<void> {
        if (auto r = deleteRow(QStringLiteral("agreement"), id, version); !r)
            return r;
        QSqlQuery unused = database().prepare(
            QStringLiteral("DELETE FROM theme WHERE id NOT IN (SELECT theme_id FROM agreement_theme)"));
        if (auto r = exec(unused); !r)
            return r;
        for (const char *table : {"agreement_party", "agreement_theme", "milestone", "milestone_change"})
            database().touch(QLatin1String(table));
        return {};
    });
}

Result<QList<Agreement>> AgreementRepository::listWithDetails(const ListQuery &query) const
{
    Result<QList<Agreement>> agreements = list(query);
    if (!agreements)
        return agreements;
    if (auto r = addDetails(*agreements); !r)
        return r.error();
    return agreements;
}

Result<QList<Agreement>> AgreementRepository::laneInfo(const QList<qint64> &ids) const
{
    static const FieldColumns::Subset<Agreement> lane = FieldColumns::subsetOf<Agreement>(
        {QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("status"), QStringLiteral("signed_on"),
         QStringLiteral("starts_on"), QStringLiteral("ends_on")});
    QList<Agreement> agreements;
    if (ids.isEmpty())
        return agreements;
    ListSpec columns;
    columns.table = spec().table;
    columns.columns = lane.columns;
    if (auto r = selectIds(columns, ids, [&](const QSqlQuery &q) { agreements.append(lane.decode(q)); }); !r)
        return r.error();
    return agreements;
}

Result<QHash<qint64, QString>> AgreementRepository::titles(const QList<qint64> &ids) const
{
    QHash<qint64, QString> titles;
    if (ids.isEmpty())
        return titles;
    QSqlQuery q = database().prepare(
        QStringLiteral("SELECT id, title FROM agreement WHERE id IN (%1)").arg(placeholders(int(ids.size()))));
    if (auto r = exec(q, boundIds(ids)); !r)
        return r.error();
    while (q.next())
        titles.insert(q.value(0).toLongLong(), q.value(1).toString());
    return titles;
}

Result<QHash<qint64, int>> AgreementRepository::countsForPartners(const QList<qint64> &partnerIds) const
{
    QHash<qint64, int> counts;
    if (partnerIds.isEmpty())
        return counts;
    QSqlQuery q = database().prepare(
        QStringLiteral("SELECT partner_id, count(*) FROM agreement_party WHERE partner_id IN (%1) GROUP BY partner_id")
            .arg(placeholders(int(partnerIds.size()))));
    if (auto r = exec(q, boundIds(partnerIds)); !r)
        return r.error();
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

Result<QHash<qint64, MilestoneTally>> AgreementRepository::milestoneTallies(const QList<qint64> &ids) const
{
    QHash<qint64, MilestoneTally> tallies;
    if (ids.isEmpty())
        return tallies;
    QSqlQuery q = database().prepare(
        QStringLiteral("SELECT agreement_id, count(*), sum(CASE WHEN due_last < ? AND %1 THEN 1 ELSE 0 END) FROM "
                       "milestone WHERE agreement_id IN (%2) GROUP BY agreement_id")
            .arg(MilestoneRepository::openCondition(), placeholders(int(ids.size()))));
    if (auto r = exec(q, QVariantList{today()} + boundIds(ids)); !r)
        return r.error();
    while (q.next())
        tallies.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    return tallies;
}

Result<MilestoneTally> AgreementRepository::milestoneTally(const ListQuery &query) const
{
    const SqlClause clause = clauseFor(spec(), query);
    const QString agreements =
        clause.conditions.isEmpty()
            ? QString()
            : QStringLiteral(" AND agreement_id IN (SELECT id FROM agreement%1)").arg(clause.where());
    MilestoneTally tally;
    const Result<qint64> total =
        RepositoryBase::count(QStringLiteral("FROM milestone WHERE 1 = 1") + agreements, clause.values);
    if (!total)
        return total.error();
    // Overdue: a count per open status, which SQLite reads off the status index; one range on due_last
    // for all open statuses made it visit most of the table (seconds on a million milestones).
    qint64 overdue = 0;
    for (const MilestoneStatus status : allValues<MilestoneStatus>()) {
        if (!isOpen(status))
            continue;
        const Result<qint64> late =
            RepositoryBase::count(QStringLiteral("FROM milestone WHERE status = ? AND due_last < ?") + agreements,
                                  QVariantList{codeOf(status), today()} + clause.values);
        if (!late)
            return late.error();
        overdue += *late;
    }
    tally.total = *total;
    tally.overdue = overdue;
    return tally;
}

Result<void> AgreementRepository::addDetails(QList<Agreement> &agreements) const
{
    if (agreements.isEmpty())
        return {};
    QHash<qint64, int> index;
    QStringList marks;
    QVariantList ids;
    for (int i = 0; i < agreements.size(); ++i) {
        index.insert(agreements.at(i).meta.id, i);
        marks << QStringLiteral("?");
        ids << agreements.at(i).meta.id;
    }
    const QString in = marks.join(QLatin1Char(','));
    QSqlQuery parties = database().prepare(
        QStringLiteral("SELECT agreement_id, partner_id, role, signed_on FROM agreement_party WHERE agreement_id IN "
                       "(%1) ORDER BY agreement_id, position, id")
            .arg(in));
    if (auto r = exec(parties, ids); !r)
        return r;
    while (parties.next()) {
        AgreementParty party;
        party.partnerId = parties.value(1).toLongLong();
        party.role = enumFromCode<PartyRole>(parties.value(2).toString()).value_or(PartyRole::Partner);
        party.signedOn = RowCodec::dateFrom(parties.value(3));
        agreements[index.value(parties.value(0).toLongLong())].parties.append(party);
    }
    QSqlQuery themes = database().prepare(
        QStringLiteral("SELECT at.agreement_id, t.name FROM agreement_theme at JOIN theme t ON t.id = at.theme_id "
                       "WHERE at.agreement_id IN (%1) ORDER BY at.agreement_id, at.position, at.id")
            .arg(in));
    if (auto r = exec(themes, ids); !r)
        return r;
    while (themes.next())
        agreements[index.value(themes.value(0).toLongLong())].themes.append(themes.value(1).toString());
    return {};
}

Result<QStringList> AgreementRepository::themes() const
{
    return texts(QStringLiteral("SELECT name FROM theme ORDER BY ") +
                 database().dialect().sortableText(QStringLiteral("name")));
}

Result<QList<Agreement>> AgreementRepository::listForPartner(qint64 partnerId) const
{
    ListQuery query;
    query.filters.insert(QStringLiteral("partner"), QString::number(partnerId));
    return list(query);
}

Result<QList<AgreementGroupEntry>> AgreementRepository::listGrouped(const QString &groupBy,
                                                                    const ListQuery &query) const
{
    const SqlClause clause = clauseFor(spec(), query);
    const QString filtered =
        QStringLiteral("(SELECT id, title, signed_first, kind, status FROM agreement%1) a").arg(clause.where());
    const QString laneOrder =
        AgreementRepository::laneOrder(database().dialect(), QStringLiteral("a.")) + QStringLiteral(", a.id");
    QString sql;
    if (groupBy == QLatin1String("partner")) {
        sql = QStringLiteral("SELECT p.id, p.name, a.id FROM %1 LEFT JOIN agreement_party ap ON ap.agreement_id = a.id "
                             "LEFT JOIN partner p ON p.id = ap.partner_id ORDER BY (p.id IS NULL), %2, p.id, %3")
                  .arg(filtered, database().dialect().sortableText(QStringLiteral("p.name")), laneOrder);
    } else if (groupBy == QLatin1String("country")) {
        sql = QStringLiteral("SELECT c.country, c.country, a.id FROM %1 LEFT JOIN (SELECT DISTINCT ap.agreement_id, "
                             "p.country FROM agreement_party ap JOIN partner p ON p.id = ap.partner_id WHERE "
                             "p.country <> '') c ON c.agreement_id = a.id ORDER BY (c.country IS NULL), c.country, %2")
                  .arg(filtered, laneOrder);
    } else if (groupBy == QLatin1String("theme")) {
        sql = QStringLiteral("SELECT t.name, t.name, a.id FROM %1 LEFT JOIN agreement_theme at ON at.agreement_id = "
                             "a.id LEFT JOIN theme t ON t.id = at.theme_id ORDER BY (t.id IS NULL), %2, %3")
                  .arg(filtered, database().dialect().sortableText(QStringLiteral("t.name")), laneOrder);
    } else if (groupBy == QLatin1String("kind") || groupBy == QLatin1String("status")) {
        sql = QStringLiteral("SELECT a.%2, a.%2, a.id FROM %1 ORDER BY a.%2, %3").arg(filtered, groupBy, laneOrder);
    } else if (groupBy.isEmpty()) {
        sql = QStringLiteral("SELECT '', '', a.id FROM %1 ORDER BY %2").arg(filtered, laneOrder);
    } else {
        return StoreError{StoreError::Kind::Invalid,
                          QCoreApplication::translate(
                              "AgreementRepository",
                              "Agreements cannot be grouped by “%1”; use partner, country, theme, kind or status.")
                              .arg(groupBy)};
    }
    QSqlQuery q = database().prepare(sql);
    if (auto r = exec(q, clause.values); !r)
        return r.error();
    QList<AgreementGroupEntry> entries;
    QString lastKey;
    QString lastLabel;
    while (q.next()) {
        AgreementGroupEntry entry;
        const QVariant key = q.value(0);
        entry.groupKey = key.isNull() ? QString() : key.toString();
        // Consecutive rows share their group: keep one shared copy of its strings.
        if (entry.groupKey == lastKey) {
            entry.groupKey = lastKey;
            entry.groupLabel = lastLabel;
        } else {
            entry.groupLabel = q.value(1).toString();
            lastKey = entry.groupKey;
            lastLabel = entry.groupLabel;
        }
        entry.agreementId = q.value(2).toLongLong();
        entries.append(entry);
    }
    return entries;
}

QString AgreementRepository::laneOrder(const SqlDialect &dialect, const QString &qualifier)
{
    return QStringLiteral("(%1signed_first IS NULL), %1signed_first, %2")
        .arg(qualifier, dialect.sortableText(qualifier + QStringLiteral("title")));
}

Result<std::pair<QDate, QDate>> AgreementRepository::dateExtent(const ListQuery &query) const
{
    const SqlClause clause = clauseFor(spec(), query);
    QDate first;
    QDate last;
    const auto widen = [&](const QVariant &low, const QVariant &high) {
        const QDate from = QDate::fromString(low.toString(), Qt::ISODate);
        const QDate to = QDate::fromString(high.toString(), Qt::ISODate);
        if (from.isValid() && (!first.isValid() || from < first))
            first = from;
        if (to.isValid() && (!last.isValid() || to > last))
            last = to;
    };
    // Without a filter, each MIN and MAX in a query of its own, which SQLite reads off its index.
    QSqlQuery agreements = database().prepare(
        clause.conditions.isEmpty()
            ? QStringLiteral("SELECT (SELECT MIN(signed_first) FROM agreement), (SELECT MIN(starts_first) FROM "
                             "agreement), (SELECT MAX(ends_last) FROM agreement), (SELECT MAX(signed_first) FROM "
                             "agreement)")
            : QStringLiteral(
                  "SELECT MIN(signed_first), MIN(starts_first), MAX(ends_last), MAX(signed_first) FROM agreement") +
                  clause.where());
    if (auto r = exec(agreements, clause.values); !r)
        return r.error();
    if (agreements.next()) {
        widen(agreements.value(0), agreements.value(2));
        widen(agreements.value(1), agreements.value(3));
    }
    // Without a filter, one MIN and one MAX on their own let SQLite read them off the indexes.
    const QStringList milestoneQueries =
        clause.conditions.isEmpty()
            ? QStringList{QStringLiteral("SELECT MIN(due_first), NULL FROM milestone"),
                          QStringLiteral("SELECT NULL, MAX(due_last) FROM milestone")}
            : QStringList{QStringLiteral("SELECT MIN(due_first), MAX(due_last) FROM milestone WHERE agreement_id IN "
                                         "(SELECT id FROM agreement%1)")
                              .arg(clause.where())};
    for (const QString &sql : milestoneQueries) {
        QSqlQuery milestones = database().prepare(sql);
        if (auto r = exec(milestones, clause.conditions.isEmpty() ? QVariantList() : clause.values); !r)
            return r.error();
        if (milestones.next())
            widen(milestones.value(0), milestones.value(1));
    }
    return std::pair(first, last);
}
