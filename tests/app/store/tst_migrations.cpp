// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/historyrepository.h"
#include "store/keptcolumns.h"
#include "store/migrations.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "store/portfoliocheck.h"
#include "store/schemacheck.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
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
    void step2KeepsEveryRow();
    void step2NeedsForeignKeysOff();
    void step2SchemaPassesTheChecks();
    void newFileEqualsMigratedFile();
    void deletedIdIsNeverGivenAgain();
    void shellBadWriteIsRefusedBySqlite_data();
    void shellBadWriteIsRefusedBySqlite();
    void badValuesStopTheMigrationAndLeaveTheFile();
    void fileWithBadValuesOpensReadOnly();
    void fileBeforeTheHistoryGainsIt();
    void fileBeforeTheListIndexesGainsThem();
    void fileBeforeTheServerSearchStepUpgrades();
    void fileBeforeTheChangeAuthorsGainsThem();
    void fileBeforeTheKeptColumnsGainsThem();
    void fileBeforeAServerOnlyStepUpgrades_data();
    void fileBeforeAServerOnlyStepUpgrades();

private:
    // The names of the schema's objects of a type, with or without the search indexes' FTS5 tables.
    static QStringList objects(const QSqlDatabase &connection, const QString &type, bool withSearchIndexes = true);
    static QStringList rows(const QString &path);
    static QStringList schemaOf(const QString &path);
    static bool shell(const QString &path, const QString &sql, QString *error = nullptr);
    static QList<Migrations::Step> withExtraStep(const QStringList &statements);
    static QStringList withEmptyChangeAuthors(QStringList rows);
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

// Every row of every table, in id order, through a read-only connection: the records' own columns,
// without those the schema keeps itself (keptcolumns.h).
QStringList TestMigrations::rows(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return {db.error().message};
    QStringList lines;
    for (const QString &table : Database::allTables()) {
        const QSqlRecord record = (*db)->connection().record(table);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            if (!KeptColumns::isKept(table, record.fieldName(i)))
                columns << record.fieldName(i);
        for (const QString &line :
             rowsOf((*db)->connection(),
                    QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns.join(QStringLiteral(", ")), table)))
            lines << table + QLatin1Char(':') + line;
    }
    return lines;
}

QStringList TestMigrations::schemaOf(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return {db.error().message};
    return rowsOf((*db)->connection(),
                  QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"));
}

// Runs SQL with the real sqlite3 shell, as another tool would.
bool TestMigrations::shell(const QString &path, const QString &sql, QString *error)
{
    const ProcessResult result = runSqlite({path, sql});
    if (error)
        *error = result.err;
    return result.exitCode == 0;
}

QList<Migrations::Step> TestMigrations::withExtraStep(const QStringList &statements)
{
    QList<Migrations::Step> steps = Migrations::steps(SqlDialect::sqlite());
    steps.append({int(steps.size()) + 1, QStringLiteral("test step"), statements});
    return steps;
}

void TestMigrations::stepsAreOrderedAndEndAtTheCurrentVersion()
{
    const QList<Migrations::Step> steps = Migrations::steps(SqlDialect::sqlite());
    QVERIFY(!steps.isEmpty());
    for (int i = 0; i < steps.size(); ++i)
        QCOMPARE(steps.at(i).toVersion, i + 1);
    QCOMPARE(Migrations::currentVersion(), steps.last().toVersion);
    // Only the step with the CHECK constraints needs the content check before it.
    QVERIFY(Migrations::refusesValuesAfter(1));
    QVERIFY(!Migrations::refusesValuesAfter(Migrations::CheckedValuesVersion));
    QVERIFY(!Migrations::refusesValuesAfter(Migrations::SearchIndexVersion));
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
                               QStringLiteral("history"),
                               QStringLiteral("milestone"),
                               QStringLiteral("milestone_change"),
                               QStringLiteral("partner"),
                               QStringLiteral("theme"),
                               QStringLiteral("trash")};
    QCOMPARE(tables, expected);
    QVERIFY(SchemaCheck::differences((*db)->connection(), Migrations::currentVersion()).isEmpty());
}

void TestMigrations::step1RowsCarryMetadataAndIndexes()
{
    auto db = Database::create(m_dir->filePath(QStringLiteral("v1.pactline")));
    QVERIFY(db);
    const QSqlDatabase connection = (*db)->connection();
    for (const QString &table : Database::allTables()) {
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
    const int next = Migrations::currentVersion() + 1;
    auto db = Database::open(path);
    QVERIFY(db);
    const QString copy = path + QStringLiteral(".before-v%1").arg(next);
    QVERIFY((*db)->backupTo(copy));
    QList<std::pair<int, int>> heard;
    QVERIFY(Migrations::run(**db, steps, [&](int done, int total) { heard.append({done, total}); }));
    QCOMPARE((*db)->schemaVersion(), next);
    // Progress: from none to all of the pending step's two statements.
    QCOMPARE(heard, (QList<std::pair<int, int>>{{0, 2}, {1, 2}, {2, 2}}));
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT acronym FROM partner WHERE name = 'Leiden University Medical Center'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("LUMC"));
    QVERIFY(SchemaCheck::differences((*db)->connection(), next, steps).isEmpty());
    // The copy is the portfolio as it was, at the version before.
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
    const int current = Migrations::currentVersion();
    QVERIFY(result.error().message.contains(QStringLiteral("version %1").arg(current + 1)));
    QCOMPARE((*db)->schemaVersion(), current);
    QVERIFY(!(*db)->connection().record(QStringLiteral("partner")).contains(QStringLiteral("acronym")));
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM contact")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QVERIFY(SchemaCheck::differences((*db)->connection(), current).isEmpty());
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

void TestMigrations::step2KeepsEveryRow()
{
    const QString path = createVersion1Portfolio(*m_dir);
    const QStringList before = rows(path);
    for (const char *table : {"milestone", "milestone_change", "agreement_party", "agreement_theme", "contact",
                              "event_partner", "event_contact"})
        QVERIFY2(!before.filter(QRegularExpression(QStringLiteral("^%1:").arg(QLatin1String(table)))).isEmpty(),
                 table); // the sample has children of every kind
    {
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Migrations::currentVersion());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // back on after the rebuild
    }
    QCOMPARE(rows(path), withEmptyChangeAuthors(before));
}

void TestMigrations::step2NeedsForeignKeysOff()
{
    // The same statements with foreign keys on: dropping a parent table deletes its children (or is
    // refused where a reference restricts), so switching them off is what keeps the rows.
    const QString path = createVersion1Portfolio(*m_dir);
    const QStringList before = rows(path);
    const Migrations::Step step = Migrations::steps(SqlDialect::sqlite()).at(Migrations::CheckedValuesVersion - 1);
    QVERIFY(step.rebuildsTables);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        const auto counts = [&raw] {
            QStringList all;
            for (const QString &table : Database::allTables())
                all << rowsOf(raw, QStringLiteral("SELECT count(*) FROM %1").arg(table));
            return all;
        };
        const QStringList countsBefore = counts();
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        bool ran = true;
        for (const QString &statement : step.statements)
            ran = ran && q.exec(statement);
        QVERIFY2(!ran || counts() != countsBefore, "every row survived with foreign keys on");
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QCOMPARE(rows(path), before);
}

void TestMigrations::step2SchemaPassesTheChecks()
{
    const QString path = createVersion1Portfolio(*m_dir);
    {
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QVERIFY(QFile::exists((*db)->migrationBackupPath()));
        QVERIFY(SchemaCheck::differences((*db)->connection(), Migrations::currentVersion()).isEmpty());
        // Renamed tables are stored with their name quoted; the expected schema is made the same way.
        QVERIFY(rowsOf((*db)->connection(), QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'agreement'"))
                    .constFirst()
                    .startsWith(QStringLiteral("CREATE TABLE \"agreement\"")));
    }
    const ProcessResult check = runPactline({QStringLiteral("check"), path});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    // The copy taken before is version 1, whole.
    const ProcessResult copy =
        runPactline({QStringLiteral("check"), path + QStringLiteral(".before-v%1").arg(Migrations::currentVersion())});
    QVERIFY2(copy.exitCode == 0 && copy.out.contains(QStringLiteral("schema version 1")),
             qPrintable(copy.out + copy.err));
}

void TestMigrations::newFileEqualsMigratedFile()
{
    const QString migrated = createVersion1Portfolio(*m_dir);
    QVERIFY(Database::open(migrated));
    const QString created = m_dir->filePath(QStringLiteral("new.pactline"));
    QVERIFY(Database::create(created));
    const QStringList schema = schemaOf(created);
    QVERIFY(schema.size() > 40);
    QCOMPARE(schemaOf(migrated), schema);
}

void TestMigrations::deletedIdIsNeverGivenAgain()
{
    const QString created = createSamplePortfolio(*m_dir, QStringLiteral("new.pactline"));
    const QString migrated = createVersion1Portfolio(*m_dir);
    for (const QString &path : {created, migrated}) {
        auto db = Database::open(path);
        QVERIFY(db);
        const PartnerRepository partners(**db);
        const Partner partner = TestSupport::newPartner(QStringLiteral("Karolinska Development"), QStringLiteral("SE"),
                                                        PartnerKind::Company);
        const auto first = partners.create(partner);
        QVERIFY(first);
        QVERIFY(partners.remove(first->meta.id));
        const auto second = partners.create(partner);
        QVERIFY(second);
        QVERIFY2(second->meta.id > first->meta.id, qPrintable(path));
    }
}

void TestMigrations::shellBadWriteIsRefusedBySqlite_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("agreement status") << "UPDATE agreement SET status = 'paused'";
    QTest::newRow("agreement kind") << "UPDATE agreement SET kind = 'contract'";
    QTest::newRow("partner kind") << "UPDATE partner SET kind = 'startup'";
    QTest::newRow("party role") << "UPDATE agreement_party SET role = 'boss'";
    QTest::newRow("milestone status") << "UPDATE milestone SET status = 'late'";
    QTest::newRow("change status") << "UPDATE milestone_change SET old_status = 'lost'";
    QTest::newRow("due code") << "UPDATE milestone SET due = 'soon' WHERE due <> ''";
    QTest::newRow("day without code") << "UPDATE milestone SET due = '', due_last = NULL WHERE due_first IS NOT NULL";
    QTest::newRow("code without days") << "UPDATE event SET date_first = NULL WHERE date <> ''";
    QTest::newRow("first after last") << "UPDATE milestone SET due_first = '2999-01-01' WHERE due <> ''";
    QTest::newRow("country") << "UPDATE partner SET country = 'nl' WHERE country = 'NL'";
    QTest::newRow("country length") << "UPDATE partner SET country = 'NLD' WHERE country = 'NL'";
    QTest::newRow("version") << "UPDATE contact SET version = 0";
}

void TestMigrations::shellBadWriteIsRefusedBySqlite()
{
    QFETCH(QString, sql);
    // Version 1 takes the write, and the content check finds it.
    const QString old = createVersion1Portfolio(*m_dir, QStringLiteral("old.pactline"));
    QVERIFY(shell(old, sql));
    QCOMPARE(PortfolioCheck::run(old).outcome, PortfolioCheck::Outcome::Problems);
    // The migrated schema refuses it.
    const QString path = createVersion1Portfolio(*m_dir);
    QVERIFY(Database::open(path));
    QString error;
    QVERIFY(!shell(path, sql, &error));
    QVERIFY2(error.contains(QStringLiteral("CHECK constraint failed")), qPrintable(error));
    QCOMPARE(PortfolioCheck::run(path).outcome, PortfolioCheck::Outcome::Healthy);
}

void TestMigrations::badValuesStopTheMigrationAndLeaveTheFile()
{
    const QString path = createVersion1Portfolio(*m_dir);
    QVERIFY(shell(path, QStringLiteral("UPDATE agreement SET status = 'paused' WHERE id = (SELECT min(id) FROM "
                                       "agreement); UPDATE partner SET kind = 'startup';")));
    const QByteArray before = fileChecksum(path);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    const auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, StoreError::Kind::BadValues);
    const QString message = db.error().message;
    QVERIFY2(message.contains(QStringLiteral("“paused”")) && message.contains(QStringLiteral("“startup”")) &&
                 message.contains(QStringLiteral("negotiating")) && message.contains(QStringLiteral("pactline check")),
             qPrintable(message));
    QCOMPARE(fileChecksum(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), filesBefore); // no copy, no journal
    // `pactline check` lists the same rows.
    const ProcessResult check = runPactline({QStringLiteral("check"), path});
    QCOMPARE(check.exitCode, 1);
    const QStringList listed = message.split(QLatin1Char('\n')).filter(QStringLiteral("Row "));
    QCOMPARE(listed.size(), 13); // one agreement, twelve partners
    for (const QString &line : listed)
        QVERIFY2(check.out.contains(line), qPrintable(line));
    QCOMPARE(fileChecksum(path), before);
}

void TestMigrations::fileWithBadValuesOpensReadOnly()
{
    const QString path = createVersion1Portfolio(*m_dir);
    QVERIFY(shell(path, QStringLiteral("UPDATE agreement SET status = 'paused' WHERE id = (SELECT min(id) FROM "
                                       "agreement);")));
    const QByteArray before = fileChecksum(path);
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), 1);
        QCOMPARE(AgreementRepository(**db).count().value(),
                 qint64(rowsOf((*db)->connection(), QStringLiteral("SELECT count(*) FROM agreement"))
                            .constFirst()
                            .toLongLong()));
        QCOMPARE(rowsOf((*db)->connection(), QStringLiteral("SELECT status FROM agreement ORDER BY id LIMIT 1")),
                 QStringList{QStringLiteral("paused")});
        // Without the search indexes of a later version, the lists search by substring.
        QVERIFY(!(*db)->hasSearchIndexes());
        ListQuery search;
        search.search = QStringLiteral("lund");
        const qint64 expected = rowsOf((*db)->connection(), QStringLiteral("SELECT count(*) FROM agreement WHERE title "
                                                                           "LIKE '%lund%' OR summary LIKE '%lund%' OR "
                                                                           "notes LIKE '%lund%'"))
                                    .constFirst()
                                    .toLongLong();
        QVERIFY(expected > 0);
        const Result<qint64> found = AgreementRepository(**db).count(search);
        QVERIFY2(found, found ? "" : qPrintable(found.error().message));
        QCOMPARE(*found, expected);
    }
    QCOMPARE(fileChecksum(path), before);
}

void TestMigrations::fileBeforeTheHistoryGainsIt()
{
    const QString path = createSamplePortfolio(*m_dir);
    QVERIFY(shell(path, dropListIndexesSql() + dropChangeAuthorSql() +
                            QStringLiteral("DROP TABLE history; DELETE FROM sqlite_sequence WHERE name = 'history'; "
                                           "PRAGMA user_version = %1;")
                                .arg(Migrations::HistoryVersion - 1)));
    const QStringList before = rows(path);
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Migrations::HistoryVersion - 1);
        QVERIFY(!(*db)->hasHistory());
        const Result<QList<HistoryEntry>> none = HistoryRepository(**db).list({});
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(QStringLiteral("no history")), qPrintable(none.error().message));
    }
    {
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Migrations::currentVersion());
        QVERIFY((*db)->hasHistory());
        QVERIFY(SchemaCheck::differences((*db)->connection(), Migrations::currentVersion()).isEmpty());
        QCOMPARE(HistoryRepository(**db).count({}).value(), qint64(0));
        Partner partner = PartnerRepository(**db).list().value().constFirst();
        partner.city = QStringLiteral("Elsewhere");
        QVERIFY(PartnerRepository(**db).update(partner));
        QCOMPARE(HistoryRepository(**db).count({}).value(), qint64(1));
    }
    const QStringList after = rows(path);
    QCOMPARE(after.size(), before.size());
    const QString fresh = createSamplePortfolio(*m_dir, QStringLiteral("fresh.pactline"));
    QCOMPARE(schemaOf(path), schemaOf(fresh));
    QCOMPARE(runPactline({QStringLiteral("check"), path}).exitCode, 0);
}

// A file of the version before the overdue and lane indexes reads read-only as it is, and upgrades
// to the schema a new file has; then the overdue counts and the lanes are read off the indexes alone.
void TestMigrations::fileBeforeTheListIndexesGainsThem()
{
    const QString path = createSamplePortfolio(*m_dir);
    QVERIFY(shell(path, dropListIndexesSql() + dropChangeAuthorSql() +
                            QStringLiteral("PRAGMA user_version = %1;").arg(Migrations::ListIndexVersion - 1)));
    const QStringList before = rows(path);
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Migrations::ListIndexVersion - 1);
        QVERIFY(AgreementRepository(**db).count().value() > 0);
    }
    const auto plan = [](const QSqlDatabase &connection, const QString &sql) -> QString {
        QSqlQuery q(connection);
        if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
            return QStringLiteral("error: ") + sql;
        QString details;
        while (q.next())
            details += q.value(3).toString() + QLatin1Char('\n');
        return details;
    };
    {
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Migrations::currentVersion());
        QVERIFY(SchemaCheck::differences((*db)->connection(), Migrations::currentVersion()).isEmpty());
        const QString overdue =
            plan((*db)->connection(), QStringLiteral("SELECT count(*) FROM milestone WHERE status = 'planned' AND "
                                                     "due_last < '2026-01-01'"));
        QVERIFY2(overdue.contains(QStringLiteral("COVERING INDEX milestone_status_due_last")), qPrintable(overdue));
        const QString lanes = AgreementRepository::laneOrder((*db)->dialect(), QStringLiteral("a."));
        for (const QString &group : {QString(), QStringLiteral("a.kind, "), QStringLiteral("a.status, ")}) {
            const QString details =
                plan((*db)->connection(),
                     QStringLiteral("SELECT a.id FROM agreement a ORDER BY %1%2, a.id").arg(group, lanes));
            QVERIFY2(details.contains(QStringLiteral("COVERING INDEX agreement_lanes")), qPrintable(details));
            QVERIFY2(!details.contains(QStringLiteral("TEMP B-TREE")), qPrintable(details));
        }
    }
    QCOMPARE(rows(path), withEmptyChangeAuthors(before));
    const QString fresh = createSamplePortfolio(*m_dir, QStringLiteral("fresh.pactline"));
    QCOMPARE(schemaOf(path), schemaOf(fresh));
    QCOMPARE(runPactline({QStringLiteral("check"), path}).exitCode, 0);
}

// The step that gives a server's portfolio its search indexes changes nothing in a file (its FTS5
// indexes came with version 3): a file of the version before reads and searches as it is, and
// upgrades to the schema a new file has, every row as it was.
void TestMigrations::fileBeforeTheServerSearchStepUpgrades()
{
    QVERIFY(Migrations::steps(SqlDialect::sqlite()).at(Migrations::FoldedSearchVersion - 1).statements.isEmpty());
    QVERIFY(!Migrations::steps(SqlDialect::postgres()).at(Migrations::FoldedSearchVersion - 1).statements.isEmpty());
    QVERIFY(Migrations::readsAsCurrent(Migrations::FoldedSearchVersion - 1));
    QVERIFY(!Migrations::refusesValuesAfter(Migrations::FoldedSearchVersion - 1));
    const QString path = createSamplePortfolio(*m_dir);
    QVERIFY(shell(path, dropChangeAuthorSql() +
                            QStringLiteral("PRAGMA user_version = %1;").arg(Migrations::FoldedSearchVersion - 1)));
    const QStringList before = rows(path);
    ListQuery search;
    search.search = QStringLiteral("skane");
    qint64 found = 0;
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Migrations::FoldedSearchVersion - 1);
        QVERIFY((*db)->hasSearchIndexes());
        found = PartnerRepository(**db).count(search).value();
        QVERIFY(found > 0);
    }
    {
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Migrations::currentVersion());
        QVERIFY(SchemaCheck::differences((*db)->connection(), Migrations::currentVersion()).isEmpty());
        QCOMPARE(PartnerRepository(**db).count(search).value(), found);
    }
    QCOMPARE(rows(path), withEmptyChangeAuthors(before));
    const QString fresh = createSamplePortfolio(*m_dir, QStringLiteral("fresh.pactline"));
    QCOMPARE(schemaOf(path), schemaOf(fresh));
    QCOMPARE(runPactline({QStringLiteral("check"), path}).exitCode, 0);
}

// A file of the version before the changes' authors reads read-only as it is, naming nobody, and
// upgrades to the schema a new file has: its changes name nobody, a new one names who made it.
void TestMigrations::fileBeforeTheChangeAuthorsGainsThem()
{
    const QString path = createSamplePortfolio(*m_dir);
    QVERIFY(shell(path, dropChangeAuthorSql() +
                            QStringLiteral("PRAGMA user_version = %1;").arg(Migrations::ChangeAuthorVersion - 1)));
    const QStringList before = rows(path);
    qint64 milestoneId = 0;
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Migrations::ChangeAuthorVersion - 1);
        const Result<QList<MilestoneChange>> changes = MilestoneRepository(**db).changesBetween(
            QDateTime(QDate(1970, 1, 1), QTime(), Qt::UTC), QDateTime(QDate(2100, 1, 1), QTime(), Qt::UTC));
        QVERIFY2(changes, changes ? "" : qPrintable(changes.error().message));
        QVERIFY(!changes->isEmpty());
        for (const MilestoneChange &change : *changes)
            QCOMPARE(change.author, QString());
        milestoneId = changes->constFirst().milestoneId;
    }
    {
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Migrations::currentVersion());
        QVERIFY(SchemaCheck::differences((*db)->connection(), Migrations::currentVersion()).isEmpty());
        const MilestoneRepository milestones(**db);
        const int recorded = int(milestones.history(milestoneId)->size());
        Milestone milestone = milestones.get(milestoneId).value();
        milestone.due = FuzzyDate::year(2031);
        QVERIFY(milestones.update(milestone, QStringLiteral("later")));
        const QList<MilestoneChange> history = milestones.history(milestoneId).value();
        QCOMPARE(history.size(), recorded + 1);
        QCOMPARE(history.constFirst().author, QString());
        QCOMPARE(history.constLast().author, (*db)->author());
        QVERIFY(!history.constLast().author.isEmpty());
        QVERIFY(milestones.removeChanges({history.constLast().id}));
    }
    QCOMPARE(QFileInfo::exists(path + QStringLiteral(".before-v%1").arg(Migrations::currentVersion())), true);
    const QString fresh = createSamplePortfolio(*m_dir, QStringLiteral("fresh.pactline"));
    QCOMPARE(schemaOf(path), schemaOf(fresh));
    QCOMPARE(runPactline({QStringLiteral("check"), path}).exitCode, 0);
    const QStringList after = rows(path);
    QCOMPARE(after.size(), before.size());
}

// The rows of a file from before the changes' authors as the upgrade leaves them: each change of a
// milestone names nobody.
QStringList TestMigrations::withEmptyChangeAuthors(QStringList rows)
{
    for (QString &row : rows)
        if (row.startsWith(QLatin1String("milestone_change:")))
            row += QLatin1Char('|');
    return rows;
}

// A file of the version before the kept columns gains them, filled with what its rows hold, and
// the triggers that keep them; it then has the schema a new file has, and reads the same rows.
void TestMigrations::fileBeforeTheKeptColumnsGainsThem()
{
    const QString path = createSamplePortfolio(*m_dir);
    const QString kept = QStringLiteral("SELECT p.id, p.agreement_count, a.id, a.milestone_count, a.parties_key, "
                                        "a.themes_key FROM partner p, agreement a ORDER BY p.id, a.id");
    QStringList keptBefore;
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        keptBefore = rowsOf((*db)->connection(), kept);
    }
    QVERIFY(keptBefore.size() > 10);
    QVERIFY(shell(path, dropKeptColumnsSql() +
                            QStringLiteral("PRAGMA user_version = %1;").arg(Migrations::KeptColumnsVersion - 1)));
    {
        // Read-only as it is: a list asked to sort by a kept column comes in its default order.
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Migrations::KeptColumnsVersion - 1);
        const auto titles = [&](const QString &sortKey) {
            ListQuery query;
            query.sortKey = sortKey;
            const QList<Agreement> agreements = AgreementRepository(**db).list(query).value();
            QStringList list;
            for (const Agreement &agreement : agreements)
                list << agreement.title;
            return list;
        };
        QCOMPARE(titles(QStringLiteral("parties")), titles(QString()));
        QCOMPARE(titles(QStringLiteral("milestones")), titles(QString()));
    }
    {
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Migrations::currentVersion());
        QVERIFY(SchemaCheck::differences((*db)->connection(), Migrations::currentVersion()).isEmpty());
        QCOMPARE(rowsOf((*db)->connection(), kept), keptBefore);
    }
    const QString fresh = createSamplePortfolio(*m_dir, QStringLiteral("fresh.pactline"));
    QCOMPARE(schemaOf(path), schemaOf(fresh));
    QCOMPARE(runPactline({QStringLiteral("check"), path}).exitCode, 0);
}

// Steps for a server alone change nothing in a file: letting references wait for the commit (SQLite's
// references can always wait), splitting the search text faster (a file's FTS5 splits it) and the
// sort indexes in the lists' order (a file's are). A file of the version before reads as it is and
// upgrades unchanged.
void TestMigrations::fileBeforeAServerOnlyStepUpgrades_data()
{
    QTest::addColumn<int>("step");
    QTest::newRow("references may wait") << Migrations::DeferrableReferencesVersion;
    QTest::newRow("search words by pattern") << Migrations::SearchWordsByPatternVersion;
    QTest::newRow("list-order indexes") << Migrations::ListOrderIndexVersion;
}

void TestMigrations::fileBeforeAServerOnlyStepUpgrades()
{
    QFETCH(int, step);
    const int before = step - 1;
    QVERIFY(Migrations::steps(SqlDialect::sqlite()).at(before).statements.isEmpty());
    QVERIFY(!Migrations::steps(SqlDialect::postgres()).at(before).statements.isEmpty());
    QVERIFY(Migrations::readsAsCurrent(before));
    QVERIFY(!Migrations::refusesValuesAfter(before));
    const QString path = createSamplePortfolio(*m_dir);
    QVERIFY(shell(path, QStringLiteral("PRAGMA user_version = %1;").arg(before)));
    const QStringList rowsBefore = rows(path);
    const QStringList schemaBefore = schemaOf(path);
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), before);
    }
    {
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Migrations::currentVersion());
    }
    // Nothing changes, so no copy of the file as it was is made (for a big file, a long wait).
    QVERIFY(!QFile::exists(path + QStringLiteral(".before-v%1").arg(Migrations::currentVersion())));
    QCOMPARE(rows(path), rowsBefore);
    QCOMPARE(schemaOf(path), schemaBefore);
    QCOMPARE(runPactline({QStringLiteral("check"), path}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
