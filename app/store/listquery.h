// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

// What a list of rows asks of a repository: search text, filters, order and window.
// Everything runs in SQL with bound parameters; unknown sort keys fall back to the default.
struct ListQuery
{
    QString search;                 // words and "phrases" found through TextSearch
    QMap<QString, QString> filters; // repository-specific keys, e.g. "status" -> "active"
    QString sortKey;                // a repository's sort key; empty: its default order
    Qt::SortOrder order = Qt::AscendingOrder;
    int offset = 0;
    int limit = -1; // -1: all
};
