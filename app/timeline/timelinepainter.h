// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelineaxis.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelineoptions.h"
#include "timeline/timelinescene.h"

#include <QRectF>

class QPainter;

// The one painter of the timeline, for the screen, PNG/SVG exports and the PDF reports alike.
// Draws with QPainter primitives only (no pixmaps), so vector devices get vector output.
class TimelinePainter
{
public:
    // Draws a layout (as built for the same scene).
    static void paint(QPainter &painter, const TimelineLayout &layout);
    // Lays out and draws `scene` into `target` with the given axis and vertical scroll position.
    static void paint(QPainter &painter, const QRectF &target, const TimelineScene &scene, const TimelineAxis &axis,
                      double scrollY, const TimelineOptions &options);
    // For paper and exports: fits [scene.from, scene.to] into the width and draws the rows from the
    // top. Use TimelineLayout::heightFor(scene.rowCount(), width, options) to size `target`.
    static void paintFitted(QPainter &painter, const QRectF &target, const TimelineScene &scene,
                            const TimelineOptions &options);
};
