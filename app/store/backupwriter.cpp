// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/backupwriter.h"

#include "store/database.h"
#include "store/diskspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Result<QString> BackupWriter::partialPathFor(const QString &targetPath)
{
    const QFileInfo target(targetPath);
    if (target.exists())
        return StoreError{
            StoreError::Kind::Exists,
            QCoreApplication::translate("BackupWriter", "“%1” already exists; Pactline does not overwrite files.")
                .arg(targetPath)};
    if (!target.absoluteDir().exists())
        return StoreError{
            StoreError::Kind::NotFound,
            QCoreApplication::translate("BackupWriter", "The folder “%1” does not exist.").arg(target.absolutePath())};
    return target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.partial").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
}

Result<void> BackupWriter::write(const Database &db, const QString &targetPath)
{
    const Result<QString> partialPath = partialPathFor(targetPath);
    if (!partialPath)
        return partialPath.error();
    const QString partial = *partialPath;

    QSqlQuery query(db.connection());
    // A read-only connection refuses VACUUM INTO while query_only is on, though it writes only the copy.
    if (db.isReadOnly())
        query.exec(QStringLiteral("PRAGMA query_only = OFF"));
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    const bool copied = query.exec();
    const QString error = query.lastError().text();
    if (db.isReadOnly())
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA query_only = ON"));
    if (!copied) {
        QFile::remove(partial);
        return DiskSpace::explain(
            StoreError{StoreError::Kind::Unreadable,
                       QCoreApplication::translate("BackupWriter", "Could not write a copy to “%1”: %2")
                           .arg(targetPath, error)},
            targetPath);
    }
    if (!QFile::rename(partial, targetPath)) {
        QFile::remove(partial);
        return StoreError{
            StoreError::Kind::Exists,
            QCoreApplication::translate("BackupWriter", "Could not put the copy in place as “%1” (does it exist now?).")
                .arg(targetPath)};
    }
    return {};
}
