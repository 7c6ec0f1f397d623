// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintoolbar.h"

#include "timeline/timelineview.h"

#include <QAction>
#include <QIcon>
#include <QMainWindow>
#include <QStackedWidget>
#include <QToolButton>

namespace {

// What the action does, without its mnemonic and ellipsis, and its first shortcut: "Undo (Ctrl+Z)".
QString toolTipOf(const QAction &action)
{
    QString text = action.text();
    text.remove(QLatin1Char('&'));
    text.remove(QChar(0x2026));
    const QKeySequence shortcut = action.shortcut();
    if (shortcut.isEmpty())
        return text;
    return MainToolBar::tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText));
}

} // namespace

MainToolBar *MainToolBar::addTo(QMainWindow &window)
{
    auto *bar = new MainToolBar(window);
    window.addToolBar(Qt::TopToolBarArea, bar);
    return bar;
}

MainToolBar::MainToolBar(QMainWindow &window)
    : QToolBar(tr("Main Tool Bar"), &window)
    , m_window(window)
{
    setObjectName(QStringLiteral("mainToolBar"));
    setMovable(false);
    addFromWindow("actionNew", tr("New"), QStringLiteral("document-new"), QStyle::SP_FileIcon);
    addFromWindow("actionOpen", tr("Open"), QStringLiteral("document-open"), QStyle::SP_DialogOpenButton);
    addSeparator();
    addFromWindow("actionAdd", tr("Add"), QStringLiteral("list-add"), QStyle::SP_FileDialogNewFolder);
    addFromWindow("actionDelete", tr("Delete"), QStringLiteral("edit-delete"), QStyle::SP_TrashIcon);
    addSeparator();
    addFromWindow("actionUndo", tr("Undo"), QStringLiteral("edit-undo"), QStyle::SP_ArrowBack);
    addFromWindow("actionRedo", tr("Redo"), QStringLiteral("edit-redo"), QStyle::SP_ArrowForward);
    addSeparator();
    addFromWindow("actionFind", tr("Find"), QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView);
    addTimelineZoom("actionZoomIn", tr("Zoom In"), QStringLiteral("zoom-in"), "actionTimelineZoomIn");
    addTimelineZoom("actionZoomOut", tr("Zoom Out"), QStringLiteral("zoom-out"), "actionTimelineZoomOut");
    addFromWindow("actionExportPdf", tr("Export PDF"), QStringLiteral("document-export"), QStyle::SP_DialogSaveButton);
    // Short labels beside the icons; where the window is too narrow for them all, the bar's own
    // extension button offers the rest.
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The zoom buttons without labels: a magnifying glass says it, and the bar keeps its room.
    for (const char *name : {"actionZoomIn", "actionZoomOut"})
        if (auto *button =
                qobject_cast<QToolButton *>(widgetForAction(m_window.findChild<QAction *>(QLatin1String(name)))))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
}

void MainToolBar::addFromWindow(const char *name, const QString &label, const QString &themeIcon,
                                QStyle::StandardPixmap fallback)
{
    auto *action = m_window.findChild<QAction *>(QLatin1String(name));
    Q_ASSERT(action);
    if (action->icon().isNull())
        action->setIcon(QIcon::fromTheme(themeIcon, style()->standardIcon(fallback)));
    action->setIconText(label);
    action->setToolTip(toolTipOf(*action));
    // Undo and redo name the step they take: the tooltip follows (setting it again changes nothing).
    connect(action, &QAction::changed, this, [action] { action->setToolTip(toolTipOf(*action)); });
    addAction(action);
}

void MainToolBar::addTimelineZoom(const char *name, const QString &label, const QString &themeIcon,
                                  const char *timelineAction)
{
    auto *timeline = m_window.findChild<TimelineView *>(QStringLiteral("timelineView"));
    auto *views = m_window.findChild<QStackedWidget *>(QStringLiteral("viewStack"));
    Q_ASSERT(timeline && views);
    QAction *zoom = timeline->findChild<QAction *>(QLatin1String(timelineAction));
    Q_ASSERT(zoom);
    // Bundled icons (resources/icons) where the desktop's theme has none.
    auto *action = new QAction(QIcon::fromTheme(themeIcon, QIcon(QStringLiteral(":/icons/%1.svg").arg(themeIcon))),
                               label, &m_window);
    action->setObjectName(QLatin1String(name));
    action->setIconText(label);
    // The timeline's own action holds the shortcut (within the timeline); the tooltip says it.
    action->setToolTip(tr("%1 (%2)").arg(label, zoom->shortcut().toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, zoom, &QAction::trigger);
    // Only the timeline zooms.
    const auto follow = [action, timeline, views] { action->setEnabled(views->currentWidget() == timeline); };
    connect(views, &QStackedWidget::currentChanged, action, follow);
    follow();
    addAction(action);
}
