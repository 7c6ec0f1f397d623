// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migrations.h"

#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/historylog.h"
#include "store/keptcolumns.h"
#include "store/schemaversion2.h"
#include "store/textsearch.h"
#include "store/trashrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

// Columns every row carries.
constexpr auto RowColumns = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1";

QStringList schemaVersion1(const SqlDialect &dialect)
{
    const QString id = dialect.idColumnType();
    const QString nocase = QLatin1Char(' ') + dialect.caseInsensitiveCollation();
    const auto folded = [&](const char *column) { return dialect.caseInsensitiveIndexKey(QLatin1String(column)); };
    const QString meta = QString::fromLatin1(RowColumns);
    return QStringList{
               QStringLiteral(
                   "CREATE TABLE partner (id %1, name TEXT NOT NULL CHECK (trim(name) <> ''), "
                   "short_name TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, country TEXT NOT NULL DEFAULT '', "
                   "city TEXT NOT NULL DEFAULT '', website TEXT NOT NULL DEFAULT '', "
                   "notes TEXT NOT NULL DEFAULT '', %2)")
                   .arg(id, meta),
               QStringLiteral("CREATE UNIQUE INDEX partner_name_country ON partner (%1, country)").arg(folded("name")),
               QStringLiteral("CREATE INDEX partner_short_name ON partner (%1)").arg(folded("short_name")),
               QStringLiteral("CREATE INDEX partner_kind ON partner (kind)"),
               QStringLiteral("CREATE INDEX partner_country ON partner (country)"),
               QStringLiteral("CREATE INDEX partner_city ON partner (%1)").arg(folded("city")),

               QStringLiteral(
                   "CREATE TABLE contact (id %1, partner_id INTEGER NOT NULL REFERENCES partner (id) "
                   "ON DELETE CASCADE, name TEXT NOT NULL CHECK (trim(name) <> ''), role TEXT NOT NULL DEFAULT '', "
                   "email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', "
                   "%2)")
                   .arg(id, meta),
               QStringLiteral("CREATE INDEX contact_partner ON contact (partner_id)"),
               QStringLiteral("CREATE INDEX contact_name ON contact (%1)").arg(folded("name")),

               QStringLiteral("CREATE TABLE event (id %1, title TEXT NOT NULL CHECK (trim(title) <> ''), "
                              "date TEXT NOT NULL DEFAULT '', date_first TEXT, date_last TEXT, "
                              "place TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', %2)")
                   .arg(id, meta),
               QStringLiteral("CREATE INDEX event_date ON event (date_first)"),
               QStringLiteral("CREATE INDEX event_title ON event (%1)").arg(folded("title")),

               QStringLiteral(
                   "CREATE TABLE event_partner (id %1, event_id INTEGER NOT NULL REFERENCES event (id) "
                   "ON DELETE CASCADE, partner_id INTEGER NOT NULL REFERENCES partner (id) ON DELETE CASCADE, "
                   "%2, UNIQUE (event_id, partner_id))")
                   .arg(id, meta),
               QStringLiteral("CREATE INDEX event_partner_partner ON event_partner (partner_id)"),
               QStringLiteral(
                   "CREATE TABLE event_contact (id %1, event_id INTEGER NOT NULL REFERENCES event (id) "
                   "ON DELETE CASCADE, contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE, "
                   "%2, UNIQUE (event_id, contact_id))")
                   .arg(id, meta),
               QStringLiteral("CREATE INDEX event_contact_contact ON event_contact (contact_id)"),

               QStringLiteral("CREATE TABLE agreement (id %1, title TEXT NOT NULL CHECK (trim(title) <> ''), "
                              "kind TEXT NOT NULL, status TEXT NOT NULL, "
                              "signed_on TEXT NOT NULL DEFAULT '', signed_first TEXT, "
                              "starts_on TEXT NOT NULL DEFAULT '', starts_first TEXT, "
                              "ends_on TEXT NOT NULL DEFAULT '', ends_last TEXT, "
                              "signing_event_id INTEGER REFERENCES event (id) ON DELETE SET NULL, "
                              "predecessor_id INTEGER REFERENCES agreement (id) ON DELETE SET NULL, "
                              "summary TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', %2, "
                              "CHECK (ends_last IS NULL OR starts_first IS NULL OR ends_last >= starts_first))")
                   .arg(id, meta),
               QStringLiteral("CREATE INDEX agreement_title ON agreement (%1)").arg(folded("title")),
               QStringLiteral("CREATE INDEX agreement_kind ON agreement (kind)"),
               QStringLiteral("CREATE INDEX agreement_status ON agreement (status)"),
               QStringLiteral("CREATE INDEX agreement_signed ON agreement (signed_first)"),
               QStringLiteral("CREATE INDEX agreement_starts ON agreement (starts_first)"),
               QStringLiteral("CREATE INDEX agreement_ends ON agreement (ends_last)"),
               QStringLiteral("CREATE INDEX agreement_signing_event ON agreement (signing_event_id)"),
               QStringLiteral("CREATE INDEX agreement_predecessor ON agreement (predecessor_id)"),

               QStringLiteral(
                   "CREATE TABLE agreement_party (id %1, agreement_id INTEGER NOT NULL REFERENCES agreement (id) "
                   "ON DELETE CASCADE, partner_id INTEGER NOT NULL REFERENCES partner (id) ON DELETE RESTRICT, "
                   "role TEXT NOT NULL, signed_on TEXT NOT NULL DEFAULT '', signed_first TEXT, "
                   "position INTEGER NOT NULL DEFAULT 0, %2, UNIQUE (agreement_id, partner_id))")
                   .arg(id, meta),
               QStringLiteral("CREATE INDEX agreement_party_partner ON agreement_party (partner_id)"),

               QStringLiteral("CREATE TABLE theme (id %1, name TEXT NOT NULL%3 UNIQUE CHECK (trim(name) <> ''), %2)")
                   .arg(id, meta, nocase),
               QStringLiteral(
                   "CREATE TABLE agreement_theme (id %1, agreement_id INTEGER NOT NULL REFERENCES agreement (id) "
                   "ON DELETE CASCADE, theme_id INTEGER NOT NULL REFERENCES theme (id) ON DELETE RESTRICT, "
                   "position INTEGER NOT NULL DEFAULT 0, %2, UNIQUE (agreement_id, theme_id))")
                   .arg(id, meta),
               QStringLiteral("CREATE INDEX agreement_theme_theme ON agreement_theme (theme_id)"),

               QStringLiteral("CREATE TABLE milestone (id %1, agreement_id INTEGER NOT NULL REFERENCES agreement (id) "
                              "ON DELETE CASCADE, title TEXT NOT NULL CHECK (trim(title) <> ''), "
                              "due TEXT NOT NULL DEFAULT '', due_first TEXT, due_last TEXT, status TEXT NOT NULL, "
                              "achieved_on TEXT NOT NULL DEFAULT '', achieved_first TEXT, "
                              "location TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', %2)")
                   .arg(id, meta),
               QStringLiteral("CREATE INDEX milestone_agreement ON milestone (agreement_id, due_first)"),
               QStringLiteral("CREATE INDEX milestone_due ON milestone (due_first)"),
               QStringLiteral("CREATE INDEX milestone_due_last ON milestone (due_last)"),
               QStringLiteral("CREATE INDEX milestone_status ON milestone (status)"),
               QStringLiteral("CREATE INDEX milestone_title ON milestone (%1)").arg(folded("title")),
               QStringLiteral("CREATE INDEX milestone_location ON milestone (%1)").arg(folded("location")),

               QStringLiteral(
                   "CREATE TABLE milestone_change (id %1, milestone_id INTEGER NOT NULL REFERENCES milestone (id) "
                   "ON DELETE CASCADE, changed_at TEXT NOT NULL, old_due TEXT NOT NULL DEFAULT '', "
                   "new_due TEXT NOT NULL DEFAULT '', old_status TEXT NOT NULL DEFAULT '', "
                   "new_status TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '', %2)")
                   .arg(id, meta),
               QStringLiteral("CREATE INDEX milestone_change_milestone ON milestone_change (milestone_id, changed_at)"),
               QStringLiteral("CREATE INDEX milestone_change_changed_at ON milestone_change (changed_at)"),
           } +
           dialect.uniqueIgnoringCase(QStringLiteral("theme"), QStringLiteral("name"));
}

QStringList indexesOf(const QStringList &statements)
{
    QStringList indexes;
    for (const QString &statement : statements)
        if (statement.startsWith(QLatin1String("CREATE INDEX ")) ||
            statement.startsWith(QLatin1String("CREATE UNIQUE INDEX ")))
            indexes << statement;
    return indexes;
}

Result<void> exec(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        return Database::sqlError(query);
    return {};
}

// After a table rebuild every reference must still find its row.
Result<void> foreignKeysHold(Database &db)
{
    const auto broken = db.dialect().brokenReferences(db.connection());
    if (!broken)
        return broken.error();
    if (!broken->isEmpty())
        return StoreError{StoreError::Kind::Invalid,
                          QCoreApplication::translate("Migrations", "row %1 of “%2” points to a missing row of “%3”")
                              .arg(QString::number(broken->constFirst().id), broken->constFirst().table,
                                   broken->constFirst().referencedTable)};
    return {};
}

// Indexes that answer the status bar's overdue counts (per open status, a range of due_last) and
// the timeline's lanes (ungrouped, by kind and by status, in lane order) without reading a row.
QStringList listIndexes(const SqlDialect &dialect)
{
    const QString lanes = AgreementRepository::laneOrder(dialect);
    return {
        QStringLiteral("CREATE INDEX milestone_status_due_last ON milestone (status, due_last)"),
        QStringLiteral("CREATE INDEX agreement_lanes ON agreement (%1)").arg(lanes),
        QStringLiteral("CREATE INDEX agreement_lanes_kind ON agreement (kind, %1)").arg(lanes),
        QStringLiteral("CREATE INDEX agreement_lanes_status ON agreement (status, %1)").arg(lanes),
    };
}

// The indexes of the lists' sort keys: name, table, column, and whether the column sorts as text.
struct SortIndex
{
    const char *name;
    const char *table;
    const char *column;
    bool text;
};

// A server's indexes of the lists' sort keys in the lists' order (SqlDialect::listOrderIndex): those
// the schema had, made again, and one of partners by name (their unique index begins with the name,
// but with the country after it).
QStringList listOrderIndexes(const SqlDialect &dialect)
{
    static const SortIndex indexes[] = {
        {"agreement_title", "agreement", "title", true},
        {"agreement_kind", "agreement", "kind", false},
        {"agreement_status", "agreement", "status", false},
        {"agreement_signed", "agreement", "signed_first", false},
        {"agreement_starts", "agreement", "starts_first", false},
        {"agreement_ends", "agreement", "ends_last", false},
        {"agreement_milestone_count", "agreement", "milestone_count", false},
        {"agreement_parties_key", "agreement", "parties_key", true},
        {"agreement_themes_key", "agreement", "themes_key", true},
        {"milestone_title", "milestone", "title", true},
        {"milestone_due", "milestone", "due_first", false},
        {"milestone_status", "milestone", "status", false},
        {"milestone_location", "milestone", "location", true},
        {"partner_name", "partner", "name", true},
        {"partner_short_name", "partner", "short_name", true},
        {"partner_kind", "partner", "kind", false},
        {"partner_country", "partner", "country", false},
        {"partner_city", "partner", "city", true},
        {"partner_website", "partner", "website", true},
        {"partner_agreement_count", "partner", "agreement_count", false},
        {"contact_name", "contact", "name", true},
        {"event_title", "event", "title", true},
        {"event_date", "event", "date_first", false},
        {"event_participants_key", "event", "participants_key", true},
    };
    QStringList statements;
    for (const SortIndex &index : indexes) {
        const QString column = QString::fromLatin1(index.column);
        statements << dialect.listOrderIndex(QString::fromLatin1(index.name), QString::fromLatin1(index.table),
                                             index.text ? dialect.sortableText(column) : column);
    }
    return statements;
}

} // namespace

QList<Migrations::Step> Migrations::steps(const SqlDialect &dialect)
{
    const QStringList version1 = schemaVersion1(dialect);
    QList<Step> steps{
        {1,
         QStringLiteral("Partners, contacts, agreements with parties and themes, milestones with their change "
                        "history, events with participants"),
         version1},
        {CheckedValuesVersion, QStringLiteral("CHECK constraints on every coded column; ids never given out again"),
         schemaVersion2(dialect, indexesOf(version1)), !dialect.addsConstraintsInPlace(), true, true},
        {SearchIndexVersion,
         QStringLiteral("Full-text search indexes of partners, contacts, events, agreements and milestones, kept "
                        "in step by triggers"),
         TextSearch::schemaStatements(dialect), false, true},
        {TrashVersion,
         QStringLiteral("The trash: deleted records with everything that went with them, until restored or emptied"),
         TrashRepository::schemaStatements(dialect), false, true},
        {HistoryVersion,
         QStringLiteral("History of every change of partners, contacts, agreements, milestones and events"),
         HistoryLog::schemaStatements(dialect), false, true},
        {ListIndexVersion, QStringLiteral("Indexes for the overdue milestones' counts and the timeline's lanes"),
         listIndexes(dialect), false, true},
        {FoldedSearchVersion,
         QStringLiteral("Search indexes of a server's portfolio: words and text inside words, ignoring case and "
                        "accents (nothing on a file, which has had them since version 3)"),
         TextSearch::foldedTextStatements(dialect), false, true},
        {ChangeAuthorVersion,
         QStringLiteral("Who made each change of a milestone's due date or status"),
         {QStringLiteral("ALTER TABLE milestone_change ADD COLUMN author TEXT NOT NULL DEFAULT ''")},
         false,
         true},
        {KeptColumnsVersion,
         QStringLiteral("Columns the schema keeps for sorting: agreements per partner, milestones per agreement, "
                        "the names of an agreement's parties and themes and of an event's partners"),
         KeptColumns::schemaStatements(dialect), false, true},
        {DeferrableReferencesVersion,
         QStringLiteral("References a transaction may check at its commit (on a server; nothing on a file)"),
         dialect.makeReferencesDeferrable().isEmpty() ? QStringList() : QStringList{dialect.makeReferencesDeferrable()},
         false, true},
        {SearchWordsByPatternVersion,
         QStringLiteral("A server splits its search text into the same words faster (nothing on a file)"),
         dialect.searchWordsByPatternStatements(), false, true},
        {ListOrderIndexVersion,
         QStringLiteral("A server's indexes of the lists' sort keys in the lists' order (nothing on a file)"),
         listOrderIndexes(dialect), false, true},
    };
    for (Step &step : steps)
        step.statements << dialect.supportStatements(step.statements);
    return steps;
}

bool Migrations::readsAsCurrent(int version)
{
    if (version < 1)
        return false;
    for (const Step &step : steps(SqlDialect::sqlite()))
        if (step.toVersion > version && !step.olderFilesRead)
            return false;
    return true;
}

bool Migrations::refusesValuesAfter(int version)
{
    for (const Step &step : steps(SqlDialect::sqlite()))
        if (step.toVersion > version && step.refusesValues)
            return true;
    return false;
}

Result<void> Migrations::run(Database &db, const QList<Step> &steps, const Progress &progress)
{
    const int from = db.schemaVersion();
    QList<Step> pending;
    for (const Step &step : steps)
        if (step.toVersion > from)
            pending << step;
    if (pending.isEmpty())
        return {};
    // All pending steps in one transaction: a file is at its old version or at the new one, never
    // between (a process killed after step 2 of 3 must not leave a version no release wrote).
    // A table rebuild suspends the reference checks before the transaction (SQLite ignores the switch
    // inside one) and checks every reference itself before the commit.
    const bool rebuilds = std::any_of(pending.cbegin(), pending.cend(), [](const Step &s) { return s.rebuildsTables; });
    if (rebuilds && !db.dialect().suspendReferenceChecks().isEmpty())
        if (auto r = exec(db, db.dialect().suspendReferenceChecks()); !r)
            return r;
    int failedAt = 0;
    int total = 0;
    for (const Step &step : pending)
        total += int(step.statements.size());
    int statementsDone = 0;
    if (progress)
        progress(0, total);
    const Result<void> done = db.write([&]() -> Result<void> {
        for (const Step &step : pending) {
            failedAt = step.toVersion;
            for (const QString &statement : step.statements) {
                if (auto r = exec(db, statement); !r)
                    return r;
                if (progress)
                    progress(++statementsDone, total);
            }
            if (step.rebuildsTables)
                if (auto r = foreignKeysHold(db); !r)
                    return r;
        }
        for (const QString &statement :
             db.dialect().schemaVersionStatements(pending.constLast().toVersion, Database::ApplicationId))
            if (auto r = exec(db, statement); !r)
                return r;
        return {};
    });
    if (rebuilds && !db.dialect().resumeReferenceChecks().isEmpty())
        if (auto r = exec(db, db.dialect().resumeReferenceChecks()); !r)
            return r;
    if (!done)
        return StoreError{done.error().kind, QCoreApplication::translate("Migrations", "Could not upgrade the "
                                                                                       "portfolio to version %1: %2")
                                                 .arg(failedAt)
                                                 .arg(done.error().message)};
    return {};
}
