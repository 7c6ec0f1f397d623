// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "files/backupactions.h"
#include "files/exportactions.h"
#include "files/upgradeprogress.h"
#include "find/findanythingbox.h"
#include "help/helppages.h"
#include "history/historydock.h"
#include "import/importwizard.h"
#include "languagemenu.h"
#include "maintoolbar.h"
#include "models/agreementtablemodel.h"
#include "models/backgroundcounter.h"
#include "models/eventtablemodel.h"
#include "models/milestonetablemodel.h"
#include "models/partnertablemodel.h"
#include "models/statuscounts.h"
#include "privacy/personaldataactions.h"
#include "records/agreementform.h"
#include "records/eventform.h"
#include "records/filterbar.h"
#include "records/milestoneform.h"
#include "records/partnerform.h"
#include "records/recordactions.h"
#include "records/recordview.h"
#include "records/undorecordwriter.h"
#include "repair/repairoffer.h"
#include "report/reportactions.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/networkdrive.h"
#include "store/portfoliolock.h"
#include "themecolors.h"
#include "timeline/timelinereschedulecommand.h"
#include "timeline/timelineview.h"
#include "trash/trashactions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace {

constexpr int MaxRecentFiles = 8;
constexpr int MessageShownMs = 15000;
// The first window: this size, or this share of the screen's available geometry when that is smaller
// (the rest is for the window frame and the desktop's panels).
constexpr QSize FirstSize(1280, 800);
constexpr double FirstShare = 0.9;
// The Details pane: at least this wide (its forms scroll), at first a third of the window up to this.
constexpr int DetailsMinimumWidth = 260;
constexpr int DetailsFirstMaximumWidth = 560;

QString settingsKey(const QString &view)
{
    return QStringLiteral("views/%1/header").arg(view);
}

bool isPortfolioUrl(const QUrl &url)
{
    return url.isLocalFile() && QFileInfo(url.toLocalFile()).suffix() == Database::fileSuffix();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
    , m_selection(new RecordSelection(this))
    , m_partners(new PartnerTableModel(this))
    , m_agreements(new AgreementTableModel(this))
    , m_milestones(new MilestoneTableModel(this))
    , m_events(new EventTableModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_reportError = [this](const QString &title, const QString &message) {
        QMessageBox::warning(this, title, message);
    };
    m_chooseFile = [this](const QString &caption, bool forSaving) {
        const QString filter = tr("Pactline portfolios (*.pactline);;All files (*)");
        return forSaving ? QFileDialog::getSaveFileName(this, caption, QString(), filter)
                         : QFileDialog::getOpenFileName(this, caption, QString(), filter);
    };
    m_ask = [this](const QString &title, const QString &text, const QString &details,
                   QMessageBox::StandardButtons buttons) {
        QMessageBox box(QMessageBox::Question, title, text, buttons, this);
        box.setInformativeText(details);
        if (buttons & QMessageBox::Apply)
            box.setDefaultButton(QMessageBox::Apply);
        return QMessageBox::StandardButton(box.exec());
    };
    m_writer = std::make_unique<UndoRecordWriter>(*m_undoStack, [this](const StoreError &error) {
        m_stepFailed = true;
        m_reportError(tr("The change could not be made"), error.message);
    });
    for (RecordTableModel *model :
         std::initializer_list<RecordTableModel *>{m_partners, m_agreements, m_milestones, m_events})
        model->setWriter(m_writer.get());

    createViews();
    createDetailPane();
    createMenus();
    // The reports (File > Export PDF…, Print Preview…, Print…) on this portfolio and its agreement filter.
    auto *reports = new ReportActions(this);
    reports->setSources([this] { return m_db.get(); }, [this] { return m_agreements->query(); },
                        [this] { return m_selection->agreementId(); });
    addFileActions(reports->actions());
    m_repair = new RepairOffer(this);
    m_upgrade = new UpgradeProgress(this);
    connect(this, &MainWindow::portfolioOpened, reports, &ReportActions::updateEnabled);
    connect(this, &MainWindow::portfolioClosed, reports, &ReportActions::updateEnabled);
    connect(reports, &ReportActions::pdfExported, this, [this](const QString &path, int pages) {
        statusBar()->showMessage(tr("Wrote %n page(s) to %1", nullptr, pages).arg(QDir::toNativeSeparators(path)),
                                 MessageShownMs);
    });
    // The Timeline view: on this portfolio, with the shared selection and undo stack.
    TimelineView::addTo(*this);
    // View > History: the recorded changes of the selected record or of the whole portfolio.
    HistoryDock::addTo(*this);
    // Import, export and backups: File > Import from CSV…, the exports, File > Backups…,
    // the automatic backup on open and restoring a backup through Open.
    ImportWizard::addTo(*this);
    ExportActions::addTo(*this);
    BackupActions::addTo(*this);
    // The partner form's Personal data: export and erase one person (GDPR).
    PersonalDataActions::addTo(*this);
    // Edit > Trash…: deleted records, to restore or to delete for good.
    TrashActions::addTo(*this);
    // Edit > Find Anything… (Ctrl+K).
    FindAnythingBox::addTo(*this);
    LanguageMenu::addTo(*this);
    // Help > User Guide, Date Formats, About Pactline and About Qt, last in the menu bar.
    HelpPages::addTo(*this);
    // The everyday actions of the menus, with icons, in a tool bar.
    MainToolBar::addTo(*this);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_status, 1);
    m_selection->setGuard([this](RecordSelection::Kind, qint64) { return settleChangedForm(); });
    connect(m_selection, &RecordSelection::changeRefused, this, &MainWindow::returnToSelection, Qt::QueuedConnection);
    connect(m_selection, &RecordSelection::currentChanged, this, &MainWindow::onCurrentRecordChanged);
    connect(m_selection, &RecordSelection::agreementSelected, this,
            [this](qint64 id) { followSelection(RecordSelection::Kind::Agreement, id); });
    connect(m_selection, &RecordSelection::milestoneSelected, this,
            [this](qint64 id) { followSelection(RecordSelection::Kind::Milestone, id); });
    connect(m_selection, &RecordSelection::partnerSelected, this,
            [this](qint64 id) { followSelection(RecordSelection::Kind::Partner, id); });
    connect(m_selection, &RecordSelection::eventSelected, this,
            [this](qint64 id) { followSelection(RecordSelection::Kind::Event, id); });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateStatus);
    resize(firstSize());
    move(screen()->availableGeometry().center() - rect().center());
    showView(QStringLiteral("agreements"));
    restoreSettings();
    updateActions();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Nothing may hold on to the portfolio while it closes.
    m_undoStack->clear();
    for (const ViewEntry &entry : std::as_const(m_views))
        if (entry.records)
            entry.records->setDatabase(nullptr);
    for (RecordForm *form :
         std::initializer_list<RecordForm *>{m_partnerForm, m_agreementForm, m_milestoneForm, m_eventForm})
        form->setContext(nullptr, nullptr);
    m_feed.reset();
    m_lock.reset();
    m_counter.reset();
    m_db.reset();
}

void MainWindow::createViews()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setPalette(ThemeColors::bannerPalette(palette()));
    m_banner->setContentsMargins(10, 6, 10, 6);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_lockRetry = new QTimer(this);
    m_lockRetry->setInterval(2000);
    connect(m_lockRetry, &QTimer::timeout, this, &MainWindow::updateBanner);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    m_sidebar = new QListWidget(splitter);
    m_sidebar->setObjectName(QStringLiteral("viewList"));
    m_sidebar->setAccessibleName(tr("Views"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setMinimumWidth(110);
    m_sidebar->setMaximumWidth(220);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); font-size: 11pt; } "
                                            "QListWidget::item { padding: 7px 12px; }"));
    m_stack = new QStackedWidget(splitter);
    m_stack->setObjectName(QStringLiteral("viewStack"));
    m_noPortfolio = new QLabel(tr("No portfolio is open.\n\nFile ▸ New… creates one, File ▸ Open… opens one; "
                                  "you can also drop a .pactline file here."),
                               m_stack);
    m_noPortfolio->setObjectName(QStringLiteral("noPortfolio"));
    m_noPortfolio->setAlignment(Qt::AlignCenter);
    m_noPortfolio->setWordWrap(true);
    m_stack->addWidget(m_noPortfolio);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    addRecordView(QStringLiteral("partners"), tr("Partners"), RecordSelection::Kind::Partner,
                  new RecordView(QStringLiteral("partners"), m_partners, m_stack));
    addRecordView(QStringLiteral("agreements"), tr("Agreements"), RecordSelection::Kind::Agreement,
                  new RecordView(QStringLiteral("agreements"), m_agreements, m_stack));
    addRecordView(QStringLiteral("milestones"), tr("Milestones"), RecordSelection::Kind::Milestone,
                  new RecordView(QStringLiteral("milestones"), m_milestones, m_stack));
    addRecordView(QStringLiteral("events"), tr("Events"), RecordSelection::Kind::Event,
                  new RecordView(QStringLiteral("events"), m_events, m_stack));
    // Wide enough for the longest view name in any language ("Overeenkomsten").
    splitter->setSizes({qBound(125, m_sidebar->sizeHintForColumn(0), m_sidebar->maximumWidth()), 1000});
    recordView(QStringLiteral("partners"))->table()->setColumnHidden(PartnerTableModel::WebsiteColumn, true);
    recordView(QStringLiteral("agreements"))->table()->setColumnHidden(AgreementTableModel::StartsColumn, true);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_views.size())
            showView(m_views.at(row).id);
    });
}

void MainWindow::addRecordView(const QString &id, const QString &title, RecordSelection::Kind kind, RecordView *view)
{
    m_views.append({id, title, view, view, kind});
    view->table()->setAccessibleName(title);
    m_stack->addWidget(view);
    m_sidebar->addItem(title);
    connect(view, &RecordView::currentIdChanged, this, [this, kind, view](qint64 recordId) {
        // Only the list in front chooses what the Details pane shows: a hidden list's current row also
        // moves when the store changes under it (an undo, another window), and must not put its
        // record's form beside another list.
        const ViewEntry *shown = currentEntry();
        if (!shown || shown->records != view)
            return;
        switch (kind) {
        case RecordSelection::Kind::Partner:
            m_selection->selectPartner(recordId);
            break;
        case RecordSelection::Kind::Agreement:
            m_selection->selectAgreement(recordId);
            break;
        case RecordSelection::Kind::Milestone:
            m_selection->selectMilestone(recordId);
            break;
        case RecordSelection::Kind::Event:
            m_selection->selectEvent(recordId);
            break;
        case RecordSelection::Kind::None:
            break;
        }
    });
    connect(view, &RecordView::storeFailed, this, &MainWindow::reportStoreFailure);
    connect(view->model(), &RecordTableModel::countsChanged, this, &MainWindow::updateStatus);
    connect(view, &RecordView::selectionChanged, this, &MainWindow::updateActions);
}

void MainWindow::addView(const QString &id, const QString &title, QWidget *view)
{
    m_views.append({id, title, view, nullptr, RecordSelection::Kind::None});
    m_stack->addWidget(view);
    m_sidebar->addItem(title);
    if (m_viewMenu) {
        const int index = int(m_views.size());
        QAction *action = m_viewMenu->addAction(title, this, [this, id] { showView(id); });
        action->setObjectName(QStringLiteral("actionView_") + id);
        if (index <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + index)));
    }
}

QStringList MainWindow::viewIds() const
{
    QStringList ids;
    for (const ViewEntry &entry : m_views)
        ids << entry.id;
    return ids;
}

bool MainWindow::showView(const QString &id)
{
    for (int i = 0; i < m_views.size(); ++i) {
        if (m_views.at(i).id != id)
            continue;
        if (currentEntry() && currentEntry()->id != id && !settleChangedForm()) {
            // Stay: the sidebar shows the view that is still there, also once the click that asked
            // has selected its row (the list selects after it reports the new current row).
            const auto stay = [this] {
                const QSignalBlocker blocker(m_sidebar);
                m_sidebar->setCurrentRow(m_currentView);
            };
            stay();
            QMetaObject::invokeMethod(this, stay, Qt::QueuedConnection);
            return false;
        }
        m_currentView = i;
        if (m_sidebar->currentRow() != i) {
            const QSignalBlocker blocker(m_sidebar);
            m_sidebar->setCurrentRow(i);
        }
        m_stack->setCurrentWidget(m_db ? m_views.at(i).widget : static_cast<QWidget *>(m_noPortfolio));
        if (const RecordView *records = m_views.at(i).records) {
            // The detail pane shows this list's current record.
            const qint64 current = records->currentId();
            switch (m_views.at(i).kind) {
            case RecordSelection::Kind::Partner:
                m_selection->selectPartner(current);
                break;
            case RecordSelection::Kind::Agreement:
                m_selection->selectAgreement(current);
                break;
            case RecordSelection::Kind::Milestone:
                m_selection->selectMilestone(current);
                break;
            case RecordSelection::Kind::Event:
                m_selection->selectEvent(current);
                break;
            case RecordSelection::Kind::None:
                break;
            }
        }
        updateActions();
        updateStatus();
        return true;
    }
    return false;
}

QString MainWindow::currentViewId() const
{
    const ViewEntry *entry = currentEntry();
    return entry ? entry->id : QString();
}

const MainWindow::ViewEntry *MainWindow::currentEntry() const
{
    return m_currentView >= 0 && m_currentView < m_views.size() ? &m_views.at(m_currentView) : nullptr;
}

RecordView *MainWindow::recordView(const QString &id) const
{
    for (const ViewEntry &entry : m_views)
        if (entry.id == id)
            return entry.records;
    return nullptr;
}

QWidget *MainWindow::detailPane() const
{
    return m_details;
}

void MainWindow::createDetailPane()
{
    auto *dock = new QDockWidget(tr("Details"), this);
    m_detailDock = dock;
    dock->setObjectName(QStringLiteral("detailDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    // Its close button is the user's choice, as View > Details is.
    dock->installEventFilter(this);
    m_details = new QStackedWidget(dock);
    m_details->setObjectName(QStringLiteral("detailStack"));
    m_noDetails = new QLabel(tr("Select a record to see and edit it here."), m_details);
    m_noDetails->setObjectName(QStringLiteral("noDetails"));
    m_noDetails->setAlignment(Qt::AlignCenter);
    m_noDetails->setWordWrap(true);
    m_partnerForm = new PartnerForm(m_details);
    m_agreementForm = new AgreementForm(m_details);
    m_milestoneForm = new MilestoneForm(m_details);
    m_eventForm = new EventForm(m_details);
    m_details->addWidget(m_noDetails);
    for (RecordForm *form :
         std::initializer_list<RecordForm *>{m_partnerForm, m_agreementForm, m_milestoneForm, m_eventForm}) {
        m_details->addWidget(form);
        connect(form, &RecordForm::storeFailed, this, &MainWindow::reportStoreFailure);
    }
    // As wide as the widest form's fields in this language (RecordForm::minimumSizeHint).
    m_details->setMinimumWidth(std::max(DetailsMinimumWidth, m_details->minimumSizeHint().width()));
    dock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, dock);

    connect(m_partnerForm, &PartnerForm::agreementOpened, this,
            [this](qint64 id) { openRecord(RecordSelection::Kind::Agreement, id); });
    connect(m_milestoneForm, &MilestoneForm::agreementOpened, this,
            [this](qint64 id) { openRecord(RecordSelection::Kind::Agreement, id); });
    connect(m_agreementForm, &AgreementForm::milestoneOpened, this,
            [this](qint64 id) { openRecord(RecordSelection::Kind::Milestone, id); });
    connect(m_agreementForm, &AgreementForm::addMilestoneRequested, this, [this](qint64 agreementId) {
        if (!m_db)
            return;
        auto command = RecordActions::add(*m_db, RecordSelection::Kind::Milestone, agreementId);
        if (!command) {
            showMessage(command.error().message);
            return;
        }
        RecordCommand *added = command->get();
        if (auto done = m_writer->push(std::move(*command)); !done)
            reportStoreFailure(done.error().message);
        else if (const QModelIndex index = m_agreementForm->milestonesModel()->indexOfId(
                     RecordActions::createdId(*added), MilestoneTableModel::TitleColumn);
                 index.isValid()) {
            m_agreementForm->milestonesTable()->setCurrentIndex(index);
            m_agreementForm->milestonesTable()->edit(index);
        }
    });
    connect(m_agreementForm, &AgreementForm::removeMilestonesRequested, this,
            [this](const QList<qint64> &ids) { deleteRecordsOf(RecordSelection::Kind::Milestone, ids); });

    auto *undoDock = new QDockWidget(tr("Undo history"), this);
    undoDock->setObjectName(QStringLiteral("undoDock"));
    auto *undoView = new QUndoView(m_undoStack, undoDock);
    undoView->setObjectName(QStringLiteral("undoView"));
    undoView->setEmptyLabel(tr("<opened>"));
    undoDock->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, undoDock);
    undoDock->hide();
}

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
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuOpenRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    m_fileMenu->addSeparator();
    m_saveCopyAction = m_fileMenu->addAction(tr("Save a &Copy As…"), this, &MainWindow::saveCopy);
    m_saveCopyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveCopyAction->setObjectName(QStringLiteral("actionSaveCopy"));
    m_fileSectionEnd = m_fileMenu->addSeparator();
    m_closeAction = m_fileMenu->addAction(tr("&Close"), this, &MainWindow::closePortfolio);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setObjectName(QStringLiteral("actionClose"));
    m_fileMenu->addSeparator();
    QAction *quitAction = m_fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(
        QKeySequence(QKeySequence::keyBindings(QKeySequence::Quit).value(0, QKeySequence(Qt::CTRL | Qt::Key_Q))));
    quitAction->setObjectName(QStringLiteral("actionQuit"));

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

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        fitToScreen();
    // The panes' sizes saved on another screen need not fit this one: there they start afresh.
    const bool sameScreen =
        settings.value(QStringLiteral("window/screen")).toSize() == screen()->availableGeometry().size();
    m_layoutRestored = sameScreen && restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_showDetailsAction->setChecked(settings.value(QStringLiteral("window/details"), true).toBool());
    updateDetailsDock();
    for (const ViewEntry &entry : std::as_const(m_views))
        if (entry.records)
            entry.records->restoreHeaderState(settings.value(settingsKey(entry.id)).toByteArray());
    const QString view = settings.value(QStringLiteral("window/view")).toString();
    if (!view.isEmpty())
        showView(view);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/screen"), screen()->availableGeometry().size());
    settings.setValue(QStringLiteral("window/details"), m_detailsWanted);
    settings.setValue(QStringLiteral("window/view"), currentViewId());
    for (const ViewEntry &entry : m_views)
        if (entry.records)
            settings.setValue(settingsKey(entry.id), entry.records->headerState());
}

QSize MainWindow::firstSize() const
{
    const QRect available = screen()->availableGeometry();
    return FirstSize.boundedTo(QSize(int(available.width() * FirstShare), int(available.height() * FirstShare)))
        .expandedTo(minimumSizeHint());
}

void MainWindow::fitToScreen()
{
    if (isMaximized() || isFullScreen())
        return;
    const QRect available = screen()->availableGeometry();
    // With room for the frame the window manager adds (not known before the window is shown).
    const int frame = style()->pixelMetric(QStyle::PM_TitleBarHeight);
    if (width() + frame > available.width() || height() + frame > available.height())
        resize(firstSize());
    if (!available.contains(QRect(pos(), size() + QSize(frame, frame))))
        move(available.center() - rect().center());
}

void MainWindow::updateDetailsDock()
{
    const bool recordShown = m_details->currentWidget() != m_noDetails;
    const bool show = m_detailsWanted && recordShown;
    if (show == !m_detailDock->isHidden())
        return;
    m_detailDock->setVisible(show);
    if (!isVisible())
        return;
    sizeDetailsDock();
    // Laid out now, so that what the user is about to click is where it shows.
    layout()->activate();
}

void MainWindow::sizeDetailsDock()
{
    // Until the user arranges it, the detail pane takes a third of the window (once both are shown).
    if (m_layoutRestored || !isVisible() || m_detailDock->isHidden())
        return;
    m_layoutRestored = true;
    resizeDocks({m_detailDock}, {std::clamp(width() / 3, DetailsMinimumWidth, DetailsFirstMaximumWidth)},
                Qt::Horizontal);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_detailDock && event->type() == QEvent::Close)
        m_showDetailsAction->setChecked(false);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Once the window has its size and layout.
    QMetaObject::invokeMethod(this, &MainWindow::sizeDetailsDock, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Nothing typed is lost: a form with changes not applied asks first.
    if (!settleChangedForm()) {
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), isPortfolioUrl))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (isPortfolioUrl(url)) {
            event->acceptProposedAction();
            openFile(url.toLocalFile());
            return;
        }
    }
}

bool MainWindow::isReadOnly() const
{
    return m_db && m_db->isReadOnly();
}

bool MainWindow::openFile(const QString &requested)
{
    if (!settleChangedForm())
        return false;
    const QString path = m_openFilter ? m_openFilter(requested) : requested;
    if (path.isEmpty())
        return false;
    const QFileInfo info(path);
    // A file (or folder) that cannot be written, or that its owner marked read-only, opens
    // read-only rather than not at all.
    // So does one on a network drive, where SQLite cannot keep it safe while writing.
    const QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    const bool onNetwork = NetworkDrive::holds(path);
    const bool writable = !onNetwork && (!info.exists() || (info.isWritable() && (info.permissions() & anyWrite) &&
                                                            QFileInfo(info.absolutePath()).isWritable()));
    // An older portfolio is upgraded with a progress bar first (writable ones only; a read-only one
    // cannot be).
    if (writable && info.exists())
        m_upgrade->upgradeIfOlder(path);
    auto opened = Database::open(path, writable ? Database::Mode::ReadWrite : Database::Mode::ReadOnly);
    // Refused for its values: open it read-only, or repair it first.
    if (!opened && opened.error().kind == StoreError::Kind::BadValues) {
        const RepairOffer::Answer answer = m_repair->offer(path, opened.error().message);
        if (answer == RepairOffer::Answer::Cancel)
            return false;
        opened = Database::open(path, answer == RepairOffer::Answer::Repair ? Database::Mode::ReadWrite
                                                                            : Database::Mode::ReadOnly);
    }
    if (!opened) {
        m_reportError(tr("Cannot open portfolio"), opened.error().message);
        return false;
    }
    dropPortfolio();
    m_db = std::move(*opened);
    m_counter = std::make_unique<BackgroundCounter>(m_db->path(), m_db->isReadOnly() ? Database::Mode::ReadOnly
                                                                                     : Database::Mode::ReadWrite);
    m_statusCounts = std::make_unique<StatusCounts>(*m_db, *m_counter);
    connect(m_statusCounts.get(), &StatusCounts::counted, this, &MainWindow::updateStatus);
    const bool readOnly = m_db->isReadOnly();
    for (const ViewEntry &entry : std::as_const(m_views)) {
        if (!entry.records)
            continue;
        entry.records->model()->setCounter(m_counter.get());
        entry.records->model()->setReadOnly(readOnly);
        entry.records->setDatabase(m_db.get());
    }
    for (RecordForm *form :
         std::initializer_list<RecordForm *>{m_partnerForm, m_agreementForm, m_milestoneForm, m_eventForm}) {
        form->setContext(m_db.get(), m_writer.get());
        form->setReadOnly(readOnly);
    }
    connect(m_db.get(), &Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("partner")) || tables.contains(QStringLiteral("theme")) ||
            tables.contains(QStringLiteral("agreement_theme")))
            for (const ViewEntry &entry : std::as_const(m_views))
                if (entry.records)
                    entry.records->filterBar()->refreshChoices();
        updateStatus();
    });
    // Another Pactline on the same file: say so, and follow what it commits.
    m_lock = std::make_unique<PortfolioLock>(path);
    m_feed = std::make_unique<ChangeFeed>(*m_db);
    connect(m_feed.get(), &ChangeFeed::changedElsewhere, this, &MainWindow::updateBanner);
    updateBanner();
    setWindowFilePath(path);
    rememberRecent(info.absoluteFilePath());
    showView(currentViewId().isEmpty() ? QStringLiteral("agreements") : currentViewId());
    updateTitle();
    updateActions();
    updateStatus();
    emit portfolioOpened(path);
    if (onNetwork && m_ask(tr("Portfolio on a network drive"), NetworkDrive::explanation(path),
                           tr("Save a copy on this computer and open that?"),
                           QMessageBox::Save | QMessageBox::Cancel) == QMessageBox::Save) {
        if (const QString copy = saveCopy(); !copy.isEmpty())
            openFile(copy);
    }
    return true;
}

bool MainWindow::closePortfolio()
{
    if (!settleChangedForm())
        return false;
    dropPortfolio();
    return true;
}

void MainWindow::dropPortfolio()
{
    if (!m_db)
        return;
    m_undoStack->clear();
    m_selection->clear();
    for (const ViewEntry &entry : std::as_const(m_views)) {
        if (!entry.records)
            continue;
        entry.records->filterBar()->clear();
        entry.records->setDatabase(nullptr);
        entry.records->model()->setCounter(nullptr);
    }
    for (RecordForm *form :
         std::initializer_list<RecordForm *>{m_partnerForm, m_agreementForm, m_milestoneForm, m_eventForm})
        form->setContext(nullptr, nullptr);
    m_feed.reset();
    m_lock.reset();
    m_lockRetry->stop();
    m_statusCounts.reset();
    m_counter.reset();
    m_db.reset();
    m_banner->hide();
    setWindowFilePath(QString());
    m_stack->setCurrentWidget(m_noPortfolio);
    updateTitle();
    updateActions();
    updateStatus();
    emit portfolioClosed();
}

void MainWindow::newPortfolio()
{
    if (!settleChangedForm())
        return;
    QString path = m_chooseFile(tr("New portfolio"), true);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + Database::fileSuffix()))
        path += QLatin1Char('.') + Database::fileSuffix();
    auto created = Database::create(path);
    if (!created) {
        m_reportError(tr("Cannot create portfolio"), created.error().message);
        return;
    }
    created->reset();
    openFile(path);
}

void MainWindow::openPortfolio()
{
    if (!settleChangedForm())
        return;
    const QString path = m_chooseFile(tr("Open portfolio"), false);
    if (!path.isEmpty())
        openFile(path);
}

QString MainWindow::saveCopy()
{
    if (!m_db)
        return {};
    QString path = m_chooseFile(tr("Save a copy of the portfolio"), true);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1Char('.') + Database::fileSuffix()))
        path += QLatin1Char('.') + Database::fileSuffix();
    if (auto copied = m_db->backupTo(path); !copied) {
        m_reportError(tr("Cannot save a copy"), copied.error().message);
        return {};
    }
    statusBar()->showMessage(tr("Saved a copy as %1").arg(QDir::toNativeSeparators(path)), 8000);
    return path;
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, MaxRecentFiles));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    int number = 1;
    for (const QString &path : recent) {
        QAction *action =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(number++).arg(QFileInfo(path).fileName()), this,
                                    [this, path] { openFile(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent portfolios"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    QAction *clear =
        m_recentMenu->addAction(tr("&Clear Menu"), this, [] { QSettings().remove(QStringLiteral("recentFiles")); });
    clear->setObjectName(QStringLiteral("actionClearRecent"));
}

void MainWindow::updateTitle()
{
    if (!m_db) {
        setWindowTitle(tr("Pactline"));
        return;
    }
    setWindowTitle(m_db->isReadOnly() ? tr("%1 (read-only) — Pactline").arg(m_db->displayName())
                                      : tr("%1 — Pactline").arg(m_db->displayName()));
}

void MainWindow::updateBanner()
{
    QStringList notes;
    if (m_db && m_db->isReadOnly())
        notes << (NetworkDrive::holds(m_db->path())
                      ? NetworkDrive::explanation(m_db->path())
                      : tr("“%1” is read-only: you can look and search, but not change it. File ▸ Save a Copy As… "
                           "makes a copy you can edit.")
                            .arg(QFileInfo(m_db->path()).fileName()));
    // The mark goes to whoever asks once the other Pactline has closed the file: ask again now and then.
    const bool shared = m_lock && !m_lock->take();
    if (shared && !m_lockRetry->isActive())
        m_lockRetry->start();
    else if (!shared)
        m_lockRetry->stop();
    if (shared)
        notes << tr("“%1” is also open in %2. What is changed there shows here as soon as it is saved; a change "
                    "to the same record in both is refused, never overwritten.")
                     .arg(QFileInfo(m_db->path()).fileName(), m_lock->otherHolder());
    m_banner->setText(notes.join(QLatin1Char('\n')));
    m_banner->setVisible(!notes.isEmpty());
}

void MainWindow::updateActions()
{
    const ViewEntry *entry = currentEntry();
    const bool editable = m_db && !m_db->isReadOnly() && entry && entry->records;
    const bool selected = editable && !entry->records->selectedIds().isEmpty();
    if (m_editingActions.size() == 3) {
        m_editingActions.at(0)->setEnabled(editable);
        m_editingActions.at(1)->setEnabled(selected);
        m_editingActions.at(2)->setEnabled(selected);
    }
    if (m_saveCopyAction)
        m_saveCopyAction->setEnabled(m_db != nullptr);
    if (m_closeAction)
        m_closeAction->setEnabled(m_db != nullptr);
    m_undoStack->setActive(m_db && !m_db->isReadOnly());
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

QString MainWindow::messageText() const
{
    // Where the user is looking: the detail form's message, else the list's.
    if (const auto *form = qobject_cast<const RecordForm *>(m_details->currentWidget());
        form && !form->message().isEmpty())
        return form->message();
    const ViewEntry *entry = currentEntry();
    return entry && entry->records ? entry->records->message() : QString();
}

void MainWindow::updateStatus()
{
    const ViewEntry *entry = currentEntry();
    if (!m_db || !entry || !entry->records) {
        m_status->setText(m_db ? QString() : tr("No portfolio open"));
        return;
    }
    const RecordTableModel *model = entry->records->model();
    const QString shown = model->isCountExact() ? QLocale().toString(model->filteredCount())
                                                : tr("%1+").arg(QLocale().toString(model->filteredCount()));
    const QString total = QLocale().toString(model->totalCount());
    QString base;
    switch (entry->kind) {
    case RecordSelection::Kind::Partner:
        base = tr("%1 of %2 partners").arg(shown, total);
        break;
    case RecordSelection::Kind::Agreement:
        base = tr("%1 of %2 agreements").arg(shown, total);
        break;
    case RecordSelection::Kind::Milestone:
        base = tr("%1 of %2 milestones").arg(shown, total);
        break;
    case RecordSelection::Kind::Event:
        base = tr("%1 of %2 events").arg(shown, total);
        break;
    case RecordSelection::Kind::None:
        break;
    }
    if (entry->records->filterBar()->isFiltering())
        base += tr(" (filtered)");
    if (entry->kind != RecordSelection::Kind::Agreement && entry->kind != RecordSelection::Kind::Milestone) {
        m_status->setText(base);
        return;
    }
    // Milestones and overdue ones: counted on the counting thread and kept until the data changes.
    const std::optional<StatusCounts::Figures> figures =
        m_statusCounts->figures(entry->kind == RecordSelection::Kind::Agreement ? StatusCounts::List::Agreements
                                                                                : StatusCounts::List::Milestones,
                                model->query());
    if (!figures) {
        m_status->setText(base + tr(" · counting milestones…"));
        return;
    }
    QString text = base;
    if (figures->overdue >= 0) {
        if (figures->milestones >= 0)
            text += tr(" · %Ln milestone(s)", nullptr, int(figures->milestones));
        text += tr(" · %1 overdue").arg(QLocale().toString(figures->overdue));
    }
    m_status->setText(text);
}

void MainWindow::showMessage(const QString &text)
{
    if (const ViewEntry *entry = currentEntry(); entry && entry->records)
        entry->records->showMessage(text);
    else
        statusBar()->showMessage(text, MessageShownMs);
}

void MainWindow::reportStoreFailure(const QString &message)
{
    m_reportError(tr("The change could not be saved"), message);
}

void MainWindow::onCurrentRecordChanged(RecordSelection::Kind kind, qint64 id)
{
    RecordForm *form = nullptr;
    switch (kind) {
    case RecordSelection::Kind::Partner:
        form = m_partnerForm;
        break;
    case RecordSelection::Kind::Agreement:
        form = m_agreementForm;
        break;
    case RecordSelection::Kind::Milestone:
        form = m_milestoneForm;
        break;
    case RecordSelection::Kind::Event:
        form = m_eventForm;
        break;
    case RecordSelection::Kind::None:
        break;
    }
    if (!form || id <= 0) {
        m_details->setCurrentWidget(m_noDetails);
        updateDetailsDock();
        return;
    }
    if (form->recordId() != id || m_details->currentWidget() != form)
        form->showRecord(id);
    m_details->setCurrentWidget(form);
    updateDetailsDock();
}

void MainWindow::stepUndoStack(bool forwards)
{
    const int index = m_undoStack->index();
    const QUndoCommand *command = m_undoStack->command(forwards ? index : index - 1);
    if (!command)
        return;
    // What is typed in a form and not applied is settled first when the step deletes that form's
    // record; other steps leave the typing in place (the form keeps it over a store change).
    const auto *records = dynamic_cast<const RecordCommand *>(command);
    if (RecordForm *changed = changedForm(); changed && records &&
                                             records->takesAway(kindOfForm(changed), changed->recordId(), !forwards) &&
                                             !settleChangedForm())
        return;
    const QString text = command->text();
    RecordSelection::Kind kind = RecordSelection::Kind::None;
    qint64 id = 0;
    if (records)
        std::tie(kind, id) = records->mainRecord(!forwards);
    else if (const auto *move = dynamic_cast<const TimelineRescheduleCommand *>(command))
        std::tie(kind, id) = std::make_pair(RecordSelection::Kind::Milestone, move->milestoneId());
    m_stepFailed = false;
    if (forwards)
        m_undoStack->redo();
    else
        m_undoStack->undo();
    if (m_stepFailed)
        return;
    statusBar()->showMessage(forwards ? tr("Redone: %1").arg(text) : tr("Undone: %1").arg(text), MessageShownMs);
    if (kind != RecordSelection::Kind::None && id > 0)
        showChangedRecord(kind, id);
}

void MainWindow::showChangedRecord(RecordSelection::Kind kind, qint64 id)
{
    const ViewEntry *entry = currentEntry();
    if (entry && entry->records && entry->kind == kind) {
        if (!entry->records->selectId(id)) {
            entry->records->filterBar()->clear();
            entry->records->selectId(id);
        }
        return;
    }
    // A milestone of the agreement whose form is open shows in the form's milestone list.
    if (kind == RecordSelection::Kind::Milestone && m_details->currentWidget() == m_agreementForm) {
        const QModelIndex row = m_agreementForm->milestonesModel()->indexOfId(id);
        if (row.isValid()) {
            m_agreementForm->milestonesTable()->setCurrentIndex(row);
            return;
        }
    }
    openRecord(kind, id);
}

RecordSelection::Kind MainWindow::kindOfForm(const RecordForm *form) const
{
    if (form == m_partnerForm)
        return RecordSelection::Kind::Partner;
    if (form == m_agreementForm)
        return RecordSelection::Kind::Agreement;
    if (form == m_milestoneForm)
        return RecordSelection::Kind::Milestone;
    return form == m_eventForm ? RecordSelection::Kind::Event : RecordSelection::Kind::None;
}

RecordForm *MainWindow::changedForm() const
{
    for (RecordForm *form :
         std::initializer_list<RecordForm *>{m_partnerForm, m_agreementForm, m_milestoneForm, m_eventForm})
        if (form->isDirty())
            return form;
    return nullptr;
}

bool MainWindow::settleChangedForm()
{
    RecordForm *form = changedForm();
    if (!form)
        return true;
    const auto answer =
        m_ask(tr("Changes not applied"), tr("“%1” has changes that are not applied yet.").arg(form->recordTitle()),
              tr("Apply writes them, Discard drops them, Cancel goes back to the form."),
              QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Discard) {
        form->revert();
        return true;
    }
    if (answer == QMessageBox::Apply && form->apply())
        return true;
    // Back to the form (an Apply that was refused says why there).
    m_details->setCurrentWidget(form);
    if (QDockWidget *dock = findChild<QDockWidget *>(QStringLiteral("detailDock")))
        dock->show();
    return false;
}

void MainWindow::returnToSelection()
{
    // A list moved on to another row while the form of the current record stayed: back to it.
    for (const ViewEntry &entry : std::as_const(m_views))
        if (entry.records && entry.kind == m_selection->kind() && entry.records->currentId() != m_selection->id())
            entry.records->selectId(m_selection->id());
}

void MainWindow::followSelection(RecordSelection::Kind kind, qint64 id)
{
    // A selection made elsewhere (the timeline) shows in the list of that kind.
    for (const ViewEntry &entry : std::as_const(m_views))
        if (entry.kind == kind && entry.records && id > 0 && entry.records->currentId() != id)
            entry.records->selectId(id);
}

void MainWindow::openRecord(RecordSelection::Kind kind, qint64 id)
{
    for (const ViewEntry &entry : std::as_const(m_views)) {
        if (entry.kind != kind || !entry.records)
            continue;
        showView(entry.id);
        if (!entry.records->selectId(id)) {
            // Not listed with the current filter: show everything, then select it.
            entry.records->filterBar()->clear();
            entry.records->selectId(id);
        }
        entry.records->table()->setFocus();
        return;
    }
}

QList<qint64> MainWindow::currentSelection() const
{
    const ViewEntry *entry = currentEntry();
    if (!entry || !entry->records)
        return {};
    QList<qint64> ids = entry->records->selectedIds();
    if (ids.isEmpty() && entry->records->currentId() > 0)
        ids << entry->records->currentId();
    return ids;
}

qint64 MainWindow::agreementForNewMilestone() const
{
    if (const RecordView *view = recordView(QStringLiteral("milestones")); view && view->currentId() > 0) {
        const int row = view->model()->rowOfId(view->currentId());
        if (row >= 0)
            return static_cast<const MilestoneTableModel *>(view->model())->milestoneAt(row).agreementId;
    }
    return m_selection->agreementId();
}

void MainWindow::addRecord()
{
    const ViewEntry *entry = currentEntry();
    if (!m_db || m_db->isReadOnly() || !entry || !entry->records || !settleChangedForm())
        return;
    auto command = RecordActions::add(*m_db, entry->kind,
                                      entry->kind == RecordSelection::Kind::Milestone ? agreementForNewMilestone() : 0);
    if (!command) {
        showMessage(command.error().message);
        return;
    }
    RecordCommand *added = command->get();
    if (auto done = m_writer->push(std::move(*command)); !done) {
        reportStoreFailure(done.error().message);
        return;
    }
    // Select the new row (clearing a filter that hides it) and let the user name it.
    RecordView *view = entry->records;
    const qint64 id = RecordActions::createdId(*added);
    if (!view->selectId(id)) {
        view->filterBar()->clear();
        view->selectId(id);
    }
    view->table()->setFocus();
    view->editCurrent(0);
}

void MainWindow::duplicateRecords()
{
    const ViewEntry *entry = currentEntry();
    const QList<qint64> ids = currentSelection();
    if (!m_db || m_db->isReadOnly() || !entry || !entry->records || ids.isEmpty() || !settleChangedForm())
        return;
    auto command = RecordActions::duplicate(*m_db, entry->kind, ids);
    if (!command) {
        showMessage(command.error().message);
        return;
    }
    RecordCommand *copies = command->get();
    if (auto done = m_writer->push(std::move(*command)); !done) {
        reportStoreFailure(done.error().message);
        return;
    }
    entry->records->selectId(RecordActions::createdId(*copies));
}

void MainWindow::deleteRecords()
{
    const ViewEntry *entry = currentEntry();
    if (entry && entry->records)
        deleteRecordsOf(entry->kind, currentSelection());
}

void MainWindow::deleteRecordsOf(RecordSelection::Kind kind, const QList<qint64> &ids)
{
    if (!m_db || m_db->isReadOnly() || ids.isEmpty() || !settleChangedForm())
        return;
    auto deletion = RecordActions::remove(*m_db, kind, ids);
    if (!deletion) {
        reportStoreFailure(deletion.error().message);
        return;
    }
    if (!deletion->refusal.isEmpty()) {
        // A partner still party to agreements: say why, and offer to show those agreements.
        const auto answer = m_ask(tr("Cannot delete"), deletion->refusal, tr("Open the agreements it is party to?"),
                                  QMessageBox::Open | QMessageBox::Cancel);
        if (answer == QMessageBox::Open) {
            showView(QStringLiteral("agreements"));
            RecordView *agreements = recordView(QStringLiteral("agreements"));
            agreements->filterBar()->clear();
            agreements->filterBar()->setFilter(QStringLiteral("partner"), QString::number(ids.constFirst()));
            agreements->selectId(deletion->blockingAgreements.constFirst());
        }
        return;
    }
    QStringList lines;
    for (const QString &line : std::as_const(deletion->affected))
        lines << QStringLiteral("• ") + line;
    constexpr int Listed = 12;
    if (lines.size() > Listed) {
        const int more = int(lines.size()) - Listed;
        lines = lines.mid(0, Listed);
        lines << tr("… and %1 more").arg(more);
    }
    lines << QString() << tr("They go to Edit ▸ Trash…; Edit ▸ Undo brings them back at once.");
    const auto answer =
        m_ask(tr("Delete"), deletion->question, lines.join(QLatin1Char('\n')), QMessageBox::Yes | QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto done = m_writer->push(std::move(deletion->command)); !done)
        reportStoreFailure(done.error().message);
}

void MainWindow::focusSearch()
{
    const ViewEntry *entry = currentEntry();
    if (!entry || !entry->records)
        return;
    QLineEdit *search = entry->records->filterBar()->searchField();
    search->setFocus(Qt::ShortcutFocusReason);
    search->selectAll();
}
