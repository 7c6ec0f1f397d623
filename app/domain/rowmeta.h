// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

// What every stored row carries: its id, timestamps and the version used for optimistic locking.
struct RowMeta
{
    qint64 id = 0; // 0 until stored
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    bool isStored() const { return id > 0; }
};
