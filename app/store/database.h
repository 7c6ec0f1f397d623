// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/migrations.h"
#include "store/sqldialect.h"
#include "store/storeerror.h"

#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>

class QSqlQuery;
class ServerAddress;

// One open portfolio: an SQLite file (or, for teams, a PostgreSQL database) with Pactline's
// schema. Owns its Qt Sql connection. Every write goes through write(): one transaction,
// begun IMMEDIATE, committed at once or rolled back whole.
class Database final : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly,
        // Writable at the file's own schema version: neither content-checked nor migrated. Only for
        // ContentRepair, which corrects the values that stop a migration.
        ReadWriteUnmigrated
    };

    static constexpr qint32 ApplicationId = 0x50414354; // "PACT"
    static QString fileSuffix() { return QStringLiteral("pactline"); }
    // The version of the SQLite library that Qt's SQLite driver uses ("3.40.1"), or an empty string
    // when the driver is missing.
    static QString sqliteVersion();

    // Opens an existing portfolio file. Checks, before SQLite reads anything, that it is an
    // SQLite file, not truncated, Pactline's, and not from a newer version; then that its schema
    // is exactly what Pactline creates. Migrates older files (after a VACUUM INTO copy) unless
    // read-only. The file is left untouched when anything is refused. Refuses to write to a file on a
    // network drive (NetworkDrive).
    // `progress` hears how an upgrade goes (Migrations::run), on the calling thread.
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite,
                                                  const Migrations::Progress &progress = {});
    // Creates a new, empty portfolio file; refuses to overwrite an existing one, or to create one on a
    // network drive.
    static Result<std::unique_ptr<Database>> create(const QString &path);
    // The same on a PostgreSQL server (a path above may be its URL too, see ServerAddress). The
    // database must exist; opening refuses one that holds another application's tables, or a schema
    // from a newer Pactline, and leaves it untouched; creating refuses one that holds any table.
    // Upgrades run in one transaction, which the server rolls back whole on failure (no copy is taken).
    static Result<std::unique_ptr<Database>> open(const ServerAddress &address, Mode mode = Mode::ReadWrite,
                                                  const Migrations::Progress &progress = {});
    static Result<std::unique_ptr<Database>> create(const ServerAddress &address);

    ~Database() override;

    // The file's path, or the server's URL (without a password).
    QString path() const { return m_path; }
    // The file's name without its suffix, or user@host/database on a server.
    QString displayName() const;
    bool isOnServer() const;
    // Who the history and the trash name as making a change: the database user on a server, the
    // user of this computer for a file.
    QString author() const;
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    const SqlDialect &dialect() const { return *m_dialect; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // Whether the portfolio has the full-text search indexes (an older file opened read-only has not).
    bool hasSearchIndexes() const;
    // Whether the portfolio keeps the history of its records (an older file opened read-only does not),
    // and whether writes record it now.
    bool hasHistory() const;
    // Whether the schema keeps the columns the lists sort by counts and names (keptcolumns.h); an older
    // file opened read-only does not, and its lists sort by their default order instead.
    bool hasKeptColumns() const;
    bool recordsHistory() const { return !m_historyOff && hasHistory(); }
    // Writes without history, only to measure what the history costs (pactline-bench).
    void setHistoryOffForMeasuring(bool off) { m_historyOff = off; }
    // Where the copy taken before the last migration went (empty when none was needed).
    QString migrationBackupPath() const { return m_migrationBackup; }

    // Runs `work` in one write transaction. Commits when it returns ok, rolls back otherwise.
    // Nested calls join the outer transaction. Emits changed() after a commit.
    Result<void> write(const std::function<Result<void>()> &work);
    bool inTransaction() const { return m_writeDepth > 0; }

    // A consistent copy of the whole portfolio (VACUUM INTO, see BackupWriter), also when open
    // read-only; refuses to overwrite.
    Result<void> backupTo(const QString &targetPath) const;

    // On a server: whether the connection is there. A statement of write() or checkConnection() that
    // finds it gone (the server stopped, the network down) makes it false and emits serverLost();
    // writes then fail with StoreError::Kind::Disconnected, touching nothing, until reconnect() works.
    bool isServerReachable() const { return m_lostBecause.isEmpty(); }
    // Why the server is not reachable (empty while it is).
    QString serverProblem() const { return m_lostBecause; }
    // Asks the server whether the connection still works (a file's connection always does).
    bool checkConnection();
    // Connects to the server again, with the same address and password, and sets the session up as
    // when it was opened; then emits serverBack() and announces every table as changed (what
    // colleagues committed meanwhile is not known). Fails with Kind::Disconnected while it is away.
    Result<void> reconnect();
    // Whether the server of the connection of that name answers a new connection now: a copy of it is
    // opened and closed. A host that does not answer makes it wait for the connection timeout, so it
    // is made for calling off the GUI thread (and safe there: it touches no Database).
    static bool serverAnswers(const QString &connectionName);
    QString connectionName() const { return m_connectionName; }

    // Helpers for repositories: a prepared query on this connection, and errors from Qt Sql.
    QSqlQuery prepare(const QString &sql) const;
    static StoreError sqlError(const QSqlQuery &query);
    // Told each statement a repository ran on this connection, with its values, as it ran: what a
    // view asked for, to time the same statements elsewhere (pactline-bench puts them in the sqlite3
    // shell, the floor of its figures). Empty: nobody is told.
    using StatementTrace = std::function<void(const QString &sql, const QVariantList &values)>;
    void setStatementTrace(StatementTrace trace) { m_statementTrace = std::move(trace); }
    const StatementTrace &statementTrace() const { return m_statementTrace; }
    // Marks a table as changed inside the current write; changed() is emitted after commit.
    void touch(const QString &table);
    // Someone else committed a change to these tables (see ChangeFeed): announced like our own.
    void announceChange(const QStringList &tables);
    // Every table of the schema, for a change whose tables are not known.
    static QStringList allTables();

signals:
    // After a committed write, here or elsewhere, the tables it changed.
    void changed(const QStringList &tables);
    // The server's connection was found gone (see isServerReachable()), and came back.
    void serverLost(const QString &problem);
    void serverBack();

private:
    Database(QString path, Mode mode, const SqlDialect &dialect);
    Result<void> applySessionSettings();
    // A failed statement's error: a lost connection makes the portfolio wait for the server.
    void noteFailure(const StoreError &error);
    StoreError awayError() const;

    QString m_path;
    QString m_connectionName;
    QString m_openFileKey; // registered as open in this process while connected
    Mode m_mode;
    const SqlDialect *m_dialect;
    QString m_migrationBackup;
    int m_writeDepth = 0;
    bool m_historyOff = false;
    bool m_writeFailed = false;
    QStringList m_touched;
    QString m_lostBecause;
    StatementTrace m_statementTrace;

    friend class DatabaseOpener;
};
