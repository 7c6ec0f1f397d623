// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/networkdrive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace NetworkDrive {

bool isNetworkType(const QByteArray &fileSystemType)
{
    // Linux names (/proc/mounts), macOS names (statfs f_fstypename), FUSE ones as "fuse.NAME".
    static const QList<QByteArray> network{"cifs",
                                           "smb",
                                           "smb2",
                                           "smb3",
                                           "smbfs",
                                           "nfs",
                                           "nfs4",
                                           "9p",
                                           "afs",
                                           "ncpfs",
                                           "ncp",
                                           "coda",
                                           "ceph",
                                           "glusterfs",
                                           "lustre",
                                           "gpfs",
                                           "ocfs2",
                                           "afpfs",
                                           "webdav",
                                           "davfs",
                                           "sshfs",
                                           "fuse.sshfs",
                                           "fuse.smbnetfs",
                                           "fuse.glusterfs",
                                           "fuse.ceph",
                                           "fuse.davfs2",
                                           "fuse.rclone",
                                           "fuse.s3fs",
                                           "fuse.gvfsd-fuse"};
    const QByteArray type = fileSystemType.toLower();
    return network.contains(type);
}

bool isSharePath(const QString &path)
{
    // Backslashes too on every platform: the path may come from a Windows user or document.
    QString native = path;
    native.replace(QLatin1Char('\\'), QLatin1Char('/'));
    // //server/share, not //?/ or //./ (Windows device and long-path prefixes).
    return native.startsWith(QLatin1String("//")) && native.size() > 2 && native.at(2) != QLatin1Char('/') &&
           !native.startsWith(QLatin1String("//?/")) && !native.startsWith(QLatin1String("//./"));
}

bool isOnNetwork(const QString &path, const QByteArray &fileSystemType)
{
    return isSharePath(path) || isNetworkType(fileSystemType);
}

bool holds(const QString &path)
{
    const QFileInfo info(path);
    const QStorageInfo storage(info.exists() ? info.absoluteFilePath() : info.absolutePath());
    return isOnNetwork(path, storage.isValid() ? storage.fileSystemType() : QByteArray());
}

QString explanation(const QString &path)
{
    return QCoreApplication::translate("NetworkDrive",
                                       "“%1” is on a network drive, where SQLite cannot keep a portfolio safe while "
                                       "it is written, so Pactline only reads it there. Copy it to this computer to "
                                       "change it (File ▸ Save a Copy As…, or `pactline backup`).")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace NetworkDrive
