// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "detailforms.h"
#include "files/copyprogress.h"
#include "files/recentfilesmenu.h"
#include "files/upgradeprogress.h"
#include "models/backgroundcounter.h"
#include "models/recordtablemodel.h"
#include "models/statuscounts.h"
#include "records/filterbar.h"
#include "records/recordview.h"
#include "records/undorecordwriter.h"
#include "repair/repairoffer.h"
#include "server/serverretry.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/networkdrive.h"
#include "store/portfoliolock.h"
#include "store/serveraddress.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>

bool MainWindow::isReadOnly() const
{
    return m_db && (m_db->isReadOnly() || !m_db->isServerReachable());
}

bool MainWindow::openFile(const QString &requested)
{
    if (!settleChangedForm())
        return false;
    const QString path = m_openFilter ? m_openFilter(requested) : requested;
    if (path.isEmpty())
        return false;
    const bool onServer = ServerAddress::isServerAddress(path);
    const QFileInfo info(path);
    // A file (or folder) that cannot be written, or that its owner marked read-only, opens
    // read-only rather than not at all.
    // So does one on a network drive, where SQLite cannot keep it safe while writing.
    const QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    // On a server, the server says what the user may write, and upgrades run in one transaction there.
    const bool onNetwork = !onServer && NetworkDrive::holds(path);
    const bool writable =
        onServer || (!onNetwork && (!info.exists() || (info.isWritable() && (info.permissions() & anyWrite) &&
                                                       QFileInfo(info.absolutePath()).isWritable())));
    // An older portfolio is upgraded with a progress bar first (writable ones only; a read-only one
    // cannot be).
    if (!onServer && writable && info.exists())
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
    if (!opened && onServer) {
        // Ask again where and as whom, with the reason (a password not kept, a server moved).
        connectToServer(path, opened.error().message);
        return false;
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
    for (const ViewEntry &entry : std::as_const(m_views)) {
        if (!entry.records)
            continue;
        entry.records->model()->setCounter(m_counter.get());
        entry.records->setDatabase(m_db.get());
    }
    m_details->setContext(m_db.get(), m_writer.get());
    updateEditing();
    connect(m_db.get(), &Database::serverLost, this, &MainWindow::followServer);
    connect(m_db.get(), &Database::serverBack, this, &MainWindow::followServer);
    m_serverRetry->watch(m_db.get());
    connect(m_db.get(), &Database::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("partner")) || tables.contains(QStringLiteral("theme")) ||
            tables.contains(QStringLiteral("agreement_theme")))
            for (const ViewEntry &entry : std::as_const(m_views))
                if (entry.records)
                    entry.records->filterBar()->refreshChoices();
        updateStatus();
    });
    // Another Pactline on the same file: say so, and follow what it commits.
    if (!onServer)
        m_lock = std::make_unique<PortfolioLock>(path);
    m_feed = std::make_unique<ChangeFeed>(*m_db);
    connect(m_feed.get(), &ChangeFeed::changedElsewhere, this, &MainWindow::updateBanner);
    updateBanner();
    setWindowFilePath(onServer ? QString() : path);
    RecentFilesMenu::remember(onServer ? m_db->path() : info.absoluteFilePath());
    showView(currentViewId().isEmpty() ? QStringLiteral("agreements") : currentViewId());
    updateTitle();
    updateActions();
    updateStatus();
    emit m_notifier->portfolioOpened(path);
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
    m_details->setContext(nullptr, nullptr);
    m_feed.reset();
    m_lock.reset();
    m_serverRetry->watch(nullptr);
    m_statusCounts.reset();
    m_counter.reset();
    m_db.reset();
    updateBanner();
    setWindowFilePath(QString());
    m_stack->setCurrentWidget(m_noPortfolio);
    updateTitle();
    updateActions();
    updateStatus();
    emit m_notifier->portfolioClosed();
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
    const Result<PortfolioCopy::Outcome> copied = CopyProgress(this).copy(m_db->path(), path);
    if (!copied) {
        m_reportError(tr("Cannot save a copy"), copied.error().message);
        return {};
    }
    if (*copied == PortfolioCopy::Outcome::Cancelled) {
        showStatusMessage(tr("The copy was cancelled; nothing was saved."), 8000);
        return {};
    }
    showStatusMessage(tr("Saved a copy as %1").arg(QDir::toNativeSeparators(path)), 8000);
    return path;
}

void MainWindow::updateTitle()
{
    m_location->setText(m_db ? m_db->displayName() : QString());
    m_location->setToolTip(m_db && !m_db->isOnServer() ? QDir::toNativeSeparators(m_db->path()) : QString());
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
    const bool away = m_db && !m_db->isServerReachable();
    if (away)
        notes << tr("The server of “%1” is not reachable; changes are paused until it is back. Retrying…\n%2")
                     .arg(m_db->displayName(), m_db->serverProblem());
    if (m_db && m_db->isReadOnly() && m_db->isOnServer())
        notes << tr("You may only read “%1”: your user on the server has the reader's role. Whoever runs the "
                    "server can give you the editor's role.")
                     .arg(m_db->displayName());
    else if (m_db && m_db->isReadOnly())
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
    m_retryServer->setVisible(away);
    m_bannerRow->setVisible(!notes.isEmpty());
}

void MainWindow::updateEditing()
{
    const bool readOnly = isReadOnly();
    for (const ViewEntry &entry : std::as_const(m_views))
        if (entry.records)
            entry.records->model()->setReadOnly(readOnly);
    m_details->setReadOnly(readOnly);
    updateActions();
}
