// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/backupactions.h"

#include "exchange/autobackup.h"
#include "files/backupdialog.h"
#include "store/database.h"
#include "windowcontext.h"

#include <QAction>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QThread>

#include <memory>

namespace {

bool samePath(const QString &a, const QString &b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.exists() && second.exists())
        return first.canonicalFilePath() == second.canonicalFilePath();
    return first.absoluteFilePath() == second.absoluteFilePath();
}

} // namespace

BackupActions::BackupActions(WindowContext &context)
    : WindowActions(context, QStringLiteral("backupActions"))
    , m_backups(newAction(tr("&Backups…"), QStringLiteral("actionBackups"),
                          tr("The automatic backups of this portfolio: how many to keep, back up now, restore."),
                          [this] { showBackups(); }))
{
    QMainWindow *window = &context.mainWindow();
    m_ask = [window](const QString &title, const QString &text) {
        return QMessageBox::question(window, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    m_now = [] { return QDateTime::currentDateTimeUtc(); };
    connect(this, &BackupActions::backupFinished, this, [this](const QString &path, const QString &error) {
        if (!error.isEmpty())
            this->context().showStatusMessage(tr("The automatic backup failed: %1").arg(error), 15000);
        else if (!path.isEmpty())
            this->context().showStatusMessage(tr("Backed up to %1").arg(path), 10000);
    });
    context.addFileActions({m_backups});
    context.setOpenFilter([this](const QString &path) { return beforeOpen(path); });
    connect(&context.notifier(), &WindowNotifier::portfolioOpened, this, &BackupActions::takeBackupIfDue);
    context.followPortfolio(this, [this] { m_backups->setEnabled(this->context().database() != nullptr); });
}

BackupActions::~BackupActions()
{
    waitForBackup();
    delete m_thread;
}

bool BackupActions::isBackingUp() const
{
    return m_thread && m_thread->isRunning();
}

void BackupActions::waitForBackup()
{
    if (m_thread)
        m_thread->wait();
}

void BackupActions::takeBackupIfDue()
{
    const Database *db = context().database();
    const int keep = AutoBackup::keepSetting();
    // A server's portfolio is backed up by whoever runs the server (README: a team's server).
    if (!db || db->isOnServer() || keep <= 0 || isBackingUp())
        return;
    const QString path = db->path();
    const QDateTime now = m_now();
    auto result = std::make_shared<std::pair<QString, QString>>();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    // Its own read-only connection: the copy is a consistent snapshot while the window goes on.
    m_thread = QThread::create([path, now, keep, result] {
        auto opened = Database::open(path, Database::Mode::ReadOnly);
        if (!opened) {
            result->second = opened.error().message;
            return;
        }
        const Result<QString> taken = AutoBackup::takeIfDue(**opened, keep, now);
        if (taken)
            result->first = *taken;
        else
            result->second = taken.error().message;
    });
    connect(m_thread, &QThread::finished, this, [this, result] { emit backupFinished(result->first, result->second); });
    m_thread->start();
}

QString BackupActions::beforeOpen(const QString &path)
{
    const auto backup = AutoBackup::backupOf(path);
    if (!backup)
        return path;
    return restoreFrom(path) ? backup->first : QString();
}

bool BackupActions::restoreFrom(const QString &backupPath)
{
    const auto backup = AutoBackup::backupOf(backupPath);
    if (!backup) {
        reportError(tr("Restore"), tr("“%1” is not one of Pactline's automatic backups.").arg(backupPath));
        return false;
    }
    const QString portfolio = backup->first;
    const QString name = QFileInfo(portfolio).fileName();
    const QString when = QLocale().toString(backup->second.toLocalTime(), QLocale::LongFormat);
    if (!m_ask(tr("Restore from a backup"),
               tr("“%1” is an automatic backup of “%2”, taken %3.\n\nRestore “%2” to how it was then? Its present "
                  "state is kept as a backup first, so you can go back.")
                   .arg(QFileInfo(backupPath).fileName(), name, when)))
        return false;
    waitForBackup();
    const bool wasOpen = context().database() && samePath(context().database()->path(), portfolio);
    if (wasOpen)
        context().closePortfolio();
    const Result<void> restored = AutoBackup::restore(backupPath, portfolio, m_now());
    if (!restored) {
        reportError(tr("Restore from a backup"), restored.error().message);
        if (wasOpen)
            context().openFile(portfolio);
        return false;
    }
    context().showStatusMessage(tr("Restored “%1” from the backup of %2.").arg(name, when), 15000);
    return true;
}

void BackupActions::showBackups()
{
    if (!context().database())
        return;
    BackupDialog dialog(*this, context().database()->path(), &context().mainWindow());
    dialog.exec();
}
