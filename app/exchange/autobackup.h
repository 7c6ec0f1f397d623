// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

// Automatic rotating backups. When a portfolio is opened and its newest backup is more than a day
// old (or there is none), a consistent copy (VACUUM INTO) goes into a folder of its own in the user's
// data folder (folderFor(), which also notes the portfolio's path), as "NAME 2024-05-01 101500Z.pactline"
// (UTC); only the newest `keep` copies stay. Not beside the portfolio, where every file dialog would
// list the folder; backups that earlier releases put there ("NAME backups") are still listed, restored
// and rotated out. Opening one of the copies offers to restore the portfolio from it.
class AutoBackup
{
public:
    static constexpr int DefaultKeep = 7;

    struct Backup
    {
        QString path;
        QDateTime takenAt; // UTC
    };

    static QString folderFor(const QString &portfolioPath);
    // The portfolio's backups, newest first.
    static QList<Backup> list(const QString &portfolioPath);
    // When the file is one of the automatic backups: the portfolio it belongs to, and when it was taken.
    static std::optional<std::pair<QString, QDateTime>> backupOf(const QString &path);

    // Takes a backup when the newest is more than a day old, then keeps the newest `keep`. Returns
    // the new backup's path, or an empty string when none was due (or keep is 0: backups are off).
    static Result<QString> takeIfDue(const Database &db, int keep,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());
    static Result<QString> take(const Database &db, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Deletes all but the newest `keep` backups.
    static void prune(const QString &portfolioPath, int keep);

    // Puts the backup in the place of the portfolio, which must not be open. The backup is checked
    // first (it must open as a Pactline portfolio) and the portfolio as it is now is kept as a backup
    // itself; then the copy replaces it whole.
    static Result<void> restore(const QString &backupPath, const QString &portfolioPath,
                                const QDateTime &now = QDateTime::currentDateTimeUtc());

    // How many backups to keep (a setting; 0 turns automatic backups off).
    static int keepSetting();
    static void setKeepSetting(int keep);
};
