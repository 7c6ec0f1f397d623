// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testbackend.h"

#include "pgserver.h"
#include "store/serveraddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>

namespace {

std::unique_ptr<PgServer> &theServer()
{
    static std::unique_ptr<PgServer> server;
    return server;
}

// The server stops with the application object, while QProcess still works.
void stopServer()
{
    theServer().reset();
}

} // namespace

namespace TestBackend {

bool onServer()
{
    return qEnvironmentVariable("PACTLINE_TEST_BACKEND") == QLatin1String("postgres");
}

PgServer &server()
{
    std::unique_ptr<PgServer> &server = theServer();
    if (!server) {
        server = std::make_unique<PgServer>(PgServer::Options{false, {}});
        qAddPostRoutine(stopServer);
        qputenv("PGPASSWORD", server->superuserPassword().toUtf8());
    }
    return *server;
}

QString newServerDatabase(const QString &name)
{
    static int counter = 0;
    PgServer &pg = server();
    if (!pg.isRunning()) {
        QTest::qFail(qPrintable(QStringLiteral("no PostgreSQL server: ") + pg.problem()), __FILE__, __LINE__);
        return {};
    }
    QString database = name.toLower();
    database.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    database = QStringLiteral("t%1_%2").arg(++counter).arg(database.left(40));
    QString output;
    if (!pg.psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(database), &output)) {
        QTest::qFail(qPrintable(QStringLiteral("CREATE DATABASE failed: ") + output), __FILE__, __LINE__);
        return {};
    }
    ServerAddress address;
    address.user = pg.superuser();
    address.host = pg.host();
    address.port = pg.port();
    address.database = database;
    address.sslMode = QStringLiteral("disable");
    return address.url();
}

QString newLocation(const QTemporaryDir &dir, const QString &name)
{
    return onServer() ? newServerDatabase(name) : dir.filePath(name);
}

} // namespace TestBackend
