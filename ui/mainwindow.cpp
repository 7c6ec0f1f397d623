// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "detailforms.h"
#include "files/backupactions.h"
#include "files/exportactions.h"
#include "files/upgradeprogress.h"
#include "find/findanythingbox.h"
#include "help/helppages.h"
#include "history/historydock.h"
#include "import/importwizard.h"
#include "languagemenu.h"
#include "maintoolbar.h"
#include "models/backgroundcounter.h"
#include "models/statuscounts.h"
#include "privacy/personaldataactions.h"
#include "records/recordview.h"
#include "records/undorecordwriter.h"
#include "repair/repairoffer.h"
#include "report/reportactions.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/portfoliolock.h"
#include "timeline/timelineview.h"
#include "trash/trashactions.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>

namespace {

// The first window: this size, or this share of the screen's available geometry when that is smaller
// (the rest is for the window frame and the desktop's panels).
constexpr QSize FirstSize(1280, 800);
constexpr double FirstShare = 0.9;

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
    addPlugIns();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusCounts"));
    // A normal widget, which a message (statusBar()->showMessage) covers while it lasts: a permanent one
    // stretched across the bar left the message no room at all.
    statusBar()->addWidget(m_status, 1);
    m_location = new QLabel(this);
    m_location->setObjectName(QStringLiteral("statusLocation"));
    statusBar()->addPermanentWidget(m_location);
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
    m_details->setContext(nullptr, nullptr);
    m_feed.reset();
    m_lock.reset();
    m_counter.reset();
    m_db.reset();
}

void MainWindow::addPlugIns()
{
    // The reports (File > Export PDF…, Print Preview…, Print…) on this portfolio and its agreement filter.
    auto *reports = new ReportActions(this);
    reports->setSources([this] { return m_db.get(); }, [this] { return m_agreements->query(); },
                        [this] { return m_selection->agreementId(); });
    addFileActions(reports->actions());
    m_repair = new RepairOffer(*this);
    m_upgrade = new UpgradeProgress(this);
    connect(m_notifier, &WindowNotifier::portfolioOpened, reports, &ReportActions::updateEnabled);
    connect(m_notifier, &WindowNotifier::portfolioClosed, reports, &ReportActions::updateEnabled);
    connect(reports, &ReportActions::pdfExported, this, [this](const QString &path, int pages) {
        showStatusMessage(tr("Wrote %n page(s) to %1", nullptr, pages).arg(QDir::toNativeSeparators(path)),
                          MessageShownMs);
    });
    // The Timeline view: on this portfolio, with the shared selection and undo stack.
    TimelineView::addTo(*this);
    // View > History: the recorded changes of the selected record or of the whole portfolio.
    new HistoryDock(*this);
    // Import, export and backups: File > Import from CSV…, the exports, File > Backups…,
    // the automatic backup on open and restoring a backup through Open.
    ImportWizard::addTo(*this);
    new ExportActions(*this);
    new BackupActions(*this);
    // The partner form's Personal data: export and erase one person (GDPR).
    new PersonalDataActions(*this);
    // Edit > Trash…: deleted records, to restore or to delete for good.
    new TrashActions(*this);
    // Edit > Find Anything… (Ctrl+K).
    FindAnythingBox::addTo(*this);
    LanguageMenu::addTo(*this);
    // Help > User Guide, Date Formats, About Pactline and About Qt, last in the menu bar.
    HelpPages::addTo(*this);
    // The everyday actions of the menus, with icons, in a tool bar.
    MainToolBar::addTo(*this);
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
