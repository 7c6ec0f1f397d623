// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

// How a list model's rows (by key) become fresh rows with row insertions and removals only, so
// that views keep their current row and open editors: the rows that went (their old positions,
// last first) and the rows that came (their new positions, first first). When the rows both lists
// hold are not in the same order, `reordered` says so and the model resets instead.
struct RowDiff
{
    QList<int> removed;
    QList<int> inserted;
    bool reordered = false;

    static RowDiff between(const QList<qint64> &before, const QList<qint64> &after);
};
