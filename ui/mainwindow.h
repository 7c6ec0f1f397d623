// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/agreementtablemodel.h"
#include "models/eventtablemodel.h"
#include "models/milestonetablemodel.h"
#include "models/partnertablemodel.h"
#include "recordselection.h"
#include "store/storeerror.h"
#include "windowcontext.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QUndoStack>

#include <functional>
#include <memory>

class BackgroundCounter;
class ChangeFeed;
class ConnectDialog;
class Database;
class DetailForms;
class PortfolioLock;
class QDockWidget;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;
class RecordCommand;
class RecordView;
class RepairOffer;
class ServerRetry;
class UpgradeProgress;
class StatusCounts;
class UndoRecordWriter;

// The main window on one portfolio: a sidebar of views (Partners, Agreements, Milestones, Events,
// and whatever else plugs in with addView(), such as the timeline), a detail pane with the form of
// the selected record, a filter bar per list, one undo stack for every change, and the File, Edit
// and View menus. The selection is shared through selection(): views follow and drive it. Features
// plug in through the WindowContext it implements.
//
// Its members are defined by job: mainwindow.cpp (building the window, its settings and events),
// mainwindowmenus.cpp, mainwindowportfolio.cpp (open, close, new, copy, title and banner),
// mainwindowviews.cpp (the sidebar and the stack of views), mainwindowdetails.cpp (the Details pane),
// mainwindowediting.cpp (add, duplicate, delete, undo and redo) and mainwindowstatus.cpp.
class MainWindow final : public QMainWindow, public WindowContext
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a portfolio file (read-only when the file cannot be written); on failure keeps the
    // current one and reports why.
    bool openFile(const QString &path) override;
    // Closes the portfolio; false when the user chose to stay with changes not applied yet.
    bool closePortfolio() override;
    Database *database() const override { return m_db.get(); }
    // Read-only: opened so, or on a server that is not reachable now.
    bool isReadOnly() const override;
    QMainWindow &mainWindow() override { return *this; }
    WindowNotifier &notifier() override { return *m_notifier; }

    // Seams for tests: how errors are shown, how file names are asked for, and how questions
    // (confirmations) are answered.
    using ErrorReporter = std::function<void(const QString &title, const QString &message)>;
    using FileChooser = std::function<QString(const QString &caption, bool forSaving)>;
    using QuestionAsker = std::function<QMessageBox::StandardButton(
        const QString &title, const QString &text, const QString &details, QMessageBox::StandardButtons buttons)>;
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setQuestionAsker(QuestionAsker asker) { m_ask = std::move(asker); }
    // How the Connect to Server dialog is answered: true when the user connects.
    using ServerDialogRunner = std::function<bool(ConnectDialog &dialog)>;
    void setServerDialogRunner(ServerDialogRunner runner) { m_runServerDialog = std::move(runner); }
    // Before openFile() opens a file: the file to open instead (a backup restores into its portfolio),
    // or an empty string to open nothing.
    void setOpenFilter(OpenFilter filter) override { m_openFilter = std::move(filter); }

    // Views. addView() puts a view in the sidebar and the View menu (the timeline plugs in here);
    // the window does not hand it the portfolio: use database(), portfolioOpened/Closed and selection().
    void addView(const QString &id, const QString &title, QWidget *view) override;
    QStringList viewIds() const;
    bool showView(const QString &id) override;
    QString currentViewId() const override;
    RecordView *recordView(const QString &id) const override;
    QWidget *detailPane() const override;

    RecordSelection *selection() const override { return m_selection; }
    // Shows a record in the view of its kind, selected and scrolled to (clearing a filter that hides it).
    void openRecord(RecordSelection::Kind kind, qint64 id) override;
    QUndoStack *undoStack() const override { return m_undoStack; }
    // Menus for others to add to. addFileActions() puts actions in a section of the File menu
    // before Close (e.g. Export PDF, Print, Import).
    QMenu *fileMenu() const override { return m_fileMenu; }
    QMenu *editMenu() const override { return m_editMenu; }
    QMenu *viewMenu() const override { return m_viewMenu; }
    void addFileActions(const QList<QAction *> &actions) override;
    void showStatusMessage(const QString &text, int timeoutMs) override;

    // What the status bar says now, and the message where the user is looking (the detail form's,
    // else the current list's).
    QString statusText() const;
    // The status bar's milestone figures (null while no portfolio is open).
    StatusCounts *statusCounts() const { return m_statusCounts.get(); }
    QString messageText() const;
    // Writes the window layout, columns and sort to the settings (also done on close).
    void saveSettings() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // How long a message stays in the status bar.
    static constexpr int MessageShownMs = 15000;

    struct ViewEntry
    {
        QString id;
        QString title;
        QWidget *widget;
        RecordView *records; // null for views that are not record lists
        RecordSelection::Kind kind;
    };

    void createViews();
    void createDetailPane();
    void connectDetailForms();
    void createMenus();
    void createEditMenu();
    void createViewMenu();
    // The features that plug in through the WindowContext.
    void addPlugIns();
    void restoreSettings();
    // The first window's size: most of the screen's available geometry, up to 1280×800.
    QSize firstSize() const;
    // Brings a size and place restored from another screen within this one's available geometry.
    void fitToScreen();
    // The Details pane shows when the user wants it (View > Details) and there is a record to show;
    // otherwise its space goes to the view.
    void updateDetailsDock();
    void sizeDetailsDock();
    void addRecordView(const QString &id, const QString &title, RecordSelection::Kind kind, RecordView *view);
    void newPortfolio();
    void openPortfolio();
    // File ▸ Connect to Server…; with an address (a recent server that refused): the dialog filled in
    // with it and the reason.
    void connectToServer(const QString &url = {}, const QString &problem = {});
    // File ▸ Publish to Server…: copies the open portfolio into an empty database on a server (under a
    // progress dialog; whole or not at all) and goes on there.
    void publishToServer();
    // Where the dialog's password goes: the keychain, or this run's memory only.
    void keepPassword(const ConnectDialog &dialog);
    // Asks where, writes a copy of the portfolio there and returns its path (empty when none was made).
    QString saveCopy();
    void updateActions();
    void updateTitle();
    void updateBanner();
    // Views, forms and actions follow whether the portfolio may be changed now (isReadOnly()).
    void updateEditing();
    // The server went away or came back: editing pauses or goes on, the banner says so.
    void followServer();
    void updateStatus();
    void showMessage(const QString &text);
    void reportStoreFailure(const QString &message);
    void onCurrentRecordChanged(RecordSelection::Kind kind, qint64 id);
    // Before the detail form would be left (another record, view or portfolio, quitting): a form
    // with changes not applied asks to apply or discard them. False: the user stays in the form.
    bool settleChangedForm();
    void returnToSelection();
    // Undo (or redo) one step, say what it was, and show the record it changed.
    void stepUndoStack(bool forwards);
    void showChangedRecord(RecordSelection::Kind kind, qint64 id);
    void dropPortfolio();
    void followSelection(RecordSelection::Kind kind, qint64 id);
    const ViewEntry *currentEntry() const;
    QList<qint64> currentSelection() const;
    qint64 agreementForNewMilestone() const;
    void addRecord();
    void duplicateRecords();
    void deleteRecords();
    void deleteRecordsOf(RecordSelection::Kind kind, const QList<qint64> &ids);
    // Pushes an add or duplicate command; the id of the first record it made (0 when it failed).
    qint64 pushCreation(Result<std::unique_ptr<RecordCommand>> command);
    void focusSearch();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<BackgroundCounter> m_counter;
    std::unique_ptr<StatusCounts> m_statusCounts;
    std::unique_ptr<PortfolioLock> m_lock;
    std::unique_ptr<ChangeFeed> m_feed;
    QUndoStack *m_undoStack = new QUndoStack(this);
    std::unique_ptr<UndoRecordWriter> m_writer;
    RecordSelection *m_selection = new RecordSelection(this);
    WindowNotifier *m_notifier = new WindowNotifier(this);

    PartnerTableModel *m_partners = new PartnerTableModel(this);
    AgreementTableModel *m_agreements = new AgreementTableModel(this);
    MilestoneTableModel *m_milestones = new MilestoneTableModel(this);
    EventTableModel *m_events = new EventTableModel(this);
    QList<ViewEntry> m_views;

    QListWidget *m_sidebar = nullptr;
    int m_currentView = -1; // the view shown; the sidebar's row may run ahead of it while a form is settled
    QStackedWidget *m_stack = nullptr;
    QLabel *m_noPortfolio = nullptr;
    QWidget *m_bannerRow = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_retryServer = nullptr;
    ServerRetry *m_serverRetry = nullptr;
    QTimer *m_lockRetry = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_location = nullptr; // where the portfolio lives: its file or its server
    bool m_layoutRestored = false;
    bool m_stepFailed = false;

    QDockWidget *m_detailDock = nullptr;
    QAction *m_showDetailsAction = nullptr;
    bool m_detailsWanted = true;
    DetailForms *m_details = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_fileSectionEnd = nullptr;
    QList<QAction *> m_editingActions;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_publishAction = nullptr;
    QAction *m_closeAction = nullptr;

    ErrorReporter m_reportError;
    FileChooser m_chooseFile;
    QuestionAsker m_ask;
    ServerDialogRunner m_runServerDialog;
    OpenFilter m_openFilter;
    RepairOffer *m_repair = nullptr;
    UpgradeProgress *m_upgrade = nullptr;
};
