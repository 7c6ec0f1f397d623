// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A child process migrates a big version-1 portfolio (about 27 MB) and is killed with SIGKILL at a
// random moment, 16 times: each time the file is either the old version, untouched, or the new
// version, complete (every step, to the empty author of each milestone change); `pactline check`
// finds it clean; and the copy taken before the migration, where there is one, is whole. POSIX only
// (on Windows QProcess::kill() is not SIGKILL).
#include "generatedrows.h"
#include "killrounds.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/portfoliocheck.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace TestSupport;

namespace {

// The child: opens the portfolio, which migrates it.
int runChild(const QString &path)
{
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 3;
    }
    return (*db)->schemaVersion() == Migrations::currentVersion() ? 0 : 4;
}

qint64 milestoneCount(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return -1;
    QSqlQuery query((*db)->connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM milestone")) && query.next() ? query.value(0).toLongLong()
                                                                                        : -1;
}

// The changes of milestones, and how many of them name nobody (schema step 8 gives each an empty author).
QPair<qint64, qint64> changesAndAuthorless(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return {-1, -1};
    QSqlQuery query((*db)->connection());
    if (!query.exec(QStringLiteral("SELECT count(*), sum(author = '') FROM milestone_change")) || !query.next())
        return {-1, -1};
    return {query.value(0).toLongLong(), query.value(1).toLongLong()};
}

int versionOf(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    return db ? (*db)->schemaVersion() : -1;
}

} // namespace

class TestMigrationKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedMidMigrationLeavesOldOrNew();

private:
    QTemporaryDir m_dir;
    QString m_template;
    QByteArray m_templateChecksum;
    qint64 m_milestones = 0;
};

void TestMigrationKill::initTestCase()
{
    SKIP_WITHOUT_SIGKILL();
    QElapsedTimer timer;
    timer.start();
    m_template = createVersion1Portfolio(m_dir, QStringLiteral("template.pactline"));
    QVERIFY(!m_template.isEmpty());
    // 10,000 agreements with a party each, 45,000 milestones (9,000 changes): under AddressSanitizer the
    // child takes about 7 s, long enough that two or three of the kills, spread over its run, fall in
    // the migration.
    const QString problem = runOnFile(m_template, GeneratedRows{10000, 45000, 9000}.statements());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!QFile::exists(m_template + QStringLiteral("-wal")));
    QCOMPARE(versionOf(m_template), 1);
    const ProcessResult check = runPactline({QStringLiteral("check"), m_template}, 300000);
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    m_templateChecksum = fileChecksum(m_template);
    m_milestones = milestoneCount(m_template);
    QVERIFY(m_milestones > 45000);
    qInfo("version-1 portfolio of %.1f MB made in %.1f s", double(QFileInfo(m_template).size()) / 1e6,
          double(timer.elapsed()) / 1000.0);
}

void TestMigrationKill::killedMidMigrationLeavesOldOrNew()
{
    const int kills = KillRounds::count(16);
    KillRounds rounds(m_template, QStringLiteral("big.pactline"), 600000);
    const QString path = rounds.path();
    const QString copy = path + QStringLiteral(".before-v%1").arg(Migrations::currentVersion());
    int beforeCopy = 0;      // the old version, killed before the copy was in place
    int duringMigration = 0; // the old version with the copy in place: killed while migrating
    int committed = 0;       // the new version: killed after the commit, or the child had finished
    const auto afterRound = [&](int round, QProcess &) {
        const int version = versionOf(path);
        if (round > 0 && version != 1)
            ++committed;
        else if (round > 0)
            ++(QFile::exists(copy) ? duringMigration : beforeCopy);
        if (version == 1) {
            // Untouched, byte for byte: as clean as the template, which `pactline check` passed.
            QCOMPARE(fileChecksum(path), m_templateChecksum);
        } else {
            const ProcessResult check = runPactline({QStringLiteral("check"), path}, 300000);
            QVERIFY2(check.exitCode == 0,
                     qPrintable(QStringLiteral("round %1: %2%3").arg(round).arg(check.out, check.err)));
            QCOMPARE(version, Migrations::currentVersion());
            QCOMPARE(milestoneCount(path), m_milestones);
            const QPair<qint64, qint64> changes = changesAndAuthorless(path);
            QVERIFY(changes.first > 9000);
            QCOMPARE(changes.second, changes.first);
            QVERIFY2(QFile::exists(copy), qPrintable(QStringLiteral("round %1: no copy").arg(round)));
        }
        // A copy in place is whole: the version-1 portfolio, all of it, clean.
        if (QFile::exists(copy)) {
            QCOMPARE(versionOf(copy), 1);
            QCOMPARE(milestoneCount(copy), m_milestones);
            auto db = Database::open(copy, Database::Mode::ReadOnly);
            QVERIFY(db);
            QSqlQuery integrity((*db)->connection());
            QVERIFY(integrity.exec(QStringLiteral("PRAGMA quick_check")) && integrity.next());
            QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
        }
    };
    QVERIFY(rounds.run(kills, "content check, copy, migration, exit", QCoreApplication::applicationFilePath(),
                       {QStringLiteral("--child"), path}, afterRound));
    qInfo("%d kills: %d left the old version before the copy was in place, %d while migrating, %d the new version",
          kills, beforeCopy, duringMigration, committed);
    QVERIFY(duringMigration > 0);
}

int main(int argc, char **argv)
{
    // Sixteen rounds on a busy machine (more with PACTLINE_KILL_ROUNDS) can outlast QtTest's five minutes per test
    // function (CTest allows 15).
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "900000");
    return runChildOrTest<TestMigrationKill>(argc, argv, runChild);
}

#include "tst_migrationkill.moc"
