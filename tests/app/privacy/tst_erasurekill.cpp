// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `pactline person FILE --contact ID --erase` on a portfolio of 20,000 contacts is killed with SIGKILL
// at a random moment, 20 times (issue 11's faults): each time the person is either all there or all
// gone, with nobody else touched, and `pactline check` passes. The file holds pages freed with
// secure_delete off, so that the erasure also rewrites it (VACUUM): a longer window to be killed in.
// POSIX only (on Windows QProcess::kill() is not SIGKILL).
#include "generatedrows.h"
#include "killrounds.h"
#include "store/database.h"
#include "store/portfoliocheck.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

constexpr int Contacts = 20000;

// One row per table of what the test compares: the person's row, and how many contacts and
// event links there are.
struct State
{
    QString person; // empty when the person is gone
    qint64 contacts = -1;
    qint64 links = -1;
    qint64 personLinks = -1;
};

State stateOf(const QString &path, qint64 personId)
{
    State state;
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return state;
    QSqlQuery query((*db)->connection());
    if (query.exec(QStringLiteral("SELECT name || '|' || email || '|' || notes || '|' || version FROM contact "
                                  "WHERE id = %1")
                       .arg(personId)) &&
        query.next())
        state.person = query.value(0).toString();
    if (query.exec(QStringLiteral("SELECT count(*) FROM contact")) && query.next())
        state.contacts = query.value(0).toLongLong();
    if (query.exec(QStringLiteral("SELECT count(*) FROM event_contact")) && query.next())
        state.links = query.value(0).toLongLong();
    if (query.exec(QStringLiteral("SELECT count(*) FROM event_contact WHERE contact_id = %1").arg(personId)) &&
        query.next())
        state.personLinks = query.value(0).toLongLong();
    return state;
}

} // namespace

class TestErasureKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedMidErasureLeavesThePersonWholeOrGone();

private:
    QTemporaryDir m_dir;
    QString m_template;
    qint64 m_person = 0;
    State m_before;
};

void TestErasureKill::initTestCase()
{
    SKIP_WITHOUT_SIGKILL();
    m_template = createSamplePortfolio(m_dir, QStringLiteral("template.pactline"));
    QVERIFY(!m_template.isEmpty());
    const QString stamp = QStringLiteral("'2024-01-01T00:00:00.000Z'");
    const QStringList statements{
        QStringLiteral("PRAGMA secure_delete = OFF"),
        QStringLiteral("PRAGMA trusted_schema = ON"),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                       "INSERT INTO contact (partner_id, name, email, notes, created_at, updated_at) SELECT "
                       "(SELECT min(id) FROM partner), 'Person ' || i, 'person' || i || '@example.org', "
                       "hex(randomblob(250)), %2, %2 FROM n")
            .arg(Contacts)
            .arg(stamp),
        // Freed without zeroing, as an earlier release would have.
        QStringLiteral("DELETE FROM contact WHERE name LIKE 'Person %' AND id % 10 = 0"),
        QStringLiteral("INSERT INTO contact (partner_id, name, email, notes, created_at, updated_at) VALUES "
                       "((SELECT min(id) FROM partner), 'Ingrid Zyxwåberg', 'ingrid@example.se', "
                       "'Prefers e-mail.', %1, %1)")
            .arg(stamp),
        QStringLiteral("INSERT INTO event_contact (event_id, contact_id, created_at, updated_at) SELECT "
                       "(SELECT min(id) FROM event), max(id), %1, %1 FROM contact")
            .arg(stamp),
    };
    const QString problem = runOnFile(m_template, statements);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    {
        auto db = Database::open(m_template, Database::Mode::ReadOnly);
        QVERIFY(db);
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT max(id) FROM contact")) && query.next());
        m_person = query.value(0).toLongLong();
    }
    m_before = stateOf(m_template, m_person);
    QVERIFY(!m_before.person.isEmpty());
    QCOMPARE(m_before.personLinks, 1);
    QCOMPARE(PortfolioCheck::run(m_template).outcome, PortfolioCheck::Outcome::Healthy);
}

void TestErasureKill::killedMidErasureLeavesThePersonWholeOrGone()
{
    const int kills = KillRounds::count(12);
    KillRounds rounds(m_template, QStringLiteral("people.pactline"), 300000);
    const QString path = rounds.path();
    int whole = 0;
    int gone = 0;
    const auto afterRound = [&](int round, QProcess &) {
        const State after = stateOf(path, m_person);
        if (after.person.isEmpty()) {
            ++gone;
            QCOMPARE(after.contacts, m_before.contacts - 1);
            QCOMPARE(after.links, m_before.links - 1);
            QCOMPARE(after.personLinks, 0);
        } else {
            ++whole;
            QCOMPARE(after.person, m_before.person);
            QCOMPARE(after.contacts, m_before.contacts);
            QCOMPARE(after.links, m_before.links);
        }
        const PortfolioCheck check = PortfolioCheck::run(path);
        QVERIFY2(check.outcome == PortfolioCheck::Outcome::Healthy,
                 qPrintable(QStringLiteral("round %1: %2").arg(round).arg(check.findings.join(QLatin1Char('\n')))));
    };
    QVERIFY(rounds.run(kills, "open, erase, rewrite, exit", pactlineBinary(),
                       {QStringLiteral("person"), path, QStringLiteral("--contact"), QString::number(m_person),
                        QStringLiteral("--erase")},
                       afterRound));
    qInfo("%d kills: the person was whole %d times and gone %d times", kills, whole, gone - 1);
    QVERIFY(whole > 0);
}

QTEST_GUILESS_MAIN(TestErasureKill)
#include "tst_erasurekill.moc"
