// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A child process edits a portfolio in a loop and is killed at a random moment (QProcess::kill():
// SIGKILL on Unix, TerminateProcess on Windows), 25 times (PACTLINE_KILL_ROUNDS sets how many); after
// each kill the portfolio must pass `pactline check` and hold every edit the child reported as committed.
#include "killrounds.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/milestonerepository.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace TestSupport;

namespace {

// The child: adds a milestone, then moves its due date (a second transaction that also writes
// history); prints "committed <id> <version>" after each commit.
int runChild(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return 3;
    const MilestoneRepository milestones(**db);
    const qint64 agreementId = AgreementRepository(**db).list()->first().meta.id;
    for (int i = 0;; ++i) {
        Milestone m;
        m.agreementId = agreementId;
        m.title = QStringLiteral("Edit %1").arg(i);
        m.due = FuzzyDate::quarter(2025, 1 + i % 4);
        auto created = milestones.create(m);
        if (!created)
            return 4;
        std::printf("committed %lld %d\n", created->meta.id, created->meta.version);
        std::fflush(stdout);
        Milestone moved = *created;
        moved.due = moved.due.addUnits(1);
        auto updated = milestones.update(moved, QStringLiteral("slip %1").arg(i));
        if (!updated)
            return 5;
        std::printf("committed %lld %d\n", updated->meta.id, updated->meta.version);
        std::fflush(stdout);
    }
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private slots:
    void killedMidEditLosesNothingCommitted();
};

void TestCrashRecovery::killedMidEditLosesNothingCommitted()
{
    QTemporaryDir dir;
    const QString path = createSamplePortfolio(dir);
    QVERIFY(!path.isEmpty());
    QRandomGenerator random(QRandomGenerator::global()->generate());
    int totalCommitted = 0;
    const int kills = KillRounds::count(25);
    for (int round = 0; round < kills; ++round) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), path});
        QVERIFY(child.waitForStarted());
        while (!child.canReadLine()) // a whole first line, however slow the machine is
            QVERIFY2(child.waitForReadyRead(30000), "the child committed nothing");
        QTest::qWait(random.bounded(1, 120));
        child.kill(); // no chance to clean up, on every platform
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        QHash<qint64, int> reported; // milestone id -> highest committed version
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts.at(0) == "committed")
                reported[parts.at(1).toLongLong()] =
                    qMax(reported.value(parts.at(1).toLongLong()), parts.at(2).toInt());
        }
        QVERIFY(!reported.isEmpty());

        const ProcessResult check = runPactline({QStringLiteral("check"), path});
        QVERIFY2(check.exitCode == 0,
                 qPrintable(QStringLiteral("round %1: %2%3").arg(round).arg(check.out, check.err)));
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        const MilestoneRepository milestones(**db);
        for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
            const auto stored = milestones.get(it.key());
            QVERIFY2(stored, qPrintable(QStringLiteral("round %1: milestone %2 lost").arg(round).arg(it.key())));
            QVERIFY(stored->meta.version >= it.value());
            if (it.value() >= 2)
                QCOMPARE(milestones.history(it.key())->size(), 1);
        }
        totalCommitted += int(reported.size());
    }
    qInfo("%d milestones committed and found again over %d kills", totalCommitted, kills);
}

int main(int argc, char **argv)
{
    return runChildOrTest<TestCrashRecovery>(argc, argv, runChild);
}

#include "tst_crashrecovery.moc"
