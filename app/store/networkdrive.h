// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Whether a portfolio file lives on a file system reached over the network (SMB/CIFS, NFS, sshfs, 9p,
// AFP, WebDAV, …), where SQLite's locks and its write-ahead log do not work reliably, so that writing
// could corrupt the file. Such a portfolio is opened read-only, and the commands that write refuse it.
namespace NetworkDrive {

// Whether a file system type, as QStorageInfo::fileSystemType() names it, is a network one.
bool isNetworkType(const QByteArray &fileSystemType);
// Whether a path names a Windows network share directly (UNC: \\server\share\… or //server/share/…).
bool isSharePath(const QString &path);
// The decision, given the path and the file system type of the folder that holds it.
bool isOnNetwork(const QString &path, const QByteArray &fileSystemType);
// The decision for a real path (QStorageInfo of its folder).
bool holds(const QString &path);
// The sentence that says so, for the window and the command line (and the refusal to write).
QString explanation(const QString &path);

} // namespace NetworkDrive
