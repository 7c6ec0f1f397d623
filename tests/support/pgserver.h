// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/serveraddress.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A PostgreSQL server of the tests' own: a fresh cluster (initdb) in a temporary folder, listening
// only on 127.0.0.1 and a Unix socket in that folder, on a free port, optionally with TLS (a
// self-signed certificate made with openssl), stopped and removed when the object goes, also when a
// test fails. As root (PostgreSQL refuses to run as root) the cluster belongs to the `postgres` user.
// Debian's postgresql package brings the binaries; where they are missing the tests skip, unless
// PACTLINE_REQUIRE_POSTGRES is set (CI sets it), where they fail.
class PgServer
{
public:
    struct Options
    {
        bool tls = true;
        // The name the server's certificate is for (the tests connect to 127.0.0.1 or "localhost").
        QString certificateHost = QStringLiteral("localhost");
    };

    explicit PgServer(const Options &options);
    PgServer();
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    // Whether the PostgreSQL binaries are on this machine, and whether the tests must have them.
    static QString binDir();
    static bool required();

    bool isRunning() const { return m_running; }
    // Why it is not running.
    QString problem() const { return m_problem; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString socketDir() const;
    // The superuser and its password (for password authentication over TCP).
    QString superuser() const { return QStringLiteral("postgres"); }
    QString superuserPassword() const { return QStringLiteral("pactline-test-superuser"); }
    // The address of a database of this server as its superuser, with the password, reached by `host`.
    ServerAddress superuserAddress(const QString &host, const QString &database = QStringLiteral("postgres")) const;
    // The self-signed certificate the server presents (the CA file for verify-full).
    QString certificate() const;

    // Runs SQL through psql as the superuser on the Unix socket; false (with the error) on failure.
    bool psql(const QString &database, const QString &sql, QString *output = nullptr) const;
    // Stops and starts the server again (the fault tests: a server that goes away and comes back).
    bool stop();
    bool start();

private:
    bool run(const QString &program, const QStringList &arguments, QString *output = nullptr,
             bool asOwner = true) const;
    bool setUp();

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    bool m_running = false;
    QString m_problem;
};

// Skips the test (or fails it where PostgreSQL is required) when the server did not start.
#define PG_SERVER_OR_SKIP(server)                                                                                      \
    do {                                                                                                               \
        if (!(server).isRunning()) {                                                                                   \
            if (PgServer::required())                                                                                  \
                QFAIL(qPrintable(QStringLiteral("PostgreSQL is required here: ") + (server).problem()));               \
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL server: ") + (server).problem()));                          \
        }                                                                                                              \
    } while (false)
