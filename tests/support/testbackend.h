// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

class Database;
class PgServer;

// Where the tests' portfolios live: in files, or, with PACTLINE_TEST_BACKEND=postgres, each in a
// database of its own on a PostgreSQL server the test process starts on first use (PgServer) and
// stops when it ends. One test source runs on both backends (CMake registers the second run).
namespace TestBackend {

// Whether this run puts its portfolios on the server.
bool onServer();
// The run's server (started on first use; check isRunning()). Its superuser's password is in
// PGPASSWORD, where libpq finds it, so that a portfolio's URL opens again as a file's path does.
PgServer &server();
// Where a new, empty portfolio goes: dir/name, or the URL of a new empty database on the server
// (empty, with the test failed, when the server could not make one).
QString newLocation(const QTemporaryDir &dir, const QString &name);
// A new database on the server and its URL (empty, with the test failed, when it could not be made).
QString newServerDatabase(const QString &name);
// A new database on the server holding the sample, and its URL (empty, with the test failed, when
// it could not be made). The URL holds no password; the superuser's made it.
QString newServerSample(const QString &name);
// SQL that takes a server portfolio's schema back to `version`: what the later steps made dropped, in
// the reverse order, and the version set, so that a test upgrades it as a portfolio of that release.
QString schemaBackTo(int version);

} // namespace TestBackend
