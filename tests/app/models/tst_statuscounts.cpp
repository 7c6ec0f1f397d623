// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// StatusCounts: the status bar's milestone figures, counted on the counting thread once and kept
// until the portfolio changes.
#include "models/backgroundcounter.h"
#include "models/statuscounts.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/milestonerepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestStatusCounts final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void countsOnceAndKeepsTheFigures();
    void aChangeCountsAgain();
    void aCountFromBeforeAChangeIsDropped();

private:
    StatusCounts::Figures waitForFigures(StatusCounts::List list, const ListQuery &query);

    TestSupport::SampleFixture m_sample;
    std::unique_ptr<BackgroundCounter> m_counter;
    std::unique_ptr<StatusCounts> m_counts;
};

void TestStatusCounts::init()
{
    QVERIFY(m_sample.open());
    m_counter = std::make_unique<BackgroundCounter>(m_sample.db->path(), Database::Mode::ReadOnly);
    m_counts = std::make_unique<StatusCounts>(*m_sample.db, *m_counter);
}

void TestStatusCounts::cleanup()
{
    m_counts.reset();
    m_counter.reset();
    m_sample.close();
}

StatusCounts::Figures TestStatusCounts::waitForFigures(StatusCounts::List list, const ListQuery &query)
{
    std::optional<StatusCounts::Figures> figures;
    if (!QTest::qWaitFor([&] { return (figures = m_counts->figures(list, query)).has_value(); }, 5000))
        return StatusCounts::Figures{-2, -2};
    return *figures;
}

void TestStatusCounts::countsOnceAndKeepsTheFigures()
{
    QSignalSpy counted(m_counts.get(), &StatusCounts::counted);
    QVERIFY(!m_counts->figures(StatusCounts::List::Agreements, {}));
    QCOMPARE(m_counts->countsStarted(), 1);
    // Asked again while counting: no second count.
    QVERIFY(!m_counts->figures(StatusCounts::List::Agreements, {}));
    QCOMPARE(m_counts->countsStarted(), 1);
    QTRY_COMPARE(counted.size(), 1);

    const auto tally = AgreementRepository(*m_sample.db).milestoneTally();
    QVERIFY(tally.ok());
    QVERIFY(tally->total > 0 && tally->overdue > 0);
    for (int i = 0; i < 3; ++i) {
        const auto figures = m_counts->figures(StatusCounts::List::Agreements, {});
        QVERIFY(figures);
        QCOMPARE(figures->milestones, tally->total);
        QCOMPARE(figures->overdue, tally->overdue);
    }
    // The order of a list does not change its figures.
    ListQuery sorted;
    sorted.sortKey = QStringLiteral("title");
    sorted.order = Qt::DescendingOrder;
    QVERIFY(m_counts->figures(StatusCounts::List::Agreements, sorted));
    QCOMPARE(m_counts->countsStarted(), 1);

    // Another list or filter has figures of its own.
    ListQuery overdue;
    overdue.filters.insert(QStringLiteral("overdue"), QStringLiteral("1"));
    const auto late = MilestoneRepository(*m_sample.db).count(overdue);
    QVERIFY(late.ok());
    const StatusCounts::Figures milestones = waitForFigures(StatusCounts::List::Milestones, {});
    QCOMPARE(milestones.milestones, -1);
    QCOMPARE(milestones.overdue, *late);
    ListQuery signedOnes;
    signedOnes.filters.insert(QStringLiteral("status"), QStringLiteral("signed"));
    const auto signedTally = AgreementRepository(*m_sample.db).milestoneTally(signedOnes);
    QVERIFY(signedTally.ok());
    const StatusCounts::Figures filtered = waitForFigures(StatusCounts::List::Agreements, signedOnes);
    QCOMPARE(filtered.milestones, signedTally->total);
    QCOMPARE(m_counts->countsStarted(), 3);
}

void TestStatusCounts::aChangeCountsAgain()
{
    waitForFigures(StatusCounts::List::Agreements, {});
    QCOMPARE(m_counts->countsStarted(), 1);
    m_sample.db->announceChange({QStringLiteral("milestone")});
    QVERIFY(!m_counts->figures(StatusCounts::List::Agreements, {}));
    QCOMPARE(m_counts->countsStarted(), 2);
    waitForFigures(StatusCounts::List::Agreements, {});
}

void TestStatusCounts::aCountFromBeforeAChangeIsDropped()
{
    QSignalSpy counted(m_counts.get(), &StatusCounts::counted);
    QVERIFY(!m_counts->figures(StatusCounts::List::Agreements, {}));
    m_sample.db->announceChange({QStringLiteral("milestone")});
    QVERIFY(m_counter->waitForIdle(5000));
    QTest::qWait(20);
    QCOMPARE(counted.size(), 0);
    QVERIFY(!m_counts->figures(StatusCounts::List::Agreements, {}));
    QCOMPARE(m_counts->countsStarted(), 2);
    QTRY_COMPARE(counted.size(), 1);
}

QTEST_GUILESS_MAIN(TestStatusCounts)
#include "tst_statuscounts.moc"
