// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/savefile.h"

#include <QSaveFile>

bool SaveFile::open(QSaveFile &file)
{
    return file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

bool SaveFile::finish(QSaveFile &file, const QByteArray &bytes, QString *reason)
{
    const bool written = bytes.isEmpty() || file.write(bytes) == bytes.size();
    *reason = file.errorString();
    if (written && file.commit())
        return true;
    if (written)
        *reason = file.errorString();
    file.cancelWriting();
    return false;
}

bool SaveFile::write(const QString &path, const QByteArray &bytes, QString *reason)
{
    QSaveFile file(path);
    if (!open(file)) {
        *reason = file.errorString();
        return false;
    }
    return finish(file, bytes, reason);
}
