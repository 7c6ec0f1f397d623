// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's retries while its server is away (ServerRetry), against the tests' server stopped by
// the test: the first try a second after the loss, then twice as long after each failed try, up to
// ten seconds; a try once the server is back reconnects and ends the retries. Each try asks the
// server off the window's thread.
#include "pgserver.h"
#include "server/serverretry.h"
#include "store/database.h"
#include "testbackend.h"

#include <QSignalSpy>
#include <QTest>

class TestServerRetry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { PG_SERVER_OR_SKIP(TestBackend::server()); }

    void waitsLongerAfterEachFailedTryUntilTheServerIsBack()
    {
        const QString url = TestBackend::newServerDatabase(QStringLiteral("retry"));
        QVERIFY(Database::create(url));
        auto opened = Database::open(url);
        QVERIFY(opened);
        Database &db = **opened;
        ServerRetry retry;
        retry.watch(&db);
        QVERIFY(!retry.isRetrying());

        QVERIFY(TestBackend::server().stop());
        QVERIFY(!db.checkConnection());
        QVERIFY(retry.isRetrying());
        QCOMPARE(retry.delayMs(), ServerRetry::FirstDelayMs);
        QSignalSpy tried(&retry, &ServerRetry::tried);
        QList<int> delays;
        for (int i = 0; i < 5; ++i) {
            retry.retryNow();
            QVERIFY(tried.wait(15000));
            QCOMPARE(tried.takeFirst().constFirst().toBool(), false);
            delays << retry.delayMs();
        }
        QCOMPARE(delays, (QList<int>{2000, 4000, 8000, 10000, 10000}));
        QVERIFY(retry.isRetrying());

        QVERIFY(TestBackend::server().start());
        QSignalSpy back(&db, &Database::serverBack);
        retry.retryNow();
        // The server is asked in a thread of its own: the window goes on meanwhile, and a second
        // press of Retry while it asks starts no second try.
        QCOMPARE(back.count(), 0);
        retry.retryNow();
        QVERIFY(tried.wait(15000));
        QCOMPARE(tried.takeFirst().constFirst().toBool(), true);
        QCOMPARE(back.count(), 1);
        QVERIFY(tried.isEmpty());
        QVERIFY(!retry.isRetrying());
        QVERIFY(db.checkConnection());

        // Lost again: the retries start over from the first delay, on their timer.
        QVERIFY(TestBackend::server().stop());
        QVERIFY(!db.checkConnection());
        QCOMPARE(retry.delayMs(), ServerRetry::FirstDelayMs);
        QVERIFY(TestBackend::server().start());
        QVERIFY(back.wait(5000));
        QVERIFY(!retry.isRetrying());
    }
};

QTEST_GUILESS_MAIN(TestServerRetry)
#include "tst_serverretry.moc"
