// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/milestonerepository.h"
#include "testsupport.h"
#include "timeline/timelineview.h"
#include "timeline/timelinewidget.h"

#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>
#include <QWheelEvent>
#include <QXmlStreamReader>

#include <memory>

namespace {

const QDate Today(2026, 11, 25);

} // namespace

class TestTimelineWidget final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ctrlWheelZoomKeepsThePointUnderTheCursor_data();
    void ctrlWheelZoomKeepsThePointUnderTheCursor();
    void plusAndMinusZoomAroundTheMiddle();
    void panByDraggingAndScrollBarsKeepsLaneHeadersPut();
    void fitAllAndFitSelection();
    void clickSelectsAndSignals();
    void selectionFromOutsideShowsItWithoutSignal();
    void doubleClickActivates();
    void dragReschedulesByWholeUnitsThenUndo();
    void smallDragSnapsBack();
    void hoverShowsTheWholeLabelAndTooltipTheHistory();
    void groupByFromTheToolBar();
    void filterLimitsTheLanes();
    void exportsPngAndSvg();
    void exportRefusesOtherFormats();
    void followsChangesInTheStore();

private:
    QPointF centreOf(qint64 milestoneId);
    // Drags with the left button on the timeline from `from` through `via` to `to`.
    void drag(const QPoint &from, const QPoint &via, const QPoint &to);

    TestSupport::SampleFixture m_sample;
    std::unique_ptr<TimelineView> m_view;
    TimelineWidget *m_timeline = nullptr;
    QStringList m_errors;
};

void TestTimelineWidget::init()
{
    QVERIFY(m_sample.open());
    m_errors.clear();
    m_view = std::make_unique<TimelineView>();
    m_view->setErrorReporter([this](const QString &message) { m_errors << message; });
    m_timeline = m_view->timeline();
    m_timeline->setToday(Today);
    m_view->resize(1300, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_timeline->setDatabase(m_sample.db.get());
    // The lanes are read on another thread.
    QTRY_VERIFY(!m_timeline->isLoading());
    m_timeline->showDateRange(QDate(2022, 1, 1), QDate(2026, 12, 31));
}

void TestTimelineWidget::cleanup()
{
    m_view.reset();
    m_sample.close();
}

QPointF TestTimelineWidget::centreOf(qint64 milestoneId)
{
    const QRectF rect = m_timeline->currentLayout().markRect(milestoneId);
    if (rect.isEmpty())
        qWarning("milestone %lld is not shown", milestoneId);
    return rect.center();
}

void TestTimelineWidget::drag(const QPoint &from, const QPoint &via, const QPoint &to)
{
    QTest::mousePress(m_timeline->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_timeline->viewport(), via);
    QTest::mouseMove(m_timeline->viewport(), to);
    QTest::mouseRelease(m_timeline->viewport(), Qt::LeftButton, {}, to);
}

void TestTimelineWidget::ctrlWheelZoomKeepsThePointUnderTheCursor_data()
{
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("delta");
    QTest::newRow("in, left") << 0.1 << 120;
    QTest::newRow("in, middle") << 0.5 << 240;
    QTest::newRow("out, right") << 0.9 << -120;
    QTest::newRow("out, far") << 0.3 << -600;
}

void TestTimelineWidget::ctrlWheelZoomKeepsThePointUnderTheCursor()
{
    QFETCH(double, fraction);
    QFETCH(int, delta);
    const QRectF plot = m_timeline->plotRect();
    const QPointF point(plot.left() + plot.width() * fraction, plot.top() + 40);
    const double plotX = point.x() - plot.left();
    const double dayBefore = m_timeline->axis().dayAt(plotX);
    const double zoomBefore = m_timeline->axis().pixelsPerDay();
    QWheelEvent wheel(point, m_timeline->viewport()->mapToGlobal(point), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_timeline->viewport(), &wheel);
    QVERIFY(qAbs(m_timeline->axis().dayAt(plotX) - dayBefore) < 1e-6);
    if (delta > 0)
        QVERIFY(m_timeline->axis().pixelsPerDay() > zoomBefore * 1.2);
    else
        QVERIFY(m_timeline->axis().pixelsPerDay() < zoomBefore / 1.2);
    // The frame drawn afterwards puts that day at the same place.
    QCOMPARE(m_timeline->currentLayout().dateAt(point.x()), QDate::fromJulianDay(qint64(std::floor(dayBefore))));
}

void TestTimelineWidget::plusAndMinusZoomAroundTheMiddle()
{
    const QRectF plot = m_timeline->plotRect();
    const double middle = plot.width() / 2;
    const double day = m_timeline->axis().dayAt(middle);
    const double zoom = m_timeline->axis().pixelsPerDay();
    QTest::keyClick(m_timeline, Qt::Key_Plus);
    QVERIFY(qFuzzyCompare(m_timeline->axis().pixelsPerDay(), zoom * 1.25));
    QVERIFY(qAbs(m_timeline->axis().dayAt(middle) - day) < 1e-6);
    QTest::keyClick(m_timeline, Qt::Key_Minus);
    QTest::keyClick(m_timeline, Qt::Key_Minus);
    QVERIFY(qFuzzyCompare(m_timeline->axis().pixelsPerDay(), zoom / 1.25));
    QVERIFY(qAbs(m_timeline->axis().dayAt(middle) - day) < 1e-6);
    m_view->findChild<QAction *>(QStringLiteral("actionTimelineZoomIn"))->trigger();
    QVERIFY(qFuzzyCompare(m_timeline->axis().pixelsPerDay(), zoom));
}

void TestTimelineWidget::panByDraggingAndScrollBarsKeepsLaneHeadersPut()
{
    const QRectF plot = m_timeline->plotRect();
    const QImage before = m_timeline->viewport()->grab().toImage();
    const double firstDay = m_timeline->axis().firstDay();
    const double zoom = m_timeline->axis().pixelsPerDay();
    // Drag on an empty stretch (below the lanes) 200 pixels to the left: later dates come into view.
    const QPoint start(int(plot.left() + 600), int(plot.bottom() - 20));
    drag(start, start - QPoint(100, 0), start - QPoint(200, 0));
    QVERIFY(qAbs(m_timeline->axis().firstDay() - (firstDay + 200 / zoom)) < 1e-6);
    QCOMPARE(m_timeline->axis().pixelsPerDay(), zoom);
    // The scroll bar followed; moving it moves the view back.
    QScrollBar *bar = m_timeline->horizontalScrollBar();
    const int value = bar->value();
    bar->setValue(value - 200);
    QVERIFY(qAbs(m_timeline->axis().firstDay() - firstDay) < 1.0 / zoom);
    bar->setValue(value + 150);
    const QImage after = m_timeline->viewport()->grab().toImage();
    // The lane header column is drawn identically; the plot is not.
    const QRect header(0, int(plot.top()), int(plot.left()) - 2, int(plot.height()));
    QCOMPARE(after.copy(header), before.copy(header));
    const QRect lanes(int(plot.left()) + 2, int(plot.top()), int(plot.width()) - 4, int(plot.height()));
    QVERIFY(after.copy(lanes) != before.copy(lanes));
}

void TestTimelineWidget::fitAllAndFitSelection()
{
    m_view->findChild<QAction *>(QStringLiteral("actionTimelineFitAll"))->trigger();
    const TimelineAxis &axis = m_timeline->axis();
    const double width = m_timeline->plotRect().width();
    // Everything from NecstGen's 2022 to today fits, with a margin.
    QVERIFY(axis.dateAt(0) < QDate(2022, 1, 1));
    QVERIFY(axis.dateAt(width) > Today);
    QVERIFY(axis.dateAt(0) > QDate(2021, 6, 1));
    m_timeline->selectMilestone(2);
    m_view->findChild<QAction *>(QStringLiteral("actionTimelineFitSelection"))->trigger();
    QVERIFY(m_timeline->axis().dateAt(0) < QDate(2024, 7, 1));
    QVERIFY(m_timeline->axis().dateAt(0) > QDate(2024, 5, 1));
    QVERIFY(m_timeline->axis().dateAt(width) > QDate(2024, 9, 30));
    QVERIFY(m_timeline->axis().dateAt(width) < QDate(2024, 12, 1));
}

void TestTimelineWidget::clickSelectsAndSignals()
{
    QSignalSpy spy(m_timeline, &TimelineWidget::selectionChanged);
    QTest::mouseClick(m_timeline->viewport(), Qt::LeftButton, {}, centreOf(2).toPoint());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), 2);
    QCOMPARE(spy.at(0).at(1).toLongLong(), 1);
    QCOMPARE(m_timeline->selectedMilestone(), 2);
    QCOMPARE(m_timeline->selectedAgreement(), 1);
    bool drawnSelected = false;
    for (const TimelineLayout::Mark &mark : m_timeline->currentLayout().marks())
        if (mark.milestoneId == 2 && mark.kind == TimelineLayout::MarkKind::Band)
            drawnSelected = mark.selected;
    QVERIFY(drawnSelected);
    // A click in an agreement's lane selects the agreement.
    const QRectF plot = m_timeline->plotRect();
    const double laneY = m_timeline->currentLayout().rows().at(5).rect.center().y();
    QTest::mouseClick(m_timeline->viewport(), Qt::LeftButton, {}, QPoint(int(plot.left() + 5), int(laneY)));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toLongLong(), 0);
    QCOMPARE(spy.at(1).at(1).toLongLong(), m_timeline->currentLayout().rows().at(5).agreementId);
    QCOMPARE(m_timeline->selectedMilestone(), 0);
}

void TestTimelineWidget::selectionFromOutsideShowsItWithoutSignal()
{
    QSignalSpy spy(m_timeline, &TimelineWidget::selectionChanged);
    m_timeline->showDateRange(QDate(2025, 1, 1), QDate(2026, 12, 31));
    m_timeline->selectMilestone(2); // Q3 2024, off screen to the left
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_timeline->selectedAgreement(), 1);
    const TimelineLayout &layout = m_timeline->currentLayout();
    const QRectF mark = layout.markRect(2);
    QVERIFY(!mark.isEmpty());
    QVERIFY(layout.plotRect().contains(mark.center()));
    bool selectedRow = false;
    for (const TimelineLayout::Row &row : layout.rows())
        if (row.agreementId == 1)
            selectedRow = row.selected;
    QVERIFY(selectedRow);
    m_timeline->selectAgreement(3);
    QCOMPARE(m_timeline->selectedMilestone(), 0);
    QCOMPARE(m_timeline->selectedAgreement(), 3);
    QCOMPARE(spy.count(), 0);
}

void TestTimelineWidget::doubleClickActivates()
{
    QSignalSpy milestones(m_timeline, &TimelineWidget::milestoneActivated);
    QSignalSpy agreements(m_timeline, &TimelineWidget::agreementActivated);
    QTest::mouseDClick(m_timeline->viewport(), Qt::LeftButton, {}, centreOf(2).toPoint());
    QCOMPARE(milestones.count(), 1);
    QCOMPARE(milestones.first().first().toLongLong(), 2);
    const TimelineLayout::Row &row = m_timeline->currentLayout().rows().at(1);
    QTest::mouseDClick(m_timeline->viewport(), Qt::LeftButton, {}, row.headerRect.center().toPoint());
    QCOMPARE(agreements.count(), 1);
    QCOMPARE(agreements.first().first().toLongLong(), row.agreementId);
}

void TestTimelineWidget::dragReschedulesByWholeUnitsThenUndo()
{
    const double quarter = 92 * m_timeline->axis().pixelsPerDay();
    const QPoint start = centreOf(2).toPoint();
    const QPoint end = start + QPoint(int(quarter * 1.1), 0);
    QTest::mousePress(m_timeline->viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(m_timeline->viewport(), start + QPoint(10, 0));
    QTest::mouseMove(m_timeline->viewport(), end);
    // While dragging: the band previews at Q4 2024, the stored date is unchanged.
    QVERIFY(qAbs(m_timeline->currentLayout().markRect(2).left() - m_timeline->currentLayout().xOf(QDate(2024, 10, 1))) <
            1e-6);
    MilestoneRepository milestones(*m_sample.db);
    QCOMPARE(milestones.get(2)->due, FuzzyDate::quarter(2024, 3));
    QTest::mouseRelease(m_timeline->viewport(), Qt::LeftButton, {}, end);

    QCOMPARE(milestones.get(2)->due, FuzzyDate::quarter(2024, 4)); // a quarter stays a quarter
    QList<MilestoneChange> history = *milestones.history(2);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().oldDue, FuzzyDate::quarter(2024, 3));
    QCOMPARE(history.first().newDue, FuzzyDate::quarter(2024, 4));
    QCOMPARE(history.first().reason, QStringLiteral("Moved on the timeline"));
    QUndoStack *stack = m_timeline->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Move “Production facility in Lund ready” to Q4 2024"));
    // The timeline shows the move and the slip (a ghost at Q3).
    QVERIFY(qAbs(m_timeline->currentLayout().markRect(2).left() - m_timeline->currentLayout().xOf(QDate(2024, 10, 1))) <
            1e-6);
    bool ghost = false;
    for (const TimelineLayout::Mark &mark : m_timeline->currentLayout().marks())
        ghost = ghost || (mark.kind == TimelineLayout::MarkKind::Ghost && mark.milestoneId == 2);
    QVERIFY(ghost);

    stack->undo();
    QCOMPARE(milestones.get(2)->due, FuzzyDate::quarter(2024, 3));
    QVERIFY(milestones.history(2)->isEmpty());
    QVERIFY(qAbs(m_timeline->currentLayout().markRect(2).left() - m_timeline->currentLayout().xOf(QDate(2024, 7, 1))) <
            1e-6);
    stack->redo();
    QCOMPARE(milestones.get(2)->due, FuzzyDate::quarter(2024, 4));
    QCOMPARE(milestones.history(2)->size(), 1);
    QVERIFY(m_errors.isEmpty());
}

void TestTimelineWidget::smallDragSnapsBack()
{
    const double quarter = 92 * m_timeline->axis().pixelsPerDay();
    const QPoint start = centreOf(2).toPoint();
    const QPoint end = start - QPoint(int(quarter * 0.3), 0);
    drag(start, start - QPoint(10, 0), end);
    QCOMPARE(MilestoneRepository(*m_sample.db).get(2)->due, FuzzyDate::quarter(2024, 3));
    QCOMPARE(m_timeline->undoStack()->count(), 0);
    // Backwards by more than half a quarter: Q2.
    const QPoint back = start - QPoint(int(quarter * 0.8), 0);
    drag(start, start - QPoint(10, 0), back);
    QCOMPARE(MilestoneRepository(*m_sample.db).get(2)->due, FuzzyDate::quarter(2024, 2));
}

void TestTimelineWidget::hoverShowsTheWholeLabelAndTooltipTheHistory()
{
    MilestoneRepository milestones(*m_sample.db);
    Milestone lund = *milestones.get(2);
    lund.due = FuzzyDate::quarter(2024, 4);
    QVERIFY(milestones.update(lund, QStringLiteral("permit delay")).ok());
    const QPoint point = centreOf(2).toPoint();
    QTest::mouseMove(m_timeline->viewport(), point);
    QCOMPARE(m_timeline->currentLayout().options().hoveredMilestone, 2);
    QHelpEvent help(QEvent::ToolTip, point, m_timeline->viewport()->mapToGlobal(point));
    QApplication::sendEvent(m_timeline->viewport(), &help);
    QVERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("planned Q3 2024 → Q4 2024, changed ")),
             qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral(": permit delay")));
    QToolTip::hideText();
}

void TestTimelineWidget::groupByFromTheToolBar()
{
    auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("timelineGroupBy"));
    QVERIFY(combo);
    QCOMPARE(m_timeline->groupBy(), TimelineGroupBy::Status);
    QCOMPARE(m_timeline->totalRows(), 9);
    combo->setCurrentIndex(combo->findData(int(TimelineGroupBy::Partner)));
    QCOMPARE(m_timeline->groupBy(), TimelineGroupBy::Partner);
    QTRY_COMPARE(m_timeline->totalRows(), 24);
    combo->setCurrentIndex(combo->findData(int(TimelineGroupBy::None)));
    QTRY_COMPARE(m_timeline->totalRows(), 6);
    QVERIFY(m_timeline->currentLayout().rows().first().title.startsWith(QStringLiteral("ATMP")));
}

void TestTimelineWidget::filterLimitsTheLanes()
{
    ListQuery filter;
    filter.filters.insert(QStringLiteral("status"), QStringLiteral("completed"));
    m_timeline->setFilter(filter);
    QTRY_COMPARE(m_timeline->totalRows(), 2);
    filter = ListQuery();
    filter.search = QStringLiteral("nothing like this");
    m_timeline->setFilter(filter);
    QTRY_COMPARE(m_timeline->totalRows(), 0);
    m_timeline->setFilter(ListQuery());
    QTRY_COMPARE(m_timeline->totalRows(), 9);
}

void TestTimelineWidget::exportsPngAndSvg()
{
    QString asked;
    m_view->setFileChooser([&](const QString &caption, const QString &suggested) {
        asked = caption;
        return m_sample.dir->filePath(suggested);
    });
    QVERIFY(m_view->exportAs(QStringLiteral("png")));
    QVERIFY(asked.contains(QStringLiteral("PNG")));
    QImage png(m_sample.dir->filePath(QStringLiteral("timeline.png")));
    QVERIFY(!png.isNull());
    QVERIFY(png.width() >= 2 * 1000); // twice the screen width for sharp slides
    QVERIFY(png.height() > 2 * 9 * 30);

    m_view->findChild<QAction *>(QStringLiteral("actionTimelineExportSvg"))->trigger();
    const QString svgPath = m_sample.dir->filePath(QStringLiteral("timeline.svg"));
    QSvgRenderer renderer(svgPath);
    QVERIFY(renderer.isValid());
    QFile file(svgPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    bool lund = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            lund = lund || xml.readElementText(QXmlStreamReader::IncludeChildElements)
                               .contains(QStringLiteral("Production facility in Lund ready"));
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(lund);
    QVERIFY(m_errors.isEmpty());

    // Cancelled: nothing written, nothing reported.
    m_view->setFileChooser([](const QString &, const QString &) { return QString(); });
    QVERIFY(!m_view->exportAs(QStringLiteral("png")));
    QVERIFY(m_errors.isEmpty());
}

void TestTimelineWidget::exportRefusesOtherFormats()
{
    QString error;
    const QString path = m_sample.dir->filePath(QStringLiteral("timeline.bmp"));
    QVERIFY(!m_timeline->exportTo(path, &error));
    QVERIFY(error.contains(QStringLiteral(".png or .svg")));
    QVERIFY(!QFile::exists(path));
    m_view->setFileChooser([](const QString &, const QString &) { return QStringLiteral("/nonexistent/dir/t.png"); });
    QVERIFY(!m_view->exportAs(QStringLiteral("png")));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY(m_errors.first().contains(QStringLiteral("/nonexistent/dir/t.png")));
}

void TestTimelineWidget::followsChangesInTheStore()
{
    MilestoneRepository milestones(*m_sample.db);
    Milestone m;
    m.agreementId = 4;
    m.title = QStringLiteral("Device study results published");
    m.due = FuzzyDate::half(2025, 1);
    const Result<Milestone> created = milestones.create(m);
    QVERIFY(created.ok());
    QVERIFY(!m_timeline->currentLayout().markRect(created->meta.id).isEmpty());
}

QTEST_MAIN(TestTimelineWidget)
#include "tst_timelinewidget.moc"
