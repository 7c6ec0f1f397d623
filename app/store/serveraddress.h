// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"

#include <QString>

// Where a portfolio on a PostgreSQL server lives, written as a URL wherever a portfolio file's path
// goes: postgresql://user@host:port/database?sslmode=require&sslrootcert=FILE. The URL holds no
// password (it is shown and remembered): the password comes from libpq itself (PGPASSWORD,
// ~/.pgpass) or from `password`, which the window fills in and which is kept in memory only.
class ServerAddress
{
public:
    static constexpr int DefaultPort = 5432;

    // Whether the text is a server URL rather than a file's path.
    static bool isServerAddress(const QString &location);
    // The address a URL names, or why it names none.
    static Result<ServerAddress> parse(const QString &url);

    QString user;
    QString host;
    int port = DefaultPort;
    QString database;
    QString sslMode;     // libpq's sslmode (disable, allow, prefer, require, verify-ca, verify-full); empty: libpq's
    QString sslRootCert; // the CA file for verify-ca and verify-full
    QString password;    // never part of the URL, never written to a file

    // The URL again, without the password.
    QString url() const;
    // The short form for title bars: user@host/database.
    QString displayName() const;
    // The connection options of Qt's QPSQL driver (libpq's keywords, separated by ';').
    QString connectOptions() const;
};
