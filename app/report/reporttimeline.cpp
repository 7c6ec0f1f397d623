// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reporttimeline.h"

#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinesource.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

// A figure that draws one scene (a window of rows) fitted into its rectangle.
ReportDocument::FigurePainter painterFor(std::shared_ptr<const TimelineScene> scene, const TimelineOptions &options)
{
    return [scene = std::move(scene), options](QPainter &painter, const QRectF &rect) {
        painter.save();
        painter.scale(1 / ReportTimeline::UnitsPerPoint, 1 / ReportTimeline::UnitsPerPoint);
        const QRectF target(rect.topLeft() * ReportTimeline::UnitsPerPoint,
                            rect.size() * ReportTimeline::UnitsPerPoint);
        // The scene's dates across the width, its rows from the top (scrolled to its first row).
        const QRectF plot = TimelineLayout::plotRectFor(target, options);
        TimelinePainter::paint(painter, target, *scene, TimelineAxis::fitting(scene->from, scene->to, plot.width()),
                               scene->firstRow * options.rowHeight, options);
        painter.restore();
    };
}

// Whole quarters around [first, last], so that the axis starts and ends on a tick.
std::pair<QDate, QDate> padded(QDate first, QDate last)
{
    const QDate from = TimelineAxis::unitStart(first, TimelineAxis::Unit::Quarter);
    const QDate to =
        TimelineAxis::nextUnit(TimelineAxis::unitStart(last, TimelineAxis::Unit::Quarter), TimelineAxis::Unit::Quarter)
            .addDays(-1);
    return {from, to};
}

} // namespace

TimelineOptions ReportTimeline::paperOptions(QDate today)
{
    TimelineOptions options;
    options.today = today;
    options.fontSize = 10.5;
    options.headerWidth = 190;
    options.axisHeight = 36;
    options.rowHeight = 26;
    options.showGroupHeaders = false;
    options.stickyGroupHeader = false;
    return options;
}

Result<void> ReportTimeline::addPortfolio(ReportDocument &document, Database &db, const ListQuery &filter, QDate today,
                                          const QSizeF &area, const QString &caption)
{
    TimelineSource source(db);
    if (auto grouped = source.setGrouping(TimelineGroupBy::None, filter); !grouped)
        return grouped.error();
    if (source.rowCount() == 0)
        return {};
    const auto extent = source.extent(today);
    if (!extent)
        return extent.error();
    const auto [from, to] = padded(extent->first, extent->second);

    const TimelineOptions options = paperOptions(today);
    const double width = area.width() * UnitsPerPoint;
    // Every figure leaves room for a heading above it and its caption below.
    const double room = (area.height() - 90) * UnitsPerPoint;
    const double fixed = TimelineLayout::heightFor(0, width, options);
    const int rowsPerFigure = std::max(1, int(std::floor((room - fixed) / options.rowHeight)));
    for (int first = 0; first < source.rowCount(); first += rowsPerFigure) {
        const int count = std::min(rowsPerFigure, source.rowCount() - first);
        auto scene = source.scene(first, count, from, to, today);
        if (!scene)
            return scene.error();
        const double height = TimelineLayout::heightFor(count, width, options) / UnitsPerPoint;
        QString figureCaption = caption;
        if (source.rowCount() > rowsPerFigure)
            figureCaption = QCoreApplication::translate("ReportTimeline", "%1 (agreements %2–%3 of %4)")
                                .arg(caption)
                                .arg(first + 1)
                                .arg(first + count)
                                .arg(source.rowCount());
        document.addFigure(height, painterFor(std::make_shared<const TimelineScene>(std::move(*scene)), options),
                           figureCaption);
    }
    return {};
}

Result<void> ReportTimeline::addAgreementStrip(ReportDocument &document, Database &db, qint64 agreementId, QDate from,
                                               QDate to, QDate today, const QSizeF &area, const QString &caption)
{
    TimelineSource source(db);
    if (auto grouped = source.setGrouping(TimelineGroupBy::None); !grouped)
        return grouped.error();
    const int row = source.rowOfAgreement(agreementId);
    if (row < 0)
        return {};
    const auto [first, last] = padded(from, to);
    auto scene = source.scene(row, 1, first, last, today);
    if (!scene)
        return scene.error();
    TimelineOptions options = paperOptions(today);
    options.headerWidth = 0;
    options.rowHeight = 34;
    const double width = area.width() * UnitsPerPoint;
    const double height = TimelineLayout::heightFor(1, width, options) / UnitsPerPoint;
    document.addFigure(height, painterFor(std::make_shared<const TimelineScene>(std::move(*scene)), options), caption);
    return {};
}
