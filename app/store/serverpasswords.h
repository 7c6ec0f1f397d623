// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class ServerAddress;

// The passwords of PostgreSQL servers, kept in the system's keychain through QtKeychain (the Secret
// Service on Linux, the Credential Manager on Windows, the Keychain on macOS), never in a file or
// the settings: QtKeychain's plain-text fallback stays off. Where no keychain answers (none running,
// no D-Bus session, refused), a password is kept in this process's memory only, for the rest of the
// run. Only the application's own thread asks the keychain (and waits for its answer); other threads
// find the password in this run's memory, where reading it from the keychain put it.
class ServerPasswords
{
public:
    enum class Outcome
    {
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
    static QString keyOf(const ServerAddress &address);

    // This run's memory first, then the keychain (what it gives is kept in memory for the run).
    static Answer read(const QString &key);
    // Stores in the keychain, and in this run's memory.
    static Answer store(const QString &key, const QString &password);
    // Keeps a password in this run's memory only (the user chose not to keep it in the keychain).
    static void keepForThisRun(const QString &key, const QString &password);
    // Removes it from both.
    static Answer forget(const QString &key);

    // The name the entries carry in the keychain.
    static QString service();
};
