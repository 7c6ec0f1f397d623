// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main tool bar on the real main window: the everyday actions of the menus in one fixed bar,
// each with an icon and a tooltip that says its shortcut (undo's naming the step it takes), the
// timeline's zoom enabled on the timeline only, and its
// labels beside the icons with every button in sight on 1024×600 and on 1366×768 at scale 1.5, in
// English, Dutch and Swedish.
#include "domain/uilanguage.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "timeline/timelineview.h"
#include "timeline/timelinewidget.h"
#include "windowfixture.h"

#include <QAction>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace TestSupport;

namespace {

const char *const EverydayActions[] = {"actionNew",  "actionOpen", "actionAdd",    "actionDelete",  "actionUndo",
                                       "actionRedo", "actionFind", "actionZoomIn", "actionZoomOut", "actionExportPdf"};

} // namespace

class TestMainToolBar final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void holdsTheEverydayActions();
    void tooltipsSayTheShortcut();
    void zoomsTheTimelineOnlyThere();
    void labelsBesideEveryButtonInSight_data();
    void labelsBesideEveryButtonInSight();

private:
    QToolBar *bar() const { return m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar")); }
    bool everyButtonInSight() const;
    bool openWindow();

    std::unique_ptr<MainWindow> m_window;
    TestSupport::WindowFixture m_ui;
};

void TestMainToolBar::init()
{
    m_ui.start();
    QVERIFY(openWindow());
}

bool TestMainToolBar::openWindow()
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    return !m_ui.showSample(*m_window).isEmpty();
}

void TestMainToolBar::cleanup()
{
    m_window.reset();
    m_ui.finish();
    UiLanguage::install(QLocale(QLocale::English));
}

void TestMainToolBar::holdsTheEverydayActions()
{
    QToolBar *toolBar = bar();
    QVERIFY(toolBar && toolBar->isVisible());
    QVERIFY(!toolBar->isMovable());
    QCOMPARE(m_window->toolBarArea(toolBar), Qt::TopToolBarArea);
    QList<QAction *> expected;
    for (const char *name : EverydayActions) {
        auto *action = m_window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->icon().isNull(), name);
        expected << action;
    }
    QList<QAction *> shown = toolBar->actions();
    shown.removeIf([](const QAction *action) { return action->isSeparator(); });
    QCOMPARE(shown, expected);
    // Short labels: undo's stays "Undo" whatever step it names in the menu.
    QCOMPARE(expected.at(4)->iconText(), QStringLiteral("Undo"));
    QCOMPARE(expected.at(9)->iconText(), QStringLiteral("Export PDF"));
}

void TestMainToolBar::tooltipsSayTheShortcut()
{
    const auto tip = [this](const char *name) {
        return m_window->findChild<QAction *>(QLatin1String(name))->toolTip();
    };
    const auto keys = [](QKeySequence::StandardKey key) {
        return QKeySequence(key).toString(QKeySequence::NativeText);
    };
    QCOMPARE(tip("actionNew"), QStringLiteral("New (%1)").arg(keys(QKeySequence::New)));
    QCOMPARE(tip("actionUndo"), QStringLiteral("Undo (%1)").arg(keys(QKeySequence::Undo)));
    QCOMPARE(tip("actionFind"), QStringLiteral("Find (%1)").arg(keys(QKeySequence::Find)));
    QCOMPARE(tip("actionExportPdf"), QStringLiteral("Export PDF"));
    // Undo names the step it would take, in the tooltip too.
    m_window->undoStack()->push(new QUndoCommand(QStringLiteral("Rename partner")));
    QCOMPARE(tip("actionUndo"), QStringLiteral("Undo Rename partner (%1)").arg(keys(QKeySequence::Undo)));
    m_window->undoStack()->clear();
    QCOMPARE(tip("actionUndo"), QStringLiteral("Undo (%1)").arg(keys(QKeySequence::Undo)));
}

void TestMainToolBar::zoomsTheTimelineOnlyThere()
{
    auto *zoomIn = m_window->findChild<QAction *>(QStringLiteral("actionZoomIn"));
    auto *zoomOut = m_window->findChild<QAction *>(QStringLiteral("actionZoomOut"));
    QVERIFY(zoomIn && zoomOut);
    QCOMPARE(zoomIn->toolTip(),
             QStringLiteral("Zoom In (%1)").arg(QKeySequence(QKeySequence::ZoomIn).toString(QKeySequence::NativeText)));
    QCOMPARE(m_window->currentViewId(), QStringLiteral("agreements"));
    QVERIFY(!zoomIn->isEnabled() && !zoomOut->isEnabled());

    QVERIFY(m_window->showView(QStringLiteral("timeline")));
    QVERIFY(zoomIn->isEnabled() && zoomOut->isEnabled());
    auto *timeline = m_window->findChild<TimelineView *>(QStringLiteral("timelineView"))->timeline();
    const double before = timeline->axis().pixelsPerDay();
    zoomIn->trigger();
    const double closer = timeline->axis().pixelsPerDay();
    QVERIFY2(closer > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(closer)));
    zoomOut->trigger();
    zoomOut->trigger();
    QVERIFY(timeline->axis().pixelsPerDay() < closer);
    // The buttons show their icons without labels, enabled with the timeline.
    auto *button = qobject_cast<QToolButton *>(bar()->widgetForAction(zoomIn));
    QVERIFY(button && button->isEnabled());
    QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonIconOnly);
    QVERIFY(!zoomIn->icon().isNull());

    QVERIFY(m_window->showView(QStringLiteral("partners")));
    QVERIFY(!zoomIn->isEnabled() && !zoomOut->isEnabled());
    m_window->closePortfolio();
    QVERIFY(!zoomIn->isEnabled());
}

void TestMainToolBar::labelsBesideEveryButtonInSight_data()
{
    QTest::addColumn<QLocale>("language");
    QTest::addColumn<QSize>("size");
    for (const QLocale::Language language : {QLocale::English, QLocale::Dutch, QLocale::Swedish}) {
        const QString name = QLocale::languageToString(language);
        QTest::addRow("%s 1366x768", qPrintable(name)) << QLocale(language) << QSize(1366, 768);
        QTest::addRow("%s 1024x600", qPrintable(name)) << QLocale(language) << QSize(1024, 600);
        // 1366×768 at scale 1.5, in logical pixels.
        QTest::addRow("%s 910x512", qPrintable(name)) << QLocale(language) << QSize(910, 512);
    }
}

void TestMainToolBar::labelsBesideEveryButtonInSight()
{
    QFETCH(QLocale, language);
    QFETCH(QSize, size);
    UiLanguage::install(language);
    QVERIFY(openWindow());
    // In that language.
    const QString newLabel = m_window->findChild<QAction *>(QStringLiteral("actionNew"))->iconText();
    QCOMPARE(newLabel == QLatin1String("New"), language.language() == QLocale::English);
    m_window->resize(size);
    QCoreApplication::processEvents();
    QCOMPARE(bar()->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    QVERIFY(everyButtonInSight());
}

bool TestMainToolBar::everyButtonInSight() const
{
    QToolBar *toolBar = bar();
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator())
            continue;
        QWidget *button = toolBar->widgetForAction(action);
        if (!button || !button->isVisible() || !toolBar->rect().contains(button->geometry())) {
            qWarning("%s is out of sight", qPrintable(action->objectName()));
            return false;
        }
    }
    return true;
}

QTEST_MAIN(TestMainToolBar)
#include "tst_maintoolbar.moc"
