// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"

#include <QString>

class Database;

// A consistent copy of an open portfolio (VACUUM INTO), also of one opened read-only. The copy is
// written under a temporary name next to the target and renamed when it is whole, so a failed or
// interrupted copy never leaves a partial file; an existing target is never overwritten.
class BackupWriter
{
public:
    static Result<void> write(const Database &db, const QString &targetPath);
    // Where a new file for `targetPath` is written until it is whole (a hidden name beside it),
    // refused when the target exists or its folder does not.
    static Result<QString> partialPathFor(const QString &targetPath);
};
