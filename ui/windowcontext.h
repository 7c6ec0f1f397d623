// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordselection.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class Database;
class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;
class QWidget;
class RecordView;

// Tells the window's plug-ins when a portfolio opens and closes.
class WindowNotifier final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void portfolioOpened(const QString &path);
    void portfolioClosed();
};

// What the main window offers the features that plug into it (the timeline, import, export, backups,
// history, trash, find, repair, the menus of help and language): the open portfolio, the shared
// selection and undo stack, its file actions, its menus and views, and a notifier of the portfolio
// opening and closing. The plug-ins see this, never the window's class.
class WindowContext
{
public:
    // The window itself: the parent of dialogs, docks, tool bars and menus.
    virtual QMainWindow &mainWindow() = 0;
    virtual WindowNotifier &notifier() = 0;

    // The open portfolio (null while none is) and whether it is open read-only.
    virtual Database *database() const = 0;
    virtual bool isReadOnly() const = 0;
    virtual RecordSelection *selection() const = 0;
    virtual QUndoStack *undoStack() const = 0;

    // Opens a portfolio file (reporting why not); closes the open one (false when the user stays).
    virtual bool openFile(const QString &path) = 0;
    virtual bool closePortfolio() = 0;
    // Before openFile() opens a file: the file to open instead, or "" to open nothing.
    using OpenFilter = std::function<QString(const QString &path)>;
    virtual void setOpenFilter(OpenFilter filter) = 0;
    // A passing message in the status bar, for `timeoutMs` (0: until the next one).
    virtual void showStatusMessage(const QString &text, int timeoutMs) = 0;

    virtual QMenu *fileMenu() const = 0;
    virtual QMenu *editMenu() const = 0;
    virtual QMenu *viewMenu() const = 0;
    // Puts actions in a section of the File menu before Close.
    virtual void addFileActions(const QList<QAction *> &actions) = 0;

    // Puts a view in the sidebar and the View menu.
    virtual void addView(const QString &id, const QString &title, QWidget *view) = 0;
    virtual bool showView(const QString &id) = 0;
    virtual QString currentViewId() const = 0;
    // The record list of a view (null for other views).
    virtual RecordView *recordView(const QString &id) const = 0;
    virtual QWidget *detailPane() const = 0;
    // Shows a record in the view of its kind, selected and scrolled to (clearing a filter that hides it).
    virtual void openRecord(RecordSelection::Kind kind, qint64 id) = 0;

    // Calls `update` now and whenever a portfolio opens or closes, for as long as `receiver` lives
    // (to enable what fits).
    void followPortfolio(QObject *receiver, const std::function<void()> &update);
    // Hands `use` the open portfolio now (when one is) and whenever one opens, and null when it
    // closes, for as long as `receiver` lives.
    void followDatabase(QObject *receiver, const std::function<void(Database *db)> &use);

protected:
    WindowContext() = default;
    ~WindowContext() = default;
    WindowContext(const WindowContext &) = delete;
    WindowContext &operator=(const WindowContext &) = delete;
};
