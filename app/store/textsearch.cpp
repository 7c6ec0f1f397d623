// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/textsearch.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString prefixed(const QString &prefix, const QStringList &columns)
{
    QStringList named;
    for (const QString &column : columns)
        named << prefix + column;
    return named.join(QStringLiteral(", "));
}

// The statements of one index: the FTS5 table, the triggers that keep it in step with its table
// (FTS5's 'delete' command needs the values that were indexed), and its filling.
QStringList indexStatements(const QString &table, const QString &fts, const QStringList &columns,
                            const QString &tokenizer)
{
    const QString list = columns.join(QStringLiteral(", "));
    const QString insert = QStringLiteral("INSERT INTO %1 (rowid, %2) VALUES (new.id, %3);")
                               .arg(fts, list, prefixed(QStringLiteral("new."), columns));
    const QString remove = QStringLiteral("INSERT INTO %1 (%1, rowid, %2) VALUES ('delete', old.id, %3);")
                               .arg(fts, list, prefixed(QStringLiteral("old."), columns));
    return {
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content=%3, content_rowid=id, %4)")
            .arg(fts, list, table, tokenizer),
        QStringLiteral("CREATE TRIGGER %1_insert AFTER INSERT ON %2 BEGIN %3 END").arg(fts, table, insert),
        QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON %2 BEGIN %3 END").arg(fts, table, remove),
        QStringLiteral("CREATE TRIGGER %1_update AFTER UPDATE OF id, %2 ON %3 BEGIN %4 %5 END")
            .arg(fts, list, table, remove, insert),
        QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(fts),
    };
}

} // namespace

const QList<TextSearch::Index> &TextSearch::indexes()
{
    static const QList<Index> all{
        {QStringLiteral("partner"),
         {QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("city"), QStringLiteral("notes")},
         {QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("city")}},
        {QStringLiteral("contact"),
         {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("email"), QStringLiteral("notes")},
         {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("email")}},
        {QStringLiteral("event"),
         {QStringLiteral("title"), QStringLiteral("place"), QStringLiteral("notes")},
         {QStringLiteral("title"), QStringLiteral("place")}},
        {QStringLiteral("agreement"),
         {QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("notes")},
         {QStringLiteral("title")}},
        {QStringLiteral("milestone"),
         {QStringLiteral("title"), QStringLiteral("location"), QStringLiteral("notes")},
         {QStringLiteral("title"), QStringLiteral("location")}},
    };
    return all;
}

QStringList TextSearch::schemaStatements(const SqlDialect &dialect)
{
    if (!dialect.hasFullTextIndexes())
        return {};
    QStringList statements;
    for (const Index &index : indexes()) {
        statements << indexStatements(index.table, wordTable(index.table), index.columns,
                                      QStringLiteral("tokenize='unicode61 remove_diacritics 2'"));
        statements << indexStatements(index.table, trigramTable(index.table), index.shortColumns,
                                      QStringLiteral("tokenize='trigram', detail=none"));
    }
    return statements;
}

QStringList TextSearch::foldedTextStatements(const SqlDialect &dialect)
{
    if (!dialect.searchesFoldedText())
        return {};
    QStringList statements = dialect.foldedTextSupportStatements();
    for (const Index &index : indexes())
        statements << dialect.foldedTextIndexStatements(index.table, index.columns, index.shortColumns);
    return statements;
}

QList<TextSearch::Term> TextSearch::terms(const QString &typed)
{
    QList<Term> found;
    QString current;
    bool inQuotes = false;
    const auto finish = [&](bool phrase) {
        const QString text = current.trimmed();
        if (!text.isEmpty())
            found.append({text, phrase});
        current.clear();
    };
    for (const QChar c : typed) {
        if (c == QLatin1Char('"')) {
            finish(inQuotes);
            inQuotes = !inQuotes;
        } else if (c.isSpace() && !inQuotes) {
            finish(false);
        } else {
            current += c;
        }
    }
    finish(inQuotes);
    return found;
}

QString TextSearch::wordExpression(const Term &term)
{
    return term.phrase ? quoted(term.text) : quoted(term.text) + QLatin1Char('*');
}

QString TextSearch::trigramExpression(const Term &term)
{
    // Where each character starts (a surrogate pair is one character), and the end.
    QList<qsizetype> starts;
    for (qsizetype i = 0; i < term.text.size(); ++i)
        if (!term.text.at(i).isLowSurrogate())
            starts << i;
    starts << term.text.size();
    QStringList trigrams;
    for (qsizetype i = 0; i + 3 < starts.size(); ++i) {
        const QString trigram = quoted(term.text.mid(starts.at(i), starts.at(i + 3) - starts.at(i)));
        if (!trigrams.contains(trigram))
            trigrams << trigram;
    }
    return trigrams.join(QStringLiteral(" AND "));
}

TextSearch::Condition TextSearch::condition(const SqlDialect &dialect, const QString &table, const QString &typed,
                                            bool indexed)
{
    const auto index = std::find_if(indexes().cbegin(), indexes().cend(),
                                    [&](const Index &candidate) { return candidate.table == table; });
    Condition result;
    const QList<Term> all = terms(typed);
    if (index == indexes().cend() || all.isEmpty())
        return result;
    QStringList parts;
    for (const Term &term : all) {
        const QString pattern = SqlDialect::escapeLike(term.text);
        QStringList alternatives;
        const QString trigrams = trigramExpression(term);
        if (!indexed || trigrams.isEmpty()) {
            // No indexes (an engine without them, an older file), and a term shorter than a trigram: by
            // substring in every searched column, as before the indexes.
            for (const QString &column : index->columns) {
                alternatives << dialect.containsCondition(column, QStringLiteral("?"));
                result.values << pattern;
            }
            parts << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
            continue;
        }
        if (dialect.searchesFoldedText()) {
            // The same on the server's folded text: at the start of a word of any searched column, or
            // inside a short column's text, each served by an index. Each is a set of ids of its own:
            // joined by OR in one scan, the trigram index (which keeps no positions) had the server test
            // every row of the pages it named against both conditions again, folding and splitting
            // each row's long texts: 8.6 s for a common word in 100,000 agreements, not 0.35 s.
            alternatives << QStringLiteral("id IN (SELECT id FROM %1 WHERE %2)")
                                .arg(table, dialect.startsWordCondition(index->columns, QStringLiteral("?"),
                                                                        QStringLiteral("?")));
            result.values << term.text << term.phrase;
            QStringList inside;
            for (const QString &column : index->shortColumns) {
                inside << dialect.insideWordCondition(column, QStringLiteral("?"));
                result.values << pattern;
            }
            alternatives
                << QStringLiteral("id IN (SELECT id FROM %1 WHERE %2)").arg(table, inside.join(QStringLiteral(" OR ")));
            parts << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
            continue;
        }
        // At the start of a word in the word index; or inside a short column: the rows holding all
        // of the term's trigrams (the trigram index keeps no positions) that hold the term itself.
        // "+id" has SQLite test each row against the matches rather than look every match up: a
        // list then reads its rows in its sort order and stops at a window's end, however many match.
        alternatives << QStringLiteral("+id IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(wordTable(table));
        result.values << wordExpression(term) << trigrams;
        QStringList inside;
        for (const QString &column : index->shortColumns) {
            inside << dialect.containsCondition(column, QStringLiteral("?"));
            result.values << pattern;
        }
        alternatives << QStringLiteral("(+id IN (SELECT rowid FROM %1 WHERE %1 MATCH ?) AND (%2))")
                            .arg(trigramTable(table), inside.join(QStringLiteral(" OR ")));
        parts << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    result.sql = parts.join(QStringLiteral(" AND "));
    return result;
}

Result<void> TextSearch::checkAvailable(const QSqlDatabase &connection, const QString &probe)
{
    QSqlQuery query(connection);
    if (query.exec(QStringLiteral("SELECT ") + probe))
        return {};
    QString version;
    if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
        version = query.value(0).toString();
    return StoreError{StoreError::Kind::Unreadable,
                      QCoreApplication::translate("TextSearch",
                                                  "The SQLite library Pactline uses (version %1) has no full-text "
                                                  "search (FTS5), which portfolios need for their search indexes. "
                                                  "Install an SQLite built with FTS5 (Qt's own SQLite and Debian's "
                                                  "have it).")
                          .arg(version)};
}

QStringList TextSearch::integrityProblems(const QSqlDatabase &connection, const QString &path)
{
    QStringList problems;
    QSqlQuery query(connection);
    for (const Index &index : indexes()) {
        for (const QString &fts : {wordTable(index.table), trigramTable(index.table)}) {
            if (!SqlDialect::of(connection.driver()).hasTable(connection, fts))
                continue;
            // rank 1: also compare the index with the rows of its table.
            if (query.exec(QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)").arg(fts)))
                continue;
            problems << QCoreApplication::translate(
                            "TextSearch", "The search index “%1” does not match the table “%2” (%3). Rebuild it with: "
                                          "sqlite3 “%4” \"INSERT INTO %1 (%1) VALUES ('rebuild')\"")
                            .arg(fts, index.table, query.lastError().databaseText(), path);
        }
    }
    return problems;
}
