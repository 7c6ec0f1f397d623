// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Timeline view in the real main window: selection shared with the tables both ways, double-click
// to the editor, drag-to-reschedule undone from the Edit menu, the filter bar, closing the portfolio,
// `pactline screenshot FILE --view timeline`, opening with the lanes in view and what an empty one says.
#include "mainwindow.h"
#include "records/filterbar.h"
#include "records/milestoneform.h"
#include "records/recordview.h"
#include "store/database.h"
#include "store/milestonerepository.h"
#include "testsupport.h"
#include "timeline/timelineview.h"
#include "timeline/timelinewidget.h"
#include "windowfixture.h"

#include <QAction>
#include <QImage>
#include <QLineEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace TestSupport;

class TestTimelineMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void isAViewOfTheWindow();
    void tableSelectionShowsInTheTimeline();
    void timelineClickSelectsInTheTables();
    void doubleClickOpensTheEditor();
    void dragThenUndoFromTheEditMenu();
    void filterBarLimitsTheLanes();
    void closingThePortfolioEmptiesIt();
    void screenshotCommandRendersIt();
    void opensWithItsLanesInView_data();
    void opensWithItsLanesInView();
    void scrollStaysInRangeWhenTheLanesChange();
    void emptyPortfolioSaysHowToAddAnAgreement();
    void aShortViewGivesTheLegendsRoomToTheLanes();

private:
    QPointF centreOf(qint64 milestoneId) const;
    // A window on the sample that has not shown its timeline yet, `size` big, on the agreements.
    std::unique_ptr<MainWindow> freshWindow(const QString &path, QSize size);
    static void verifyLanesInView(TimelineWidget *timeline);

    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    TimelineView *m_view = nullptr;
    TimelineWidget *m_timeline = nullptr;
    TestSupport::WindowFixture m_ui;
};

void TestTimelineMainWindow::init()
{
    m_ui.start();
    m_window = std::make_unique<MainWindow>();
    m_path = m_ui.openSample(*m_window);
    QVERIFY(!m_path.isEmpty());
    m_window->resize(1400, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->showView(QStringLiteral("timeline")));
    m_view = m_window->findChild<TimelineView *>(QStringLiteral("timelineView"));
    QVERIFY(m_view);
    m_timeline = m_view->timeline();
    m_timeline->setToday(QDate(2026, 11, 25));
    // The lanes are read on another thread once the timeline shows.
    QTRY_VERIFY(!m_timeline->isLoading());
    m_timeline->showDateRange(QDate(2022, 1, 1), QDate(2026, 12, 31));
}

void TestTimelineMainWindow::cleanup()
{
    m_window.reset();
    m_ui.finish();
}

QPointF TestTimelineMainWindow::centreOf(qint64 milestoneId) const
{
    return m_timeline->currentLayout().markRect(milestoneId).center();
}

void TestTimelineMainWindow::isAViewOfTheWindow()
{
    QVERIFY(m_window->viewIds().contains(QStringLiteral("timeline")));
    QCOMPARE(m_window->currentViewId(), QStringLiteral("timeline"));
    QVERIFY(m_view->isVisible());
    QCOMPARE(m_timeline->database(), m_window->database());
    QCOMPARE(m_timeline->undoStack(), m_window->undoStack());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionView_timeline")));
    QCOMPARE(m_timeline->totalRows(), 9);
}

void TestTimelineMainWindow::tableSelectionShowsInTheTimeline()
{
    RecordView *milestones = m_window->recordView(QStringLiteral("milestones"));
    QVERIFY(milestones);
    m_window->showView(QStringLiteral("milestones"));
    QVERIFY(milestones->selectId(2));
    QTRY_COMPARE(m_window->selection()->milestoneId(), 2);
    QCOMPARE(m_timeline->selectedMilestone(), 2);
    QCOMPARE(m_timeline->selectedAgreement(), 1);
    RecordView *agreements = m_window->recordView(QStringLiteral("agreements"));
    m_window->showView(QStringLiteral("agreements"));
    QVERIFY(agreements->selectId(4));
    QTRY_COMPARE(m_timeline->selectedAgreement(), 4);
    QCOMPARE(m_timeline->selectedMilestone(), 0);
}

void TestTimelineMainWindow::timelineClickSelectsInTheTables()
{
    QTest::mouseClick(m_timeline->viewport(), Qt::LeftButton, {}, centreOf(2).toPoint());
    QCOMPARE(m_window->selection()->milestoneId(), 2);
    QCOMPARE(m_window->recordView(QStringLiteral("milestones"))->currentId(), 2);
    auto *details = qobject_cast<QStackedWidget *>(m_window->detailPane());
    QVERIFY(details);
    auto *form = qobject_cast<MilestoneForm *>(details->currentWidget());
    QVERIFY(form);
    QCOMPARE(form->recordId(), 2);
    // A lane selects its agreement.
    const TimelineLayout::Row *lane = nullptr;
    for (const TimelineLayout::Row &row : m_timeline->currentLayout().rows())
        if (row.agreementId == 3)
            lane = &row;
    QVERIFY(lane);
    QTest::mouseClick(m_timeline->viewport(), Qt::LeftButton, {}, lane->headerRect.center().toPoint());
    QCOMPARE(m_window->selection()->agreementId(), 3);
    QCOMPARE(m_window->recordView(QStringLiteral("agreements"))->currentId(), 3);
}

void TestTimelineMainWindow::doubleClickOpensTheEditor()
{
    QTest::mouseDClick(m_timeline->viewport(), Qt::LeftButton, {}, centreOf(2).toPoint());
    auto *details = qobject_cast<QStackedWidget *>(m_window->detailPane());
    auto *form = qobject_cast<MilestoneForm *>(details->currentWidget());
    QVERIFY(form);
    QCOMPARE(form->recordId(), 2);
    QVERIFY(details->isVisible());
    QTRY_VERIFY(QApplication::focusWidget() && details->isAncestorOf(QApplication::focusWidget()));
}

void TestTimelineMainWindow::dragThenUndoFromTheEditMenu()
{
    const double year = 366 * m_timeline->axis().pixelsPerDay();
    const QPoint start = centreOf(2).toPoint();
    const QPoint end = start + QPoint(int(year), 0); // four quarters on
    QTest::mousePress(m_timeline->viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(m_timeline->viewport(), start + QPoint(12, 0));
    QTest::mouseMove(m_timeline->viewport(), end);
    QTest::mouseRelease(m_timeline->viewport(), Qt::LeftButton, {}, end);
    MilestoneRepository milestones(*m_window->database());
    QCOMPARE(milestones.get(2)->due, FuzzyDate::quarter(2025, 3));
    QCOMPARE(milestones.history(2)->size(), 1);
    QCOMPARE(m_window->undoStack()->count(), 1);
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QCOMPARE(milestones.get(2)->due, FuzzyDate::quarter(2024, 3));
    QVERIFY(milestones.history(2)->isEmpty());
    m_window->findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
    QCOMPARE(milestones.get(2)->due, FuzzyDate::quarter(2025, 3));
    QVERIFY(m_ui.errors.isEmpty());
}

void TestTimelineMainWindow::filterBarLimitsTheLanes()
{
    FilterBar *bar = m_view->filterBar();
    QVERIFY(bar->isVisible());
    QTest::keyClicks(bar->searchField(), QStringLiteral("cardiology"));
    QTRY_COMPARE(m_timeline->totalRows(), 2); // the "Active" header and the SCRO/Cardialysis lane
    QCOMPARE(m_timeline->currentLayout().rows().at(1).agreementId, 4);
    bar->clear();
    QTRY_COMPARE(m_timeline->totalRows(), 9);
    bar->setFilter(QStringLiteral("status"), QStringLiteral("signed"));
    QTRY_COMPARE(m_timeline->totalRows(), 3);
}

void TestTimelineMainWindow::closingThePortfolioEmptiesIt()
{
    m_window->closePortfolio();
    QCOMPARE(m_timeline->database(), nullptr);
    QCOMPARE(m_timeline->totalRows(), 0);
    QVERIFY(!m_timeline->grab().isNull()); // paints without a portfolio
    QVERIFY(m_window->openFile(m_path));
    QCOMPARE(m_timeline->database(), m_window->database());
    QTRY_COMPARE(m_timeline->totalRows(), 9);
}

void TestTimelineMainWindow::screenshotCommandRendersIt()
{
    const QString out = m_ui.dir().filePath(QStringLiteral("timeline.png"));
    const ProcessResult result = runPactline({QStringLiteral("screenshot"), m_path, QStringLiteral("--view"),
                                              QStringLiteral("timeline"), QStringLiteral("-o"), out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QImage image(out);
    QCOMPARE(image.size(), QSize(1280, 800));
    // The overdue Lund facility is on it: a patch of the overdue red.
    int red = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = image.pixel(x, y);
            if (qRed(c) > 180 && qGreen(c) < 70 && qBlue(c) < 80)
                ++red;
        }
    QVERIFY2(red > 60, qPrintable(QString::number(red)));
}

std::unique_ptr<MainWindow> TestTimelineMainWindow::freshWindow(const QString &path, QSize size)
{
    m_window.reset();
    auto window = std::make_unique<MainWindow>();
    m_ui.listenTo(*window);
    if (!window->openFile(path))
        return {};
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    return window;
}

void TestTimelineMainWindow::verifyLanesInView(TimelineWidget *timeline)
{
    // Every lane is in the view, or the vertical scroll bar is there to reach it; the position is in range.
    QScrollBar *bar = timeline->verticalScrollBar();
    const double rowHeight = TimelineOptions().rowHeight;
    const double lanes = timeline->totalRows() * rowHeight;
    const QRectF plot = timeline->plotRect();
    QVERIFY2(timeline->scrollY() >= 0 && timeline->scrollY() <= timeline->maximumScrollY(),
             qPrintable(QStringLiteral("%1 of %2").arg(timeline->scrollY()).arg(timeline->maximumScrollY())));
    QVERIFY(qAbs(timeline->maximumScrollY() - std::max(0.0, lanes - plot.height())) < 0.5);
    QCOMPARE(bar->maximum(), int(std::ceil(timeline->maximumScrollY())));
    QCOMPARE(bar->value(), int(std::lround(timeline->scrollY())));
    if (lanes <= plot.height()) {
        QCOMPARE(timeline->scrollY(), 0.0);
        QCOMPARE(int(timeline->currentLayout().rows().size()), timeline->totalRows());
        for (const TimelineLayout::Row &row : timeline->currentLayout().rows())
            QVERIFY(row.rect.top() >= plot.top() - 0.5 && row.rect.bottom() <= plot.bottom() + 0.5);
    } else {
        QVERIFY(bar->isVisible());
        QVERIFY(bar->maximum() > 0);
    }
    // The selected agreement's lane is one of those in view.
    const qint64 selected = timeline->selectedAgreement();
    if (selected == 0)
        return;
    bool shown = false;
    for (const TimelineLayout::Row &row : timeline->currentLayout().rows())
        if (!row.groupHeader && row.agreementId == selected)
            shown = shown || (row.rect.top() >= plot.top() - 0.5 && row.rect.bottom() <= plot.bottom() + 0.5);
    QVERIFY2(shown, qPrintable(QStringLiteral("agreement %1 is not in view").arg(selected)));
}

void TestTimelineMainWindow::opensWithItsLanesInView_data()
{
    QTest::addColumn<qint64>("agreement");
    QTest::addColumn<QSize>("size");
    for (qint64 id = 1; id <= 6; ++id) {
        QTest::addRow("agreement %lld, 1366x768", id) << id << QSize(1366, 768);
        QTest::addRow("agreement %lld, 900x440", id) << id << QSize(900, 440);
    }
}

void TestTimelineMainWindow::opensWithItsLanesInView()
{
    // The user's path: the agreements, a click on one, then Ctrl+5.
    QFETCH(qint64, agreement);
    QFETCH(QSize, size);
    const std::unique_ptr<MainWindow> window = freshWindow(m_path, size);
    QVERIFY(window);
    QCOMPARE(window->currentViewId(), QStringLiteral("agreements"));
    QVERIFY(window->recordView(QStringLiteral("agreements"))->selectId(agreement));
    auto *timeline = window->findChild<TimelineWidget *>(QStringLiteral("timelineWidget"));
    QVERIFY(timeline && !timeline->isVisible());
    QCOMPARE(timeline->selectedAgreement(), agreement);
    QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window->currentViewId(), QStringLiteral("timeline"));
    QTRY_VERIFY(timeline->isVisible());
    QTRY_VERIFY(!timeline->isLoading());
    QCoreApplication::processEvents();
    QCOMPARE(timeline->totalRows(), 9);
    verifyLanesInView(timeline);
    // Fitted to the portfolio's dates: the whole span of the sample, 2022 to today, is on the axis.
    QVERIFY(timeline->axis().dateAt(0) <= QDate(2022, 1, 1));
    QVERIFY(timeline->axis().dateAt(timeline->plotRect().width()) >= QDate::currentDate());
    // Today is on it, its chip whole and inside the view.
    const TimelineLayout &layout = timeline->currentLayout();
    QVERIFY(layout.todayVisible());
    QCOMPARE(layout.todayLabel(), QStringLiteral("Today"));
    QVERIFY(QRectF(timeline->viewport()->rect()).contains(layout.todayLabelRect()));
    QVERIFY(m_ui.errors.isEmpty());
}

void TestTimelineMainWindow::scrollStaysInRangeWhenTheLanesChange()
{
    // Scrolled to the bottom of a short view, then the filter leaves one lane: it is at the top.
    m_window->resize(900, 440);
    QTRY_VERIFY(m_timeline->maximumScrollY() > 0);
    m_timeline->setScrollY(m_timeline->maximumScrollY());
    QVERIFY(m_timeline->scrollY() > 0);
    QTest::keyClicks(m_view->filterBar()->searchField(), QStringLiteral("cardiology"));
    QTRY_COMPARE(m_timeline->totalRows(), 2);
    verifyLanesInView(m_timeline);
    m_view->filterBar()->clear();
    QTRY_COMPARE(m_timeline->totalRows(), 9);
    // The window grows taller than the lanes: no scrolling left, every lane in view.
    m_timeline->setScrollY(m_timeline->maximumScrollY());
    m_window->resize(1400, 900);
    QTRY_COMPARE(m_timeline->maximumScrollY(), 0.0);
    verifyLanesInView(m_timeline);
}

void TestTimelineMainWindow::emptyPortfolioSaysHowToAddAnAgreement()
{
    QCOMPARE(m_timeline->placeholderText(), QString());
    const QString empty = m_ui.dir().filePath(QStringLiteral("new.pactline"));
    QVERIFY(Database::create(empty).ok());
    QVERIFY(m_window->openFile(empty));
    QVERIFY(m_window->showView(QStringLiteral("timeline")));
    QTRY_VERIFY(!m_timeline->isLoading());
    QCOMPARE(m_timeline->totalRows(), 0);
    const QString text = m_timeline->placeholderText();
    QVERIFY2(text.startsWith(QStringLiteral("No agreements yet.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Edit ▸ Add")));
    verifyLanesInView(m_timeline);
    // Nothing to fit: the years around today, not a fortnight.
    QVERIFY(m_timeline->axis().dateAt(0) <= m_timeline->today().addYears(-1));
    QVERIFY(m_timeline->axis().dateAt(m_timeline->plotRect().width()) >= m_timeline->today().addMonths(6));
    // Only a filter makes it "no match".
    QTest::keyClicks(m_view->filterBar()->searchField(), QStringLiteral("cardiology"));
    QTRY_COMPARE(m_timeline->placeholderText(), QStringLiteral("No agreements match the filter."));
    QVERIFY(m_window->openFile(m_path));
    QTest::keyClicks(m_view->filterBar()->searchField(), QStringLiteral("no such agreement"));
    QTRY_COMPARE(m_timeline->placeholderText(), QStringLiteral("No agreements match the filter."));
    m_view->filterBar()->clear();
    QTRY_COMPARE(m_timeline->placeholderText(), QString());
    m_window->closePortfolio();
    QCOMPARE(m_timeline->placeholderText(), QStringLiteral("Open a portfolio to see its timeline."));
}

void TestTimelineMainWindow::aShortViewGivesTheLegendsRoomToTheLanes()
{
    QVERIFY(!m_timeline->currentLayout().legend().isEmpty());
    // As on 1366×768 at scale 1.5 (819×460 logical) with the Details pane: the lanes before the legend.
    // (An agreement chosen on the timeline: a hidden list's row does not choose the Details pane.)
    m_window->selection()->selectAgreement(1);
    m_window->resize(819, 460);
    QTRY_VERIFY(m_timeline->currentLayout().legend().isEmpty());
    QVERIFY(m_timeline->plotRect().bottom() >= m_timeline->viewport()->height() - 1);
    // An export still explains its symbols.
    const QImage image = m_timeline->renderImage(800);
    TimelineOptions options;
    QCOMPARE(image.height(), int(std::ceil(TimelineLayout::heightFor(m_timeline->totalRows(), 800, options))));
    m_window->resize(1400, 800);
    QTRY_VERIFY(!m_timeline->currentLayout().legend().isEmpty());
}

QTEST_MAIN(TestTimelineMainWindow)
#include "tst_timelinemainwindow.moc"
