// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/keptcolumns.h"

#include <QList>

namespace {

// A kept column and the value it holds for the row `table`.id, as SQL.
struct Kept
{
    QString table;
    QString column;
    bool text = false;
    QString value;
};

// The label a partner shows by in lists (Partner::label()), of the partner `alias`.
QString partnerLabel(const QString &alias)
{
    return QStringLiteral("CASE WHEN %1.short_name = '' THEN %1.name ELSE %1.short_name END").arg(alias);
}

QList<Kept> keptColumns(const SqlDialect &dialect)
{
    const auto joined = [&](const QString &expression, const QString &from, const QString &orderBy) {
        return QStringLiteral("coalesce(%1, '')").arg(dialect.joinedTexts(expression, from, orderBy));
    };
    return {
        {QStringLiteral("partner"), QStringLiteral("agreement_count"), false,
         QStringLiteral("(SELECT count(*) FROM agreement_party kept WHERE kept.partner_id = partner.id)")},
        {QStringLiteral("agreement"), QStringLiteral("milestone_count"), false,
         QStringLiteral("(SELECT count(*) FROM milestone kept WHERE kept.agreement_id = agreement.id)")},
        {QStringLiteral("agreement"), QStringLiteral("parties_key"), true,
         joined(partnerLabel(QStringLiteral("kept_partner")),
                QStringLiteral("agreement_party kept JOIN partner kept_partner ON kept_partner.id = kept.partner_id "
                               "WHERE kept.agreement_id = agreement.id"),
                QStringLiteral("kept.position, kept.id"))},
        {QStringLiteral("agreement"), QStringLiteral("themes_key"), true,
         joined(QStringLiteral("kept_theme.name"),
                QStringLiteral("agreement_theme kept JOIN theme kept_theme ON kept_theme.id = kept.theme_id "
                               "WHERE kept.agreement_id = agreement.id"),
                QStringLiteral("kept.position, kept.id"))},
        {QStringLiteral("event"), QStringLiteral("participants_key"), true,
         joined(partnerLabel(QStringLiteral("kept_partner")),
                QStringLiteral("event_partner kept JOIN partner kept_partner ON kept_partner.id = kept.partner_id "
                               "WHERE kept.event_id = event.id"),
                QStringLiteral("kept.id"))},
    };
}

// The statement that sets a kept column right in the rows of its table that `rows` selects (all when
// empty), where it is not right already, so that a row is written only when its value changes.
QString refresh(const Kept &kept, const QString &rows = {})
{
    const QString differs = QStringLiteral("%1 <> %2").arg(kept.column, kept.value);
    return QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %4")
        .arg(kept.table, kept.column, kept.value, rows.isEmpty() ? differs : rows + QStringLiteral(" AND ") + differs);
}

// A table whose rows say what a kept column holds: its column that names the kept column's row, and
// the columns whose change changes the value.
struct Source
{
    QString table;
    QString key;
    QString column; // the kept column, as "table.column"
    QString watched;
};

// Rows of another table whose texts a kept column shows: a change of those texts refreshes the kept
// column in the rows that `rows` selects (with new.id, the changed row's id).
struct Named
{
    QString table;
    QString watched;
    QString column;
    QString rows;
};

} // namespace

namespace KeptColumns {

QStringList schemaStatements(const SqlDialect &dialect)
{
    const QList<Kept> kept = keptColumns(dialect);
    const auto find = [&](const QString &qualified) {
        for (const Kept &k : kept)
            if (k.table + QLatin1Char('.') + k.column == qualified)
                return k;
        return Kept();
    };
    QStringList statements;
    for (const Kept &k : kept) {
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                          .arg(k.table, k.column,
                               k.text ? QStringLiteral("TEXT NOT NULL DEFAULT ''")
                                      : QStringLiteral("INTEGER NOT NULL DEFAULT 0"));
        statements << refresh(k);
        statements << QStringLiteral("CREATE INDEX %1_%2 ON %1 (%3)")
                          .arg(k.table, k.column, k.text ? dialect.caseInsensitiveIndexKey(k.column) : k.column);
    }
    // The website column sorts too (it needs no keeping, only an index).
    statements << QStringLiteral("CREATE INDEX partner_website ON partner (%1)")
                      .arg(dialect.caseInsensitiveIndexKey(QStringLiteral("website")));

    const QList<Source> sources{
        {QStringLiteral("agreement_party"), QStringLiteral("partner_id"), QStringLiteral("partner.agreement_count"),
         QStringLiteral("partner_id")},
        {QStringLiteral("agreement_party"), QStringLiteral("agreement_id"), QStringLiteral("agreement.parties_key"),
         QStringLiteral("agreement_id, partner_id, position")},
        {QStringLiteral("milestone"), QStringLiteral("agreement_id"), QStringLiteral("agreement.milestone_count"),
         QStringLiteral("agreement_id")},
        {QStringLiteral("agreement_theme"), QStringLiteral("agreement_id"), QStringLiteral("agreement.themes_key"),
         QStringLiteral("agreement_id, theme_id, position")},
        {QStringLiteral("event_partner"), QStringLiteral("event_id"), QStringLiteral("event.participants_key"),
         QStringLiteral("event_id, partner_id")},
    };
    for (const Source &source : sources) {
        const Kept k = find(source.column);
        const QString name = QStringLiteral("%1_keeps_%2_%3").arg(source.table, k.table, k.column);
        statements << dialect.trigger(name + QStringLiteral("_insert"), QStringLiteral("INSERT"), source.table,
                                      refresh(k, QStringLiteral("id = new.%1").arg(source.key)) + QLatin1Char(';'));
        statements << dialect.trigger(name + QStringLiteral("_delete"), QStringLiteral("DELETE"), source.table,
                                      refresh(k, QStringLiteral("id = old.%1").arg(source.key)) + QLatin1Char(';'));
        statements << dialect.trigger(
            name + QStringLiteral("_update"), QStringLiteral("UPDATE OF ") + source.watched, source.table,
            refresh(k, QStringLiteral("id IN (old.%1, new.%1)").arg(source.key)) + QLatin1Char(';'));
    }

    const QList<Named> names{
        {QStringLiteral("partner"), QStringLiteral("name, short_name"), QStringLiteral("agreement.parties_key"),
         QStringLiteral("id IN (SELECT agreement_id FROM agreement_party WHERE partner_id = new.id)")},
        {QStringLiteral("partner"), QStringLiteral("name, short_name"), QStringLiteral("event.participants_key"),
         QStringLiteral("id IN (SELECT event_id FROM event_partner WHERE partner_id = new.id)")},
        {QStringLiteral("theme"), QStringLiteral("name"), QStringLiteral("agreement.themes_key"),
         QStringLiteral("id IN (SELECT agreement_id FROM agreement_theme WHERE theme_id = new.id)")},
    };
    for (const Named &named : names) {
        const Kept k = find(named.column);
        statements << dialect.trigger(QStringLiteral("%1_names_%2_%3").arg(named.table, k.table, k.column),
                                      QStringLiteral("UPDATE OF ") + named.watched, named.table,
                                      refresh(k, named.rows) + QLatin1Char(';'));
    }

    // A row inserted with its kept columns given (a restore from the trash, a copy) gets them right.
    for (const QString &table : {QStringLiteral("partner"), QStringLiteral("agreement"), QStringLiteral("event")}) {
        QString body;
        for (const Kept &k : kept)
            if (k.table == table)
                body += refresh(k, QStringLiteral("id = new.id")) + QStringLiteral("; ");
        statements << dialect.trigger(QStringLiteral("%1_keeps_its_columns").arg(table), QStringLiteral("INSERT"),
                                      table, body);
    }
    return statements;
}

QStringList refreshStatements(const SqlDialect &dialect)
{
    QStringList statements;
    for (const Kept &k : keptColumns(dialect))
        statements << refresh(k);
    return statements;
}

bool isKept(const QString &table, const QString &column)
{
    static const QList<Kept> all = keptColumns(SqlDialect::sqlite());
    for (const Kept &k : all)
        if (k.table == table && k.column == column)
            return true;
    return false;
}

} // namespace KeptColumns
