// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// PostgresDialect: search over text folded for case and accents (schema step 7; see TextSearch).
#include "store/postgresdialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The folded words of a table's searched columns, as the word index holds them.
QString wordVector(const QStringList &columns)
{
    return QStringLiteral("to_tsvector('simple'::regconfig, pactline_search_words(%1))")
        .arg(columns.join(QStringLiteral(" || ' ' || ")));
}

// The extensions the search needs (Debian's postgresql-15 ships them; both are trusted, so that a
// database's owner may create them).
QStringList searchExtensions()
{
    return {QStringLiteral("unaccent"), QStringLiteral("pg_trgm")};
}

} // namespace

bool PostgresDialect::searchesFoldedText() const
{
    return true;
}

QStringList PostgresDialect::foldedTextSupportStatements() const
{
    // The functions name the schema of what they call, so that they fold alike whatever the session's
    // search_path (an index is also computed by VACUUM and restores, under a search_path of their own).
    // The folding's cost tells the planner that folding a row's text is dear, so that it reads the rows
    // an index gives rather than fold every row. ASCII punctuation becomes white space for the words, as
    // SQLite's unicode61 tokenizer splits at it (unaccent has made most other punctuation ASCII): "x-ray"
    // is "x" then "ray", an e-mail address its parts. A term's query is the phrase of its words, its last
    // word as a prefix.
    QStringList statements;
    for (const QString &extension : searchExtensions())
        statements << QStringLiteral("CREATE EXTENSION IF NOT EXISTS %1 SCHEMA public").arg(extension);
    statements << QStringLiteral(
                      "CREATE OR REPLACE FUNCTION pactline_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT "
                      "PARALLEL SAFE COST 1000 AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, "
                      "$1)) $$")
               << QStringLiteral("CREATE OR REPLACE FUNCTION pactline_search_words(text) RETURNS text LANGUAGE sql "
                                 "IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT translate(public.pactline_fold($1), "
                                 "'!\"#$%&''()*+,-./:;<=>?@[\\]^_`{|}~', '%1') $$")
                      .arg(QString(32, QLatin1Char(' ')))
               << QStringLiteral(
                      "CREATE OR REPLACE FUNCTION pactline_search_query(term text, phrase boolean) RETURNS tsquery "
                      "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT CASE WHEN phrase OR numnode(q) = 0 "
                      "THEN q ELSE CAST(CAST(q AS text) || ':*' AS tsquery) END FROM "
                      "phraseto_tsquery('simple'::regconfig, public.pactline_search_words(term)) AS q $$");
    return statements;
}

QStringList PostgresDialect::searchWordsByPatternStatements() const
{
    // Step 7's pactline_search_words replaced the punctuation with translate(), which on PostgreSQL 15
    // walks its list of characters for each character of the text: 0.28 ms for an agreement's 2 KB,
    // ten times its folding, and most of the time of building a copied portfolio's word indexes or of
    // testing a row again. One regular expression of the same characters (ranges of code points, so
    // the same under every collation) gives the same text in a twentieth of the time.
    return {QStringLiteral("CREATE OR REPLACE FUNCTION pactline_search_words(text) RETURNS text LANGUAGE sql "
                           "IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT regexp_replace(public.pactline_fold($1), "
                           "'[!-/:-@[-`{-~]', ' ', 'g') $$")};
}

QStringList PostgresDialect::foldedTextIndexStatements(const QString &table, const QStringList &columns,
                                                       const QStringList &shortColumns) const
{
    QStringList statements{
        QStringLiteral("CREATE INDEX %1_search_words ON %1 USING gin ((%2))").arg(table, wordVector(columns))};
    for (const QString &column : shortColumns)
        statements << QStringLiteral("CREATE INDEX %1_%2_trigrams ON %1 USING gin (pactline_fold(%2) gin_trgm_ops)")
                          .arg(table, column);
    return statements;
}

QString PostgresDialect::startsWordCondition(const QStringList &columns, const QString &termPlaceholder,
                                             const QString &phrasePlaceholder) const
{
    return QStringLiteral("%1 @@ pactline_search_query(CAST(%2 AS TEXT), CAST(%3 AS BOOLEAN))")
        .arg(wordVector(columns), termPlaceholder, phrasePlaceholder);
}

QString PostgresDialect::insideWordCondition(const QString &column, const QString &placeholder) const
{
    return QStringLiteral("pactline_fold(%1) LIKE pactline_fold(CAST(%2 AS TEXT)) ESCAPE '\\'")
        .arg(column, placeholder);
}

Result<void> PostgresDialect::checkFoldedTextSearch(const QSqlDatabase &connection) const
{
    // An extension is there already, or the server has it and this user may create it: a superuser,
    // or (both are trusted) one who may create objects in the database, as its owner may.
    QStringList names;
    for (const QString &extension : searchExtensions())
        names << QStringLiteral("('%1')").arg(extension);
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT n.name, EXISTS (SELECT 1 FROM pg_extension x WHERE x.extname = n.name), "
                                   "EXISTS (SELECT 1 FROM pg_available_extensions a WHERE a.name = n.name), "
                                   "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user) OR "
                                   "has_database_privilege(current_database(), 'CREATE') FROM (VALUES %1) AS n(name)")
                        .arg(names.join(QStringLiteral(", ")))))
        return classify(query.lastError());
    QStringList absent;
    QStringList refused;
    while (query.next()) {
        if (query.value(1).toBool())
            continue;
        if (!query.value(2).toBool())
            absent << query.value(0).toString();
        else if (!query.value(3).toBool())
            refused << query.value(0).toString();
    }
    const QString database = connection.databaseName();
    if (!absent.isEmpty())
        return StoreError{StoreError::Kind::Unreadable,
                          QCoreApplication::translate(
                              "Database", "The server lacks the PostgreSQL extensions %1, which Pactline's search "
                                          "needs. Ask its administrator to install them (Debian's postgresql "
                                          "package has them; elsewhere they are often in postgresql-contrib).")
                              .arg(absent.join(QStringLiteral(", ")))};
    if (!refused.isEmpty()) {
        QStringList statements;
        for (const QString &extension : std::as_const(refused))
            statements << QStringLiteral("CREATE EXTENSION %1 SCHEMA public;").arg(extension);
        return StoreError{StoreError::Kind::Unreadable,
                          QCoreApplication::translate(
                              "Database", "Pactline's search needs the PostgreSQL extensions %1 in the database "
                                          "“%2”, and its user may not create them. Ask the database's owner or the "
                                          "server's administrator to run: %3")
                              .arg(refused.join(QStringLiteral(", ")), database, statements.join(QLatin1Char(' ')))};
    }
    return {};
}
