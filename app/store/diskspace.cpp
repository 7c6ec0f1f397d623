// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/diskspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace {

// Less than this is no room for SQLite's journal and a page or two: a full disk.
constexpr qint64 NearlyFull = 1 << 20;

} // namespace

StoreError DiskSpace::explain(const StoreError &error, const QString &path)
{
    switch (error.kind) {
    case StoreError::Kind::Sql:
    case StoreError::Kind::Unreadable:
    case StoreError::Kind::DiskFull:
        break;
    default:
        return error;
    }
    const QString folder = QFileInfo(path).absolutePath();
    const QStorageInfo volume(folder);
    if (error.kind != StoreError::Kind::DiskFull && (!volume.isValid() || volume.bytesAvailable() >= NearlyFull))
        return error;
    return {StoreError::Kind::DiskFull,
            QCoreApplication::translate("DiskSpace", "There is no space left on the disk that holds “%1”, so nothing "
                                                     "was written. Free some space there and try again.")
                .arg(QDir::toNativeSeparators(folder))};
}

Result<void> DiskSpace::explain(const Result<void> &result, const QString &path)
{
    if (result)
        return result;
    return explain(result.error(), path);
}
