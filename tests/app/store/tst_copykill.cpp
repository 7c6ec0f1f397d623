// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `pactline copy` of a portfolio of about 100,000 rows (with history) is killed with SIGKILL at a
// random moment, 15 times: each time the destination is either not there at all or whole (every
// row, `pactline check` clean), and nothing but the copy's hidden temporary file is left beside it.
// POSIX only (on Windows QProcess::kill() is not SIGKILL).
#include "generatedrows.h"
#include "killrounds.h"
#include "store/database.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

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
    SKIP_WITHOUT_SIGKILL();
    m_template = createSamplePortfolio(m_dir, QStringLiteral("template.pactline"));
    QVERIFY(!m_template.isEmpty());
    // 10,000 agreements with a party each, 60,000 milestones (12,000 changes), a history line each.
    const QString problem = runOnFile(m_template, GeneratedRows{10000, 60000, 12000, true}.statements());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_counts = countsOf(m_template);
    QCOMPARE(m_counts.size(), 4);
    QVERIFY(m_counts.at(1) > 60000);
}

void TestCopyKill::killedCopyLeavesNothingOrAWholeCopy()
{
    const int kills = KillRounds::count(8);
    KillRounds rounds(m_template, QStringLiteral("source.pactline"), 300000);
    const QString source = rounds.path();
    const QString copy = rounds.filePath(QStringLiteral("copy.pactline"));
    int nothing = 0;
    int whole = 0;
    QVERIFY(
        rounds.run(kills, "copy", pactlineBinary(), {QStringLiteral("copy"), source, copy}, [&](int round, QProcess &) {
            for (const QString &name : QFileInfo(source).dir().entryList(QDir::Files | QDir::Hidden))
                QVERIFY2(name == QLatin1String("source.pactline") || name == QLatin1String("copy.pactline") ||
                             name.startsWith(QLatin1String(".copy.pactline.")),
                         qPrintable(QStringLiteral("round %1 left %2").arg(round).arg(name)));
            if (!QFile::exists(copy)) {
                QVERIFY2(round > 0, "the full run left no copy");
                ++nothing;
                return;
            }
            ++whole;
            QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")));
            QCOMPARE(countsOf(copy), m_counts);
            const ProcessResult check = runPactline({QStringLiteral("check"), copy}, 300000);
            QVERIFY2(check.exitCode == 0,
                     qPrintable(QStringLiteral("round %1: %2%3").arg(round).arg(check.out, check.err)));
        }));
    qInfo("%d kills: %d left no copy, %d a whole one (the round that ran to its end included)", kills, nothing, whole);
    QVERIFY(nothing > 0);
}

QTEST_GUILESS_MAIN(TestCopyKill)

#include "tst_copykill.moc"
