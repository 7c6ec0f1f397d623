// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "files/recentfilesmenu.h"
#include "models/recordtablemodel.h"
#include "records/recordview.h"
#include "store/database.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QUndoStack>

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("menuFile"));
    QAction *newAction = m_fileMenu->addAction(tr("&New…"), this, &MainWindow::newPortfolio);
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("actionNew"));
    QAction *openAction = m_fileMenu->addAction(tr("&Open…"), this, &MainWindow::openPortfolio);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setObjectName(QStringLiteral("actionOpen"));
    QAction *connectAction = m_fileMenu->addAction(tr("Connect to &Server…"), this, [this] { connectToServer(); });
    connectAction->setObjectName(QStringLiteral("actionConnectToServer"));
    auto *recent = new RecentFilesMenu(m_fileMenu);
    m_fileMenu->addMenu(recent);
    connect(recent, &RecentFilesMenu::openRequested, this, &MainWindow::openFile);
    m_fileMenu->addSeparator();
    m_saveCopyAction = m_fileMenu->addAction(tr("Save a &Copy As…"), this, &MainWindow::saveCopy);
    m_saveCopyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveCopyAction->setObjectName(QStringLiteral("actionSaveCopy"));
    m_publishAction = m_fileMenu->addAction(tr("P&ublish to Server…"), this, &MainWindow::publishToServer);
    m_publishAction->setObjectName(QStringLiteral("actionPublishToServer"));
    m_fileSectionEnd = m_fileMenu->addSeparator();
    m_closeAction = m_fileMenu->addAction(tr("&Close"), this, &MainWindow::closePortfolio);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setObjectName(QStringLiteral("actionClose"));
    m_fileMenu->addSeparator();
    QAction *quitAction = m_fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(
        QKeySequence(QKeySequence::keyBindings(QKeySequence::Quit).value(0, QKeySequence(Qt::CTRL | Qt::Key_Q))));
    quitAction->setObjectName(QStringLiteral("actionQuit"));

    createEditMenu();
    createViewMenu();
}

void MainWindow::createEditMenu()
{
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("menuEdit"));
    // Undo and redo say in the status bar what they did and show the record they changed.
    QAction *undo = m_editMenu->addAction(tr("&Undo"), this, [this] { stepUndoStack(false); });
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setEnabled(false);
    connect(m_undoStack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, undo,
            [undo](const QString &text) { undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text)); });
    QAction *redo = m_editMenu->addAction(tr("&Redo"), this, [this] { stepUndoStack(true); });
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys << key;
    redo->setShortcuts(redoKeys);
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setEnabled(false);
    connect(m_undoStack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::redoTextChanged, redo,
            [redo](const QString &text) { redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text)); });
    m_editMenu->addSeparator();
    QAction *add = m_editMenu->addAction(tr("&Add"), this, &MainWindow::addRecord);
    add->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    add->setObjectName(QStringLiteral("actionAdd"));
    QAction *duplicate = m_editMenu->addAction(tr("D&uplicate"), this, &MainWindow::duplicateRecords);
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    duplicate->setObjectName(QStringLiteral("actionDuplicate"));
    QAction *remove = m_editMenu->addAction(tr("&Delete…"), this, &MainWindow::deleteRecords);
    remove->setShortcut(QKeySequence::Delete);
    remove->setObjectName(QStringLiteral("actionDelete"));
    m_editingActions = {add, duplicate, remove};
    m_editMenu->addSeparator();
    QAction *find = m_editMenu->addAction(tr("&Find…"), this, &MainWindow::focusSearch);
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("actionFind"));
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    for (int i = 0; i < m_views.size(); ++i) {
        const QString id = m_views.at(i).id;
        QAction *action = m_viewMenu->addAction(m_views.at(i).title, this, [this, id] { showView(id); });
        action->setObjectName(QStringLiteral("actionView_") + id);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    m_viewMenu->addSeparator();
    QMenu *columns = m_viewMenu->addMenu(tr("&Columns"));
    columns->setObjectName(QStringLiteral("menuColumns"));
    connect(columns, &QMenu::aboutToShow, this, [this, columns] {
        columns->clear();
        const ViewEntry *entry = currentEntry();
        if (!entry || !entry->records)
            return;
        RecordView *view = entry->records;
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            QAction *action = columns->addAction(view->model()->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(view->isColumnShown(column));
            connect(action, &QAction::toggled, view, [view, column](bool on) { view->setColumnShown(column, on); });
        }
    });
    // The user's wish: the pane itself also steps aside while there is no record to show.
    m_showDetailsAction = m_viewMenu->addAction(tr("&Details"));
    m_showDetailsAction->setObjectName(QStringLiteral("actionShowDetails"));
    m_showDetailsAction->setCheckable(true);
    m_showDetailsAction->setChecked(m_detailsWanted);
    m_showDetailsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    connect(m_showDetailsAction, &QAction::toggled, this, [this](bool wanted) {
        m_detailsWanted = wanted;
        updateDetailsDock();
        if (wanted && m_detailDock->isHidden())
            statusBar()->showMessage(tr("The Details pane opens when a record is selected."), 5000);
    });
    QAction *history = findChild<QDockWidget *>(QStringLiteral("undoDock"))->toggleViewAction();
    history->setText(tr("Undo &History"));
    history->setObjectName(QStringLiteral("actionShowUndoHistory"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z));
    m_viewMenu->addAction(history);
}

void MainWindow::addFileActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions)
        m_fileMenu->insertAction(m_fileSectionEnd, action);
    m_fileSectionEnd = m_fileMenu->insertSeparator(m_closeAction);
}

void MainWindow::updateActions()
{
    const ViewEntry *entry = currentEntry();
    const bool editable = m_db && !isReadOnly() && entry && entry->records;
    const bool selected = editable && !entry->records->selectedIds().isEmpty();
    if (m_editingActions.size() == 3) {
        m_editingActions.at(0)->setEnabled(editable);
        m_editingActions.at(1)->setEnabled(selected);
        m_editingActions.at(2)->setEnabled(selected);
    }
    if (m_saveCopyAction)
        m_saveCopyAction->setEnabled(m_db != nullptr);
    if (m_publishAction)
        m_publishAction->setEnabled(m_db != nullptr);
    if (m_closeAction)
        m_closeAction->setEnabled(m_db != nullptr);
    m_undoStack->setActive(m_db && !isReadOnly());
}
