// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlitedialect.h"

#include "store/backupwriter.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace {

struct SchemaObject
{
    QString type;
    QString table;
    QString sql;
};
using Schema = QMap<QString, SchemaObject>; // by name

Schema readSchema(const QSqlDatabase &connection)
{
    Schema schema;
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master")))
        return schema;
    while (query.next()) {
        const QString name = query.value(1).toString();
        if (name.startsWith(QLatin1String("sqlite_stat")) || name == QLatin1String("sqlite_sequence"))
            continue; // made by ANALYZE / AUTOINCREMENT, harmless
        schema.insert(name, {query.value(0).toString(), query.value(2).toString(), query.value(3).toString()});
    }
    return schema;
}

// The schema the statements make in an empty in-memory database, as SQLite writes it down. Built
// once per process for each list of statements: every open of a portfolio, on whichever thread
// (the window's, the status counts', the timeline lanes'), checks against it.
Schema schemaOf(const QStringList &statements)
{
    const QString key = statements.join(QChar(0));
    static QMutex mutex;
    static QHash<QString, Schema> built;
    {
        const QMutexLocker lock(&mutex);
        if (const auto found = built.constFind(key); found != built.cend())
            return *found;
    }
    static QAtomicInt counter;
    const QString name = QStringLiteral("pactline-expected-%1").arg(counter.fetchAndAddRelaxed(1));
    Schema schema;
    bool opened = false;
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        opened = memory.open();
        if (opened) {
            QSqlQuery query(memory);
            for (const QString &statement : statements)
                query.exec(statement);
            schema = readSchema(memory);
        }
        memory.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (opened) {
        const QMutexLocker lock(&mutex);
        built.insert(key, schema);
    }
    return schema;
}

// The value of a PRAGMA that answers with one number (or -1).
qint64 pragmaNumber(const QSqlDatabase &connection, const QString &pragma)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

StoreError errorOf(const QSqlQuery &query)
{
    return SqlDialect::sqlite().classify(query.lastError());
}

} // namespace

SqlDialect::Words SqliteDialect::words()
{
    Words words;
    words.engine = QSqlDriver::SQLite;
    words.driverName = QStringLiteral("QSQLITE");
    words.schemaVersionQuery = QStringLiteral("PRAGMA user_version");
    words.readsForwardOnly = true;
    words.beginWrite = QStringLiteral("BEGIN IMMEDIATE");
    words.idColumnType = QStringLiteral("INTEGER PRIMARY KEY");
    words.increasingIdColumnType = QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    // SQLite adds no CHECK constraint to a table: the table is made again with them.
    words.addsConstraintsInPlace = false;
    words.caseInsensitiveCollation = QStringLiteral("COLLATE NOCASE");
    words.orderedJoin = QStringLiteral("CROSS JOIN");
    words.bulkInsertsChooseIds = true;
    words.hasFullTextIndexes = true;
    // A deferred transaction: its first read takes the snapshot (of the file and its write-ahead log)
    // that every later read sees.
    words.beginSnapshotRead = QStringLiteral("BEGIN");
    // Until the transaction ends (SQLite turns it off again at the commit or rollback).
    words.deferReferenceChecks = QStringLiteral("PRAGMA defer_foreign_keys = ON");
    words.suspendValueChecks = QStringLiteral("PRAGMA ignore_check_constraints = ON");
    words.resumeValueChecks = QStringLiteral("PRAGMA ignore_check_constraints = OFF");
    // A no-op inside a transaction: run before the migration's transaction begins.
    words.suspendReferenceChecks = QStringLiteral("PRAGMA foreign_keys = OFF");
    words.resumeReferenceChecks = QStringLiteral("PRAGMA foreign_keys = ON");
    words.idListBrackets = QStringLiteral("[]");
    words.rewriteStorage = QStringLiteral("VACUUM");
    return words;
}

SqliteDialect::SqliteDialect()
    : SqlDialect(words())
{}

void SqliteDialect::configure(QSqlDatabase &connection, const QString &location, bool readOnly) const
{
    connection.setDatabaseName(location);
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")};
    if (readOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    // Without a write-ahead log there is nothing but the file to read: opened as immutable,
    // SQLite leaves no -wal/-shm files behind, so reading changes nothing on disk.
    if (readOnly && QFileInfo::exists(location) && !QFileInfo::exists(location + QStringLiteral("-wal"))) {
        QUrl url = QUrl::fromLocalFile(QFileInfo(location).absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        connection.setDatabaseName(url.toString(QUrl::FullyEncoded));
        options << QStringLiteral("QSQLITE_OPEN_URI");
    }
    connection.setConnectOptions(options.join(QLatin1Char(';')));
}

QStringList SqliteDialect::sessionSettings(bool readOnly) const
{
    // An 8 MiB page cache (SQLite's default is 2 MiB) keeps the indexes and rows a window is
    // browsing at hand on big portfolios (32 MiB per connection kept 128 MiB resident after
    // scrolling through 100,000 agreements, and was no faster: pactline-bench tables).
    // The schema is trusted only where it must be: the triggers that keep the search indexes in
    // step write FTS5 tables, which SQLite allows only in a trusted schema (FTS5 is not marked
    // innocuous). A connection that writes is made only after the schema was found to be exactly
    // Pactline's (or created by it); reading connections distrust it. What a write frees is zeroed
    // (secure_delete), so that deleted or erased data leaves the file.
    QStringList pragmas{readOnly ? QStringLiteral("PRAGMA trusted_schema = OFF")
                                 : QStringLiteral("PRAGMA trusted_schema = ON"),
                        QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA cache_size = -8192")};
    if (!readOnly)
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL")
                << QStringLiteral("PRAGMA secure_delete = ON");
    else
        pragmas << QStringLiteral("PRAGMA query_only = ON");
    return pragmas;
}

QStringList SqliteDialect::schemaVersionStatements(int version, qint32 applicationId) const
{
    return {QStringLiteral("PRAGMA user_version = %1").arg(version),
            QStringLiteral("PRAGMA application_id = %1").arg(applicationId)};
}

QStringList SqliteDialect::schemaDifferences(const QSqlDatabase &connection, const QStringList &statements) const
{
    const Schema actual = readSchema(connection);
    const Schema expected = schemaOf(statements);
    QStringList problems;
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        const auto found = expected.constFind(it.key());
        if (found == expected.cend())
            problems << QCoreApplication::translate("SchemaCheck", "unexpected %1 “%2”").arg(it->type, it.key());
        else if (found->type != it->type || found->table != it->table || found->sql != it->sql)
            problems << QCoreApplication::translate("SchemaCheck", "%1 “%2” differs from Pactline's")
                            .arg(it->type, it.key());
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (!actual.contains(it.key()))
            problems << QCoreApplication::translate("SchemaCheck", "missing %1 “%2”").arg(it->type, it.key());
    return problems;
}

bool SqliteDialect::hasTable(const QSqlDatabase &connection, const QString &table) const
{
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(table);
    return query.exec() && query.next() && query.value(0).toInt() > 0;
}

QStringList SqliteDialect::supportStatements(const QStringList &) const
{
    return {};
}

qint64 SqliteDialect::insertedId(const QSqlQuery &query) const
{
    return query.lastInsertId().toLongLong();
}

QString SqliteDialect::containsCondition(const QString &column, const QString &placeholder) const
{
    return column + QStringLiteral(" LIKE ") + placeholder + QStringLiteral(" ESCAPE '\\'");
}

QString SqliteDialect::equalsIgnoringCase(const QString &column, const QString &placeholder) const
{
    return column + QStringLiteral(" = ") + placeholder + QLatin1Char(' ') + caseInsensitiveCollation();
}

QString SqliteDialect::caseInsensitiveIndexKey(const QString &column) const
{
    return column + QLatin1Char(' ') + caseInsensitiveCollation();
}

QStringList SqliteDialect::uniqueIgnoringCase(const QString &, const QString &) const
{
    return {}; // a UNIQUE column with NOCASE is unique ignoring case
}

QString SqliteDialect::sortableText(const QString &column) const
{
    return column + QLatin1Char(' ') + caseInsensitiveCollation();
}

QString SqliteDialect::comparableText(const QString &column) const
{
    return column;
}

QString SqliteDialect::comparableTextValue(const QString &placeholder) const
{
    // The collation goes on the value: "(title, id) > (? COLLATE NOCASE, ?)" uses the index on title.
    return placeholder + QLatin1Char(' ') + caseInsensitiveCollation();
}

QString SqliteDialect::caseKey(const QString &text) const
{
    // NOCASE folds ASCII letters only.
    QString key = text;
    for (QChar &c : key)
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + 32);
    return key;
}

QString SqliteDialect::matchesPattern(const QString &column, const QStringList &globs, const QString &) const
{
    QStringList alternatives;
    for (const QString &glob : globs) {
        QString quoted = glob;
        quoted.replace(QLatin1Char('\''), QLatin1String("''"));
        alternatives << column + QStringLiteral(" GLOB '") + quoted + QLatin1Char('\'');
    }
    return alternatives.size() == 1 ? alternatives.constFirst()
                                    : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QString SqliteDialect::ordering(const QString &expression, bool ascending) const
{
    // SQLite sorts NULLs first in ascending order, last in descending.
    return expression + (ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
}

QStringList SqliteDialect::trigger(const QString &name, const QString &event, const QString &table,
                                   const QString &body) const
{
    return {QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 BEGIN %4 END").arg(name, event, table, body)};
}

QString SqliteDialect::joinedTexts(const QString &expression, const QString &from, const QString &orderBy) const
{
    // group_concat() takes the rows in the order the subquery gives them (SQLite 3.44 has ORDER BY in
    // the aggregate itself, which older releases lack).
    return QStringLiteral("(SELECT group_concat(joined, ', ') FROM (SELECT %1 AS joined FROM %2 ORDER BY %3))")
        .arg(expression, from, orderBy);
}

QString SqliteDialect::inIdList(const QString &column, const QString &placeholder) const
{
    return column + QStringLiteral(" IN (SELECT value FROM json_each(") + placeholder + QStringLiteral("))");
}

Result<void> SqliteDialect::inBulkSession(const QSqlDatabase &connection,
                                          const std::function<Result<void>()> &work) const
{
    const qint64 tempStore = pragmaNumber(connection, QStringLiteral("temp_store"));
    const qint64 cacheSize = pragmaNumber(connection, QStringLiteral("cache_size"));
    // Statement journals in memory, and room for the indexes' pages so that they are not written to the
    // log and read back again before the commit.
    QSqlQuery pragma(connection);
    pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    const Result<void> done = work();
    pragma.exec(QStringLiteral("PRAGMA temp_store = %1").arg(qMax<qint64>(0, tempStore)));
    pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    return done;
}

Result<void> SqliteDialect::loadIntoEmpty(const QSqlDatabase &connection, const std::function<Result<void>()> &load,
                                          const std::function<bool()> &stillWanted) const
{
    // The indexes, then the triggers, as SQLite keeps their statements (those of the primary keys and
    // UNIQUE constraints have none); then each full-text index filled from its table in one pass.
    QStringList setAside;
    QStringList makeAgain;
    QStringList refill;
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
                                   "AND sql IS NOT NULL ORDER BY type, rowid")))
        return classify(query.lastError());
    while (query.next()) {
        setAside << QStringLiteral("DROP %1 %2").arg(query.value(0).toString().toUpper(), query.value(1).toString());
        makeAgain << query.value(2).toString();
    }
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5(%content=%'")))
        return classify(query.lastError());
    while (query.next())
        refill << QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(query.value(0).toString());
    query.finish();
    if (auto r = execEach(connection, setAside); !r)
        return r;
    if (auto r = load(); !r)
        return r;
    return execEach(connection, makeAgain + refill, stillWanted);
}

Result<void> SqliteDialect::backup(const Database &db, const QString &targetPath) const
{
    return BackupWriter::write(db, targetPath);
}

Result<qint64> SqliteDialect::lastIssuedId(const QSqlDatabase &connection, const QString &table) const
{
    // AUTOINCREMENT keeps the largest id given out in sqlite_sequence; a table without it (or which never
    // had a row) has no line there, and SQLite gives out ids past the largest it holds.
    if (!hasTable(connection, QStringLiteral("sqlite_sequence")))
        return qint64(0);
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?"));
    query.addBindValue(table);
    if (!query.exec())
        return errorOf(query);
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<void> SqliteDialect::continueIdsAfter(const QSqlDatabase &connection, const QString &table, qint64 lastId) const
{
    // Rows written with their ids already moved the table's line up to the largest of them.
    QSqlQuery update(connection);
    update.prepare(QStringLiteral("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?"));
    update.addBindValue(lastId);
    update.addBindValue(table);
    if (!update.exec())
        return errorOf(update);
    if (update.numRowsAffected() > 0 || lastId <= 0)
        return {};
    QSqlQuery insert(connection);
    insert.prepare(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)"));
    insert.addBindValue(table);
    insert.addBindValue(lastId);
    if (!insert.exec())
        return errorOf(insert);
    return {};
}

Result<QStringList> SqliteDialect::integrityProblems(const QSqlDatabase &connection) const
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return errorOf(query);
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

Result<QList<SqlDialect::BrokenReference>> SqliteDialect::brokenReferences(const QSqlDatabase &connection,
                                                                           const QString &table) const
{
    QSqlQuery broken(connection);
    const QString check = table.isEmpty() ? QStringLiteral("PRAGMA foreign_key_check")
                                          : QStringLiteral("PRAGMA foreign_key_check(%1)").arg(table);
    if (!broken.exec(check))
        return errorOf(broken);
    QList<BrokenReference> found;
    QHash<QString, QHash<int, QString>> columnOf; // table -> foreign key id -> column
    while (broken.next()) {
        const QString from = broken.value(0).toString();
        if (!columnOf.contains(from)) {
            QSqlQuery keys(connection);
            if (!keys.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(from)))
                return errorOf(keys);
            QHash<int, QString> &columns = columnOf[from];
            while (keys.next())
                columns.insert(keys.value(0).toInt(), keys.value(3).toString());
        }
        found.append({from, broken.value(1).toLongLong(), columnOf.value(from).value(broken.value(3).toInt()),
                      broken.value(2).toString()});
    }
    return found;
}

Result<SqlDialect::ColumnFacts> SqliteDialect::columnFacts(const QSqlDatabase &connection, const QString &table,
                                                           const QString &column) const
{
    ColumnFacts facts;
    QSqlQuery info(connection);
    if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return errorOf(info);
    while (info.next())
        if (info.value(1).toString() == column)
            facts.nullable = info.value(3).toInt() == 0;
    QSqlQuery keys(connection);
    if (!keys.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table)))
        return errorOf(keys);
    while (keys.next())
        if (keys.value(3).toString() == column)
            facts.reference = true;
    return facts;
}

Result<bool> SqliteDialect::holdsFreedData(const QSqlDatabase &connection) const
{
    // Pages freed before secure_delete was on (by an earlier release) may still hold old values.
    QSqlQuery free(connection);
    if (!free.exec(QStringLiteral("PRAGMA freelist_count")) || !free.next())
        return errorOf(free);
    return free.value(0).toLongLong() > 0;
}

Result<bool> SqliteDialect::emptyLog(const QSqlDatabase &connection) const
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return errorOf(query);
    return query.next() && query.value(0).toInt() == 0;
}

qint64 SqliteDialect::changeCounter(const QSqlDatabase &connection) const
{
    return pragmaNumber(connection, QStringLiteral("data_version"));
}

StoreError SqliteDialect::classify(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (code == QLatin1String("5") || code == QLatin1String("6"))
        return {StoreError::Kind::Busy,
                QCoreApplication::translate("Database",
                                            "The portfolio is locked by another program; try again in a moment.")};
    if (code == QLatin1String("8"))
        return {StoreError::Kind::ReadOnly,
                QCoreApplication::translate("Database", "The portfolio file cannot be written: %1").arg(text)};
    if (code == QLatin1String("11") || code == QLatin1String("26"))
        return {StoreError::Kind::Corrupt,
                QCoreApplication::translate("Database", "The portfolio file is damaged: %1").arg(text)};
    if (code.toInt() % 256 == 13)
        return {StoreError::Kind::DiskFull,
                QCoreApplication::translate("Database", "There is no space left on the disk: %1").arg(text)};
    if (code.toInt() == 19 || code.toInt() % 256 == 19)
        return {StoreError::Kind::Invalid, text};
    return {StoreError::Kind::Sql, text};
}
