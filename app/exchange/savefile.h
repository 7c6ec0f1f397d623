// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QByteArray;
class QSaveFile;
class QString;

// Every file Pactline writes (exports, reports, backups restored, profiles) is a QSaveFile: written
// whole beside the target, renamed over it at commit(). This opens one so that a full disk is
// noticed: unbuffered, each write reaches the system at once and a failed one makes commit() fail
// and leave the target as it was. (Buffered, the last bytes are flushed inside commit(), where a
// failure went unnoticed and an empty file replaced the target on a full disk.)
namespace SaveFile {

bool open(QSaveFile &file);
// Writes the last bytes (none: only commits) and commits; false, with the reason, when either fails
// (the target is then left as it was).
bool finish(QSaveFile &file, const QByteArray &bytes, QString *reason);
// Writes bytes as the whole of path: open() and finish().
bool write(const QString &path, const QByteArray &bytes, QString *reason);

} // namespace SaveFile
