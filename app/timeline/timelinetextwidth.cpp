// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinetextwidth.h"

#include <QHash>

double timelineTextWidth(const QFontMetricsF &metrics, const QString &fontKey, const QString &text)
{
    thread_local QHash<QString, double> cache;
    const QString key = fontKey + QLatin1Char('\n') + text;
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    if (cache.size() > 50000)
        cache.clear();
    const double width = metrics.horizontalAdvance(text);
    cache.insert(key, width);
    return width;
}
