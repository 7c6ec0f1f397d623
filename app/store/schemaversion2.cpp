// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/schemaversion2.h"

#include "store/columnrules.h"

#include <QList>

namespace {

struct Table
{
    QString name;
    QStringList columns; // definitions, without id and the row metadata
    QStringList constraints;
};

QList<Table> tables(const QString &nocase)
{
    const QString text = QStringLiteral("TEXT NOT NULL DEFAULT ''");
    const QString title = QStringLiteral("TEXT NOT NULL CHECK (trim(%1) <> '')");
    const auto reference = [](const QString &table, const QString &action) {
        return QStringLiteral("INTEGER NOT NULL REFERENCES %1 (id) ON DELETE %2").arg(table, action);
    };
    return {
        {QStringLiteral("partner"),
         {QStringLiteral("name ") + title.arg(QStringLiteral("name")), QStringLiteral("short_name ") + text,
          QStringLiteral("kind TEXT NOT NULL"), QStringLiteral("country ") + text, QStringLiteral("city ") + text,
          QStringLiteral("website ") + text, QStringLiteral("notes ") + text},
         {}},
        {QStringLiteral("contact"),
         {QStringLiteral("partner_id ") + reference(QStringLiteral("partner"), QStringLiteral("CASCADE")),
          QStringLiteral("name ") + title.arg(QStringLiteral("name")), QStringLiteral("role ") + text,
          QStringLiteral("email ") + text, QStringLiteral("phone ") + text, QStringLiteral("notes ") + text},
         {}},
        {QStringLiteral("event"),
         {QStringLiteral("title ") + title.arg(QStringLiteral("title")), QStringLiteral("date ") + text,
          QStringLiteral("date_first TEXT"), QStringLiteral("date_last TEXT"), QStringLiteral("place ") + text,
          QStringLiteral("notes ") + text},
         {}},
        {QStringLiteral("event_partner"),
         {QStringLiteral("event_id ") + reference(QStringLiteral("event"), QStringLiteral("CASCADE")),
          QStringLiteral("partner_id ") + reference(QStringLiteral("partner"), QStringLiteral("CASCADE"))},
         {QStringLiteral("UNIQUE (event_id, partner_id)")}},
        {QStringLiteral("event_contact"),
         {QStringLiteral("event_id ") + reference(QStringLiteral("event"), QStringLiteral("CASCADE")),
          QStringLiteral("contact_id ") + reference(QStringLiteral("contact"), QStringLiteral("CASCADE"))},
         {QStringLiteral("UNIQUE (event_id, contact_id)")}},
        {QStringLiteral("agreement"),
         {QStringLiteral("title ") + title.arg(QStringLiteral("title")), QStringLiteral("kind TEXT NOT NULL"),
          QStringLiteral("status TEXT NOT NULL"), QStringLiteral("signed_on ") + text,
          QStringLiteral("signed_first TEXT"), QStringLiteral("starts_on ") + text, QStringLiteral("starts_first TEXT"),
          QStringLiteral("ends_on ") + text, QStringLiteral("ends_last TEXT"),
          QStringLiteral("signing_event_id INTEGER REFERENCES event (id) ON DELETE SET NULL"),
          QStringLiteral("predecessor_id INTEGER REFERENCES agreement (id) ON DELETE SET NULL"),
          QStringLiteral("summary ") + text, QStringLiteral("notes ") + text},
         {QStringLiteral("CHECK (ends_last IS NULL OR starts_first IS NULL OR ends_last >= starts_first)")}},
        {QStringLiteral("agreement_party"),
         {QStringLiteral("agreement_id ") + reference(QStringLiteral("agreement"), QStringLiteral("CASCADE")),
          QStringLiteral("partner_id ") + reference(QStringLiteral("partner"), QStringLiteral("RESTRICT")),
          QStringLiteral("role TEXT NOT NULL"), QStringLiteral("signed_on ") + text,
          QStringLiteral("signed_first TEXT"), QStringLiteral("position INTEGER NOT NULL DEFAULT 0")},
         {QStringLiteral("UNIQUE (agreement_id, partner_id)")}},
        {QStringLiteral("theme"),
         {QStringLiteral("name TEXT NOT NULL%1 UNIQUE CHECK (trim(name) <> '')").arg(nocase)},
         {}},
        {QStringLiteral("agreement_theme"),
         {QStringLiteral("agreement_id ") + reference(QStringLiteral("agreement"), QStringLiteral("CASCADE")),
          QStringLiteral("theme_id ") + reference(QStringLiteral("theme"), QStringLiteral("RESTRICT")),
          QStringLiteral("position INTEGER NOT NULL DEFAULT 0")},
         {QStringLiteral("UNIQUE (agreement_id, theme_id)")}},
        {QStringLiteral("milestone"),
         {QStringLiteral("agreement_id ") + reference(QStringLiteral("agreement"), QStringLiteral("CASCADE")),
          QStringLiteral("title ") + title.arg(QStringLiteral("title")), QStringLiteral("due ") + text,
          QStringLiteral("due_first TEXT"), QStringLiteral("due_last TEXT"), QStringLiteral("status TEXT NOT NULL"),
          QStringLiteral("achieved_on ") + text, QStringLiteral("achieved_first TEXT"),
          QStringLiteral("location ") + text, QStringLiteral("notes ") + text},
         {}},
        {QStringLiteral("milestone_change"),
         {QStringLiteral("milestone_id ") + reference(QStringLiteral("milestone"), QStringLiteral("CASCADE")),
          QStringLiteral("changed_at TEXT NOT NULL"), QStringLiteral("old_due ") + text,
          QStringLiteral("new_due ") + text, QStringLiteral("old_status ") + text, QStringLiteral("new_status ") + text,
          QStringLiteral("reason ") + text},
         {}},
    };
}

QString columnName(const QString &definition)
{
    return definition.section(QLatin1Char(' '), 0, 0);
}

} // namespace

QStringList schemaVersion2(const SqlDialect &dialect, const QStringList &indexes)
{
    QStringList statements;
    if (dialect.addsConstraintsInPlace()) {
        // The tables stay; they gain their constraints (and keep their indexes).
        for (const Table &table : tables(QString()))
            for (const ColumnRules::Check &check : ColumnRules::checksOf(table.name, dialect))
                statements << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3)")
                                  .arg(table.name, check.name, check.condition);
        return statements;
    }
    const QStringList meta{QStringLiteral("created_at TEXT NOT NULL"), QStringLiteral("updated_at TEXT NOT NULL"),
                           QStringLiteral("version INTEGER NOT NULL DEFAULT 1")};
    for (const Table &table : tables(QLatin1Char(' ') + dialect.caseInsensitiveCollation())) {
        QStringList definitions{QStringLiteral("id ") + dialect.increasingIdColumnType()};
        definitions << table.columns << meta << table.constraints;
        for (const ColumnRules::Check &check : ColumnRules::checksOf(table.name, dialect))
            definitions << QStringLiteral("CONSTRAINT %1 CHECK (%2)").arg(check.name, check.condition);
        QStringList columns{QStringLiteral("id")};
        for (const QString &definition : table.columns + meta)
            columns << columnName(definition);
        const QString rebuilt = table.name + QStringLiteral("_new");
        const QString columnList = columns.join(QStringLiteral(", "));
        statements << QStringLiteral("CREATE TABLE %1 (%2)").arg(rebuilt, definitions.join(QStringLiteral(", ")))
                   << QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3").arg(rebuilt, columnList, table.name)
                   << QStringLiteral("DROP TABLE %1").arg(table.name)
                   << QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(rebuilt, table.name);
    }
    return statements + indexes;
}
