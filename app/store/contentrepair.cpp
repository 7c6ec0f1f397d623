// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/contentrepair.h"

#include "domain/countries.h"
#include "domain/fuzzydate.h"
#include "store/columnrules.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace {

QString nothing()
{
    return QCoreApplication::translate("ContentRepair", "nothing");
}

// An empty text, which SQLite stores as '' (a null QString would be NULL).
QVariant emptyText()
{
    return QVariant(QString(QLatin1String("")));
}

QString keyOf(const QString &table, qint64 id, const QString &column)
{
    return table + QLatin1Char('\n') + QString::number(id) + QLatin1Char('\n') + column;
}

QSet<QString> keysOf(const QList<ContentFinding> &findings)
{
    QSet<QString> keys;
    for (const ContentFinding &finding : findings)
        keys.insert(keyOf(finding.table, finding.id, finding.column));
    return keys;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    return a.toString() == b.toString();
}

QString shown(const QVariant &value)
{
    return value.isNull() ? nothing() : QStringLiteral("“%1”").arg(value.toString());
}

Result<QVariant> storedValue(const QSqlDatabase &connection, const QString &table, qint64 id, const QString &column)
{
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
    query.addBindValue(id);
    if (!query.exec())
        return Database::sqlError(query);
    if (!query.next())
        return StoreError{StoreError::Kind::Conflict,
                          QCoreApplication::translate("ContentRepair", "Row %1 of “%2” is no longer there.")
                              .arg(QString::number(id), table)};
    return query.value(0);
}

// The value a first or last day must hold, from the date code beside it (nothing when it is empty);
// null when the code itself is not a date code.
std::optional<RepairValue> dayOfCode(const QString &code, bool first)
{
    if (code.isEmpty())
        return RepairValue{QVariant(), nothing()};
    const FuzzyDate date = FuzzyDate::fromCode(code);
    if (date.isNull())
        return std::nullopt;
    const QString day = FuzzyDate::isoDay(first ? date.first() : date.last());
    return RepairValue{day, day};
}

// A date code set by a repair takes its first and last days along: the changes of those that differ.
// (A code that is not a date code leaves them, and the content check refuses it.)
QList<RepairChange> daysOfCode(const QSqlDatabase &connection, const RepairChange &change)
{
    QList<RepairChange> days;
    for (const ColumnRules::DateColumn &date : ColumnRules::dateColumns()) {
        if (date.table != change.table || date.code != change.column)
            continue;
        for (const bool first : {true, false}) {
            const QString column = first ? date.first : date.last;
            const std::optional<RepairValue> day = dayOfCode(change.to.toString(), first);
            if (column.isEmpty() || !day)
                continue;
            const Result<QVariant> stored = storedValue(connection, change.table, change.id, column);
            if (stored && !sameValue(*stored, day->value))
                days << RepairChange{change.table, change.id, column, *stored, day->value};
        }
    }
    return days;
}

Result<RepairOptions> optionsOf(const QSqlDatabase &connection, const ContentFinding &finding)
{
    RepairOptions options;
    options.finding = finding;
    for (const ColumnRules::CodedColumn &coded : ColumnRules::codedColumns()) {
        if (coded.table != finding.table || coded.column != finding.column)
            continue;
        for (const QString &code : coded.codes)
            options.values << RepairValue{code, code};
        if (coded.emptyAllowed)
            options.values << RepairValue{emptyText(), nothing()};
        return options;
    }
    for (const ColumnRules::DateColumn &date : ColumnRules::dateColumns()) {
        if (date.table != finding.table)
            continue;
        if (date.code == finding.column) {
            options.values << RepairValue{emptyText(), nothing()};
            options.typed = true;
            return options;
        }
        if (date.first == finding.column || date.last == finding.column) {
            const Result<QVariant> code = storedValue(connection, finding.table, finding.id, date.code);
            if (!code)
                return code.error();
            if (const auto day = dayOfCode(code->toString(), date.first == finding.column))
                options.values << *day;
            return options;
        }
    }
    for (const ColumnRules::CountryColumn &country : ColumnRules::countryColumns()) {
        if (country.table != finding.table || country.column != finding.column)
            continue;
        options.values << RepairValue{emptyText(), nothing()};
        for (const QString &code : Countries::codes())
            options.values << RepairValue{code, QStringLiteral("%1 (%2)").arg(code, Countries::nameOf(code))};
        return options;
    }
    if (finding.column == QLatin1String("version")) {
        options.values << RepairValue{1, QStringLiteral("1")};
        return options;
    }
    const Result<SqlDialect::ColumnFacts> facts =
        SqlDialect::of(connection.driver()).columnFacts(connection, finding.table, finding.column);
    if (!facts)
        return facts.error();
    if (facts->nullable && (facts->reference || finding.column == QLatin1String("predecessor_id")))
        options.values << RepairValue{QVariant(), nothing()};
    options.typed = true; // another id, another name
    return options;
}

} // namespace

QString RepairChange::sentence() const
{
    return QCoreApplication::translate("ContentRepair", "Row %1 of “%2”: %3 %4 → %5.")
        .arg(QString::number(id), table, column, shown(from), shown(to));
}

namespace ContentRepair {

Result<QList<RepairOptions>> options(const QSqlDatabase &connection, const QList<ContentFinding> &findings)
{
    QList<RepairOptions> all;
    for (const ContentFinding &finding : findings) {
        Result<RepairOptions> one = optionsOf(connection, finding);
        if (!one)
            return one.error();
        all << *one;
    }
    return all;
}

RepairChange change(const ContentFinding &finding, const QVariant &to)
{
    return {finding.table, finding.id, finding.column, finding.stored, to};
}

Result<QList<RepairChange>> apply(Database &db, const QList<RepairChange> &changes, bool restore)
{
    QList<RepairChange> done;
    const Result<void> written = db.write([&]() -> Result<void> {
        const QSqlDatabase connection = db.connection();
        const Result<QList<ContentFinding>> before = ContentCheck::run(connection);
        if (!before)
            return before.error();
        QSqlQuery control(connection);
        const bool suspends = restore && !db.dialect().suspendValueChecks().isEmpty();
        if (suspends && !control.exec(db.dialect().suspendValueChecks()))
            return Database::sqlError(control);
        // One row's columns in one statement: a date code and its days are checked together.
        const auto set = [&](const QList<RepairChange> &row) -> Result<void> {
            QStringList columns;
            for (const RepairChange &change : row)
                columns << change.column + QStringLiteral(" = ?");
            const RepairChange &first = row.constFirst();
            QSqlQuery update = db.prepare(
                QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(first.table, columns.join(QStringLiteral(", "))));
            for (const RepairChange &change : row)
                update.addBindValue(change.to);
            update.addBindValue(first.id);
            if (!update.exec()) {
                const StoreError error = Database::sqlError(update);
                if (error.kind != StoreError::Kind::Invalid)
                    return error;
                return StoreError{
                    error.kind,
                    QCoreApplication::translate("ContentRepair", "Nothing was repaired: row %1 of “%2” "
                                                                 "cannot hold %3 in %4 (%5).")
                        .arg(QString::number(first.id), first.table, shown(first.to), first.column, error.message)};
            }
            db.touch(first.table);
            done << row;
            return {};
        };
        const auto written = [&]() -> Result<void> {
            for (const RepairChange &change : changes) {
                const Result<QVariant> stored = storedValue(connection, change.table, change.id, change.column);
                if (!stored)
                    return stored.error();
                if (!restore && sameValue(*stored, change.to))
                    continue; // a first or last day that followed its code already
                if (!sameValue(*stored, change.from))
                    return StoreError{StoreError::Kind::Conflict,
                                      QCoreApplication::translate("ContentRepair",
                                                                  "Row %1 of “%2” was changed meanwhile: %3 holds %4 "
                                                                  "now, not %5. Nothing was repaired.")
                                          .arg(QString::number(change.id), change.table, change.column, shown(*stored),
                                               shown(change.from))};
                if (auto r = set(QList<RepairChange>{change} +
                                 (restore ? QList<RepairChange>() : daysOfCode(connection, change)));
                    !r)
                    return r;
            }
            return {};
        }();
        if (suspends && !control.exec(db.dialect().resumeValueChecks()))
            return Database::sqlError(control);
        if (!written || restore)
            return written;
        const Result<QList<ContentFinding>> after = ContentCheck::run(connection);
        if (!after)
            return after.error();
        const QSet<QString> found = keysOf(*before);
        QStringList problems;
        for (const ContentFinding &finding : *after) {
            const bool chosen = std::any_of(done.cbegin(), done.cend(), [&finding](const RepairChange &c) {
                return c.table == finding.table && c.id == finding.id && c.column == finding.column;
            });
            if (chosen || !found.contains(keyOf(finding.table, finding.id, finding.column)))
                problems << finding.sentence();
        }
        if (problems.isEmpty())
            return {};
        return StoreError{StoreError::Kind::Invalid,
                          QCoreApplication::translate("ContentRepair",
                                                      "Nothing was repaired: the values chosen are not allowed either, "
                                                      "or break another rule:\n%1")
                              .arg(problems.join(QLatin1Char('\n')))};
    });
    if (!written)
        return written.error();
    return done;
}

Result<FileOutcome> repairFile(const QString &path, const QList<RepairChange> &changes)
{
    FileOutcome outcome;
    int version = 0;
    {
        auto opened = Database::open(path, Database::Mode::ReadWriteUnmigrated);
        if (!opened)
            return opened.error();
        Database &db = **opened;
        if (!changes.isEmpty()) {
            const Result<QList<RepairChange>> done = apply(db, changes);
            if (!done)
                return done.error();
            outcome.changed = *done;
        }
        const Result<QList<ContentFinding>> remaining = ContentCheck::run(db.connection());
        if (!remaining)
            return remaining.error();
        outcome.remaining = *remaining;
        version = db.schemaVersion();
    }
    if (outcome.remaining.isEmpty() && version < Migrations::currentVersion()) {
        auto migrated = Database::open(path);
        if (!migrated)
            return migrated.error();
        outcome.migrated = true;
        outcome.migrationBackup = (*migrated)->migrationBackupPath();
    }
    return outcome;
}

} // namespace ContentRepair
