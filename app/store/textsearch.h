// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqldialect.h"
#include "store/storeerror.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

// The full-text search of the lists. In SQLite each searchable table T has two FTS5 indexes over
// its own rows (external content, kept in step by T's triggers, so that any program's writes keep
// them right): T_fts over all its searched columns, by word with case and accents folded; and
// T_fts_trigram over its short columns (names, titles, places), the trigrams of their text without
// positions, which finds the rows that may hold a term inside a word, as Dutch and Swedish compounds
// need, for a substring test of those rows only. On a server (PostgreSQL) the dialect's text search
// over folded text does the same (SqlDialect::searchesFoldedText()), from schema step 7.
class TextSearch
{
public:
    struct Index
    {
        QString table;
        QStringList columns;      // all searched columns, indexed by word
        QStringList shortColumns; // also indexed by trigram; a subset of columns
    };

    // One typed term: a word, or a quoted phrase.
    struct Term
    {
        QString text;
        bool phrase = false;
    };

    // A condition on the listed table's rows, with its bound values.
    struct Condition
    {
        QString sql;
        QVariantList values;
    };

    static const QList<Index> &indexes();
    static QString wordTable(const QString &table) { return table + QStringLiteral("_fts"); }
    static QString trigramTable(const QString &table) { return table + QStringLiteral("_fts_trigram"); }

    // The statements that create the indexes with their triggers and fill them from the rows (FTS5,
    // schema step 3).
    static QStringList schemaStatements(const SqlDialect &dialect);
    // The statements that index the same columns through the engine's text search over folded text
    // (a server's, schema step 7).
    static QStringList foldedTextStatements(const SqlDialect &dialect);

    // Splits typed text into terms: words at white space, "quoted text" as one phrase.
    static QList<Term> terms(const QString &typed);
    // The FTS5 MATCH expression of a term in the word index: a quoted string, so that no character
    // of it is an operator; a word matches as a prefix, a phrase as it is.
    static QString wordExpression(const Term &term);
    // The MATCH expression of the rows holding every trigram of a term in the trigram index, or an
    // empty string when the term is shorter than a trigram.
    static QString trigramExpression(const Term &term);
    // Rows of `table` matching every term of `typed`: at the start of a word of any searched column
    // (a phrase: those words in that order), or anywhere in a short column; a term shorter than a
    // trigram anywhere in any searched column. Without the indexes (`indexed` false: an older file or
    // server portfolio opened read-only) every term by substring. An empty condition when only white
    // space was typed.
    static Condition condition(const SqlDialect &dialect, const QString &table, const QString &typed,
                               bool indexed = true);

    // Whether this SQLite has FTS5, probing with `probe` (an SQL expression only FTS5 defines);
    // a clear message when it does not.
    static Result<void> checkAvailable(const QSqlDatabase &connection,
                                       const QString &probe = QStringLiteral("fts5_source_id()"));
    // FTS5's integrity check of every index (its rows against the tables'), one sentence for each
    // index that fails it, saying how to rebuild it in the portfolio at `path`. Needs a connection
    // that may write (the check itself writes nothing).
    static QStringList integrityProblems(const QSqlDatabase &connection, const QString &path);
};
