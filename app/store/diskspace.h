// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"

// A full disk behind a failed write. SQLite reports one as "database or disk is full" or, when the
// write-ahead log cannot grow, as a bare "disk I/O error", and a file as "No space left on device",
// in words that differ by system; the free space of the volume says it plainly.
namespace DiskSpace {

// `error` as it is; or, when the disk that holds `path` has (almost) no space left, a DiskFull
// error that says so and what to do.
StoreError explain(const StoreError &error, const QString &path);
Result<void> explain(const Result<void> &result, const QString &path);

} // namespace DiskSpace
