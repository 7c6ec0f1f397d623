// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rowdiff.h"

#include <QSet>

RowDiff RowDiff::between(const QList<qint64> &before, const QList<qint64> &after)
{
    RowDiff diff;
    const QSet<qint64> had(before.cbegin(), before.cend());
    const QSet<qint64> has(after.cbegin(), after.cend());
    QList<qint64> keptBefore;
    for (qsizetype row = before.size() - 1; row >= 0; --row)
        if (!has.contains(before.at(row)))
            diff.removed << int(row);
    for (qint64 key : before)
        if (has.contains(key))
            keptBefore << key;
    QList<qint64> keptAfter;
    for (qint64 key : after)
        if (had.contains(key))
            keptAfter << key;
    if (keptBefore != keptAfter) {
        diff.reordered = true;
        diff.removed.clear();
        return diff;
    }
    for (qsizetype row = 0; row < after.size(); ++row)
        if (!had.contains(after.at(row)))
            diff.inserted << int(row);
    return diff;
}
