// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgresdialect.h"

#include "store/database.h"
#include "store/portfoliocopy.h"

#include "store/serveraddress.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlResult>
#include <QVariant>

namespace {

StoreError errorOf(const QSqlQuery &query)
{
    return SqlDialect::postgres().classify(query.lastError());
}

// ASCII letters folded, compared by code point: SQLite's NOCASE.
QString folded(const QString &expression)
{
    return QStringLiteral("lower(%1 COLLATE \"C\")").arg(expression);
}

// The tables and indexes the statements leave behind, by name, with their kind ("table", "index").
QMap<QString, QString> objectsMadeBy(const QStringList &statements)
{
    static const QRegularExpression createTable(QStringLiteral("^CREATE TABLE (\\w+)"));
    static const QRegularExpression createIndex(QStringLiteral("^CREATE (?:UNIQUE )?INDEX (\\w+) ON (\\w+)"));
    static const QRegularExpression dropTable(QStringLiteral("^DROP TABLE (\\w+)"));
    static const QRegularExpression dropIndex(QStringLiteral("^DROP INDEX (\\w+)"));
    static const QRegularExpression rename(QStringLiteral("^ALTER TABLE (\\w+) RENAME TO (\\w+)"));
    QMap<QString, QString> objects;
    QHash<QString, QString> tableOfIndex;
    for (const QString &statement : statements) {
        if (const auto m = createTable.match(statement); m.hasMatch()) {
            objects.insert(m.captured(1), QStringLiteral("table"));
        } else if (const auto m = createIndex.match(statement); m.hasMatch()) {
            objects.insert(m.captured(1), QStringLiteral("index"));
            tableOfIndex.insert(m.captured(1), m.captured(2));
        } else if (const auto m = dropTable.match(statement); m.hasMatch()) {
            objects.remove(m.captured(1));
            for (auto it = tableOfIndex.cbegin(); it != tableOfIndex.cend(); ++it)
                if (it.value() == m.captured(1))
                    objects.remove(it.key());
        } else if (const auto m = dropIndex.match(statement); m.hasMatch()) {
            objects.remove(m.captured(1));
        } else if (const auto m = rename.match(statement); m.hasMatch()) {
            objects.remove(m.captured(1));
            objects.insert(m.captured(2), QStringLiteral("table"));
            for (auto it = tableOfIndex.begin(); it != tableOfIndex.end(); ++it)
                if (it.value() == m.captured(1))
                    it.value() = m.captured(2);
        }
    }
    objects.insert(QStringLiteral("pactline_meta"), QStringLiteral("table"));
    return objects;
}

} // namespace

int PostgresDialect::engine() const
{
    return QSqlDriver::PostgreSQL;
}

QString PostgresDialect::driverName() const
{
    return QStringLiteral("QPSQL");
}

void PostgresDialect::configure(QSqlDatabase &connection, const QString &location, bool) const
{
    const Result<ServerAddress> address = ServerAddress::parse(location);
    if (!address)
        return; // opening then fails, saying that no database was named
    connection.setHostName(address->host);
    connection.setPort(address->port);
    connection.setDatabaseName(address->database);
    connection.setUserName(address->user);
    connection.setConnectOptions(address->connectOptions());
}

QStringList PostgresDialect::sessionSettings(bool readOnly) const
{
    // A write that waits for another's lock gives up after five seconds (a Busy error) rather than
    // hanging the window; a reading session's transactions are all read-only, on the server's word.
    QStringList settings{QStringLiteral("SET client_min_messages = warning"),
                         QStringLiteral("SET lock_timeout = '5s'")};
    if (readOnly)
        settings << QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    return settings;
}

QString PostgresDialect::schemaVersionQuery() const
{
    return QStringLiteral("SELECT version FROM pactline_meta");
}

QStringList PostgresDialect::schemaVersionStatements(int version, qint32 applicationId) const
{
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS pactline_meta (application_id INTEGER NOT NULL, "
                           "version INTEGER NOT NULL)"),
            QStringLiteral("DELETE FROM pactline_meta"),
            QStringLiteral("INSERT INTO pactline_meta (application_id, version) VALUES (%1, %2)")
                .arg(applicationId)
                .arg(version)};
}

QStringList PostgresDialect::schemaDifferences(const QSqlDatabase &connection, const QStringList &statements) const
{
    // The server keeps no statement text to compare: its tables, views and indexes are compared by
    // name with those the statements make (the indexes of primary keys and UNIQUE constraints aside).
    const QMap<QString, QString> expected = objectsMadeBy(statements);
    QMap<QString, QString> actual;
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral(
            "SELECT c.relname, CASE WHEN c.relkind = 'i' THEN 'index' WHEN c.relkind IN ('v', 'm') THEN 'view' "
            "ELSE 'table' END FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'i', 'f') "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid AND k.contype IN ('p', 'u'))")))
        return {errorOf(query).message};
    while (query.next())
        actual.insert(query.value(0).toString(), query.value(1).toString());
    QStringList problems;
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        const auto found = expected.constFind(it.key());
        if (found == expected.cend())
            problems << QCoreApplication::translate("SchemaCheck", "unexpected %1 “%2”").arg(it.value(), it.key());
        else if (found.value() != it.value())
            problems << QCoreApplication::translate("SchemaCheck", "%1 “%2” differs from Pactline's")
                            .arg(it.value(), it.key());
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (!actual.contains(it.key()))
            problems << QCoreApplication::translate("SchemaCheck", "missing %1 “%2”").arg(it.value(), it.key());
    return problems;
}

bool PostgresDialect::hasTable(const QSqlDatabase &connection, const QString &table) const
{
    QSqlQuery query(connection);
    query.prepare(
        QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = ?"));
    query.addBindValue(table);
    return query.exec() && query.next() && query.value(0).toInt() > 0;
}

bool PostgresDialect::readsForwardOnly() const
{
    return false;
}

QString PostgresDialect::beginWrite() const
{
    // Rows are written under optimistic versions (UPDATE … WHERE version = ?), which READ COMMITTED
    // checks against the row as committed: there is no database-wide write lock to take.
    return QStringLiteral("BEGIN");
}

QString PostgresDialect::idColumnType() const
{
    return QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
}

QString PostgresDialect::increasingIdColumnType() const
{
    return idColumnType(); // a sequence never gives a number out again
}

QStringList PostgresDialect::supportStatements(const QStringList &statements) const
{
    static const QRegularExpression createTable(QStringLiteral("^CREATE TABLE (\\w+) \\(id "));
    QStringList tables;
    for (const QString &statement : statements)
        if (const auto m = createTable.match(statement); m.hasMatch())
            tables << m.captured(1);
    if (tables.isEmpty())
        return {};
    // A row given its id (a restore from the trash, a copy) moves the sequence past it, so that the
    // next row the server numbers does not take an id in use.
    QStringList support{QStringLiteral(
        "CREATE OR REPLACE FUNCTION pactline_keep_ids_ahead() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "DECLARE ids regclass := pg_get_serial_sequence(quote_ident(TG_TABLE_SCHEMA) || '.' || "
        "quote_ident(TG_TABLE_NAME), 'id')::regclass; "
        "BEGIN IF NEW.id > coalesce(pg_sequence_last_value(ids), 0) THEN PERFORM setval(ids, NEW.id); END IF; "
        "RETURN NULL; END $$")};
    for (const QString &table : tables)
        support << QStringLiteral("CREATE TRIGGER %1_ids_ahead AFTER INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION "
                                  "pactline_keep_ids_ahead()")
                       .arg(table);
    return support;
}

bool PostgresDialect::addsConstraintsInPlace() const
{
    return true;
}

qint64 PostgresDialect::insertedId(const QSqlQuery &query) const
{
    // The sequence value this session drew last, asked on the query's own connection.
    QSqlQuery last(query.driver()->createResult());
    if (!last.exec(QStringLiteral("SELECT lastval()")) || !last.next())
        return 0;
    return last.value(0).toLongLong();
}

QString PostgresDialect::containsCondition(const QString &column, const QString &placeholder) const
{
    return column + QStringLiteral(" ILIKE ") + placeholder + QStringLiteral(" ESCAPE '\\'");
}

QString PostgresDialect::equalsIgnoringCase(const QString &column, const QString &placeholder) const
{
    return folded(column) + QStringLiteral(" = ") + comparableTextValue(placeholder);
}

QString PostgresDialect::caseInsensitiveCollation() const
{
    // Columns and their UNIQUE constraints compare by code point; folding is in the expressions
    // (caseInsensitiveIndexKey(), uniqueIgnoringCase()).
    return QStringLiteral("COLLATE \"C\"");
}

QString PostgresDialect::caseInsensitiveIndexKey(const QString &column) const
{
    return folded(column);
}

QStringList PostgresDialect::uniqueIgnoringCase(const QString &table, const QString &column) const
{
    return {QStringLiteral("CREATE UNIQUE INDEX %1_%2_folded ON %1 (%3)").arg(table, column, folded(column))};
}

QString PostgresDialect::sortableText(const QString &column) const
{
    return folded(column);
}

QString PostgresDialect::comparableText(const QString &column) const
{
    return folded(column);
}

QString PostgresDialect::comparableTextValue(const QString &placeholder) const
{
    return folded(QStringLiteral("CAST(%1 AS TEXT)").arg(placeholder));
}

QString PostgresDialect::caseKey(const QString &text) const
{
    return SqlDialect::sqlite().caseKey(text); // the same folding: ASCII letters only
}

QString PostgresDialect::matchesPattern(const QString &column, const QStringList &, const QString &regex) const
{
    QString quoted = regex;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return column + QStringLiteral(" ~ '") + quoted + QLatin1Char('\'');
}

QString PostgresDialect::ordering(const QString &expression, bool ascending) const
{
    // PostgreSQL sorts NULLs last in ascending order: say where they go, as SQLite has them.
    return expression + (ascending ? QStringLiteral(" ASC NULLS FIRST") : QStringLiteral(" DESC NULLS LAST"));
}

QString PostgresDialect::orderedJoin() const
{
    return QStringLiteral("JOIN"); // the planner chooses; PostgreSQL has no CROSS JOIN … ON
}

QStringList PostgresDialect::trigger(const QString &name, const QString &event, const QString &table,
                                     const QString &body) const
{
    // A trigger runs a function: one of the same name, which does nothing else.
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN %2 "
                       "RETURN NULL; END $$")
            .arg(name, body),
        QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %1()").arg(name, event, table)};
}

QString PostgresDialect::joinedTexts(const QString &expression, const QString &from, const QString &orderBy) const
{
    return QStringLiteral("(SELECT string_agg(%1, ', ' ORDER BY %3) FROM %2)").arg(expression, from, orderBy);
}

QString PostgresDialect::inIdList(const QString &column, const QString &placeholder) const
{
    return column + QStringLiteral(" = ANY(CAST(") + placeholder + QStringLiteral(" AS BIGINT[]))");
}

QString PostgresDialect::idListValue(const QList<qint64> &ids) const
{
    QByteArray list = "{";
    for (qint64 id : ids) {
        if (list.size() > 1)
            list += ',';
        list += QByteArray::number(id);
    }
    list += '}';
    return QString::fromLatin1(list);
}

bool PostgresDialect::bulkInsertsChooseIds() const
{
    return false; // others write beside us: the sequence gives the ids
}

Result<void> PostgresDialect::inBulkSession(const QSqlDatabase &, const std::function<Result<void>()> &work) const
{
    return work();
}

bool PostgresDialect::hasFullTextIndexes() const
{
    return false;
}

QString PostgresDialect::beginSnapshotRead() const
{
    return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
}

Result<qint64> PostgresDialect::lastIssuedId(const QSqlDatabase &connection, const QString &table) const
{
    // NULL until the sequence gave out its first id.
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT COALESCE(pg_sequence_last_value(CAST(pg_get_serial_sequence(?, 'id') AS "
                                 "regclass)), 0)"));
    query.addBindValue(table);
    if (!query.exec() || !query.next())
        return classify(query.lastError());
    return query.value(0).toLongLong();
}

Result<void> PostgresDialect::continueIdsAfter(const QSqlDatabase &connection, const QString &table,
                                               qint64 lastId) const
{
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT GREATEST(?, COALESCE(MAX(id), 0)) FROM %1").arg(table));
    query.addBindValue(lastId);
    if (!query.exec() || !query.next())
        return classify(query.lastError());
    const qint64 last = query.value(0).toLongLong();
    if (last <= 0)
        return {}; // nothing given out yet: the sequence starts at 1
    query.prepare(QStringLiteral("SELECT setval(CAST(pg_get_serial_sequence(?, 'id') AS regclass), ?)"));
    query.addBindValue(table);
    query.addBindValue(last);
    if (!query.exec())
        return classify(query.lastError());
    return {};
}

QString PostgresDialect::deferReferenceChecks() const
{
    return QStringLiteral("SET CONSTRAINTS ALL DEFERRED");
}

Result<void> PostgresDialect::backup(const Database &db, const QString &targetPath) const
{
    // A file of the portfolio as it is at one moment, row for row (what pactline copy writes).
    const Result<PortfolioCopy::Outcome> copied = PortfolioCopy::copy(db.path(), targetPath);
    if (!copied)
        return copied.error();
    return {};
}

Result<QStringList> PostgresDialect::integrityProblems(const QSqlDatabase &) const
{
    // The server keeps its storage whole itself (its write-ahead log, page checksums): a client has
    // nothing to check there. The content checks (references, values) run as on a file.
    return QStringList();
}

Result<QList<SqlDialect::BrokenReference>> PostgresDialect::brokenReferences(const QSqlDatabase &connection,
                                                                             const QString &table) const
{
    // Every single-column reference of the schema's tables (or of one), then the rows it does not find.
    QSqlQuery keys(connection);
    keys.prepare(QStringLiteral(
        "SELECT c.relname, a.attname, r.relname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
        "JOIN pg_class r ON r.oid = k.confrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1] "
        "WHERE k.contype = 'f' AND n.nspname = current_schema() AND cardinality(k.conkey) = 1 "
        "AND (? = '' OR c.relname = ?) ORDER BY c.relname, a.attname"));
    keys.addBindValue(table);
    keys.addBindValue(table);
    if (!keys.exec())
        return errorOf(keys);
    QList<BrokenReference> found;
    QList<BrokenReference> references;
    while (keys.next())
        references.append({keys.value(0).toString(), 0, keys.value(1).toString(), keys.value(2).toString()});
    for (const BrokenReference &reference : references) {
        QSqlQuery broken(connection);
        if (!broken.exec(QStringLiteral("SELECT t.id FROM %1 t WHERE t.%2 IS NOT NULL AND NOT EXISTS "
                                        "(SELECT 1 FROM %3 r WHERE r.id = t.%2) ORDER BY t.id")
                             .arg(reference.table, reference.column, reference.referencedTable)))
            return errorOf(broken);
        while (broken.next())
            found.append({reference.table, broken.value(0).toLongLong(), reference.column, reference.referencedTable});
    }
    return found;
}

Result<SqlDialect::ColumnFacts> PostgresDialect::columnFacts(const QSqlDatabase &connection, const QString &table,
                                                             const QString &column) const
{
    QSqlQuery query(connection);
    query.prepare(QStringLiteral(
        "SELECT NOT a.attnotnull, EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = c.oid AND "
        "k.contype = 'f' AND a.attnum = ANY(k.conkey)) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relname = ? "
        "AND a.attname = ?"));
    query.addBindValue(table);
    query.addBindValue(column);
    if (!query.exec())
        return errorOf(query);
    ColumnFacts facts;
    if (query.next()) {
        facts.nullable = query.value(0).toBool();
        facts.reference = query.value(1).toBool();
    }
    return facts;
}

QString PostgresDialect::suspendValueChecks() const
{
    return {}; // PostgreSQL has no switch for its CHECK constraints
}

QString PostgresDialect::resumeValueChecks() const
{
    return {};
}

QString PostgresDialect::suspendReferenceChecks() const
{
    return {}; // no table is rebuilt (addsConstraintsInPlace())
}

QString PostgresDialect::resumeReferenceChecks() const
{
    return {};
}

Result<bool> PostgresDialect::holdsFreedData(const QSqlDatabase &) const
{
    // Deleted rows stay in the tables' storage as dead row versions until a vacuum rewrites it.
    return true;
}

QString PostgresDialect::rewriteStorage() const
{
    return QStringLiteral("VACUUM FULL");
}

Result<bool> PostgresDialect::emptyLog(const QSqlDatabase &) const
{
    return true; // the server recycles its write-ahead log itself
}

qint64 PostgresDialect::changeCounter(const QSqlDatabase &) const
{
    return -1; // another session's commits are not counted here (notifications tell of them)
}

namespace {

QString quotedName(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString quotedText(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

} // namespace

QString PostgresDialect::editorRole(const QString &database)
{
    return database + QStringLiteral("_editor");
}

QString PostgresDialect::readerRole(const QString &database)
{
    return database + QStringLiteral("_reader");
}

QStringList PostgresDialect::accessStatements(const QString &database) const
{
    const QString editor = quotedName(editorRole(database));
    const QString reader = quotedName(readerRole(database));
    QStringList statements;
    for (const QString &role : {editorRole(database), readerRole(database)})
        statements << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = %1) THEN "
                                     "CREATE ROLE %2 NOLOGIN; END IF; END $$")
                          .arg(quotedText(role), quotedName(role));
    statements
        << QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2, %3").arg(quotedName(database), editor, reader)
        << QStringLiteral("GRANT USAGE ON SCHEMA public TO %1, %2").arg(editor, reader)
        << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(reader)
        << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(editor)
        // UPDATE: a row written with its own id (a restore, an import) moves the sequence on.
        << QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(editor)
        << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %1").arg(reader)
        << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON "
                          "TABLES TO %1")
               .arg(editor)
        << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES "
                          "TO %1")
               .arg(editor);
    return statements;
}

Result<bool> PostgresDialect::mayEdit(const QSqlDatabase &connection) const
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT has_table_privilege(current_user, 'agreement', 'UPDATE')")) || !query.next())
        return classify(query.lastError());
    return query.value(0).toBool();
}

QString PostgresDialect::changeChannel() const
{
    return QStringLiteral("pactline_changes");
}

QString PostgresDialect::changeNotice(const QStringList &tables) const
{
    // NOTIFY goes out when the transaction commits, and not at all when it rolls back; the payload
    // names the changed tables (table names are Pactline's own: no quoting needed).
    return QStringLiteral("NOTIFY %1, '%2'").arg(changeChannel(), tables.join(QLatin1Char(',')));
}

StoreError PostgresDialect::classify(const QSqlError &error) const
{
    // QPSQL gives the SQLSTATE as the native code.
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText().trimmed();
    const QString family = code.left(2);
    if (code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("55P03"))
        return {StoreError::Kind::Busy,
                QCoreApplication::translate("Database",
                                            "The portfolio is being changed by someone else; try again in a moment.")};
    if (code == QLatin1String("25006") || code == QLatin1String("42501"))
        return {
            StoreError::Kind::ReadOnly,
            QCoreApplication::translate("Database", "The server does not let you change the portfolio: %1").arg(text)};
    if (code == QLatin1String("53100"))
        return {StoreError::Kind::DiskFull,
                QCoreApplication::translate("Database", "The server has no space left on its disk: %1").arg(text)};
    if (code == QLatin1String("XX001") || code == QLatin1String("XX002"))
        return {StoreError::Kind::Corrupt,
                QCoreApplication::translate("Database", "The server's copy of the portfolio is damaged: %1").arg(text)};
    if (family == QLatin1String("08") || family == QLatin1String("57"))
        return {StoreError::Kind::Unreadable,
                QCoreApplication::translate("Database", "The connection to the server was lost: %1").arg(text)};
    if (family == QLatin1String("23"))
        return {StoreError::Kind::Invalid, text};
    return {StoreError::Kind::Sql, text};
}
