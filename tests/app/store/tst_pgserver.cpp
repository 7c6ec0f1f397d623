// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The tests' own PostgreSQL server (tests/support/pgserver): it starts, takes connections through
// Qt's QPSQL driver with and without TLS, refuses a wrong password and a certificate for another
// host, stops and starts again, and is gone with its folder afterwards.
#include "pgserver.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestPgServer : public QObject
{
    Q_OBJECT

private slots:
    void startsAndTakesConnections();
    void tlsAndItsRefusals();
    void goesAwayAndComesBack();

private:
    static QSqlDatabase connect(const PgServer &server, const QString &name, const QString &password,
                                const QString &options = {}, const QString &host = {});
};

QSqlDatabase TestPgServer::connect(const PgServer &server, const QString &name, const QString &password,
                                   const QString &options, const QString &host)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(host.isEmpty() ? server.host() : host);
    db.setPort(server.port());
    db.setDatabaseName(QStringLiteral("postgres"));
    db.setUserName(server.superuser());
    db.setPassword(password);
    db.setConnectOptions(options);
    db.open();
    return db;
}

void TestPgServer::startsAndTakesConnections()
{
    QString folder;
    {
        PgServer server;
        PG_SERVER_OR_SKIP(server);
        folder = server.socketDir();
        QVERIFY(QDir(folder).exists());
        QString output;
        QVERIFY2(server.psql(QStringLiteral("postgres"), QStringLiteral("SELECT 40 + 2"), &output), qPrintable(output));
        QCOMPARE(output, QStringLiteral("42"));
        {
            QSqlDatabase db = connect(server, QStringLiteral("plain"), server.superuserPassword());
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT current_user")) && query.next());
            QCOMPARE(query.value(0).toString(), server.superuser());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        {
            QSqlDatabase db = connect(server, QStringLiteral("wrong"), QStringLiteral("not the password"));
            QVERIFY(!db.isOpen());
            QVERIFY2(db.lastError().text().contains(QStringLiteral("password authentication failed")),
                     qPrintable(db.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("wrong"));
    }
    QVERIFY(!QDir(folder).exists());
}

void TestPgServer::tlsAndItsRefusals()
{
    PgServer server;
    PG_SERVER_OR_SKIP(server);
    {
        QSqlDatabase db = connect(server, QStringLiteral("tls"), server.superuserPassword(),
                                  QStringLiteral("sslmode=verify-full;sslrootcert=%1").arg(server.certificate()));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && query.next());
        QVERIFY(query.value(0).toBool());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tls"));

    PgServer other({true, QStringLiteral("db.example.org")});
    PG_SERVER_OR_SKIP(other);
    {
        QSqlDatabase db = connect(other, QStringLiteral("mismatch"), other.superuserPassword(),
                                  QStringLiteral("sslmode=verify-full;sslrootcert=%1").arg(other.certificate()),
                                  QStringLiteral("localhost"));
        QVERIFY(!db.isOpen());
        QVERIFY2(db.lastError().text().contains(QStringLiteral("does not match host name")),
                 qPrintable(db.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("mismatch"));

    PgServer plain({false, {}});
    PG_SERVER_OR_SKIP(plain);
    {
        QSqlDatabase db =
            connect(plain, QStringLiteral("required"), plain.superuserPassword(), QStringLiteral("sslmode=require"));
        QVERIFY(!db.isOpen());
        QVERIFY2(db.lastError().text().contains(QStringLiteral("SSL")), qPrintable(db.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("required"));
}

void TestPgServer::goesAwayAndComesBack()
{
    PgServer server;
    PG_SERVER_OR_SKIP(server);
    QVERIFY(server.stop());
    QVERIFY(!server.isRunning());
    {
        QSqlDatabase db = connect(server, QStringLiteral("away"), server.superuserPassword());
        QVERIFY(!db.isOpen());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("away"));
    QVERIFY(server.start());
    QString output;
    QVERIFY(server.psql(QStringLiteral("postgres"), QStringLiteral("SELECT 1"), &output));
    QCOMPARE(output, QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_pgserver.moc"
