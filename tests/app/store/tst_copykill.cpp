// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `pactline copy` of a portfolio of about 100,000 rows (with history) is killed with SIGKILL at a
// random moment, 15 times: each time the destination is either not there at all or whole (every
// row, `pactline check` clean), and nothing but the copy's hidden temporary file is left beside it.
// POSIX only (on Windows QProcess::kill() is not SIGKILL).
#include "killrounds.h"
#include "store/database.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

constexpr int Rounds = 15;

// The rows of the tables that grow here.
QList<qint64> countsOf(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return {};
    QList<qint64> counts;
    for (const QString &table : {QStringLiteral("agreement"), QStringLiteral("milestone"),
                                 QStringLiteral("milestone_change"), QStringLiteral("history")}) {
        QSqlQuery query((*db)->connection());
        counts << (query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && query.next()
                       ? query.value(0).toLongLong()
                       : -1);
    }
    return counts;
}

// Adds 10,000 agreements with a party each, 60,000 milestones (12,000 changes) and a history line for
// each agreement to a current portfolio, with valid values throughout.
QString fill(const QString &path)
{
    const QString stamp = QStringLiteral("'2024-01-01T00:00:00.000Z'");
    const QString numbers =
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ");
    const QStringList statements{
        numbers.arg(10000) +
            QStringLiteral("INSERT INTO agreement (id, title, kind, status, signed_on, signed_first, summary, notes, "
                           "created_at, updated_at) SELECT 100000 + i, 'Agreement ' || i, 'mou', 'active', "
                           "2000 + i % 25, (2000 + i % 25) || '-01-01', 'Summary', hex(randomblob(64)), %1, %1 FROM n")
                .arg(stamp),
        QStringLiteral("INSERT INTO agreement_party (agreement_id, partner_id, role, created_at, updated_at) SELECT "
                       "a.id, p.id, 'signatory', %1, %1 FROM agreement a JOIN partner p ON p.id = (SELECT min(id) FROM "
                       "partner) WHERE a.id > 100000")
            .arg(stamp),
        numbers.arg(60000) +
            QStringLiteral("INSERT INTO milestone (id, agreement_id, title, due, due_first, due_last, status, notes, "
                           "created_at, updated_at) SELECT 100000 + i, 100001 + i % 10000, 'Milestone ' || i, "
                           "2000 + i % 25, (2000 + i % 25) || '-01-01', (2000 + i % 25) || '-12-31', 'planned', "
                           "hex(randomblob(100)), %1, %1 FROM n")
                .arg(stamp),
        numbers.arg(12000) +
            QStringLiteral("INSERT INTO milestone_change (milestone_id, changed_at, new_due, new_status, created_at, "
                           "updated_at) SELECT 100000 + i * 5, %1, '2024', 'planned', %1, %1 FROM n")
                .arg(stamp),
        QStringLiteral("INSERT INTO history (changed_at, changed_by, record_table, record_id, action) SELECT %1, "
                       "'tester', 'agreement', id, 'create' FROM agreement WHERE id > 100000")
            .arg(stamp),
    };
    QString problem;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
        connection.setDatabaseName(path);
        if (!connection.open())
            problem = connection.lastError().text();
        QSqlQuery query(connection);
        for (const QString &statement : statements)
            if (problem.isEmpty() && !query.exec(statement))
                problem = statement + QStringLiteral(": ") + query.lastError().text();
        if (problem.isEmpty() && !query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            problem = query.lastError().text();
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    return problem;
}

} // namespace

class TestCopyKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedCopyLeavesNothingOrAWholeCopy();

private:
    QTemporaryDir m_dir;
    QString m_template;
    QList<qint64> m_counts;
};

void TestCopyKill::initTestCase()
{
#ifdef Q_OS_WIN
    QSKIP("SIGKILL is POSIX; QProcess::kill() terminates differently on Windows");
#endif
    m_template = createSamplePortfolio(m_dir, QStringLiteral("template.pactline"));
    QVERIFY(!m_template.isEmpty());
    const QString problem = fill(m_template);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_counts = countsOf(m_template);
    QCOMPARE(m_counts.size(), 4);
    QVERIFY(m_counts.at(1) > 60000);
}

void TestCopyKill::killedCopyLeavesNothingOrAWholeCopy()
{
    QTemporaryDir work;
    const QString source = work.filePath(QStringLiteral("source.pactline"));
    const QString copy = work.filePath(QStringLiteral("copy.pactline"));
    KillRounds rounds(m_template, source, 300000);
    int nothing = 0;
    int whole = 0;
    for (int round = 0; round <= Rounds; ++round) {
        QProcess child;
        QVERIFY(rounds.start(child, pactlineBinary(), {QStringLiteral("copy"), source, copy}));
        const QString ended = rounds.end(child, round);
        QVERIFY2(ended.isEmpty(), qPrintable(ended));
        if (round == 0)
            qInfo("the copy takes %lld ms", rounds.fullRunMs());
        for (const QString &name : QDir(work.path()).entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(name == QLatin1String("source.pactline") || name == QLatin1String("copy.pactline") ||
                         name.startsWith(QLatin1String(".copy.pactline.")),
                     qPrintable(QStringLiteral("round %1 left %2").arg(round).arg(name)));
        if (!QFile::exists(copy)) {
            QVERIFY2(round > 0, "the full run left no copy");
            ++nothing;
            continue;
        }
        ++whole;
        QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")));
        QCOMPARE(countsOf(copy), m_counts);
        const ProcessResult check = runPactline({QStringLiteral("check"), copy}, 300000);
        QVERIFY2(check.exitCode == 0,
                 qPrintable(QStringLiteral("round %1: %2%3").arg(round).arg(check.out, check.err)));
    }
    qInfo("%d kills: %d left no copy, %d a whole one (the round that ran to its end included)", Rounds, nothing, whole);
    QVERIFY(nothing > 0);
}

QTEST_GUILESS_MAIN(TestCopyKill)

#include "tst_copykill.moc"
