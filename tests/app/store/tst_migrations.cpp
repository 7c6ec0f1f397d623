#include "store/database.h"
#include "store/migrations.h"
#include "store/partnerrepository.h"
#include "store/schemacheck.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void stepsAreOrderedAndEndAtTheCurrentVersion();
    void step1BuildsTheWholeModel();
    void step1RowsCarryMetadataAndIndexes();
    void laterStepMigratesAfterACopy();
    void failingStepRollsBackWhole();
    void olderFileCannotBeOpenedReadOnly();

private:
    // The names of the schema's objects of a type, with or without the search indexes' FTS5 tables.
    static QStringList objects(const QSqlDatabase &connection, const QString &type, bool withSearchIndexes = true);
    static QList<Migrations::Step> withExtraStep(const QStringList &statements);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QStringList TestMigrations::objects(const QSqlDatabase &connection, const QString &type, bool withSearchIndexes)
{
    QSqlQuery q(connection);
    q.prepare(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    q.addBindValue(type);
    q.exec();
    QStringList names;
    while (q.next())
        if (withSearchIndexes || !q.value(0).toString().contains(QLatin1String("_fts")))
            names << q.value(0).toString();
    return names;
}

QList<Migrations::Step> TestMigrations::withExtraStep(const QStringList &statements)
{
    QList<Migrations::Step> steps = Migrations::steps(SqlDialect(SqlDialect::Kind::Sqlite));
    steps.append({int(steps.size()) + 1, QStringLiteral("test step"), statements});
    return steps;
}

void TestMigrations::stepsAreOrderedAndEndAtTheCurrentVersion()
{
    const QList<Migrations::Step> steps = Migrations::steps(SqlDialect(SqlDialect::Kind::Sqlite));
    QVERIFY(!steps.isEmpty());
    for (int i = 0; i < steps.size(); ++i)
        QCOMPARE(steps.at(i).toVersion, i + 1);
    QCOMPARE(Migrations::currentVersion(), steps.last().toVersion);
}

void TestMigrations::step1BuildsTheWholeModel()
{
    // The schema before step 1 is an empty file marked as Pactline's.
    const QString path = m_dir->filePath(QStringLiteral("v0.pactline"));
    QCOMPARE(QProcess::execute(QStringLiteral("sqlite3"),
                               {path, QStringLiteral("PRAGMA application_id = %1; PRAGMA journal_mode = WAL;")
                                          .arg(Database::ApplicationId)}),
             0);
    auto db = Database::open(path);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    QCOMPARE((*db)->schemaVersion(), Migrations::currentVersion());
    QVERIFY(QFile::exists((*db)->migrationBackupPath())); // the copy taken before migrating
    const QStringList tables = objects((*db)->connection(), QStringLiteral("table"), false);
    const QStringList expected{QStringLiteral("agreement"),
                               QStringLiteral("agreement_party"),
                               QStringLiteral("agreement_theme"),
                               QStringLiteral("contact"),
                               QStringLiteral("event"),
                               QStringLiteral("event_contact"),
                               QStringLiteral("event_partner"),
                               QStringLiteral("milestone"),
                               QStringLiteral("milestone_change"),
                               QStringLiteral("partner"),
                               QStringLiteral("theme")};
    QCOMPARE(tables, expected);
    QVERIFY(SchemaCheck::differences((*db)->connection(), Migrations::currentVersion()).isEmpty());
}

void TestMigrations::step1RowsCarryMetadataAndIndexes()
{
    auto db = Database::create(m_dir->filePath(QStringLiteral("v1.pactline")));
    QVERIFY(db);
    const QSqlDatabase connection = (*db)->connection();
    for (const QString &table : objects(connection, QStringLiteral("table"), false)) {
        const QSqlRecord record = connection.record(table);
        for (const char *column : {"id", "created_at", "updated_at", "version"})
            QVERIFY2(record.contains(QLatin1String(column)),
                     qPrintable(table + QLatin1Char('.') + QLatin1String(column)));
    }
    // The columns the tables sort and filter on are indexed.
    const QStringList indexes = objects(connection, QStringLiteral("index"));
    for (const char *index : {"partner_name_country", "partner_country", "agreement_title", "agreement_status",
                              "agreement_signed", "milestone_due", "milestone_status", "milestone_agreement",
                              "milestone_change_milestone", "agreement_party_partner", "event_date"})
        QVERIFY2(indexes.contains(QLatin1String(index)), index);
    // The sort of a big table uses its index rather than a temporary b-tree.
    QSqlQuery plan(connection);
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM agreement ORDER BY title COLLATE NOCASE, id "
                                     "LIMIT 50")));
    QString details;
    while (plan.next())
        details += plan.value(3).toString() + QLatin1Char('\n');
    QVERIFY2(!details.contains(QStringLiteral("TEMP B-TREE")), qPrintable(details));
}

void TestMigrations::laterStepMigratesAfterACopy()
{
    const QString path = createSamplePortfolio(*m_dir);
    const QList<Migrations::Step> steps =
        withExtraStep({QStringLiteral("ALTER TABLE partner ADD COLUMN acronym TEXT NOT NULL DEFAULT ''"),
                       QStringLiteral("UPDATE partner SET acronym = short_name")});
    auto db = Database::open(path);
    QVERIFY(db);
    const int next = Migrations::currentVersion() + 1;
    const QString copy = path + QStringLiteral(".before-v%1").arg(next);
    QVERIFY((*db)->backupTo(copy));
    QVERIFY(Migrations::run(**db, steps));
    QCOMPARE((*db)->schemaVersion(), next);
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT acronym FROM partner WHERE name = 'Leiden University Medical Center'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("LUMC"));
    QVERIFY(SchemaCheck::differences((*db)->connection(), next, steps).isEmpty());
    // The copy is the portfolio as it was, at the current version.
    auto before = Database::open(copy, Database::Mode::ReadOnly);
    QVERIFY2(before, before ? "" : qPrintable(before.error().message));
    QCOMPARE((*before)->schemaVersion(), Migrations::currentVersion());
    QCOMPARE(PartnerRepository(**before).count().value(), 12);
}

void TestMigrations::failingStepRollsBackWhole()
{
    const QString path = createSamplePortfolio(*m_dir);
    auto db = Database::open(path);
    QVERIFY(db);
    const QList<Migrations::Step> steps =
        withExtraStep({QStringLiteral("ALTER TABLE partner ADD COLUMN acronym TEXT"),
                       QStringLiteral("DELETE FROM contact"), QStringLiteral("THIS IS NOT SQL")});
    const Result<void> result = Migrations::run(**db, steps);
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(QStringLiteral("version %1").arg(Migrations::currentVersion() + 1)));
    QCOMPARE((*db)->schemaVersion(), Migrations::currentVersion());
    QVERIFY(!(*db)->connection().record(QStringLiteral("partner")).contains(QStringLiteral("acronym")));
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM contact")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QVERIFY(SchemaCheck::differences((*db)->connection(), Migrations::currentVersion()).isEmpty());
}

void TestMigrations::olderFileCannotBeOpenedReadOnly()
{
    const QString path = m_dir->filePath(QStringLiteral("v0.pactline"));
    QCOMPARE(QProcess::execute(QStringLiteral("sqlite3"),
                               {path, QStringLiteral("PRAGMA application_id = %1;").arg(Database::ApplicationId)}),
             0);
    const QByteArray before = fileChecksum(path);
    auto db = Database::open(path, Database::Mode::ReadOnly);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, StoreError::Kind::ReadOnly);
    QCOMPARE(fileChecksum(path), before);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
