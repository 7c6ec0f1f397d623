// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Portfolios on a PostgreSQL server (the tests' own, PgServer): made by the same migrations as files,
// refused untouched when newer or another application's, with clear messages when the password is
// wrong or the server cannot be reached; ids, case-insensitive order and read-only sessions as on files.
#include "pgserver.h"
#include "store/agreementrepository.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/fieldcolumns.h"
#include "store/migrations.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "store/schemacheck.h"
#include "store/serveraddress.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QHostAddress>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

class TestServerPortfolio : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void migrationsBuildTheSchemaFromEmpty();
    void aNewerSchemaIsRefusedUntouched();
    void theSchemaBeforeTheChangeAuthorsGainsThem();
    void theSchemaBeforeDeferrableReferencesGainsThem();
    void anotherApplicationsDatabaseIsRefused();
    void createRefusesADatabaseInUse();
    void aWrongPasswordIsSaidSo();
    void anUnreachableServerIsSaidSo();
    void idsStayAheadOfGivenIds();
    void namesSortAsInAFile();
    void listsAreReadOffTheirSortIndexes();
    void aReadOnlySessionCannotWrite();

private:
    static ServerAddress addressOf(const QString &url);
    static QString tablesOf(const QString &database);
};

ServerAddress TestServerPortfolio::addressOf(const QString &url)
{
    const auto address = ServerAddress::parse(url);
    return address ? *address : ServerAddress();
}

QString TestServerPortfolio::tablesOf(const QString &database)
{
    QString output;
    TestBackend::server().psql(database,
                               QStringLiteral("SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables "
                                              "WHERE schemaname = 'public'"),
                               &output);
    return output;
}

void TestServerPortfolio::initTestCase()
{
    PG_SERVER_OR_SKIP(TestBackend::server());
}

void TestServerPortfolio::migrationsBuildTheSchemaFromEmpty()
{
    const QString url = TestBackend::newServerDatabase(QStringLiteral("empty"));
    const ServerAddress address = addressOf(url);
    {
        auto created = Database::create(url);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        Database &db = **created;
        QVERIFY(db.isOnServer());
        QCOMPARE(db.dialect().engine(), SqlDialect::postgres().engine());
        QCOMPARE(db.schemaVersion(), Migrations::currentVersion());
        QCOMPARE(db.displayName(), address.displayName());
        QCOMPARE(SchemaCheck::differences(db.connection(), db.schemaVersion()), QStringList());
        QVERIFY(db.hasHistory());
        QVERIFY(db.hasSearchIndexes()); // text search and trigrams over folded text (tst_textsearch)
    }
    QString meta;
    QVERIFY(TestBackend::server().psql(
        address.database, QStringLiteral("SELECT application_id || ':' || version FROM pactline_meta"), &meta));
    QCOMPARE(meta, QStringLiteral("%1:%2").arg(Database::ApplicationId).arg(Migrations::currentVersion()));
    // Every table a file has, and the schema version's.
    QStringList expected = Database::allTables();
    expected << QStringLiteral("history") << QStringLiteral("trash") << QStringLiteral("pactline_meta");
    expected.sort();
    QCOMPARE(tablesOf(address.database), expected.join(QLatin1Char(',')));

    auto opened = Database::open(url);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    Partner p;
    p.name = QStringLiteral("Karolinska Institutet");
    p.country = QStringLiteral("SE");
    const auto stored = PartnerRepository(**opened).create(p);
    QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
    QCOMPARE(PartnerRepository(**opened).get(stored->meta.id)->name, p.name);
}

void TestServerPortfolio::aNewerSchemaIsRefusedUntouched()
{
    const QString url = TestBackend::newServerDatabase(QStringLiteral("newer"));
    const ServerAddress address = addressOf(url);
    QVERIFY(Database::create(url));
    const int newer = Migrations::currentVersion() + 1;
    QVERIFY(TestBackend::server().psql(address.database,
                                       QStringLiteral("UPDATE pactline_meta SET version = %1; "
                                                      "CREATE TABLE partner_photo (id BIGINT PRIMARY KEY)")
                                           .arg(newer)));
    const QString before = tablesOf(address.database);
    for (const Database::Mode mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        const auto refused = Database::open(url, mode);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::NewerVersion);
        QVERIFY2(refused.error().message.contains(QStringLiteral("newer Pactline (schema version %1").arg(newer)),
                 qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(address.displayName()), qPrintable(refused.error().message));
    }
    QString version;
    QVERIFY(
        TestBackend::server().psql(address.database, QStringLiteral("SELECT version FROM pactline_meta"), &version));
    QCOMPARE(version, QString::number(newer));
    QCOMPARE(tablesOf(address.database), before);
}

// A portfolio on the server from before the changes' authors is upgraded by the same step as a file:
// the changes recorded before name nobody, a new one names the database user who made it.
void TestServerPortfolio::theSchemaBeforeTheChangeAuthorsGainsThem()
{
    const QString url = TestBackend::newServerDatabase(QStringLiteral("authors"));
    const ServerAddress address = addressOf(url);
    Milestone milestone;
    {
        auto created = Database::create(url);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        Agreement agreement;
        agreement.title = QStringLiteral("ATMP collaboration");
        milestone.agreementId = TestSupport::storedOrWarn(AgreementRepository(**created).create(agreement)).meta.id;
        milestone.title = QStringLiteral("Production facility in Lund ready");
        milestone.due = FuzzyDate::year(2027);
        milestone = TestSupport::storedOrWarn(MilestoneRepository(**created).create(milestone));
        milestone.due = FuzzyDate::year(2028);
        milestone = TestSupport::storedOrWarn(MilestoneRepository(**created).update(milestone));
    }
    QVERIFY(
        TestBackend::server().psql(address.database, TestBackend::schemaBackTo(Migrations::ChangeAuthorVersion - 1)));
    auto opened = Database::open(url);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    Database &db = **opened;
    QCOMPARE(db.schemaVersion(), Migrations::currentVersion());
    QCOMPARE(SchemaCheck::differences(db.connection(), db.schemaVersion()), QStringList());
    const MilestoneRepository milestones(db);
    milestone.due = FuzzyDate::year(2029);
    QVERIFY(milestones.update(milestone, QStringLiteral("permit delay")));
    const QList<MilestoneChange> history = milestones.history(milestone.meta.id).value();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).author, QString());
    QCOMPARE(history.at(1).author, address.user);
    QCOMPARE(history.at(1).author, db.author());
}

// A portfolio on the server from before the step checked every reference at once; after it, a
// transaction that asks (a copy) may write a row before the row it refers to.
void TestServerPortfolio::theSchemaBeforeDeferrableReferencesGainsThem()
{
    const QString url = TestBackend::newServerDatabase(QStringLiteral("deferrable"));
    const ServerAddress address = addressOf(url);
    QVERIFY(Database::create(url));
    // Whether every reference may wait, and whether any may.
    const QString count = QStringLiteral(
        "SELECT bool_and(condeferrable) || ' ' || bool_or(condeferrable) FROM pg_constraint WHERE contype = 'f'");
    QString references;
    QVERIFY(TestBackend::server().psql(address.database, count, &references));
    QCOMPARE(references, QStringLiteral("true true"));
    QVERIFY(TestBackend::server().psql(address.database,
                                       TestBackend::schemaBackTo(Migrations::DeferrableReferencesVersion - 1)));
    QVERIFY(TestBackend::server().psql(address.database, count, &references));
    QCOMPARE(references, QStringLiteral("false false"));
    auto opened = Database::open(url);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    Database &db = **opened;
    QCOMPARE(db.schemaVersion(), Migrations::currentVersion());
    QCOMPARE(SchemaCheck::differences(db.connection(), db.schemaVersion()), QStringList());
    QVERIFY(TestBackend::server().psql(address.database, count, &references));
    QCOMPARE(references, QStringLiteral("true true"));
    // Still checked at each statement unless the transaction asks; then at the commit.
    const auto insert = [&db](qint64 id, qint64 predecessor) {
        QSqlQuery query(db.connection());
        return query.exec(QStringLiteral("INSERT INTO agreement (id, title, kind, status, predecessor_id, created_at, "
                                         "updated_at) VALUES (%1, 'Agreement %1', 'mou', 'draft', %2, "
                                         "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")
                              .arg(id)
                              .arg(predecessor));
    };
    QVERIFY(!insert(1001, 1002));
    const Result<void> written = db.write([&]() -> Result<void> {
        QSqlQuery defer(db.connection());
        if (!defer.exec(db.dialect().deferReferenceChecks()) || !insert(1001, 1002) || !insert(1002, 1001))
            return StoreError{StoreError::Kind::Sql, QStringLiteral("the rows did not go in")};
        return {};
    });
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
}

void TestServerPortfolio::anotherApplicationsDatabaseIsRefused()
{
    const QString url = TestBackend::newServerDatabase(QStringLiteral("invoices"));
    const ServerAddress address = addressOf(url);
    QVERIFY(TestBackend::server().psql(address.database,
                                       QStringLiteral("CREATE TABLE invoice (id SERIAL PRIMARY KEY, amount NUMERIC); "
                                                      "INSERT INTO invoice (amount) VALUES (12.50)")));
    for (const auto &attempt :
         {std::function([&] { return Database::open(url); }), std::function([&] { return Database::create(url); })}) {
        const auto refused = attempt();
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::NotPactline);
        QVERIFY2(refused.error().message.contains(QStringLiteral("another application (invoice)")),
                 qPrintable(refused.error().message));
    }
    QCOMPARE(tablesOf(address.database), QStringLiteral("invoice"));

    // Pactline's mark with another application's id is refused too, and so are tables beside Pactline's.
    const QString marked = TestBackend::newServerDatabase(QStringLiteral("marked"));
    QVERIFY(TestBackend::server().psql(addressOf(marked).database,
                                       QStringLiteral("CREATE TABLE pactline_meta (application_id INTEGER, version "
                                                      "INTEGER); INSERT INTO pactline_meta VALUES (42, 1)")));
    const auto foreign = Database::open(marked);
    QVERIFY(!foreign);
    QCOMPARE(foreign.error().kind, StoreError::Kind::NotPactline);
    const QString extra = TestBackend::newServerDatabase(QStringLiteral("extra"));
    QVERIFY(Database::create(extra));
    QVERIFY(TestBackend::server().psql(addressOf(extra).database, QStringLiteral("CREATE TABLE notes (body TEXT)")));
    const auto unexpected = Database::open(extra);
    QVERIFY(!unexpected);
    QCOMPARE(unexpected.error().kind, StoreError::Kind::UnexpectedSchema);
    QVERIFY2(unexpected.error().message.contains(QStringLiteral("unexpected table “notes”")),
             qPrintable(unexpected.error().message));
}

void TestServerPortfolio::createRefusesADatabaseInUse()
{
    const QString url = TestBackend::newServerDatabase(QStringLiteral("twice"));
    QVERIFY(Database::create(url));
    const auto again = Database::create(url);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, StoreError::Kind::Exists);
    const QString empty = TestBackend::newServerDatabase(QStringLiteral("nothing"));
    const auto none = Database::open(empty);
    QVERIFY(!none);
    QCOMPARE(none.error().kind, StoreError::Kind::NotFound);
    QVERIFY2(none.error().message.contains(QStringLiteral("holds no Pactline portfolio")),
             qPrintable(none.error().message));
}

void TestServerPortfolio::aWrongPasswordIsSaidSo()
{
    const QString url = TestBackend::newServerDatabase(QStringLiteral("password"));
    QVERIFY(Database::create(url));
    ServerAddress address = addressOf(url);
    address.password = QStringLiteral("not the password");
    const auto refused = Database::open(address);
    QVERIFY(!refused);
    QCOMPARE(
        refused.error().message,
        QStringLiteral("The server refused the password of “%1” for “%2”.").arg(address.user, address.displayName()));
    QVERIFY(!refused.error().message.contains(address.password));
    address.password = TestBackend::server().superuserPassword();
    QVERIFY(Database::open(address)); // the window's password, without PGPASSWORD's help
}

void TestServerPortfolio::anUnreachableServerIsSaidSo()
{
    ServerAddress address = addressOf(TestBackend::newServerDatabase(QStringLiteral("away")));
    // A port nobody listens on any more.
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        address.port = probe.serverPort();
    }
    const auto refused = Database::open(address);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, StoreError::Kind::Unreadable);
    QVERIFY2(
        refused.error().message.startsWith(QStringLiteral("Could not connect to “%1”: ").arg(address.displayName())),
        qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("Connection refused")),
             qPrintable(refused.error().message));
    address.host = QStringLiteral("no-such-host.invalid");
    const auto unknown = Database::open(address);
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().message.contains(QStringLiteral("no-such-host.invalid")),
             qPrintable(unknown.error().message));
}

void TestServerPortfolio::idsStayAheadOfGivenIds()
{
    auto db = Database::create(TestBackend::newServerDatabase(QStringLiteral("ids")));
    QVERIFY(db);
    const PartnerRepository partners(**db);
    Partner given;
    given.name = QStringLiteral("Given");
    given.meta.id = 42;
    QCOMPARE(TestSupport::storedOrWarn(partners.create(given)).meta.id, 42);
    Partner next;
    next.name = QStringLiteral("Next");
    QCOMPARE(TestSupport::storedOrWarn(partners.create(next)).meta.id, 43);
    Partner lower;
    lower.name = QStringLiteral("Lower");
    lower.meta.id = 7;
    QCOMPARE(TestSupport::storedOrWarn(partners.create(lower)).meta.id, 7);
    Partner last;
    last.name = QStringLiteral("Last");
    QCOMPARE(TestSupport::storedOrWarn(partners.create(last)).meta.id, 44);
}

void TestServerPortfolio::namesSortAsInAFile()
{
    const QStringList names{QStringLiteral("lund"),        QStringLiteral("Lund University"),
                            QStringLiteral("LUMC"),        QStringLiteral("Ängelholm"),
                            QStringLiteral("_Underscore"), QStringLiteral("zeta"),
                            QStringLiteral("Åbo"),         QStringLiteral("10x Genomics"),
                            QStringLiteral("Zürich"),      QStringLiteral("a b"),
                            QStringLiteral("a-b"),         QStringLiteral("ab")};
    QTemporaryDir dir;
    QList<QStringList> orders;
    for (const QString &location :
         {dir.filePath(QStringLiteral("order.pactline")), TestBackend::newServerDatabase(QStringLiteral("order"))}) {
        auto db = Database::create(location);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        const PartnerRepository partners(**db);
        for (const QString &name : names) {
            Partner p;
            p.name = name;
            QVERIFY(partners.create(p));
        }
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            ListQuery query;
            query.sortKey = QStringLiteral("name");
            query.order = order;
            const Result<QList<Partner>> listed = partners.list(query);
            QVERIFY(listed);
            QStringList sorted;
            for (const Partner &p : *listed)
                sorted << p.name;
            orders << sorted;
        }
        QCOMPARE(partners.findByName(QStringLiteral("LUND")).value(),
                 partners.findByName(QStringLiteral("lund")).value());
    }
    QCOMPARE(orders.at(2), orders.at(0));
    QCOMPARE(orders.at(3), orders.at(1));
}

void TestServerPortfolio::aReadOnlySessionCannotWrite()
{
    const QString url = TestBackend::newServerDatabase(QStringLiteral("reader"));
    QVERIFY(Database::create(url));
    auto db = Database::open(url, Database::Mode::ReadOnly);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    QVERIFY((*db)->isReadOnly());
    // The server refuses, not only Database::write().
    QSqlQuery insert((*db)->connection());
    QVERIFY(!insert.exec(QStringLiteral("INSERT INTO theme (name, created_at, updated_at) VALUES ('x', '', '')")));
    QCOMPARE(Database::sqlError(insert).kind, StoreError::Kind::ReadOnly);
}

namespace {

// The sort keys of a list whose first window the server sorts itself rather than read off an index,
// in both orders ("table.key"), with the plan of the first one that does.
template<typename T, typename Repository>
QStringList keysSortedWhole(Database &db, const char *table, QString &plan)
{
    QString traced;
    db.setStatementTrace([&](const QString &sql, const QVariantList &) { traced = sql; });
    // Taken off on every way out: it writes to this function's `traced`.
    const std::unique_ptr<Database, void (*)(Database *)> untrace(&db, [](Database *d) { d->setStatementTrace({}); });
    QStringList sorted;
    const QList<QString> keys = FieldColumns::sortKeys<T>().keys();
    for (const QString &key : keys) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            ListQuery query;
            query.sortKey = key;
            query.order = order;
            if (!Repository(db).ids(query, ListWindow::start(0, 50)))
                return {QStringLiteral("no window of %1 by %2").arg(QLatin1String(table), key)};
            QSqlQuery explain(db.connection());
            if (!explain.exec(QStringLiteral("EXPLAIN ") + traced))
                return {explain.lastError().text()};
            QString lines;
            while (explain.next())
                lines += explain.value(0).toString() + QLatin1Char('\n');
            if (lines.contains(QLatin1String("Sort"))) {
                if (plan.isEmpty())
                    plan = lines;
                sorted << QLatin1String(table) + QLatin1Char('.') + key;
            }
        }
    }
    sorted.removeDuplicates();
    return sorted;
}

} // namespace

// A list's window, by any sort key that has an index, from its start or its end, is read off the
// index in the list's order (NULLs first, ties by id: schema step 12), not sorted whole by the server.
void TestServerPortfolio::listsAreReadOffTheirSortIndexes()
{
    const QString url = TestBackend::newServerDatabase(QStringLiteral("sortindexes"));
    auto opened = Database::create(url);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    Database &db = **opened;
    QSqlQuery setting(db.connection());
    // The few rows here would be read whole: the plan the server chooses where reading is dear.
    QVERIFY(setting.exec(QStringLiteral("SET enable_seqscan = off")));
    QString plan;
    QStringList sorted = keysSortedWhole<Partner, PartnerRepository>(db, "partner", plan) +
                         keysSortedWhole<Agreement, AgreementRepository>(db, "agreement", plan) +
                         keysSortedWhole<Milestone, MilestoneRepository>(db, "milestone", plan) +
                         keysSortedWhole<Event, EventRepository>(db, "event", plan) +
                         keysSortedWhole<Contact, ContactRepository>(db, "contact", plan);
    sorted.sort();
    // The times of creation and change, and columns of the short lists or rarely sorted, have none, on
    // a file too.
    const QStringList unindexed{
        QStringLiteral("agreement.created_at"), QStringLiteral("agreement.updated_at"),
        QStringLiteral("contact.created_at"),   QStringLiteral("contact.email"),
        QStringLiteral("contact.role"),         QStringLiteral("contact.updated_at"),
        QStringLiteral("event.created_at"),     QStringLiteral("event.place"),
        QStringLiteral("event.updated_at"),     QStringLiteral("milestone.achieved_on"),
        QStringLiteral("milestone.created_at"), QStringLiteral("milestone.updated_at"),
        QStringLiteral("partner.created_at"),   QStringLiteral("partner.updated_at"),
    };
    QVERIFY2(sorted == unindexed, qPrintable(sorted.join(QLatin1Char(' ')) + QLatin1Char('\n') + plan));
}

QTEST_GUILESS_MAIN(TestServerPortfolio)
#include "tst_serverportfolio.moc"
