// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// On a PostgreSQL server every committed write notifies the other clients, in its own transaction,
// which tables it changed; each client's ChangeFeed hears it and its Database announces the change
// as if it were its own, while its own commits and rolled-back writes tell it nothing.
#include "pgserver.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/partnerrepository.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

class TestChangeNotices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { PG_SERVER_OR_SKIP(TestBackend::server()); }

    void aColleaguesCommitReachesTheOtherClient()
    {
        const QString url = TestBackend::newServerDatabase(QStringLiteral("notices"));
        auto mine = Database::create(url);
        QVERIFY2(mine, mine ? "" : qPrintable(mine.error().message));
        auto theirs = Database::open(url);
        QVERIFY2(theirs, theirs ? "" : qPrintable(theirs.error().message));

        ChangeFeed myFeed(**mine);
        ChangeFeed theirFeed(**theirs);
        QVERIFY(myFeed.listens());
        QVERIFY(theirFeed.listens());
        QSignalSpy theirChanges(theirs->get(), &Database::changed);
        QSignalSpy theyHeard(&theirFeed, &ChangeFeed::changedElsewhere);
        QSignalSpy iHeard(&myFeed, &ChangeFeed::changedElsewhere);

        QElapsedTimer timer;
        timer.start();
        const Result<Partner> created =
            PartnerRepository(**mine).create(TestSupport::newPartner(QStringLiteral("Lund University")));
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        QVERIFY(theyHeard.wait(5000));
        qInfo("notice heard %lld ms after the write began", timer.elapsed());
        QCOMPARE(theirChanges.constLast().constFirst().toStringList(), QStringList{QStringLiteral("partner")});
        // The other client reads the new row at once.
        const Result<Partner> seen = PartnerRepository(**theirs).get(created->meta.id);
        QVERIFY(seen);
        QCOMPARE(seen->name, QStringLiteral("Lund University"));

        // My own commit is not news to me.
        QTest::qWait(200);
        QCOMPARE(iHeard.count(), 0);

        // A write that fails rolls its notice back with it.
        theyHeard.clear();
        const Result<Partner> duplicate =
            PartnerRepository(**mine).create(TestSupport::newPartner(QStringLiteral("Lund University")));
        QVERIFY(!duplicate);
        QVERIFY(!theyHeard.wait(500));

        // And the other way round.
        Partner renamed = *seen;
        renamed.name = QStringLiteral("Lunds universitet");
        QVERIFY(PartnerRepository(**theirs).update(renamed));
        QVERIFY(iHeard.wait(5000));
    }

    void aFileIsPolledNotListenedTo()
    {
        QTemporaryDir dir;
        auto db = Database::create(dir.filePath(QStringLiteral("plain.pactline")));
        QVERIFY(db);
        ChangeFeed feed(**db, 60000);
        QVERIFY(!feed.listens());
    }
};

QTEST_GUILESS_MAIN(TestChangeNotices)
#include "tst_changenotices.moc"
