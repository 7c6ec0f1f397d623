// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelinelayout.h"

#include <QList>
#include <QRectF>

// The legend under the timeline: its entries (symbol and text) flowed in lines across the width.
class TimelineLegendFlow
{
public:
    struct Item
    {
        TimelineLayout::LegendEntry entry;
        double width = 0;
    };

    // The entries the options call for, each with the width it takes.
    static QList<Item> items(const TimelineOptions &options);
    // Places the items in lines across `area`, from its top; returns the number of lines.
    static int flow(QList<Item> &items, const QRectF &area, const TimelineOptions &options);
    // The height of the legend across `width`: its lines and padding.
    static double height(double width, const TimelineOptions &options);

private:
    static QList<Item> measured(const TimelineOptions &options);
};
