// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinelegendflow.h"

#include "timeline/timelinetextwidth.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <cmath>

namespace {

constexpr double LegendPadding = 6;

double legendSymbolWidth(const TimelineOptions &options)
{
    return std::round(options.fontSize * 1.1) * 1.3;
}

double legendLineHeight(const TimelineOptions &options)
{
    return std::round(options.fontSize * 1.7);
}

} // namespace

QList<TimelineLegendFlow::Item> TimelineLegendFlow::items(const TimelineOptions &options)
{
    // Asked for several times a frame: the last answer is kept (per thread) for the same font, the
    // same entries and the same translation.
    thread_local QString lastKey;
    thread_local QList<Item> last;
    const QString key = QStringLiteral("%1\n%2\n%3%4%5%6\n")
                            .arg(options.fontFamily)
                            .arg(options.fontSize)
                            .arg(int(options.showSlips))
                            .arg(int(options.showSpans))
                            .arg(int(options.showEvents))
                            .arg(int(options.showToday)) +
                        QCoreApplication::translate("TimelineLayout", "Overdue");
    if (key != lastKey) {
        last = measured(options);
        lastKey = key;
    }
    return last;
}

QList<TimelineLegendFlow::Item> TimelineLegendFlow::measured(const TimelineOptions &options)
{
    const QFont font = TimelineLayout::noteFont(options);
    const QFontMetricsF metrics(font);
    const QString fontKey = font.key();
    QList<Item> items;
    const auto add = [&](TimelineLayout::LegendEntry::Symbol symbol, const QString &text,
                         MilestoneStatus status = MilestoneStatus::Planned) {
        TimelineLayout::LegendEntry entry;
        entry.symbol = symbol;
        entry.status = status;
        entry.text = text;
        items.append(Item{entry, legendSymbolWidth(options) + 5 + timelineTextWidth(metrics, fontKey, text) + 18});
    };
    for (MilestoneStatus status : allValues<MilestoneStatus>())
        add(TimelineLayout::LegendEntry::Symbol::Status, displayNameOf(status), status);
    add(TimelineLayout::LegendEntry::Symbol::Overdue, QCoreApplication::translate("TimelineLayout", "Overdue"));
    if (options.showSlips)
        add(TimelineLayout::LegendEntry::Symbol::Slip,
            QCoreApplication::translate("TimelineLayout", "Earlier due date"));
    add(TimelineLayout::LegendEntry::Symbol::Cluster,
        QCoreApplication::translate("TimelineLayout", "Several milestones"));
    if (options.showSpans)
        add(TimelineLayout::LegendEntry::Symbol::Span,
            QCoreApplication::translate("TimelineLayout", "Agreement signed → end"));
    if (options.showEvents)
        add(TimelineLayout::LegendEntry::Symbol::Event, QCoreApplication::translate("TimelineLayout", "Event"));
    if (options.showToday)
        add(TimelineLayout::LegendEntry::Symbol::Today, QCoreApplication::translate("TimelineLayout", "Today"));
    return items;
}

int TimelineLegendFlow::flow(QList<Item> &items, const QRectF &area, const TimelineOptions &options)
{
    const double lineHeight = legendLineHeight(options);
    const double symbol = std::round(options.fontSize * 1.1);
    const double symbolWidth = legendSymbolWidth(options);
    double x = area.left() + LegendPadding;
    int line = 0;
    for (Item &item : items) {
        if (x + item.width > area.right() - LegendPadding && x > area.left() + LegendPadding) {
            ++line;
            x = area.left() + LegendPadding;
        }
        const double top = area.top() + LegendPadding + line * lineHeight;
        const double mid = top + lineHeight / 2;
        item.entry.symbolRect = QRectF(x, mid - symbol / 2, symbolWidth, symbol);
        item.entry.textRect = QRectF(x + symbolWidth + 5, top, item.width - symbolWidth - 5 - 14, lineHeight);
        x += item.width;
    }
    return items.isEmpty() ? 0 : line + 1;
}

double TimelineLegendFlow::height(double width, const TimelineOptions &options)
{
    if (!options.showLegend)
        return 0;
    QList<Item> all = items(options);
    const int lines = flow(all, QRectF(0, 0, width, 0), options);
    return lines * legendLineHeight(options) + 2 * LegendPadding;
}
