// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/contentcheck.h"

#include "domain/countries.h"
#include "domain/fuzzydate.h"
#include "store/columnrules.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

class Finder
{
public:
    explicit Finder(const QSqlDatabase &connection)
        : m_connection(connection)
    {}

    void add(const QString &table, qint64 id, const QString &column, const QVariant &value, const QString &allowed)
    {
        const QString key = table + QLatin1Char('\n') + QString::number(id) + QLatin1Char('\n') + column;
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        m_findings << ContentFinding{table, id, column, value.isNull() ? QString() : value.toString(), allowed, value};
    }

    // Runs a query; a failure ends the check.
    bool select(QSqlQuery &query, const QString &sql)
    {
        query.setForwardOnly(SqlDialect::of(query.driver()).readsForwardOnly());
        if (query.exec(sql))
            return true;
        m_error = Database::sqlError(query);
        return false;
    }

    Result<QList<ContentFinding>> result() const
    {
        if (m_error)
            return *m_error;
        return m_findings;
    }

    bool dates();
    bool countries();
    bool codes();
    bool constraints();
    bool references();
    bool duplicates();

private:
    QSqlDatabase m_connection;
    QList<ContentFinding> m_findings;
    QSet<QString> m_seen;
    std::optional<StoreError> m_error;
};

// Each date code parses, and its first and last days are exactly the ones of the code.
bool Finder::dates()
{
    for (const ColumnRules::DateColumn &date : ColumnRules::dateColumns()) {
        QSqlQuery query(m_connection);
        const QString first = date.first.isEmpty() ? QStringLiteral("NULL") : date.first;
        const QString last = date.last.isEmpty() ? QStringLiteral("NULL") : date.last;
        if (!select(
                query,
                QStringLiteral("SELECT id, %1, %2, %3 FROM %4 ORDER BY id").arg(date.code, first, last, date.table)))
            return false;
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const QVariant codeValue = query.value(1);
            const QString code = codeValue.toString();
            const FuzzyDate parsed = FuzzyDate::fromCode(code);
            if (!code.isEmpty() && parsed.isNull()) {
                add(date.table, id, date.code, codeValue, ColumnRules::allowedDateCodes());
                continue;
            }
            const auto checkDay = [&](const QString &column, const QVariant &stored, QDate expected) {
                if (column.isEmpty())
                    return;
                const QString wanted = FuzzyDate::isoDay(expected);
                if (stored.isNull() == wanted.isEmpty() && (stored.isNull() || stored.toString() == wanted))
                    return;
                add(date.table, id, column, stored,
                    wanted.isEmpty() ? QCoreApplication::translate("ContentCheck", "nothing, as the date is empty")
                                     : QCoreApplication::translate("ContentCheck", "%1 (from the date code “%2”)")
                                           .arg(wanted, code));
            };
            checkDay(date.first, query.value(2), parsed.first());
            checkDay(date.last, query.value(3), parsed.isNull() ? QDate() : parsed.last());
        }
    }
    return true;
}

bool Finder::countries()
{
    for (const ColumnRules::CountryColumn &country : ColumnRules::countryColumns()) {
        QSqlQuery query(m_connection);
        if (!select(query, QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id").arg(country.column, country.table)))
            return false;
        while (query.next()) {
            const QString code = query.value(1).toString();
            if (!code.isEmpty() && !Countries::isCode(code))
                add(country.table, query.value(0).toLongLong(), country.column, query.value(1),
                    ColumnRules::allowedCountries());
        }
    }
    return true;
}

bool Finder::codes()
{
    for (const ColumnRules::CodedColumn &coded : ColumnRules::codedColumns()) {
        const QString column = coded.column;
        const QList<ColumnRules::Check> checks =
            ColumnRules::checksOf(coded.table, SqlDialect::of(m_connection.driver()));
        const auto check = std::find_if(checks.cbegin(), checks.cend(),
                                        [&column](const ColumnRules::Check &c) { return c.column == column; });
        QSqlQuery query(m_connection);
        if (!select(query, QStringLiteral("SELECT id, %1 FROM %2 WHERE NOT (%3) ORDER BY id")
                               .arg(column, coded.table, check->condition)))
            return false;
        while (query.next())
            add(coded.table, query.value(0).toLongLong(), column, query.value(1), check->allowed);
    }
    return true;
}

// Whatever the CHECK constraints of the schema refuse (most of it was found above, with a more
// precise sentence).
bool Finder::constraints()
{
    const SqlDialect &dialect = SqlDialect::of(m_connection.driver());
    for (const QString &table : Database::allTables()) {
        for (const ColumnRules::Check &check : ColumnRules::checksOf(table, dialect)) {
            QSqlQuery query(m_connection);
            if (!select(query, QStringLiteral("SELECT id, %1 FROM %2 WHERE NOT (%3) ORDER BY id")
                                   .arg(check.column, table, check.condition)))
                return false;
            while (query.next())
                add(table, query.value(0).toLongLong(), check.column, query.value(1), check.allowed);
        }
    }
    return true;
}

// References to rows that are not there (written with foreign keys off), and an agreement that is its
// own predecessor.
bool Finder::references()
{
    const SqlDialect &dialect = SqlDialect::of(m_connection.driver());
    for (const QString &table : Database::allTables()) {
        const auto broken = dialect.brokenReferences(m_connection, table);
        if (!broken) {
            m_error = broken.error();
            return false;
        }
        for (const SqlDialect::BrokenReference &reference : *broken) {
            QSqlQuery value(m_connection);
            if (!select(
                    value,
                    QStringLiteral("SELECT %1 FROM %2 WHERE id = %3").arg(reference.column, table).arg(reference.id)))
                return false;
            add(table, reference.id, reference.column, value.next() ? value.value(0) : QVariant(),
                QCoreApplication::translate("ContentCheck", "the id of an existing row of “%1”")
                    .arg(reference.referencedTable));
        }
    }
    QSqlQuery self(m_connection);
    if (!select(self, QStringLiteral("SELECT id, predecessor_id FROM agreement WHERE predecessor_id = id ORDER BY id")))
        return false;
    while (self.next())
        add(QStringLiteral("agreement"), self.value(0).toLongLong(), QStringLiteral("predecessor_id"), self.value(1),
            QCoreApplication::translate("ContentCheck", "the id of another agreement, or nothing"));
    return true;
}

// Names the application keeps unique as it compares them (trimmed, ignoring case) where the schema
// compares them as stored: partners within a country, themes.
bool Finder::duplicates()
{
    struct Unique
    {
        QString table;
        QString key;
        QString allowed;
    };
    const QString name = SqlDialect::of(m_connection.driver()).sortableText(QStringLiteral("trim(name)"));
    const QList<Unique> uniques{
        {QStringLiteral("partner"), name + QStringLiteral(", upper(country)"),
         QCoreApplication::translate("ContentCheck",
                                     "a name no other partner in the same country has (row %1 has it)")},
        {QStringLiteral("theme"), name,
         QCoreApplication::translate("ContentCheck", "a name no other theme has (row %1 has it)")},
    };
    for (const Unique &unique : uniques) {
        QSqlQuery query(m_connection);
        if (!select(query, QStringLiteral("SELECT id, name, first_value(id) OVER (PARTITION BY %1 ORDER BY id) "
                                          "FROM %2 ORDER BY id")
                               .arg(unique.key, unique.table)))
            return false;
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const qint64 firstId = query.value(2).toLongLong();
            if (id != firstId)
                add(unique.table, id, QStringLiteral("name"), query.value(1), unique.allowed.arg(firstId));
        }
    }
    return true;
}

} // namespace

QString ContentFinding::sentence() const
{
    return QCoreApplication::translate("ContentCheck", "Row %1 of “%2”: %3 holds “%4”; allowed: %5.")
        .arg(QString::number(id), table, column, value, allowed);
}

Result<QList<ContentFinding>> ContentCheck::run(const QSqlDatabase &connection)
{
    Finder finder(connection);
    if (finder.dates() && finder.countries() && finder.constraints() && finder.references())
        finder.duplicates();
    return finder.result();
}

Result<QList<ContentFinding>> ContentCheck::unknownCodes(const QSqlDatabase &connection)
{
    Finder finder(connection);
    finder.codes();
    return finder.result();
}

Result<void> ContentCheck::refuseUnknownCodes(const QSqlDatabase &connection)
{
    const Result<QList<ContentFinding>> findings = unknownCodes(connection);
    if (!findings)
        return findings.error();
    if (findings->isEmpty())
        return {};
    return StoreError{StoreError::Kind::BadValues,
                      QCoreApplication::translate("ContentCheck",
                                                  "The portfolio holds %n code(s) Pactline does not know, so nothing "
                                                  "was written rather than a default in their place:\n%1\nCorrect "
                                                  "them first; `pactline check` lists every problem of the file.",
                                                  nullptr, int(findings->size()))
                          .arg(sentences(*findings, 20).join(QLatin1Char('\n')))};
}

QStringList ContentCheck::sentences(const QList<ContentFinding> &findings, int limit)
{
    QStringList lines;
    for (const ContentFinding &finding : findings) {
        if (lines.size() == limit) {
            lines << QCoreApplication::translate("ContentCheck", "… and %n more.", nullptr,
                                                 int(findings.size()) - limit);
            break;
        }
        lines << finding.sentence();
    }
    return lines;
}
