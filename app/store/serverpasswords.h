// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The passwords of PostgreSQL servers, kept in the system's keychain through QtKeychain (the Secret
// Service on Linux, the Credential Manager on Windows, the Keychain on macOS), never in a file or
// the settings: QtKeychain's plain-text fallback stays off. Where no keychain answers (none running,
// no D-Bus session, refused), a password is kept in this process's memory only, for the rest of the
// run. Each call waits for the keychain.
class ServerPasswords
{
public:
    enum class Outcome {
        Found,    // read: the password is in `password`
        Stored,   // store, forget: done
        NotFound, // read: neither the keychain nor this run's memory holds one for this server
        InMemory, // store: the keychain did not take it (`message` says why); kept for this run only
        Failed,   // forget: the keychain did not remove it (`message` says why)
    };
    struct Answer
    {
        Outcome outcome = Outcome::Failed;
        QString password;
        QString message;
    };

    // The key a server's password is filed under: "user@host:port/database".
    static QString keyOf(const QString &user, const QString &host, int port, const QString &database);

    static Answer read(const QString &key);
    static Answer store(const QString &key, const QString &password);
    static Answer forget(const QString &key);

    // The name the entries carry in the keychain.
    static QString service();
};
