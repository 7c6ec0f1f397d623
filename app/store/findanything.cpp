// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/findanything.h"

#include "domain/countries.h"
#include "domain/enums.h"
#include "domain/fuzzydate.h"
#include "store/database.h"
#include "store/textsearch.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>
#include <utility>

namespace {

using Kind = FindAnything::Kind;
using Hit = FindAnything::Hit;

// Where a kind is kept: its table (a TextSearch index), the columns that name a record, and how
// the hits of some ids are read (one "?" list of ids in `details`).
struct KindSource
{
    Kind kind;
    QString table;
    QStringList labelColumns;
    QString details;
    Hit (*hitOf)(const QSqlQuery &row);
};

QString joined(const QStringList &parts)
{
    QStringList shown;
    for (const QString &part : parts)
        if (!part.trimmed().isEmpty())
            shown << part.trimmed();
    return shown.join(QStringLiteral(" · "));
}

QString dateText(const QString &code)
{
    const FuzzyDate date = FuzzyDate::fromCode(code);
    return date.isNull() ? code : date.toString();
}

const QList<KindSource> &sources()
{
    static const QList<KindSource> all{
        {Kind::Partner,
         QStringLiteral("partner"),
         {QStringLiteral("name"), QStringLiteral("short_name")},
         QStringLiteral("SELECT id, name, short_name, country, city FROM partner WHERE id IN (%1)"),
         [](const QSqlQuery &row) {
             const QString name = row.value(1).toString();
             const QString shortName = row.value(2).toString();
             const QString country = row.value(3).toString();
             return Hit{Kind::Partner, row.value(0).toLongLong(), name,
                        joined({shortName == name ? QString() : shortName,
                                country.isEmpty() ? QString() : Countries::nameOf(country), row.value(4).toString()}),
                        0};
         }},
        {Kind::Agreement,
         QStringLiteral("agreement"),
         {QStringLiteral("title")},
         QStringLiteral("SELECT id, title, status, signed_on FROM agreement WHERE id IN (%1)"),
         [](const QSqlQuery &row) {
             const auto status = enumFromCode<AgreementStatus>(row.value(2).toString());
             return Hit{
                 Kind::Agreement, row.value(0).toLongLong(), row.value(1).toString(),
                 joined({status ? displayNameOf(*status) : row.value(2).toString(), dateText(row.value(3).toString())}),
                 0};
         }},
        {Kind::Milestone,
         QStringLiteral("milestone"),
         {QStringLiteral("title")},
         QStringLiteral("SELECT m.id, m.title, m.due, m.agreement_id, a.title FROM milestone m "
                        "JOIN agreement a ON a.id = m.agreement_id WHERE m.id IN (%1)"),
         [](const QSqlQuery &row) {
             return Hit{Kind::Milestone, row.value(0).toLongLong(), row.value(1).toString(),
                        joined({row.value(4).toString(), dateText(row.value(2).toString())}),
                        row.value(3).toLongLong()};
         }},
        {Kind::Event,
         QStringLiteral("event"),
         {QStringLiteral("title")},
         QStringLiteral("SELECT id, title, date, place FROM event WHERE id IN (%1)"),
         [](const QSqlQuery &row) {
             return Hit{Kind::Event, row.value(0).toLongLong(), row.value(1).toString(),
                        joined({dateText(row.value(2).toString()), row.value(3).toString()}), 0};
         }},
        {Kind::Contact,
         QStringLiteral("contact"),
         {QStringLiteral("name")},
         QStringLiteral("SELECT c.id, c.name, c.role, c.partner_id, p.name FROM contact c "
                        "JOIN partner p ON p.id = c.partner_id WHERE c.id IN (%1)"),
         [](const QSqlQuery &row) {
             return Hit{Kind::Contact, row.value(0).toLongLong(), row.value(1).toString(),
                        joined({row.value(4).toString(), row.value(2).toString()}), row.value(3).toLongLong()};
         }},
    };
    return all;
}

// The shortest term that the word index looks up; a text needs one.
constexpr int MinTermLength = 2;

QStringList searchedColumns(const QString &table)
{
    for (const TextSearch::Index &index : TextSearch::indexes())
        if (index.table == table)
            return index.columns;
    return {};
}

// Runs `sql` and adds the ids it gives that are not in `ids` yet, until `ids` holds `wanted`.
Result<void> addIds(const Database &db, const QString &sql, const QVariantList &values, int wanted, QList<qint64> &ids)
{
    QSqlQuery query = db.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return Database::sqlError(query);
    while (ids.size() < wanted && query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (!ids.contains(id))
            ids << id;
    }
    return {};
}

// The same on a server's folded text: every term at the start of a word, in the name or title first,
// then in any column, then by the lists' rule; each in id order, the word conditions over all
// columns served by their index.
Result<QList<qint64>> matchingFoldedIds(const Database &db, const KindSource &source,
                                        const QList<TextSearch::Term> &terms, const QString &text, int wanted,
                                        bool &byName)
{
    const SqlDialect &dialect = db.dialect();
    const QStringList columns = searchedColumns(source.table);
    // "id + 0": the server reads the matches off the search index and sorts them, rather than walk
    // every row in id order computing its words until enough match, which a rare word makes a scan
    // of the whole table.
    const QString order = QStringLiteral(" ORDER BY id + 0 LIMIT %1");
    QStringList everywhere;
    QStringList inLabel;
    QVariantList wordValues;
    QVariantList labelValues;
    for (const TextSearch::Term &term : terms) {
        if (term.text.size() >= MinTermLength) {
            everywhere << dialect.startsWordCondition(columns, QStringLiteral("?"), QStringLiteral("?"));
            wordValues << term.text << term.phrase;
            // A term of letters and digits that starts a word of the name is inside its folded text:
            // the trigram indexes of the names give those rows before their words are read.
            if (term.text.size() >= 3 &&
                std::all_of(term.text.cbegin(), term.text.cend(), [](QChar c) { return c.isLetterOrNumber(); })) {
                QStringList inside;
                for (const QString &column : source.labelColumns) {
                    inside << dialect.insideWordCondition(column, QStringLiteral("?"));
                    labelValues << SqlDialect::escapeLike(term.text);
                }
                inLabel << QLatin1Char('(') + inside.join(QStringLiteral(" OR ")) + QLatin1Char(')');
            }
            inLabel << dialect.startsWordCondition(source.labelColumns, QStringLiteral("?"), QStringLiteral("?"));
            labelValues << term.text << term.phrase;
            continue;
        }
        QStringList anywhere;
        for (const QString &column : columns) {
            anywhere << dialect.containsCondition(column, QStringLiteral("?"));
            wordValues << SqlDialect::escapeLike(term.text);
        }
        everywhere << QLatin1Char('(') + anywhere.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    const QString byWord =
        QStringLiteral("SELECT id FROM %1 WHERE ").arg(source.table) + everywhere.join(QStringLiteral(" AND "));
    QList<qint64> ids;
    if (auto r =
            addIds(db, byWord + QStringLiteral(" AND ") + inLabel.join(QStringLiteral(" AND ")) + order.arg(wanted),
                   wordValues + labelValues, wanted, ids);
        !r)
        return r.error();
    byName = !ids.isEmpty();
    if (ids.size() < wanted)
        if (auto r = addIds(db, byWord + order.arg(wanted + ids.size()), wordValues, wanted, ids); !r)
            return r.error();
    if (ids.size() == wanted)
        return ids;
    const TextSearch::Condition condition = TextSearch::condition(dialect, source.table, text, true);
    if (auto r = addIds(db,
                        QStringLiteral("SELECT id FROM %1 WHERE (%2)").arg(source.table, condition.sql) +
                            order.arg(wanted + ids.size()),
                        condition.values, wanted, ids);
        !r)
        return r.error();
    return ids;
}

// The ids of up to `wanted` records of one kind that match `text`, best first; `byName` tells
// whether the first matches by its name or title.
Result<QList<qint64>> matchingIds(const Database &db, const KindSource &source, const QString &text, int wanted,
                                  bool &byName)
{
    QList<qint64> ids;
    byName = false;
    const QList<TextSearch::Term> terms = TextSearch::terms(text);
    const bool indexed = db.hasSearchIndexes();
    if (indexed && db.dialect().searchesFoldedText())
        return matchingFoldedIds(db, source, terms, text, wanted, byName);
    const QString limit = QStringLiteral(" LIMIT %1");
    if (indexed) {
        // Every term at the start of a word: in the name or title first, then in any column. The
        // word index hands out its matches in id order and stops at the limit. A one-character term
        // would have it merge the entries of every word with that initial first: the rows it finds
        // for the other terms are tested for such a term by substring, as the lists' rule does.
        QStringList words;
        QStringList letters;
        QVariantList letterValues;
        const QStringList columns = searchedColumns(source.table);
        for (const TextSearch::Term &term : terms) {
            if (term.text.size() >= MinTermLength) {
                words << TextSearch::wordExpression(term);
                continue;
            }
            QStringList anywhere;
            for (const QString &column : columns) {
                anywhere << db.dialect().containsCondition(source.table + QLatin1Char('.') + column,
                                                           QStringLiteral("?"));
                letterValues << SqlDialect::escapeLike(term.text);
            }
            letters << QLatin1Char('(') + anywhere.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        }
        const QString all = words.join(QStringLiteral(" AND "));
        const QString fts = TextSearch::wordTable(source.table);
        const QString byWord =
            (letters.isEmpty() ? QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?").arg(fts)
                               : QStringLiteral("SELECT %1.rowid FROM %1 JOIN %2 ON %2.id = %1.rowid WHERE %1 MATCH ? "
                                                "AND ")
                                         .arg(fts, source.table) +
                                     letters.join(QStringLiteral(" AND "))) +
            limit.arg(wanted);
        const QString inLabel = QStringLiteral("{%1} : (%2)").arg(source.labelColumns.join(QLatin1Char(' ')), all);
        if (auto r = addIds(db, byWord, QVariantList{inLabel} + letterValues, wanted, ids); !r)
            return r.error();
        byName = !ids.isEmpty();
        if (ids.size() < wanted)
            if (auto r = addIds(db, byWord, QVariantList{all} + letterValues, wanted, ids); !r)
                return r.error();
        if (ids.size() == wanted)
            return ids;
    }
    // The rest by the lists' rule, which adds matches inside a word. Any match holds the longest term
    // at the start of a word or among its trigrams: those rows are looked up rather than all read.
    const TextSearch::Condition condition = TextSearch::condition(db.dialect(), source.table, text, indexed);
    const auto longest = std::max_element(terms.cbegin(), terms.cend(),
                                          [](const auto &a, const auto &b) { return a.text.size() < b.text.size(); });
    const QString trigrams = TextSearch::trigramExpression(*longest);
    QString sql = QStringLiteral("SELECT id FROM %1 WHERE ").arg(source.table);
    QVariantList values;
    if (indexed && !trigrams.isEmpty()) {
        sql += QStringLiteral("id IN (SELECT rowid FROM %1 WHERE %1 MATCH ? UNION SELECT rowid FROM %2 WHERE %2 "
                              "MATCH ?) AND ")
                   .arg(TextSearch::wordTable(source.table), TextSearch::trigramTable(source.table));
        values << TextSearch::wordExpression(*longest) << trigrams;
    }
    sql += QLatin1Char('(') + condition.sql + QLatin1Char(')') + limit.arg(wanted + ids.size());
    values << condition.values;
    if (auto r = addIds(db, sql, values, wanted, ids); !r)
        return r.error();
    return ids;
}

Result<QList<Hit>> hitsOf(const Database &db, const KindSource &source, const QList<qint64> &ids)
{
    QList<Hit> hits;
    if (ids.isEmpty())
        return hits;
    QStringList marks;
    for (int i = 0; i < ids.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query = db.prepare(source.details.arg(marks.join(QLatin1Char(','))));
    for (int i = 0; i < ids.size(); ++i)
        query.bindValue(i, ids.at(i));
    if (!query.exec())
        return Database::sqlError(query);
    QHash<qint64, Hit> byId;
    while (query.next()) {
        const Hit hit = source.hitOf(query);
        byId.insert(hit.id, hit);
    }
    for (qint64 id : ids)
        if (const auto it = byId.constFind(id); it != byId.constEnd())
            hits << *it;
    return hits;
}

} // namespace

QList<FindAnything::Kind> FindAnything::kinds()
{
    QList<Kind> all;
    for (const KindSource &source : sources())
        all << source.kind;
    return all;
}

bool FindAnything::isSearchable(const QString &text)
{
    const QList<TextSearch::Term> terms = TextSearch::terms(text);
    return std::any_of(terms.cbegin(), terms.cend(),
                       [](const TextSearch::Term &term) { return term.text.size() >= MinTermLength; });
}

Result<QList<FindAnything::Hit>> FindAnything::find(const Database &db, const QString &text, int perKind, int total)
{
    QList<QList<qint64>> found;
    QList<int> order; // the kinds whose name or title matches first
    if (perKind <= 0 || total <= 0 || !isSearchable(text))
        return QList<Hit>();
    QList<int> others;
    for (const KindSource &source : sources()) {
        bool byName = false;
        auto ids = matchingIds(db, source, text, perKind, byName);
        if (!ids)
            return ids.error();
        (byName ? order : others) << int(found.size());
        found << *ids;
    }
    order << others;
    // Over the total: the kind with the most hits (the later one of equals) gives up its last.
    for (qsizetype count = std::accumulate(found.cbegin(), found.cend(), qsizetype(0),
                                           [](qsizetype sum, const QList<qint64> &ids) { return sum + ids.size(); });
         count > total; --count) {
        auto most = found.begin();
        for (auto it = found.begin(); it != found.end(); ++it)
            if (it->size() >= most->size())
                most = it;
        most->removeLast();
    }
    QList<Hit> hits;
    for (int i : std::as_const(order)) {
        auto some = hitsOf(db, sources().at(i), found.at(i));
        if (!some)
            return some.error();
        hits << *some;
    }
    return hits;
}
