// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A child process restores a big trash entry (an agreement with thousands of milestones, their
// history, parties and themes) and is killed with SIGKILL at a random moment of the restore, 20
// times: each time the entry is either still in the trash with nothing restored, or gone with
// everything restored; `pactline check` finds the file clean either way. POSIX only (on Windows
// QProcess::kill() is not SIGKILL).
#include "killrounds.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/trashrepository.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace TestSupport;

namespace {

constexpr int Milestones = 6000;

// The child: opens the portfolio, says so, restores its one trash entry and says how long that took.
int runChild(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return 3;
    const TrashRepository trash(**db);
    const auto entries = trash.list();
    if (!entries || entries->size() != 1)
        return 4;
    std::printf("restoring\n");
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    if (!trash.restore(entries->first().id))
        return 5;
    std::printf("restored %lld\n", timer.elapsed());
    std::fflush(stdout);
    return 0;
}

struct State
{
    qint64 entries = -1;
    qint64 agreements = -1;
    qint64 milestones = -1;
    qint64 changes = -1;
};

State stateOf(const QString &path, qint64 agreementId)
{
    State state;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("state"));
        connection.setDatabaseName(path);
        if (connection.open()) {
            const auto number = [&connection](const QString &sql) {
                QSqlQuery query(connection);
                return query.exec(sql) && query.next() ? query.value(0).toLongLong() : qint64(-1);
            };
            state.entries = number(QStringLiteral("SELECT count(*) FROM trash"));
            state.agreements = number(QStringLiteral("SELECT count(*) FROM agreement WHERE id = %1").arg(agreementId));
            state.milestones =
                number(QStringLiteral("SELECT count(*) FROM milestone WHERE agreement_id = %1").arg(agreementId));
            state.changes = number(QStringLiteral("SELECT count(*) FROM milestone_change c JOIN milestone m ON "
                                                  "m.id = c.milestone_id WHERE m.agreement_id = %1")
                                       .arg(agreementId));
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("state"));
    return state;
}

} // namespace

class TestTrashKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedMidRestoreIsAllOrNothing();

private:
    QTemporaryDir m_dir;
    QString m_template;
    qint64 m_agreementId = 0;
};

// The sample, plus an agreement with 6,000 milestones (a change each for every fifth), moved to the trash.
void TestTrashKill::initTestCase()
{
    SKIP_WITHOUT_SIGKILL();
    m_template = createSamplePortfolio(m_dir, QStringLiteral("template.pactline"));
    QVERIFY(!m_template.isEmpty());
    auto db = Database::open(m_template);
    QVERIFY(db);
    Agreement big = AgreementRepository(**db).list()->first();
    big.meta = RowMeta();
    big.title = QStringLiteral("Big framework agreement");
    big.predecessorId = 0;
    big.themes << QStringLiteral("Only here");
    const auto stored = AgreementRepository(**db).create(big);
    QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
    m_agreementId = stored->meta.id;
    const QString stamp = QStringLiteral("'2024-01-01T00:00:00.000Z'");
    const Result<void> filled = (*db)->write([&]() -> Result<void> {
        QSqlQuery query((*db)->connection());
        const QStringList statements{
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                           "INSERT INTO milestone (agreement_id, title, due, due_first, due_last, status, notes, "
                           "created_at, updated_at) SELECT %2, 'Milestone ' || i, 2000 + i % 25, (2000 + i % 25) || "
                           "'-01-01', (2000 + i % 25) || '-12-31', 'planned', hex(randomblob(60)), %3, %3 FROM n")
                .arg(Milestones)
                .arg(m_agreementId)
                .arg(stamp),
            QStringLiteral("INSERT INTO milestone_change (milestone_id, changed_at, old_due, new_due, old_status, "
                           "new_status, reason, created_at, updated_at) SELECT id, %1, '2023', due, 'planned', "
                           "'planned', 'slipped', %1, %1 FROM milestone WHERE agreement_id = %2 AND id % 5 = 0")
                .arg(stamp)
                .arg(m_agreementId),
        };
        for (const QString &statement : statements)
            if (!query.exec(statement))
                return Database::sqlError(query);
        return {};
    });
    QVERIFY2(filled, filled ? "" : qPrintable(filled.error().message));
    QElapsedTimer timer;
    timer.start();
    const auto moved = TrashRepository(**db).moveToTrash(QStringLiteral("agreement"), {m_agreementId});
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    qInfo("moving the agreement with %d milestones to the trash took %lld ms", Milestones, timer.elapsed());
    db->reset();
    QVERIFY(!QFile::exists(m_template + QStringLiteral("-wal")));
    const State state = stateOf(m_template, m_agreementId);
    QCOMPARE(state.entries, qint64(1));
    QCOMPARE(state.milestones, qint64(0));
}

void TestTrashKill::killedMidRestoreIsAllOrNothing()
{
    const int kills = KillRounds::count(12);
    KillRounds rounds(m_template, QStringLiteral("trash.pactline"), 120000);
    const QString path = rounds.path();
    int untouched = 0;
    int restored = 0;
    const auto begun = [](QProcess &child) {
        while (!child.canReadLine()) // "restoring": the portfolio is open, the restore begins
            QVERIFY2(child.waitForReadyRead(30000), "the child did not begin");
        QCOMPARE(child.readLine().trimmed(), QByteArray("restoring"));
    };
    const auto afterRound = [&](int round, QProcess &child) {
        if (round == 0) {
            // The others are killed within the time of the restore (the child's own measure).
            const qint64 restoreMs = child.readAllStandardOutput().trimmed().split(' ').value(1).toLongLong();
            qInfo("the child restores %d milestones in %lld ms", Milestones, restoreMs);
            QVERIFY(restoreMs > 0);
            rounds.setFullRunMs(restoreMs);
        }
        const ProcessResult check = runPactline({QStringLiteral("check"), path});
        QVERIFY2(check.exitCode == 0,
                 qPrintable(QStringLiteral("round %1: %2%3").arg(round).arg(check.out, check.err)));
        const State state = stateOf(path, m_agreementId);
        if (state.entries == 1) {
            QCOMPARE(state.agreements, qint64(0));
            QCOMPARE(state.milestones, qint64(0));
            QCOMPARE(state.changes, qint64(0));
            untouched += round > 0;
        } else {
            QCOMPARE(state.entries, qint64(0));
            QCOMPARE(state.agreements, qint64(1));
            QCOMPARE(state.milestones, qint64(Milestones));
            QCOMPARE(state.changes, qint64(Milestones / 5));
            restored += round > 0;
        }
    };
    QVERIFY(rounds.run(kills, "open, restore, exit", QCoreApplication::applicationFilePath(),
                       {QStringLiteral("--child"), path}, afterRound, begun));
    qInfo("%d kills: %d left the entry in the trash, untouched; %d found everything restored", kills, untouched,
          restored);
    QVERIFY(untouched > 0);
}

int main(int argc, char **argv)
{
    return runChildOrTest<TestTrashKill>(argc, argv, runChild);
}

#include "tst_trashkill.moc"
