// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinewidget.h"

#include "timeline/timelinepainter.h"
#include "timeline/timelinesource.h"
#include "timeline/timelinestyle.h"

#include <QFileInfo>
#include <QPainter>
#include <QSvgGenerator>

namespace {

// Rows exported whole up to this many; beyond, the visible ones.
constexpr int MaxExportRows = 300;

} // namespace

Result<TimelineScene> TimelineWidget::exportScene(double width) const
{
    const TimelineOptions options;
    const QRectF view = plotRect();
    TimelineScene scene;
    scene.today = today();
    scene.from = m_axis.dateAt(0);
    scene.to = m_axis.dateAt(view.width());
    if (!m_source)
        return scene;
    const int rows = m_source->rowCount();
    const bool all = rows <= MaxExportRows;
    const int firstRow = all ? 0 : int(std::floor(m_scrollY / options.rowHeight));
    const int count = all ? rows : int(std::ceil(view.height() / options.rowHeight));
    const double plotWidth = TimelineLayout::plotRectFor(QRectF(0, 0, width, 1000), options).width();
    Result<TimelineScene> loaded =
        m_source->scene(firstRow, count, scene.from, scene.to, today(), std::max(50, int(plotWidth / 5)));
    if (!loaded)
        return loaded;
    loaded->firstRow = 0; // drawn from the top
    return loaded;
}

QImage TimelineWidget::renderImage(double width, double devicePixelRatio)
{
    Result<TimelineScene> scene = exportScene(width);
    if (!scene) {
        report(scene.error().message);
        return {};
    }
    TimelineOptions options;
    options.today = today();
    const double height = TimelineLayout::heightFor(scene->rowCount(), width, options);
    QImage image(QSize(int(std::ceil(width * devicePixelRatio)), int(std::ceil(height * devicePixelRatio))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(TimelineStyle::backgroundColor());
    QPainter painter(&image);
    TimelinePainter::paintFitted(painter, QRectF(0, 0, width, height), *scene, options);
    return image;
}

bool TimelineWidget::exportTo(const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const double width = std::max(800, viewport()->width());
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString unwritable = tr("Could not write %1; choose a folder you can write to.").arg(path);
    if (suffix == QLatin1String("png")) {
        const QImage image = renderImage(width, 2.0);
        if (image.isNull())
            return fail(tr("The timeline could not be read from the portfolio."));
        return image.save(path, "PNG") || fail(unwritable);
    }
    if (suffix != QLatin1String("svg"))
        return fail(tr("Export the timeline as .png or .svg, not “.%1”.").arg(suffix));
    const Result<TimelineScene> scene = exportScene(width);
    if (!scene)
        return fail(scene.error().message);
    TimelineOptions options;
    options.today = today();
    const double height = TimelineLayout::heightFor(scene->rowCount(), width, options);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(QSize(int(width), int(std::ceil(height))));
    svg.setViewBox(QRectF(0, 0, width, height));
    svg.setTitle(tr("Timeline"));
    svg.setDescription(
        tr("Pactline timeline, %1 to %2").arg(scene->from.toString(Qt::ISODate), scene->to.toString(Qt::ISODate)));
    QPainter painter;
    if (!painter.begin(&svg))
        return fail(unwritable);
    TimelinePainter::paintFitted(painter, QRectF(0, 0, width, height), *scene, options);
    return painter.end() || fail(unwritable);
}
