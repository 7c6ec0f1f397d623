// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelinelayout.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QRectF>
#include <QString>

class QPainter;

// The timeline's symbols, drawn by the painter and by the legend alike: milestone marks by status,
// ghosts of earlier due dates, achieved marks, clusters, slip arrows, chips, and one line of text.
namespace TimelineSymbols {

// The opacity of an agreement's span (in the plot and in the legend).
constexpr int SpanAlpha = 44;

QColor tint(const QColor &color, double towardsWhite);
QColor withAlpha(QColor color, int alpha);
QColor darker(const QColor &color);

void drawMilestone(QPainter &p, const TimelineLayout::Mark &mark);
void drawGhost(QPainter &p, const TimelineLayout::Mark &mark);
void drawAchieved(QPainter &p, const TimelineLayout::Mark &mark);
void drawCluster(QPainter &p, const TimelineLayout::Mark &mark, const QFont &font);
void drawArrow(QPainter &p, const TimelineLayout::Arrow &arrow, double rowHeight);
void drawLegendSymbol(QPainter &p, const TimelineLayout::LegendEntry &entry, const QFont &font);
// Draws one line of text starting 3 units into `rect`, vertically centred. On raster devices the
// shaped text is kept from the second time it is drawn (QStaticText, per thread, bounded, by
// `fontKey`, the font's key()) unless `keep` is false (elided text, which changes with the room):
// the same labels come back frame after frame while zooming and panning. Vector devices (SVG, PDF)
// get plain drawText, so that text stays text there.
void drawLine(QPainter &p, const QRectF &rect, const QString &text, const QFont &font, const QString &fontKey,
              const QFontMetricsF &metrics, bool keep = true);
// Draws one line of text in `rect` as QPainter::drawText(rect, Qt::AlignVCenter | horizontal, text)
// does, with the same pixels; on raster devices the shaped text is kept as drawLine() keeps it (the
// axis, the legend and the notes come back frame after frame).
void drawAligned(QPainter &p, const QRectF &rect, Qt::Alignment horizontal, const QString &text, const QFont &font);
// Text on a band: white on the solid fills, dark on the light ones (planned, cancelled, at risk).
QColor insideTextColor(const TimelineLayout::Label &label);
void drawChip(QPainter &p, const QRectF &rect, const QString &text, const QColor &fill, const QColor &textColor,
              const QFont &font);

} // namespace TimelineSymbols
