// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"

#include <QString>

// The fields of an SQLite file's 100-byte header that decide whether Pactline may open it,
// read with plain file I/O so that a refused file is never touched by SQLite.
struct FileHeader
{
    qint32 applicationId = 0;
    int userVersion = 0;
    int pageSize = 0;
    qint64 pageCount = 0;

    // Refuses a missing, unreadable, empty, non-SQLite, truncated or non-Pactline file.
    static Result<FileHeader> read(const QString &path);
};
