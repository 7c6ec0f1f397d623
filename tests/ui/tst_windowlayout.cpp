// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on small screens: a first size within the screen's available geometry (and a
// restored one brought back onto it), minimum sizes that fit 1024×600 at scale 1 and 1366×768 at
// scale 1.5 (910×512 logical pixels) with the Details pane and its Apply button whole, the Details
// pane stepping aside while there is no record to show (and the user's View > Details respected),
// and the timeline's tool bar whole beside it at 1024×600.
#include "domain/uilanguage.h"
#include "mainwindow.h"
#include "records/recordview.h"
#include "store/database.h"
#include "testsupport.h"
#include "timeline/timelineview.h"
#include "windowfixture.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace TestSupport;

namespace {

// 1366×768 at QT_SCALE_FACTOR=1.5, in logical pixels, and the first window on it (nine tenths).
const QSize SmallestScreen(910, 512);
const QSize FirstWindowOnIt(819, 460);

// Where a window stands, for failure messages: "WxH at X,Y".
QString placement(const QWidget &window)
{
    return QStringLiteral("%1x%2 at %3,%4").arg(window.width()).arg(window.height()).arg(window.x()).arg(window.y());
}

} // namespace

class TestWindowLayout final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstWindowFitsTheScreen();
    void restoredGeometryIsBroughtOntoTheScreen();
    void panesSavedOnAnotherScreenStartAfresh();
    void minimumSizeFitsSmallScreens_data();
    void minimumSizeFitsSmallScreens();
    void detailsStepAsideWithoutARecord();
    void detailsFollowTheUsersChoice();
    void timelineToolBarFitsBesideTheDetails();

private:
    std::unique_ptr<MainWindow> openWindow(QSize size);
    QDockWidget *dock(const MainWindow &window) const;

    TestSupport::WindowFixture m_ui;
};

void TestWindowLayout::init()
{
    m_ui.start();
}

void TestWindowLayout::cleanup()
{
    m_ui.finish();
}

std::unique_ptr<MainWindow> TestWindowLayout::openWindow(QSize size)
{
    auto window = std::make_unique<MainWindow>();
    if (m_ui.openSample(*window).isEmpty())
        return {};
    if (size.isValid())
        window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    QCoreApplication::processEvents();
    return window;
}

QDockWidget *TestWindowLayout::dock(const MainWindow &window) const
{
    return window.findChild<QDockWidget *>(QStringLiteral("detailDock"));
}

void TestWindowLayout::firstWindowFitsTheScreen()
{
    const std::unique_ptr<MainWindow> window = openWindow(QSize());
    QVERIFY(window);
    const QRect available = window->screen()->availableGeometry();
    QVERIFY2(
        available.contains(window->frameGeometry()),
        qPrintable(placement(*window) + QStringLiteral(" on %1x%2").arg(available.width()).arg(available.height())));
    // A good share of it, not a corner.
    QVERIFY(window->width() >= available.width() * 3 / 4 || window->width() >= 1280);
    QVERIFY(window->height() >= available.height() * 3 / 4 || window->height() >= 800);
}

void TestWindowLayout::restoredGeometryIsBroughtOntoTheScreen()
{
    {
        // Last closed on a bigger screen, further right than this one reaches.
        const std::unique_ptr<MainWindow> window = openWindow(QSize(2600, 1500));
        QVERIFY(window);
        window->move(1800, 900);
        window->saveSettings();
    }
    const std::unique_ptr<MainWindow> window = openWindow(QSize());
    QVERIFY(window);
    const QRect available = window->screen()->availableGeometry();
    QVERIFY2(available.contains(window->frameGeometry()), qPrintable(placement(*window)));
}

void TestWindowLayout::panesSavedOnAnotherScreenStartAfresh()
{
    const auto detailsWidthAfterRestart = [this](bool otherScreen) {
        {
            const std::unique_ptr<MainWindow> window = openWindow(QSize(1366, 768));
            window->recordView(QStringLiteral("agreements"))->selectId(1);
            QCoreApplication::processEvents();
            window->resizeDocks({dock(*window)}, {700}, Qt::Horizontal);
            QCoreApplication::processEvents();
            window->saveSettings();
        }
        if (otherScreen)
            QSettings().setValue(QStringLiteral("window/screen"), QSize(2560, 1440));
        const std::unique_ptr<MainWindow> window = openWindow(QSize(1024, 600));
        window->recordView(QStringLiteral("agreements"))->selectId(1);
        QTest::qWait(50);
        return dock(*window)->width();
    };
    // On the same screen the user's arrangement comes back; from another one, a third of the window.
    QVERIFY(detailsWidthAfterRestart(false) > 600);
    const int width = detailsWidthAfterRestart(true);
    QVERIFY2(width >= 260 && width <= 1024 / 3 + 10, qPrintable(QString::number(width)));
}

void TestWindowLayout::minimumSizeFitsSmallScreens_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("view");
    QTest::addColumn<qint64>("record");
    const QList<std::pair<QString, qint64>> records{{QStringLiteral("partners"), 1},
                                                    {QStringLiteral("agreements"), 1},
                                                    {QStringLiteral("milestones"), 2},
                                                    {QStringLiteral("events"), 2}};
    for (const char *language : {"en", "nl", "sv"})
        for (const QSize size : {SmallestScreen, FirstWindowOnIt})
            for (const auto &[view, record] : records)
                QTest::addRow("%s %dx%d %s", language, size.width(), size.height(), qPrintable(view))
                    << QString::fromLatin1(language) << size << view << record;
}

void TestWindowLayout::minimumSizeFitsSmallScreens()
{
    // With a record in the Details pane, at 910×512 and at the first window on that screen, in each
    // language: the window may be that small, the form is whole in width (it scrolls down, not
    // sideways) and its Apply button is in the window.
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(QString, view);
    QFETCH(qint64, record);
    const QLocale before;
    UiLanguage::apply(language);
    const auto restore = qScopeGuard([before] {
        QLocale::setDefault(before);
        UiLanguage::install(before);
    });
    const std::unique_ptr<MainWindow> window = openWindow(size);
    QVERIFY(window);
    QVERIFY(window->showView(view));
    QVERIFY(window->recordView(view)->selectId(record));
    QTRY_VERIFY(dock(*window)->isVisible());
    QCoreApplication::processEvents();
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    QVERIFY2(minimum.width() <= size.width() && minimum.height() <= size.height(),
             qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
    QCOMPARE(window->size(), size);
    auto *details = qobject_cast<QStackedWidget *>(window->detailPane());
    QWidget *form = details->currentWidget();
    QVERIFY(form && form->objectName().endsWith(QStringLiteral("Form")));
    auto *apply = form->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(apply && apply->isVisible());
    const QRect applyInWindow(apply->mapTo(window.get(), QPoint(0, 0)), apply->size());
    QVERIFY2(window->rect().contains(applyInWindow),
             qPrintable(QStringLiteral("Apply at %1,%2").arg(applyInWindow.x()).arg(applyInWindow.y())));
    auto *scroll = form->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("the form needs %1, the pane gives %2")
                            .arg(scroll->widget()->minimumSizeHint().width())
                            .arg(scroll->viewport()->width())));
}

void TestWindowLayout::detailsStepAsideWithoutARecord()
{
    const std::unique_ptr<MainWindow> window = openWindow(QSize(1366, 768));
    QVERIFY(window);
    QDockWidget *details = dock(*window);
    // Nothing selected yet: the list has the room.
    QCOMPARE(window->currentViewId(), QStringLiteral("agreements"));
    QVERIFY(!details->isVisible());
    RecordView *agreements = window->recordView(QStringLiteral("agreements"));
    const int listWidth = agreements->width();
    QVERIFY(agreements->selectId(4));
    QTRY_VERIFY(details->isVisible());
    QTRY_VERIFY(agreements->width() < listWidth);
    QVERIFY(details->width() >= 260);
    // The timeline shows the same agreement: the pane stays.
    QVERIFY(window->showView(QStringLiteral("timeline")));
    QVERIFY(details->isVisible());
    // A view with nothing selected gives the room back.
    QVERIFY(window->showView(QStringLiteral("events")));
    QTRY_VERIFY(!details->isVisible());
    QVERIFY(window->showView(QStringLiteral("agreements")));
    QTRY_VERIFY(details->isVisible());
    window->selection()->selectAgreement(0);
    QTRY_VERIFY(!details->isVisible());
    // The View menu still says the user wants it.
    QVERIFY(window->findChild<QAction *>(QStringLiteral("actionShowDetails"))->isChecked());

    // A fresh window straight onto the timeline: no empty pane beside it.
    const std::unique_ptr<MainWindow> fresh = openWindow(QSize(1366, 768));
    QVERIFY(fresh);
    QTest::keyClick(fresh.get(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(fresh->currentViewId(), QStringLiteral("timeline"));
    QVERIFY(!dock(*fresh)->isVisible());
    auto *timeline = fresh->findChild<TimelineView *>(QStringLiteral("timelineView"));
    QVERIFY(timeline->width() > 1366 - 260);
}

void TestWindowLayout::detailsFollowTheUsersChoice()
{
    {
        const std::unique_ptr<MainWindow> window = openWindow(QSize(1366, 768));
        QVERIFY(window);
        QDockWidget *details = dock(*window);
        auto *show = window->findChild<QAction *>(QStringLiteral("actionShowDetails"));
        QVERIFY(show && show->isCheckable() && show->isChecked());
        RecordView *agreements = window->recordView(QStringLiteral("agreements"));
        QVERIFY(agreements->selectId(1));
        QTRY_VERIFY(details->isVisible());
        // Closed with its own button: another selection does not bring it back.
        QVERIFY(details->close());
        QVERIFY(!details->isVisible());
        QVERIFY(!show->isChecked());
        QVERIFY(agreements->selectId(2));
        QCoreApplication::processEvents();
        QVERIFY(!details->isVisible());
        // View > Details brings it back, with the record.
        show->trigger();
        QTRY_VERIFY(details->isVisible());
        show->trigger();
        QVERIFY(!details->isVisible());
        window->saveSettings();
    }
    // The choice is kept.
    const std::unique_ptr<MainWindow> window = openWindow(QSize(1366, 768));
    QVERIFY(window);
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionShowDetails"))->isChecked());
    QVERIFY(window->recordView(QStringLiteral("agreements"))->selectId(1));
    QCoreApplication::processEvents();
    QVERIFY(!dock(*window)->isVisible());
}

void TestWindowLayout::timelineToolBarFitsBesideTheDetails()
{
    // 1024×600, an agreement selected, then the timeline: every tool is on the bar, none behind the
    // overflow arrow.
    const std::unique_ptr<MainWindow> window = openWindow(QSize(1024, 600));
    QVERIFY(window);
    QVERIFY(window->recordView(QStringLiteral("agreements"))->selectId(1));
    QTRY_VERIFY(dock(*window)->isVisible());
    QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window->currentViewId(), QStringLiteral("timeline"));
    QCoreApplication::processEvents();
    QVERIFY(dock(*window)->isVisible());
    auto *bar = window->findChild<QToolBar *>(QStringLiteral("timelineToolBar"));
    QVERIFY(bar && bar->isVisible());
    auto *overflow = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    QVERIFY(overflow);
    QTRY_VERIFY(!overflow->isVisible());
    auto *exportButton = bar->findChild<QToolButton *>(QStringLiteral("timelineExportButton"));
    QVERIFY(exportButton && exportButton->isVisible());
    QVERIFY(bar->rect().contains(exportButton->geometry()));
    for (const char *name :
         {"actionTimelineZoomIn", "actionTimelineZoomOut", "actionTimelineFitAll", "actionTimelineFitSelection"}) {
        auto *action = bar->findChild<QAction *>(QLatin1String(name));
        QVERIFY(action);
        QWidget *button = bar->widgetForAction(action);
        QVERIFY2(button && button->isVisible(), name);
    }
    // Both exports are in its menu.
    QVERIFY(exportButton->menu());
    QCOMPARE(exportButton->menu()->actions().size(), 2);
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
