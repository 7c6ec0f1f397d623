// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/changefeed.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/partnerrepository.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

// Stores a partner of that name and country inside a write: the store's refusal, if any.
Result<void> addPartner(const PartnerRepository &partners, const QString &name, const QString &country = {})
{
    Partner partner;
    partner.name = name;
    partner.country = country;
    if (auto stored = partners.create(partner); !stored)
        return stored.error();
    return {};
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsAPactlineFile();
    void saysWhichSqliteItUses();
    void refusesToOverwrite();
    void connectionPragmas();
    void reopensWhatItCreated();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void readOnlyRefusesWrites();
    void failedWriteRollsBackWhole();
    void nestedWritesJoinOneTransaction();
    void changedIsEmittedAfterCommitOnly();
    void foreignKeysAreEnforced();
    void backupIsAReadablePortfolio();
    void aSecondConnectionKeepsTheFirstsLocks();
    void changesElsewhereAreAnnounced();

private:
    QString emptyPortfolio(const QString &name = QStringLiteral("p.pactline"));
    static qint64 pragma(Database &db, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestDatabase::emptyPortfolio(const QString &name)
{
    const QString path = m_dir->filePath(name);
    auto db = Database::create(path);
    if (!db)
        qWarning() << db.error().message;
    return db ? path : QString();
}

qint64 TestDatabase::pragma(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestDatabase::createsAPactlineFile()
{
    const QString path = m_dir->filePath(QStringLiteral("new.pactline"));
    auto db = Database::create(path);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    QCOMPARE(pragma(**db, QStringLiteral("application_id")), qint64(Database::ApplicationId));
    QCOMPARE((*db)->schemaVersion(), Migrations::currentVersion());
    QVERIFY(QFile::exists(path));
    // The file header on disk already says it all, even before the WAL is checkpointed again.
    db->reset();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(16).startsWith("SQLite format 3"));
}

void TestDatabase::saysWhichSqliteItUses()
{
    const QStringList connections = QSqlDatabase::connectionNames();
    const QString version = Database::sqliteVersion();
    QVERIFY2(QRegularExpression(QStringLiteral("^3\\.\\d+\\.\\d+$")).match(version).hasMatch(), qPrintable(version));
    // The library a portfolio is opened with, and no connection left behind.
    QCOMPARE(QSqlDatabase::connectionNames(), connections);
    auto db = Database::create(m_dir->filePath(QStringLiteral("version.pactline")));
    QVERIFY(db);
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(QStringLiteral("select sqlite_version()")) && query.next());
    QCOMPARE(query.value(0).toString(), version);
}

void TestDatabase::refusesToOverwrite()
{
    const QString path = m_dir->filePath(QStringLiteral("existing.txt"));
    QVERIFY(writeFile(path, "keep me"));
    auto db = Database::create(path);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, StoreError::Kind::Exists);
    QVERIFY(db.error().message.contains(QStringLiteral("already exists")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void TestDatabase::connectionPragmas()
{
    const QString path = emptyPortfolio();
    {
        auto reader = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(reader);
        QCOMPARE(pragma(**reader, QStringLiteral("trusted_schema")), 0);
    }
    auto db = Database::open(path);
    QVERIFY(db);
    QCOMPARE(pragma(**db, QStringLiteral("foreign_keys")), 1);
    // Trusted only by a writing connection, whose file's schema was found to be Pactline's (the search
    // indexes' triggers write FTS5 tables); reading connections distrust it.
    QCOMPARE(pragma(**db, QStringLiteral("trusted_schema")), 1);
    QCOMPARE(pragma(**db, QStringLiteral("synchronous")), 2); // FULL
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
}

void TestDatabase::reopensWhatItCreated()
{
    const QString path = emptyPortfolio();
    for (int i = 0; i < 3; ++i) {
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QVERIFY((*db)->migrationBackupPath().isEmpty()); // nothing to migrate
    }
    auto readOnly = Database::open(path, Database::Mode::ReadOnly);
    QVERIFY(readOnly);
    QVERIFY((*readOnly)->isReadOnly());
}

void TestDatabase::refusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("not sqlite") << "text" << int(StoreError::Kind::NotSqlite) << "not an SQLite database";
    QTest::newRow("empty") << "empty" << int(StoreError::Kind::NotSqlite) << "empty";
    QTest::newRow("truncated") << "truncated" << int(StoreError::Kind::Corrupt) << "truncated";
    QTest::newRow("other sqlite") << "foreign" << int(StoreError::Kind::NotPactline) << "not a Pactline portfolio";
    QTest::newRow("newer version") << "newer" << int(StoreError::Kind::NewerVersion) << "newer Pactline";
    QTest::newRow("added trigger") << "trigger" << int(StoreError::Kind::UnexpectedSchema) << "unexpected trigger";
    QTest::newRow("added view") << "view" << int(StoreError::Kind::UnexpectedSchema) << "unexpected view";
    QTest::newRow("changed table") << "altered" << int(StoreError::Kind::UnexpectedSchema) << "differs";
    QTest::newRow("folder") << "folder" << int(StoreError::Kind::Unreadable) << "folder";
    QTest::newRow("missing") << "missing" << int(StoreError::Kind::NotFound) << "does not exist";
}

void TestDatabase::refusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(int, expected);
    QFETCH(QString, phrase);
    const QString path = m_dir->filePath(QStringLiteral("bad.pactline"));
    const auto sqlite = [&](const QString &sql) {
        QVERIFY(QProcess::execute(QStringLiteral("sqlite3"), {path, sql}) == 0);
    };
    if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(path, "name,country\nLund University,SE\n"));
    } else if (kind == QLatin1String("empty")) {
        QVERIFY(writeFile(path, {}));
    } else if (kind == QLatin1String("truncated")) {
        createSamplePortfolio(*m_dir, QStringLiteral("bad.pactline"));
        QFile f(path);
        QVERIFY(f.resize(f.size() / 2 + 100));
    } else if (kind == QLatin1String("foreign")) {
        sqlite(QStringLiteral("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('x');"));
    } else if (kind == QLatin1String("newer")) {
        QVERIFY(!emptyPortfolio(QStringLiteral("bad.pactline")).isEmpty());
        sqlite(QStringLiteral("PRAGMA user_version = 99;"));
    } else if (kind == QLatin1String("trigger")) {
        createSamplePortfolio(*m_dir, QStringLiteral("bad.pactline"));
        sqlite(QStringLiteral("CREATE TRIGGER spy AFTER INSERT ON partner BEGIN DELETE FROM agreement; END;"));
    } else if (kind == QLatin1String("view")) {
        QVERIFY(!emptyPortfolio(QStringLiteral("bad.pactline")).isEmpty());
        sqlite(QStringLiteral("CREATE VIEW everything AS SELECT * FROM partner;"));
    } else if (kind == QLatin1String("altered")) {
        QVERIFY(!emptyPortfolio(QStringLiteral("bad.pactline")).isEmpty());
        sqlite(QStringLiteral("ALTER TABLE partner ADD COLUMN secret TEXT;"));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(path));
    }
    const QByteArray before = fileChecksum(path);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);

    for (Database::Mode mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        auto db = Database::open(path, mode);
        QVERIFY(!db);
        QCOMPARE(int(db.error().kind), expected);
        QVERIFY2(db.error().message.contains(phrase, Qt::CaseInsensitive), qPrintable(db.error().message));
    }
    QCOMPARE(fileChecksum(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);
}

void TestDatabase::readOnlyRefusesWrites()
{
    const QString path = createSamplePortfolio(*m_dir);
    const QByteArray before = fileChecksum(path);
    auto db = Database::open(path, Database::Mode::ReadOnly);
    QVERIFY(db);
    const PartnerRepository partners(**db);
    Partner p;
    p.name = QStringLiteral("Karolinska Institutet");
    const auto created = partners.create(p);
    QVERIFY(!created);
    QCOMPARE(created.error().kind, StoreError::Kind::ReadOnly);
    QCOMPARE(partners.count().value(), 12);
    db->reset();
    QCOMPARE(fileChecksum(path), before);
}

void TestDatabase::failedWriteRollsBackWhole()
{
    auto db = Database::open(emptyPortfolio());
    QVERIFY(db);
    const PartnerRepository partners(**db);
    const Result<void> result = (*db)->write([&]() -> Result<void> {
        if (auto r = addPartner(partners, QStringLiteral("Lund University"), QStringLiteral("SE")); !r)
            return r;
        // The same name in the same country: refused by the store.
        return addPartner(partners, QStringLiteral("Lund University"), QStringLiteral("SE"));
    });
    QVERIFY(!result);
    QCOMPARE(result.error().kind, StoreError::Kind::Invalid);
    QCOMPARE(partners.count().value(), 0); // the first insert went too
    QVERIFY(!(*db)->inTransaction());
    // The connection is usable afterwards.
    Partner c;
    c.name = QStringLiteral("Leiden University Medical Center");
    QVERIFY(partners.create(c));
    QCOMPARE(partners.count().value(), 1);
}

void TestDatabase::nestedWritesJoinOneTransaction()
{
    auto db = Database::open(emptyPortfolio());
    QVERIFY(db);
    const PartnerRepository partners(**db);
    const Result<void> result = (*db)->write([&]() -> Result<void> {
        if (auto r = addPartner(partners, QStringLiteral("QPS")); !r)
            return r;
        // Another connection sees nothing until the outer write commits.
        auto other = Database::open((*db)->path(), Database::Mode::ReadOnly);
        if (!other || PartnerRepository(**other).count().value() != 0)
            return StoreError{StoreError::Kind::Sql, QStringLiteral("write visible before commit")};
        return {};
    });
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    auto other = Database::open((*db)->path(), Database::Mode::ReadOnly);
    QVERIFY(other);
    QCOMPARE(PartnerRepository(**other).count().value(), 1);
}

void TestDatabase::changedIsEmittedAfterCommitOnly()
{
    auto db = Database::open(emptyPortfolio());
    QVERIFY(db);
    QSignalSpy spy(db->get(), &Database::changed);
    const PartnerRepository partners(**db);
    Partner p;
    p.name = QStringLiteral("CTC");
    QVERIFY(partners.create(p));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toStringList(), QStringList{QStringLiteral("partner")});
    Partner empty; // invalid: refused, nothing committed, no signal
    QVERIFY(!partners.create(empty));
    const Result<void> failed = (*db)->write([&]() -> Result<void> {
        if (auto r = addPartner(partners, QStringLiteral("SCRO")); !r)
            return r;
        return StoreError{StoreError::Kind::Invalid, QStringLiteral("give up")};
    });
    QVERIFY(!failed);
    QCOMPARE(spy.count(), 1);
}

void TestDatabase::foreignKeysAreEnforced()
{
    auto db = Database::open(emptyPortfolio());
    QVERIFY(db);
    QSqlQuery q((*db)->connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO contact (partner_id, name, created_at, updated_at) VALUES "
                                   "(4711, 'Nobody', '2024-01-01', '2024-01-01')")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive));
}

void TestDatabase::backupIsAReadablePortfolio()
{
    const QString path = createSamplePortfolio(*m_dir);
    auto db = Database::open(path);
    QVERIFY(db);
    const QString copy = m_dir->filePath(QStringLiteral("copy.pactline"));
    QVERIFY((*db)->backupTo(copy));
    const auto again = (*db)->backupTo(copy);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, StoreError::Kind::Exists);
    auto restored = Database::open(copy, Database::Mode::ReadOnly);
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
    QCOMPARE(PartnerRepository(**restored).count().value(), 12);
    // A portfolio open read-only can be copied too (Save a Copy As from the read-only banner),
    // and stays read-only afterwards.
    const QString second = m_dir->filePath(QStringLiteral("copy of copy.pactline"));
    const auto copied = (*restored)->backupTo(second);
    QVERIFY2(copied, copied ? "" : qPrintable(copied.error().message));
    QCOMPARE(PartnerRepository(**Database::open(second, Database::Mode::ReadOnly)).count().value(), 12);
    Partner p;
    p.name = QStringLiteral("Karolinska Institutet");
    QCOMPARE(PartnerRepository(**restored).create(p).error().kind, StoreError::Kind::ReadOnly);
}

void TestDatabase::aSecondConnectionKeepsTheFirstsLocks()
{
    // Found with a second Pactline connection on an open file (the counting thread, the automatic
    // backup): reading the file's header around SQLite dropped SQLite's locks, and another program
    // then deleted the write-ahead log that still held this process's commits.
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QSKIP("needs the sqlite3 shell");
    const QString path = emptyPortfolio();
    auto db = Database::open(path);
    QVERIFY(db);
    Partner partner;
    partner.name = QStringLiteral("Lund University");
    QVERIFY(PartnerRepository(**db).create(partner));
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    {
        auto second = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(second);
    }
    QProcess shell;
    shell.start(sqlite3, {path, QStringLiteral("SELECT count(*) FROM partner;")});
    QVERIFY(shell.waitForFinished(10000));
    QCOMPARE(shell.readAllStandardOutput().trimmed(), QByteArray("1"));
    // Another program closing the file must not take the log this process still uses.
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    partner.name = QStringLiteral("Leiden University");
    QVERIFY(PartnerRepository(**db).create(partner));
    shell.start(sqlite3, {path, QStringLiteral("SELECT count(*) FROM partner;")});
    QVERIFY(shell.waitForFinished(10000));
    QCOMPARE(shell.readAllStandardOutput().trimmed(), QByteArray("2"));
}

void TestDatabase::changesElsewhereAreAnnounced()
{
    const QString path = emptyPortfolio();
    auto db = Database::open(path);
    QVERIFY(db);
    ChangeFeed feed(**db, 60000);
    QSignalSpy changed(db->get(), &Database::changed);
    QSignalSpy elsewhere(&feed, &ChangeFeed::changedElsewhere);
    // Our own writes are announced by the write, not by the feed.
    Partner partner;
    partner.name = QStringLiteral("Lund University");
    QVERIFY(PartnerRepository(**db).create(partner));
    feed.poll();
    QCOMPARE(elsewhere.count(), 0);
    QCOMPARE(changed.count(), 1);
    {
        auto other = Database::open(path);
        partner.name = QStringLiteral("Karolinska Institutet");
        QVERIFY(PartnerRepository(**other).create(partner));
    }
    feed.poll();
    QCOMPARE(elsewhere.count(), 1);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().first().toStringList(), Database::allTables());
    feed.poll();
    QCOMPARE(elsewhere.count(), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
