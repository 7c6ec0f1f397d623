// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Server URLs (ServerAddress): what they name, how they print, and the ones refused.
#include "store/serveraddress.h"

#include <QTest>

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void tellsServersFromFiles();
    void parsesEveryPart();
    void defaultsAndDisplayName();
    void refusesWhatItCannotUse_data();
    void refusesWhatItCannotUse();
};

void TestServerAddress::tellsServersFromFiles()
{
    QVERIFY(ServerAddress::isServerAddress(QStringLiteral("postgresql://ann@db.example.org/lifescience")));
    QVERIFY(ServerAddress::isServerAddress(QStringLiteral("postgres://ann@db.example.org/lifescience")));
    QVERIFY(ServerAddress::isServerAddress(QStringLiteral("PostgreSQL://ann@db.example.org/lifescience")));
    QVERIFY(!ServerAddress::isServerAddress(QStringLiteral("/home/ann/agreements.pactline")));
    QVERIFY(!ServerAddress::isServerAddress(QStringLiteral("C:\\Users\\ann\\agreements.pactline")));
    QVERIFY(!ServerAddress::isServerAddress(QStringLiteral("postgresql.pactline")));
}

void TestServerAddress::parsesEveryPart()
{
    const auto address = ServerAddress::parse(QStringLiteral(
        "postgresql://pactline@db.example.org:6543/lifescience?sslmode=verify-full&sslrootcert=/etc/ssl/our%20ca.pem"));
    QVERIFY2(address, address ? "" : qPrintable(address.error().message));
    QCOMPARE(address->user, QStringLiteral("pactline"));
    QCOMPARE(address->host, QStringLiteral("db.example.org"));
    QCOMPARE(address->port, 6543);
    QCOMPARE(address->database, QStringLiteral("lifescience"));
    QCOMPARE(address->sslMode, QStringLiteral("verify-full"));
    QCOMPARE(address->sslRootCert, QStringLiteral("/etc/ssl/our ca.pem"));
    QVERIFY(address->password.isEmpty());
    QCOMPARE(address->connectOptions(), QStringLiteral("connect_timeout=10;application_name=Pactline;"
                                                       "sslmode=verify-full;sslrootcert='/etc/ssl/our ca.pem'"));
    // The URL again, which parses to the same address.
    const auto again = ServerAddress::parse(address->url());
    QVERIFY(again);
    QCOMPARE(again->url(), address->url());
    QCOMPARE(again->sslRootCert, address->sslRootCert);
    QCOMPARE(again->port, 6543);
}

void TestServerAddress::defaultsAndDisplayName()
{
    auto address = ServerAddress::parse(QStringLiteral("postgresql://pactline@db.example.org/lifescience"));
    QVERIFY(address);
    QCOMPARE(address->port, ServerAddress::DefaultPort);
    QVERIFY(address->sslMode.isEmpty());
    QCOMPARE(address->displayName(), QStringLiteral("pactline@db.example.org/lifescience"));
    address->password = QStringLiteral("secret");
    QVERIFY(!address->url().contains(QStringLiteral("secret")));
    QVERIFY(!address->connectOptions().contains(QStringLiteral("secret")));
    QCOMPARE(address->url(), QStringLiteral("postgresql://pactline@db.example.org/lifescience"));
}

void TestServerAddress::refusesWhatItCannotUse_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("why");
    QTest::newRow("password") << QStringLiteral("postgresql://ann:secret@db.example.org/ls")
                              << QStringLiteral("password");
    QTest::newRow("no user") << QStringLiteral("postgresql://db.example.org/ls") << QStringLiteral("no user");
    QTest::newRow("no host") << QStringLiteral("postgresql://ann@/ls") << QStringLiteral("no server");
    QTest::newRow("no database") << QStringLiteral("postgresql://ann@db.example.org") << QStringLiteral("no database");
    QTest::newRow("deeper path") << QStringLiteral("postgresql://ann@db.example.org/ls/more")
                                 << QStringLiteral("no database");
    QTest::newRow("bad sslmode") << QStringLiteral("postgresql://ann@db.example.org/ls?sslmode=maybe")
                                 << QStringLiteral("sslmode must be one of");
    QTest::newRow("unknown setting") << QStringLiteral("postgresql://ann@db.example.org/ls?password=secret")
                                     << QStringLiteral("unknown setting “password”");
    QTest::newRow("a file") << QStringLiteral("/tmp/ls.pactline") << QStringLiteral("postgresql://");
}

void TestServerAddress::refusesWhatItCannotUse()
{
    QFETCH(QString, url);
    QFETCH(QString, why);
    const auto address = ServerAddress::parse(url);
    QVERIFY(!address);
    QVERIFY2(address.error().message.contains(why), qPrintable(address.error().message));
    QVERIFY2(!address.error().message.contains(QStringLiteral("secret")), qPrintable(address.error().message));
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
