// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a portfolio at once (issue 12): nothing that grows with the portfolio runs on the GUI
// thread at open. The timeline reads its lanes once it is first shown, on a thread of its own, and
// survives the portfolio closing or switching while it reads; the status bar's milestone figures
// are counted once and kept until the data changes. A list not in front reads nothing until it is
// first shown.
#include "mainwindow.h"
#include "models/eventtablemodel.h"
#include "models/milestonetablemodel.h"
#include "models/partnertablemodel.h"
#include "models/statuscounts.h"
#include "records/recordview.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "testsupport.h"
#include "timeline/timelinewidget.h"
#include "windowfixture.h"

#include <QAction>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestOpenAtOnce : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theTimelineReadsItsLanesWhenFirstShown();
    void closingOrSwitchingWhileTheTimelineReadsIsSafe();
    void anEditShowsAtOnceWhileTheLanesAreReadAgain();
    void statusCountsAreKeptUntilTheDataChanges();
    void hiddenListsReadNothingUntilShown();

private:
    TestSupport::WindowFixture m_ui;
};

void TestOpenAtOnce::init()
{
    m_ui.start();
}

void TestOpenAtOnce::cleanup()
{
    QVERIFY2(m_ui.errors.isEmpty(), qPrintable(m_ui.errors.join(QLatin1Char('\n'))));
    m_ui.finish();
}

void TestOpenAtOnce::theTimelineReadsItsLanesWhenFirstShown()
{
    MainWindow window;
    QVERIFY(!m_ui.showSample(window).isEmpty());
    auto *timeline = window.findChild<TimelineWidget *>();
    QVERIFY(timeline);
    // Opened on Agreements: the timeline has read nothing, and reads nothing while hidden.
    QCOMPARE(window.currentViewId(), QStringLiteral("agreements"));
    QTest::qWait(50);
    QCOMPARE(timeline->totalRows(), 0);
    QVERIFY(timeline->isLoading());

    // Shown: it says it is reading, the window goes on, and the lanes follow.
    QVERIFY(window.showView(QStringLiteral("timeline")));
    QCOMPARE(timeline->totalRows(), 0);
    QVERIFY(!timeline->placeholderText().isEmpty());
    QTRY_VERIFY(!timeline->isLoading());
    QCOMPARE(timeline->totalRows(), 9);
    QVERIFY(timeline->placeholderText().isEmpty());
    int lanes = 0;
    for (const TimelineLayout::Row &row : timeline->currentLayout().rows())
        lanes += row.agreementId != 0 ? 1 : 0;
    QVERIFY(lanes > 0);
}

void TestOpenAtOnce::closingOrSwitchingWhileTheTimelineReadsIsSafe()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *timeline = window.findChild<TimelineWidget *>();
    for (int round = 0; round < 12; ++round) {
        QVERIFY(!m_ui.openSample(window, round % 2 ? QStringLiteral("one.pactline") : QStringLiteral("two.pactline"))
                     .isEmpty());
        QVERIFY(window.showView(QStringLiteral("timeline")));
        QVERIFY(timeline->isLoading());
        if (round % 3 == 0) {
            QVERIFY(window.closePortfolio());
        } else if (round % 3 == 1) {
            QVERIFY(!m_ui.openSample(window, QStringLiteral("three.pactline")).isEmpty());
        } else {
            QTest::qWait(1);
            QVERIFY(window.closePortfolio());
        }
        // Whatever was on its way for the portfolio closed is dropped.
        QTest::qWait(20);
        if (!window.database()) {
            QCOMPARE(timeline->totalRows(), 0);
            QVERIFY(!timeline->isLoading());
        }
    }
    QVERIFY(!m_ui.openSample(window).isEmpty());
    QVERIFY(window.showView(QStringLiteral("timeline")));
    QTRY_COMPARE(timeline->totalRows(), 9);
}

void TestOpenAtOnce::anEditShowsAtOnceWhileTheLanesAreReadAgain()
{
    MainWindow window;
    QVERIFY(!m_ui.showSample(window).isEmpty());
    QVERIFY(window.showView(QStringLiteral("timeline")));
    auto *timeline = window.findChild<TimelineWidget *>();
    QTRY_VERIFY(!timeline->isLoading());
    const qint64 id = timeline->currentLayout().rows().last().agreementId;
    QVERIFY(id > 0);
    AgreementRepository agreements(*window.database());
    auto agreement = agreements.get(id);
    QVERIFY(agreement.ok());
    agreement->title = QStringLiteral("Renamed while shown");
    QVERIFY(agreements.update(*agreement).ok());
    // The lanes are read again on the other thread; the lane on screen has its new title already.
    QVERIFY(timeline->isLoading());
    bool renamed = false;
    for (const TimelineLayout::Row &row : timeline->currentLayout().rows())
        renamed = renamed || (row.agreementId == id && row.fullTitle == QStringLiteral("Renamed while shown"));
    QVERIFY(renamed);
    QTRY_VERIFY(!timeline->isLoading());
    QCOMPARE(timeline->totalRows(), 9);
}

void TestOpenAtOnce::statusCountsAreKeptUntilTheDataChanges()
{
    MainWindow window;
    QVERIFY(!m_ui.showSample(window).isEmpty());
    StatusCounts *counts = window.statusCounts();
    QVERIFY(counts);
    QTRY_VERIFY(window.statusText().contains(QStringLiteral("overdue")));
    QVERIFY(window.showView(QStringLiteral("milestones")));
    QTRY_VERIFY(window.statusText().contains(QStringLiteral("overdue")));
    const int started = counts->countsStarted();
    QCOMPARE(started, 2);

    // Back and forth between the views: the figures show at once, nothing is counted again.
    for (const char *view : {"agreements", "partners", "milestones", "timeline", "agreements", "milestones"}) {
        QVERIFY(window.showView(QLatin1String(view)));
        if (qstrcmp(view, "agreements") == 0 || qstrcmp(view, "milestones") == 0)
            QVERIFY2(window.statusText().contains(QStringLiteral("overdue")), qPrintable(window.statusText()));
        QTest::qWait(10);
    }
    QCOMPARE(counts->countsStarted(), started);

    // An edit counts again.
    QVERIFY(window.showView(QStringLiteral("agreements")));
    const QString before = window.statusText();
    QAction *add = window.findChild<QAction *>(QStringLiteral("actionAdd"));
    QVERIFY(add && add->isEnabled());
    add->trigger();
    QTRY_VERIFY(counts->countsStarted() > started);
    QTRY_VERIFY(window.statusText().contains(QStringLiteral("overdue")));
    QVERIFY(window.statusText() != before);
}

void TestOpenAtOnce::hiddenListsReadNothingUntilShown()
{
    MainWindow window;
    QVERIFY(!m_ui.showSample(window).isEmpty());
    QCOMPARE(window.currentViewId(), QStringLiteral("agreements"));
    QTRY_VERIFY(window.recordView(QStringLiteral("agreements"))->model()->rowCount() > 0);
    QVERIFY(window.recordView(QStringLiteral("agreements"))->isLoaded());

    // What each list shows once it is read: a model of its own on the same portfolio.
    PartnerTableModel partners;
    MilestoneTableModel milestones;
    EventTableModel events;
    const QList<std::pair<QString, RecordTableModel *>> lists{{QStringLiteral("partners"), &partners},
                                                              {QStringLiteral("milestones"), &milestones},
                                                              {QStringLiteral("events"), &events}};
    for (const auto &[id, reference] : lists) {
        reference->setDatabase(window.database());
        QVERIFY2(reference->rowCount() > 1, qPrintable(id));
        // Hidden since the portfolio opened: not read, no rows, not even counted.
        RecordView *view = window.recordView(id);
        QVERIFY2(!view->isLoaded(), qPrintable(id));
        QVERIFY(!view->model()->database());
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(view->model()->totalCount(), 0);
    }
    QTest::qWait(50);
    for (const auto &[id, reference] : lists)
        QVERIFY2(!window.recordView(id)->isLoaded(), qPrintable(id));

    // A record chosen elsewhere (the timeline, Find anything) for a hidden list is current once it shows.
    const qint64 partner = partners.idAt(1);
    QVERIFY(!window.recordView(QStringLiteral("partners"))->selectId(partner));
    QVERIFY(!window.recordView(QStringLiteral("partners"))->isLoaded());
    QCOMPARE(window.recordView(QStringLiteral("partners"))->currentId(), partner);

    // Switching quickly through the lists: each reads its rows when it is shown, and only then.
    for (const char *shown : {"milestones", "events", "partners", "agreements", "milestones"})
        QVERIFY(window.showView(QLatin1String(shown)));
    for (const auto &[id, reference] : lists) {
        RecordView *view = window.recordView(id);
        QVERIFY2(view->isLoaded(), qPrintable(id));
        QCOMPARE(view->model()->rowCount(), reference->rowCount());
        QCOMPARE(view->model()->totalCount(), reference->totalCount());
        for (int row = 0; row < reference->rowCount(); ++row)
            QCOMPARE(view->model()->idAt(row), reference->idAt(row));
    }
    QCOMPARE(window.recordView(QStringLiteral("partners"))->currentId(), partner);
    QTRY_VERIFY2(window.statusText().startsWith(
                     QStringLiteral("%1 of %1 milestones").arg(QLocale().toString(milestones.rowCount()))),
                 qPrintable(window.statusText()));
    QTRY_VERIFY(window.statusText().contains(QStringLiteral("overdue")));

    // A portfolio opened again: the lists not in front wait again.
    QVERIFY(!m_ui.openSample(window, QStringLiteral("other.pactline")).isEmpty());
    QCOMPARE(window.currentViewId(), QStringLiteral("milestones"));
    QVERIFY(window.recordView(QStringLiteral("milestones"))->isLoaded());
    QVERIFY(window.recordView(QStringLiteral("milestones"))->model()->rowCount() > 0);
    QVERIFY(!window.recordView(QStringLiteral("partners"))->isLoaded());
    QCOMPARE(window.recordView(QStringLiteral("partners"))->model()->rowCount(), 0);
    QVERIFY(window.closePortfolio());
    QVERIFY(!window.recordView(QStringLiteral("milestones"))->isLoaded());
}

QTEST_MAIN(TestOpenAtOnce)
#include "tst_openatonce.moc"
