// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"

#include "domain/osuser.h"
#include "store/contentcheck.h"
#include "store/diskspace.h"
#include "store/fileheader.h"
#include "store/migrations.h"
#include "store/networkdrive.h"
#include "store/schemacheck.h"
#include "store/serveraddress.h"
#include "store/serverpasswords.h"
#include "store/textsearch.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("pactline-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The portfolio files this process has open through SQLite. Opening and closing such a file again
// around SQLite (to read its header) would drop SQLite's locks on it, since closing a file releases
// every POSIX lock the process holds on it: another program could then checkpoint and delete the
// write-ahead log under us. A file open here was checked when it was opened and is not read again.
class OpenFiles
{
public:
    static OpenFiles &instance()
    {
        static OpenFiles files;
        return files;
    }
    static QString key(const QString &path)
    {
        const QFileInfo info(path);
        const QString canonical = info.canonicalFilePath();
        return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
    }
    void add(const QString &key)
    {
        const QMutexLocker locker(&m_mutex);
        ++m_count[key];
    }
    void remove(const QString &key)
    {
        const QMutexLocker locker(&m_mutex);
        if (--m_count[key] <= 0)
            m_count.remove(key);
    }
    bool contains(const QString &key)
    {
        const QMutexLocker locker(&m_mutex);
        return m_count.contains(key);
    }

private:
    QMutex m_mutex;
    QHash<QString, int> m_count;
};

} // namespace

// Builds Database objects; a friend so that the constructor can stay private.
class DatabaseOpener
{
public:
    static std::unique_ptr<Database> make(const QString &path, Database::Mode mode)
    {
        const SqlDialect &dialect =
            ServerAddress::isServerAddress(path) ? SqlDialect::postgres() : SqlDialect::sqlite();
        return std::unique_ptr<Database>(new Database(path, mode, dialect));
    }

    static Result<void> connect(Database &db, bool readOnly, bool mustExist)
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(db.dialect().driverName(), db.m_connectionName);
        db.dialect().configure(connection, db.m_path, readOnly);
        if (mustExist && !QFileInfo::exists(db.m_path))
            return StoreError{StoreError::Kind::NotFound,
                              QCoreApplication::translate("Database", "“%1” does not exist.").arg(db.m_path)};
        if (!connection.open())
            return StoreError{StoreError::Kind::Unreadable,
                              QCoreApplication::translate("Database", "Could not open “%1”: %2")
                                  .arg(db.m_path, connection.lastError().text())};
        db.m_openFileKey = OpenFiles::key(db.m_path);
        OpenFiles::instance().add(db.m_openFileKey);
        return DiskSpace::explain(db.applySessionSettings(), db.m_path);
    }

    // Makes the portfolio's roles for colleagues (where missing) and grants them its tables.
    static Result<void> grantAccess(Database &db, const ServerAddress &address)
    {
        QSqlQuery query(db.connection());
        for (const QString &statement : db.dialect().accessStatements(address.database))
            if (!query.exec(statement))
                return StoreError{StoreError::Kind::Unreadable,
                                  QCoreApplication::translate("Database",
                                                              "Could not give colleagues their roles on “%1” (the "
                                                              "user needs the right to create roles and to own the "
                                                              "portfolio's tables): %2")
                                      .arg(address.displayName(), query.lastError().databaseText())};
        return {};
    }

    // Connects to the server. Without a password, the one this run or the system keychain keeps for
    // the server (ServerPasswords); without that, libpq looks for one (PGPASSWORD, ~/.pgpass).
    static Result<void> connectToServer(Database &db, const ServerAddress &address)
    {
        QString password = address.password;
        if (password.isEmpty()) {
            const ServerPasswords::Answer kept = ServerPasswords::read(ServerPasswords::keyOf(address));
            if (kept.outcome == ServerPasswords::Outcome::Found)
                password = kept.password;
        }
        QSqlDatabase connection = QSqlDatabase::addDatabase(db.dialect().driverName(), db.m_connectionName);
        if (!connection.isValid())
            return StoreError{StoreError::Kind::Unreadable,
                              QCoreApplication::translate("Database", "Qt's PostgreSQL driver (QPSQL) is not "
                                                                      "installed, so Pactline cannot reach servers.")};
        db.dialect().configure(connection, db.m_path, db.isReadOnly());
        connection.setPassword(password);
        if (!connection.open()) {
            const QString text = connection.lastError().databaseText().trimmed().isEmpty()
                                     ? connection.lastError().text()
                                     : connection.lastError().databaseText().trimmed();
            return StoreError{StoreError::Kind::Unreadable, refusal(address, text)};
        }
        return db.applySessionSettings();
    }

    // What libpq's reason for refusing a connection means, in the user's words.
    static QString refusal(const ServerAddress &address, const QString &text)
    {
        if (text.contains(QLatin1String("password authentication failed")) ||
            text.contains(QLatin1String("no password supplied")))
            return QCoreApplication::translate("Database", "The server refused the password of “%1” for “%2”.")
                .arg(address.user, address.displayName());
        if (text.contains(QLatin1String("does not support SSL")))
            return QCoreApplication::translate("Database",
                                               "“%1” offers no encrypted connection (TLS), and the connection asks "
                                               "for one (%2). Ask whoever runs the server to turn TLS on; Pactline "
                                               "did not connect unencrypted.")
                .arg(address.host, address.sslMode);
        if (text.contains(QLatin1String("does not match host name")))
            return QCoreApplication::translate("Database",
                                               "The certificate of the server is not for “%1”, so Pactline could not "
                                               "tell that it is talking to the right server (verify-full), and did "
                                               "not connect. Use the host name the certificate names, or ask "
                                               "whoever runs the server for a certificate for “%1”. (%2)")
                .arg(address.host, text);
        if (text.contains(QLatin1String("certificate verify failed")) ||
            text.contains(QLatin1String("root certificate file")))
            return QCoreApplication::translate("Database",
                                               "The certificate of “%1” could not be checked against the CA file "
                                               "“%2”, so Pactline did not connect. (%3)")
                .arg(address.host, address.sslRootCert, text);
        return QCoreApplication::translate("Database", "Could not connect to “%1”: %2")
            .arg(address.displayName(), text);
    }

    // The schema version of the portfolio on a server: 0 for an empty database; refused when the
    // database holds another application's tables.
    static Result<int> serverVersion(const Database &db)
    {
        const QSqlDatabase connection = db.connection();
        const QString name = db.displayName();
        if (!db.dialect().hasTable(connection, QStringLiteral("pactline_meta"))) {
            QSqlQuery tables(connection);
            if (!tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                            "ORDER BY tablename LIMIT 5")))
                return Database::sqlError(tables);
            QStringList found;
            while (tables.next())
                found << tables.value(0).toString();
            if (found.isEmpty())
                return 0;
            return StoreError{StoreError::Kind::NotPactline,
                              QCoreApplication::translate("Database",
                                                          "“%1” holds tables of another application (%2), not a "
                                                          "Pactline portfolio; it was left unchanged.")
                                  .arg(name, found.join(QStringLiteral(", ")))};
        }
        QSqlQuery meta(connection);
        if (!meta.exec(QStringLiteral("SELECT application_id, version FROM pactline_meta")))
            return Database::sqlError(meta);
        if (!meta.next() || meta.value(0).toLongLong() != Database::ApplicationId)
            return StoreError{StoreError::Kind::NotPactline,
                              QCoreApplication::translate("Database", "“%1” is marked as another application's "
                                                                      "database, not a Pactline portfolio; it was "
                                                                      "left unchanged.")
                                  .arg(name)};
        return meta.value(1).toInt();
    }
};

Database::Database(QString path, Mode mode, const SqlDialect &dialect)
    : m_path(std::move(path))
    , m_connectionName(nextConnectionName())
    , m_mode(mode)
    , m_dialect(&dialect)
{}

Database::~Database()
{
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen()) {
            if (m_writeDepth > 0)
                connection.rollback();
            connection.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_openFileKey.isEmpty())
        OpenFiles::instance().remove(m_openFileKey);
}

QString Database::sqliteVersion()
{
    const QString name = nextConnectionName();
    QString version;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(QStringLiteral(":memory:"));
        if (connection.open()) {
            QSqlQuery query(connection);
            if (query.exec(QStringLiteral("select sqlite_version()")) && query.next())
                version = query.value(0).toString();
            connection.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

QString Database::displayName() const
{
    if (isOnServer()) {
        const Result<ServerAddress> address = ServerAddress::parse(m_path);
        return address ? address->displayName() : m_path;
    }
    return QFileInfo(m_path).completeBaseName();
}

bool Database::isOnServer() const
{
    return ServerAddress::isServerAddress(m_path);
}

QString Database::author() const
{
    return isOnServer() ? connection().userName() : osUserName();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(m_dialect->schemaVersionQuery()) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Database::hasSearchIndexes() const
{
    const int version = schemaVersion();
    return (m_dialect->hasFullTextIndexes() && version >= Migrations::SearchIndexVersion) ||
           (m_dialect->searchesFoldedText() && version >= Migrations::FoldedSearchVersion);
}

bool Database::hasHistory() const
{
    return schemaVersion() >= Migrations::HistoryVersion;
}

bool Database::hasKeptColumns() const
{
    return schemaVersion() >= Migrations::KeptColumnsVersion;
}

Result<void> Database::applySessionSettings()
{
    QSqlQuery query(connection());
    for (const QString &setting : m_dialect->sessionSettings(isReadOnly()))
        if (!query.exec(setting))
            return sqlError(query);
    return {};
}

Result<std::unique_ptr<Database>> Database::create(const QString &path)
{
    if (ServerAddress::isServerAddress(path)) {
        const Result<ServerAddress> address = ServerAddress::parse(path);
        if (!address)
            return address.error();
        return create(*address);
    }
    if (QFileInfo::exists(path))
        return StoreError{
            StoreError::Kind::Exists,
            QCoreApplication::translate("Database", "“%1” already exists; Pactline does not overwrite files.")
                .arg(path)};
    if (NetworkDrive::holds(path))
        return StoreError{StoreError::Kind::ReadOnly, NetworkDrive::explanation(path)};
    auto db = DatabaseOpener::make(path, Mode::ReadWrite);
    if (auto r = DatabaseOpener::connect(*db, false, false); !r)
        return r.error();
    Result<void> built = TextSearch::checkAvailable(db->connection());
    if (built)
        built = Migrations::run(*db, Migrations::steps(db->dialect()));
    if (!built) {
        db.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return built.error();
    }
    // Leave the schema in the main file, so that the file is whole even without its WAL.
    (void)db->dialect().emptyLog(db->connection()); // a log left is whole too, only bigger
    return db;
}

Result<std::unique_ptr<Database>> Database::create(const ServerAddress &address)
{
    auto db = DatabaseOpener::make(address.url(), Mode::ReadWrite);
    if (auto r = DatabaseOpener::connectToServer(*db, address); !r)
        return r.error();
    const Result<int> version = DatabaseOpener::serverVersion(*db);
    if (!version)
        return version.error();
    if (*version > 0)
        return StoreError{StoreError::Kind::Exists,
                          QCoreApplication::translate("Database", "“%1” already holds a Pactline portfolio.")
                              .arg(address.displayName())};
    if (auto r = db->dialect().checkFoldedTextSearch(db->connection()); !r)
        return r.error();
    // The roles first: what the migrations then create is granted to them as it is made.
    if (auto r = DatabaseOpener::grantAccess(*db, address); !r)
        return r.error();
    if (auto r = Migrations::run(*db, Migrations::steps(db->dialect())); !r)
        return r.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const ServerAddress &address, Mode mode,
                                                 const Migrations::Progress &progress)
{
    auto db = DatabaseOpener::make(address.url(), mode);
    if (auto r = DatabaseOpener::connectToServer(*db, address); !r)
        return r.error();
    const QString name = address.displayName();
    const Result<int> version = DatabaseOpener::serverVersion(*db);
    if (!version)
        return version.error();
    const int current = Migrations::currentVersion();
    if (*version == 0)
        return StoreError{StoreError::Kind::NotFound,
                          QCoreApplication::translate("Database", "“%1” holds no Pactline portfolio yet.").arg(name)};
    if (*version > current)
        return StoreError{StoreError::Kind::NewerVersion,
                          QCoreApplication::translate("Database",
                                                      "“%1” was written by a newer Pactline (schema version %2; this "
                                                      "version reads up to %3). Open it with a newer Pactline; the "
                                                      "portfolio was left unchanged.")
                              .arg(name)
                              .arg(*version)
                              .arg(current)};
    const QStringList problems = SchemaCheck::differences(db->connection(), *version);
    if (!problems.isEmpty())
        return StoreError{StoreError::Kind::UnexpectedSchema,
                          QCoreApplication::translate(
                              "Database", "“%1” holds things Pactline does not create, so it was not opened: %2.")
                              .arg(name, problems.join(QStringLiteral("; ")))};
    if (*version < current) {
        if (mode == Mode::ReadOnly && !Migrations::readsAsCurrent(*version))
            return StoreError{StoreError::Kind::ReadOnly,
                              QCoreApplication::translate(
                                  "Database", "“%1” has an older schema (version %2) and must be upgraded, which a "
                                              "read-only file cannot be.")
                                  .arg(name)
                                  .arg(*version)};
        if (mode != Mode::ReadOnly) {
            if (*version < Migrations::FoldedSearchVersion)
                if (auto r = db->dialect().checkFoldedTextSearch(db->connection()); !r)
                    return r.error();
            if (auto r = Migrations::run(*db, Migrations::steps(db->dialect()), progress); !r)
                return r.error();
            if (auto r = DatabaseOpener::grantAccess(*db, address); !r)
                return r.error();
        }
    }
    // A colleague with the reader's role sees the portfolio read-only (and the server refuses their
    // writes whatever a client does).
    if (mode == Mode::ReadWrite) {
        const Result<bool> mayEdit = db->dialect().mayEdit(db->connection());
        if (!mayEdit)
            return mayEdit.error();
        if (!*mayEdit)
            db->m_mode = Mode::ReadOnly;
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode, const Migrations::Progress &progress)
{
    if (ServerAddress::isServerAddress(path)) {
        const Result<ServerAddress> address = ServerAddress::parse(path);
        if (!address)
            return address.error();
        return open(*address, mode, progress);
    }
    // Refuse what is not ours before SQLite reads or writes anything (a file this process has open
    // already passed, and must not be opened around SQLite again).
    const bool openHere = OpenFiles::instance().contains(OpenFiles::key(path));
    const Result<FileHeader> header = openHere ? Result<FileHeader>(FileHeader()) : FileHeader::read(path);
    if (!header)
        return header.error();
    const int current = Migrations::currentVersion();
    const auto refuseNewer = [&](int version) {
        return StoreError{StoreError::Kind::NewerVersion,
                          QCoreApplication::translate(
                              "Database",
                              "“%1” was written by a newer Pactline (schema version %2; this version reads up to %3). "
                              "Open it with a newer Pactline; the file was left unchanged.")
                              .arg(path)
                              .arg(version)
                              .arg(current)};
    };
    if (header->userVersion > current)
        return refuseNewer(header->userVersion);
    if (mode != Mode::ReadOnly && NetworkDrive::holds(path))
        return StoreError{StoreError::Kind::ReadOnly, NetworkDrive::explanation(path)};

    // Check the schema through a read-only connection first. The version is read again through
    // SQLite, which also sees a write-ahead log the header on disk may not reflect yet.
    int version = header->userVersion;
    {
        auto inspector = DatabaseOpener::make(path, Mode::ReadOnly);
        if (auto r = DatabaseOpener::connect(*inspector, true, true); !r)
            return r.error();
        version = inspector->schemaVersion();
        if (version < 0)
            return StoreError{StoreError::Kind::Corrupt,
                              QCoreApplication::translate("Database", "“%1” is damaged and cannot be read.").arg(path)};
        if (version > current)
            return refuseNewer(version);
        if (auto r = TextSearch::checkAvailable(inspector->connection()); !r)
            return r.error();
        const QStringList problems = SchemaCheck::differences(inspector->connection(), version);
        if (!problems.isEmpty())
            return StoreError{StoreError::Kind::UnexpectedSchema,
                              QCoreApplication::translate(
                                  "Database", "“%1” holds things Pactline does not create, so it was not opened: %2.")
                                  .arg(path, problems.join(QStringLiteral("; ")))};
        if (mode == Mode::ReadOnly) {
            if (version < current && !Migrations::readsAsCurrent(version))
                return StoreError{StoreError::Kind::ReadOnly,
                                  QCoreApplication::translate(
                                      "Database", "“%1” has an older schema (version %2) and must be upgraded, which a "
                                                  "read-only file cannot be.")
                                      .arg(path)
                                      .arg(version)};
            return inspector;
        }
        // A migration must not fail half way on a value its constraints refuse, nor change one.
        if (mode == Mode::ReadWrite && version >= 1 && version < current && Migrations::refusesValuesAfter(version)) {
            const Result<QList<ContentFinding>> findings = ContentCheck::run(inspector->connection());
            if (!findings)
                return findings.error();
            if (!findings->isEmpty())
                return StoreError{
                    StoreError::Kind::BadValues,
                    QCoreApplication::translate(
                        "Database",
                        "“%1” holds %n value(s) that this version of Pactline no longer lets a portfolio hold, so it "
                        "was not upgraded and was left as it was:\n%2\nRepair them (File ▸ Open offers it, or "
                        "`pactline check --repair “%1”`) and open it again; `pactline check “%1”` lists them all.",
                        nullptr, int(findings->size()))
                        .arg(path, ContentCheck::sentences(*findings, 20).join(QLatin1Char('\n')))};
        }
    }

    auto db = DatabaseOpener::make(path, mode);
    if (auto r = DatabaseOpener::connect(*db, false, true); !r)
        return r.error();
    if (mode == Mode::ReadWrite && version < current) {
        // A copy as it was, unless the steps only count the version up (they change nothing in a file).
        const QList<Migrations::Step> steps = Migrations::steps(db->dialect());
        if (std::any_of(steps.cbegin(), steps.cend(), [version](const Migrations::Step &step) {
                return step.toVersion > version && !step.statements.isEmpty();
            })) {
            const QString copy = path + QStringLiteral(".before-v%1").arg(current);
            QFile::remove(copy);
            if (auto r = db->backupTo(copy); !r)
                return r.error();
            db->m_migrationBackup = copy;
        }
        if (auto r = Migrations::run(*db, steps, progress); !r)
            return r.error();
    }
    return db;
}

Result<void> Database::write(const std::function<Result<void>()> &work)
{
    if (isReadOnly())
        return StoreError{StoreError::Kind::ReadOnly,
                          QCoreApplication::translate("Database", "The portfolio is open read-only.")};
    if (isOnServer() && m_writeDepth == 0 && !connection().isOpen())
        checkConnection();
    if (!isServerReachable())
        return awayError();
    QSqlQuery control(connection());
    if (m_writeDepth == 0) {
        if (!control.exec(m_dialect->beginWrite())) {
            const StoreError error = sqlError(control);
            noteFailure(error);
            return isServerReachable() ? error : awayError();
        }
        m_touched.clear();
        m_writeFailed = false;
    }
    ++m_writeDepth;
    Result<void> result = work();
    --m_writeDepth;
    if (!result)
        m_writeFailed = true;
    if (m_writeDepth > 0)
        return result;

    // Other clients of a server hear of the commit from the commit itself.
    const QString notice = m_touched.isEmpty() ? QString() : m_dialect->changeNotice(m_touched);
    if (!m_writeFailed && !notice.isEmpty() && !control.exec(notice)) {
        m_writeFailed = true;
        result = sqlError(control);
    }
    if (!m_writeFailed && control.exec(QStringLiteral("COMMIT"))) {
        const QStringList touched = m_touched;
        m_touched.clear();
        if (!touched.isEmpty())
            emit changed(touched);
        return result;
    }
    const StoreError commitError = result ? sqlError(control) : result.error();
    control.exec(QStringLiteral("ROLLBACK"));
    m_touched.clear();
    if (!isOnServer())
        return DiskSpace::explain(commitError, m_path);
    // A statement on a connection Qt's driver found gone fails without a word: ask the server.
    if (commitError.kind == StoreError::Kind::Sql && !checkConnection())
        return awayError();
    noteFailure(commitError);
    return isServerReachable() ? commitError : awayError();
}

Result<void> Database::backupTo(const QString &targetPath) const
{
    return m_dialect->backup(*this, targetPath);
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(m_dialect->readsForwardOnly());
    query.prepare(sql);
    return query;
}

StoreError Database::sqlError(const QSqlQuery &query)
{
    return SqlDialect::of(query.driver()).classify(query.lastError());
}

void Database::announceChange(const QStringList &tables)
{
    if (!tables.isEmpty())
        emit changed(tables);
}

QStringList Database::allTables()
{
    return {QStringLiteral("partner"),         QStringLiteral("contact"),         QStringLiteral("event"),
            QStringLiteral("event_partner"),   QStringLiteral("event_contact"),   QStringLiteral("agreement"),
            QStringLiteral("agreement_party"), QStringLiteral("theme"),           QStringLiteral("agreement_theme"),
            QStringLiteral("milestone"),       QStringLiteral("milestone_change")};
}

void Database::touch(const QString &table)
{
    if (!m_touched.contains(table))
        m_touched.append(table);
}
