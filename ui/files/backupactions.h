// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "windowactions.h"

#include <QDateTime>

#include <functional>

class QAction;
class QThread;

// Backups in the main window: an automatic rotating backup when a portfolio opens and its newest
// backup is more than a day old (taken on another thread, with a connection of its own), File >
// Backups… (the list, how many to keep, Back Up Now, Restore), and restoring through the normal Open:
// opening one of the automatic backups asks whether to restore its portfolio from it.
class BackupActions final : public WindowActions
{
    Q_OBJECT

public:
    // Adds File > Backups…, the backup on open and the restore on open to the main window.
    explicit BackupActions(WindowContext &context);
    ~BackupActions() override;

    QAction *backupsAction() const { return m_backups; }

    // Seams for tests: a yes/no question, what time it is.
    using QuestionAsker = std::function<bool(const QString &title, const QString &text)>;
    using Clock = std::function<QDateTime()>;
    void setQuestionAsker(QuestionAsker asker) { m_ask = std::move(asker); }
    void setClock(Clock clock) { m_now = std::move(clock); }

    // What Open does with a file: one of the automatic backups is offered to restore its portfolio
    // from (returns the portfolio's path to open then, or "" when declined or failed); any other file
    // opens as it is.
    QString beforeOpen(const QString &path);
    // Restores the open portfolio (or the one the backup belongs to) from a backup, after asking.
    bool restoreFrom(const QString &backupPath);
    // The automatic backup of the open portfolio, if one is due; backupFinished() tells how it went.
    void takeBackupIfDue();
    bool isBackingUp() const;
    void waitForBackup();
    void showBackups();

signals:
    void backupFinished(const QString &path, const QString &error);

private:
    QAction *m_backups;
    QThread *m_thread = nullptr;
    QuestionAsker m_ask;
    Clock m_now;
};
