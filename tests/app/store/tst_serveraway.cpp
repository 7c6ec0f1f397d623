// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A portfolio on a server that stops (the test stops it) and comes back: the store notices, says so,
// refuses writes with a kind of its own and stores nothing half; it connects again with the same
// address and password, and the change feed listens again. A copy interrupted by the stopped server
// leaves nothing half either way, and goes through once the server is back. TLS refusals are said in
// Pactline's words.
#include "exchange/sampleportfolio.h"
#include "generatedrows.h"
#include "models/partnertablemodel.h"
#include "pgserver.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/partnerrepository.h"
#include "store/portfoliocopy.h"
#include "store/schemacheck.h"
#include "store/serveraddress.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

qint64 countOf(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

// Makes sure the server runs again after a test that stopped it, also when the test failed.
struct Restart
{
    ~Restart()
    {
        if (!TestBackend::server().isRunning())
            TestBackend::server().start();
    }
};

// A new portfolio on the tests' server, opened (null, with the test failed, when it could not be).
std::unique_ptr<Database> newServerPortfolio(const QString &name)
{
    const QString url = TestBackend::newServerDatabase(name);
    if (auto created = Database::create(url); !created) {
        QTest::qFail(qPrintable(created.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    auto opened = Database::open(url);
    if (!opened) {
        QTest::qFail(qPrintable(opened.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(*opened);
}

} // namespace

class TestServerAway : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { PG_SERVER_OR_SKIP(TestBackend::server()); }
    void aWriteWhileAwayFailsAndWaitsForTheServer();
    void anEditInterruptedIsStoredWholeOrNotAtAll();
    void anIdleConnectionIsCheckedByTheFeed();
    void aTableAsksNothingWhileAway();
    void theFeedListensAgainAfterReconnecting();
    void aCopyToTheServerInterruptedLeavesItEmpty();
    void anUpgradeInterruptedLeavesTheVersionBefore();
    void aCopyFromTheServerInterruptedLeavesNoFile();
    void pactlineCopyInterruptedSaysSoAndLeavesNothing();
    void tlsRequiredButNotOffered();
    void aCertificateForAnotherHost();
};

void TestServerAway::aWriteWhileAwayFailsAndWaitsForTheServer()
{
    const Restart restart;
    const std::unique_ptr<Database> opened = newServerPortfolio(QStringLiteral("write away"));
    QVERIFY(opened);
    Database &db = *opened;
    QVERIFY(db.isServerReachable());
    QSignalSpy lost(&db, &Database::serverLost);
    QSignalSpy back(&db, &Database::serverBack);
    QSignalSpy changed(&db, &Database::changed);
    PartnerRepository partners(db);
    QVERIFY(partners.create(TestSupport::newPartner(QStringLiteral("Before"))));

    QVERIFY(TestBackend::server().stop());
    const Result<Partner> refused = partners.create(TestSupport::newPartner(QStringLiteral("While away")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, StoreError::Kind::Disconnected);
    QVERIFY2(refused.error().message.contains(db.displayName()), qPrintable(refused.error().message));
    QCOMPARE(lost.count(), 1);
    QVERIFY(!db.isServerReachable());
    QVERIFY(!db.serverProblem().isEmpty());
    // Further writes are refused the same way without a word to the server, and said once.
    const Result<Partner> again = partners.create(TestSupport::newPartner(QStringLiteral("Again")));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, StoreError::Kind::Disconnected);
    QCOMPARE(lost.count(), 1);
    const Result<void> tooEarly = db.reconnect();
    QVERIFY(!tooEarly);
    QCOMPARE(tooEarly.error().kind, StoreError::Kind::Disconnected);
    QCOMPARE(back.count(), 0);

    QVERIFY(TestBackend::server().start());
    changed.clear();
    const Result<void> reconnected = db.reconnect();
    QVERIFY2(reconnected, reconnected ? "" : qPrintable(reconnected.error().message));
    QVERIFY(db.isServerReachable());
    QCOMPARE(back.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().constFirst().toStringList(), Database::allTables());
    QVERIFY(partners.create(TestSupport::newPartner(QStringLiteral("After"))));
    QCOMPARE(countOf(db, QStringLiteral("partner")), 2);
}

void TestServerAway::anEditInterruptedIsStoredWholeOrNotAtAll()
{
    const Restart restart;
    const std::unique_ptr<Database> opened = newServerPortfolio(QStringLiteral("edit away"));
    QVERIFY(opened);
    Database &db = *opened;
    PartnerRepository partners(db);
    const Result<void> written = db.write([&]() -> Result<void> {
        if (auto first = partners.create(TestSupport::newPartner(QStringLiteral("First of two"))); !first)
            return first.error();
        if (!TestBackend::server().stop())
            return StoreError{StoreError::Kind::Sql, QStringLiteral("the server did not stop")};
        if (auto second = partners.create(TestSupport::newPartner(QStringLiteral("Second of two"))); !second)
            return second.error();
        return {};
    });
    QVERIFY(!written);
    QCOMPARE(written.error().kind, StoreError::Kind::Disconnected);
    QVERIFY(!db.isServerReachable());
    QVERIFY(TestBackend::server().start());
    QVERIFY(db.reconnect());
    QCOMPARE(countOf(db, QStringLiteral("partner")), 0);
    QCOMPARE(countOf(db, QStringLiteral("history")), 0);
}

void TestServerAway::anIdleConnectionIsCheckedByTheFeed()
{
    const Restart restart;
    const std::unique_ptr<Database> opened = newServerPortfolio(QStringLiteral("idle away"));
    QVERIFY(opened);
    Database &db = *opened;
    ChangeFeed feed(db, 50);
    QVERIFY(feed.listens());
    QSignalSpy lost(&db, &Database::serverLost);
    QVERIFY(TestBackend::server().stop());
    QVERIFY(lost.wait(5000));
    QVERIFY(!db.isServerReachable());
    QVERIFY(!db.checkConnection());
    QCOMPARE(lost.count(), 1);
    QVERIFY(TestBackend::server().start());
    QVERIFY(db.reconnect());
    QVERIFY(db.checkConnection());
}

void TestServerAway::aTableAsksNothingWhileAway()
{
    const Restart restart;
    const std::unique_ptr<Database> opened = newServerPortfolio(QStringLiteral("table away"));
    QVERIFY(opened);
    PartnerRepository partners(*opened);
    QVERIFY(opened->write([&]() -> Result<void> {
        for (int i = 0; i < 40; ++i)
            if (auto r =
                    partners.create(TestSupport::newPartner(QStringLiteral("Partner %1").arg(i, 2, 10, QChar(u'0'))));
                !r)
                return r.error();
        return {};
    }));
    PartnerTableModel model;
    model.setPageSize(10);
    model.setDatabase(opened.get());
    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(model.data(model.index(0, PartnerTableModel::NameColumn)).toString(), QStringLiteral("Partner 00"));
    QSignalSpy failed(&model, &RecordTableModel::storeFailed);
    QVERIFY(TestBackend::server().stop());
    QVERIFY(!opened->checkConnection());
    // A row not read yet stays empty, and nothing is asked of the server that is not there.
    QVERIFY(model.data(model.index(35, PartnerTableModel::NameColumn)).toString().isEmpty());
    QCOMPARE(failed.count(), 0);
    QVERIFY(TestBackend::server().start());
    QVERIFY(opened->reconnect());
    QTRY_COMPARE(model.data(model.index(35, PartnerTableModel::NameColumn)).toString(), QStringLiteral("Partner 35"));
    QCOMPARE(failed.count(), 0);
}

void TestServerAway::theFeedListensAgainAfterReconnecting()
{
    const Restart restart;
    const QString url = TestBackend::newServerDatabase(QStringLiteral("feed away"));
    QVERIFY(Database::create(url));
    auto mine = Database::open(url);
    auto theirs = Database::open(url);
    QVERIFY(mine && theirs);
    ChangeFeed theirFeed(**theirs, 60000);
    QVERIFY(theirFeed.listens());
    QVERIFY(TestBackend::server().stop());
    QVERIFY(!(*mine)->checkConnection());
    QVERIFY(!(*theirs)->checkConnection());
    QVERIFY(TestBackend::server().start());
    QVERIFY((*mine)->reconnect());
    QVERIFY((*theirs)->reconnect());
    QSignalSpy heard(&theirFeed, &ChangeFeed::changedElsewhere);
    QVERIFY(PartnerRepository(**mine).create(TestSupport::newPartner(QStringLiteral("Heard after the return"))));
    QVERIFY(heard.wait(5000));
}

void TestServerAway::aCopyToTheServerInterruptedLeavesItEmpty()
{
    const Restart restart;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sample.pactline"));
    {
        auto created = Database::create(file);
        QVERIFY(created);
        QVERIFY(SamplePortfolio::loadInto(**created));
    }
    const QString url = TestBackend::newServerDatabase(QStringLiteral("copy in away"));
    bool stopped = false;
    const Result<PortfolioCopy::Outcome> copied = PortfolioCopy::copy(file, url, [&stopped](qint64 done, qint64) {
        if (done > 0 && !stopped)
            stopped = TestBackend::server().stop();
        return true;
    });
    QVERIFY(stopped);
    QVERIFY(!copied);
    QCOMPARE(copied.error().kind, StoreError::Kind::Disconnected);
    QVERIFY2(copied.error().message.contains(QStringLiteral("connection")), qPrintable(copied.error().message));

    QVERIFY(TestBackend::server().start());
    {
        auto left = Database::open(url, Database::Mode::ReadOnly);
        // Nothing copied, or an empty portfolio (its schema is made in a transaction of its own).
        if (left) {
            for (const QString &table : PortfolioCopy::tables())
                QCOMPARE(countOf(**left, table), 0);
        } else {
            QCOMPARE(left.error().kind, StoreError::Kind::NotFound);
        }
    }
    const Result<PortfolioCopy::Outcome> again = PortfolioCopy::copy(file, url);
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    auto whole = Database::open(url, Database::Mode::ReadOnly);
    auto original = Database::open(file, Database::Mode::ReadOnly);
    QVERIFY(whole && original);
    for (const QString &table : PortfolioCopy::tables())
        QCOMPARE(countOf(**whole, table), countOf(**original, table));
}

// The server stops halfway through the upgrade of a portfolio from the version before the server-only
// steps (the words split by pattern, the list-order indexes): it is at that version when the server is
// back, with its rows, and the next opening upgrades it whole.
void TestServerAway::anUpgradeInterruptedLeavesTheVersionBefore()
{
    const Restart restart;
    const int before = Migrations::SearchWordsByPatternVersion - 1;
    const QString url = TestBackend::newServerDatabase(QStringLiteral("upgrade away"));
    {
        auto created = Database::create(url);
        QVERIFY(created);
        QVERIFY(SamplePortfolio::loadInto(**created));
    }
    const QString database = ServerAddress::parse(url)->database;
    QVERIFY(TestBackend::server().psql(database, TestBackend::schemaBackTo(before)));
    qint64 partners = 0;
    {
        auto old = Database::open(url, Database::Mode::ReadOnly);
        QVERIFY2(old, old ? "" : qPrintable(old.error().message));
        QCOMPARE((*old)->schemaVersion(), before);
        partners = countOf(**old, QStringLiteral("partner"));
        QVERIFY(partners > 0);
    }
    bool stopped = false;
    int statements = 0;
    const auto interrupted = Database::open(url, Database::Mode::ReadWrite, [&](int done, int total) {
        statements = total;
        if (!stopped && done == total / 2)
            stopped = TestBackend::server().stop();
    });
    QVERIFY(stopped);
    QVERIFY(statements > 10);
    QVERIFY(!interrupted);

    QVERIFY(TestBackend::server().start());
    {
        auto left = Database::open(url, Database::Mode::ReadOnly);
        QVERIFY2(left, left ? "" : qPrintable(left.error().message));
        QCOMPARE((*left)->schemaVersion(), before);
        QCOMPARE(SchemaCheck::differences((*left)->connection(), before), QStringList());
        QCOMPARE(countOf(**left, QStringLiteral("partner")), partners);
    }
    auto upgraded = Database::open(url);
    QVERIFY2(upgraded, upgraded ? "" : qPrintable(upgraded.error().message));
    QCOMPARE((*upgraded)->schemaVersion(), Migrations::currentVersion());
    QCOMPARE(SchemaCheck::differences((*upgraded)->connection(), Migrations::currentVersion()), QStringList());
    QCOMPARE(countOf(**upgraded, QStringLiteral("partner")), partners);
}

void TestServerAway::aCopyFromTheServerInterruptedLeavesNoFile()
{
    const Restart restart;
    QTemporaryDir dir;
    const QString url = TestBackend::newServerDatabase(QStringLiteral("copy out away"));
    {
        auto created = Database::create(url);
        QVERIFY(created);
        QVERIFY(SamplePortfolio::loadInto(**created));
    }
    const QString file = dir.filePath(QStringLiteral("back.pactline"));
    bool stopped = false;
    const Result<PortfolioCopy::Outcome> copied = PortfolioCopy::copy(url, file, [&stopped](qint64 done, qint64) {
        if (done > 0 && !stopped)
            stopped = TestBackend::server().stop();
        return true;
    });
    QVERIFY(stopped);
    QVERIFY(!copied);
    QCOMPARE(copied.error().kind, StoreError::Kind::Disconnected);
    QVERIFY(!QFileInfo::exists(file));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

    QVERIFY(TestBackend::server().start());
    const Result<PortfolioCopy::Outcome> again = PortfolioCopy::copy(url, file);
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    QVERIFY(QFileInfo::exists(file));
}

void TestServerAway::pactlineCopyInterruptedSaysSoAndLeavesNothing()
{
    const Restart restart;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("many.pactline"));
    {
        auto created = Database::create(file);
        QVERIFY(created);
        QVERIFY(SamplePortfolio::loadInto(**created));
    }
    // 10,000 agreements with a party each, 60,000 milestones (12,000 changes), a history line each.
    const QString problem =
        TestSupport::runOnFile(file, TestSupport::GeneratedRows{10000, 60000, 12000, true}.statements());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString url = TestBackend::newServerDatabase(QStringLiteral("cli copy away"));
    const QString database = ServerAddress::parse(url)->database;

    QProcess copy;
    copy.start(TestSupport::pactlineBinary(), {QStringLiteral("copy"), file, url});
    QVERIFY(copy.waitForStarted());
    // The schema is made first, in a transaction of its own; the rows follow in another: stop the
    // server while they go in.
    QString output;
    QVERIFY(QTest::qWaitFor(
        [&] {
            return TestBackend::server().psql(
                       database, QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'pactline_meta'"),
                       &output) &&
                   output == QLatin1String("1");
        },
        30000));
    QVERIFY(copy.state() == QProcess::Running);
    QVERIFY(TestBackend::server().stop());
    QVERIFY(copy.waitForFinished(60000));
    const QString said = QString::fromUtf8(copy.readAllStandardError());
    QVERIFY2(copy.exitCode() != 0, qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("The connection to the server was lost")), qPrintable(said));

    QVERIFY(TestBackend::server().start());
    {
        auto left = Database::open(url, Database::Mode::ReadOnly);
        QVERIFY2(left, left ? "" : qPrintable(left.error().message));
        for (const QString &table : PortfolioCopy::tables())
            QCOMPARE(countOf(**left, table), 0);
    }
    const TestSupport::ProcessResult again = TestSupport::runPactline({QStringLiteral("copy"), file, url});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    auto whole = Database::open(url, Database::Mode::ReadOnly);
    auto original = Database::open(file, Database::Mode::ReadOnly);
    QVERIFY(whole && original);
    for (const QString &table : PortfolioCopy::tables())
        QCOMPARE(countOf(**whole, table), countOf(**original, table));
}

void TestServerAway::tlsRequiredButNotOffered()
{
    ServerAddress address = *ServerAddress::parse(TestBackend::newServerDatabase(QStringLiteral("no tls")));
    address.sslMode = QStringLiteral("require");
    const auto refused = Database::open(address);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("offers no encrypted connection (TLS)")),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(address.host), qPrintable(refused.error().message));
}

void TestServerAway::aCertificateForAnotherHost()
{
    PgServer other({true, QStringLiteral("db.example.org")});
    PG_SERVER_OR_SKIP(other);
    ServerAddress address = other.superuserAddress(QStringLiteral("localhost"));
    address.sslMode = QStringLiteral("verify-full");
    address.sslRootCert = other.certificate();
    const auto refused = Database::open(address);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("The certificate of the server is not for “localhost”")),
             qPrintable(refused.error().message));
}

QTEST_GUILESS_MAIN(TestServerAway)
#include "tst_serveraway.moc"
