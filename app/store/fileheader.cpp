// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/fileheader.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

Result<FileHeader> FileHeader::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return StoreError{StoreError::Kind::NotFound,
                          QCoreApplication::translate("Database", "“%1” does not exist.").arg(path)};
    if (info.isDir())
        return StoreError{StoreError::Kind::Unreadable,
                          QCoreApplication::translate("Database", "“%1” is a folder, not a portfolio file.").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError{
            StoreError::Kind::Unreadable,
            QCoreApplication::translate("Database", "“%1” cannot be read: %2").arg(path, file.errorString())};
    const qint64 size = file.size();
    if (size == 0)
        return StoreError{
            StoreError::Kind::NotSqlite,
            QCoreApplication::translate("Database", "“%1” is empty: it is not a Pactline portfolio.").arg(path)};
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return StoreError{
            StoreError::Kind::NotSqlite,
            QCoreApplication::translate("Database", "“%1” is not a Pactline portfolio (it is not an SQLite database).")
                .arg(path)};

    const auto u16 = [&](int offset) { return qFromBigEndian<quint16>(header.constData() + offset); };
    const auto u32 = [&](int offset) { return qFromBigEndian<quint32>(header.constData() + offset); };
    FileHeader result;
    result.pageSize = u16(16) == 1 ? 65536 : u16(16);
    result.pageCount = u32(28);
    result.userVersion = static_cast<int>(u32(60));
    result.applicationId = static_cast<qint32>(u32(68));
    // After a crash in the middle of a checkpoint the header may already count pages that are
    // still only in the write-ahead log; SQLite completes them from the log, so that is no damage.
    const bool walPending = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    const bool pageCountValid = u32(24) == u32(92) && result.pageCount > 0 && !walPending;
    if (result.pageSize < 512 || (result.pageSize & (result.pageSize - 1)) != 0 ||
        (pageCountValid && size < result.pageCount * result.pageSize) || size % result.pageSize != 0)
        return StoreError{StoreError::Kind::Corrupt,
                          QCoreApplication::translate(
                              "Database",
                              "“%1” is damaged: the file is shorter than its header says (truncated?). Restore it "
                              "from a backup.")
                              .arg(path)};
    if (result.applicationId != Database::ApplicationId)
        return StoreError{
            StoreError::Kind::NotPactline,
            QCoreApplication::translate("Database", "“%1” is an SQLite database but not a Pactline portfolio.")
                .arg(path)};
    return result;
}
