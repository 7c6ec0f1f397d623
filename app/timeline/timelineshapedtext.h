// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

#include <memory>

class QPainter;
class QPointF;
class QTextLayout;

// A milestone's label shaped once, per font and thread (bounded): its width, where ElideRight cuts
// it, and its glyphs for painting on screen. Measuring, eliding and drawing a new label used to shape
// it two or three times; the same titles also come back frame after frame while zooming and panning.
// Texts that are not simple (right-to-left or complex scripts, combining marks, surrogates, control
// characters) are measured and elided by QFontMetricsF as before and drawn with drawText.
class TimelineShapedText
{
public:
    static const TimelineShapedText &of(const QFont &font, const QString &fontKey, const QString &text);

    const QString &text() const { return m_text; }
    // As QFontMetricsF::horizontalAdvance.
    double width() const { return m_width; }
    // As QFontMetricsF::elidedText(text, Qt::ElideRight, width).
    QString elided(double width) const;
    // Draws the text, or the elided text that elided() gave, with its top left at `topLeft`: the
    // glyphs of this shaping on raster devices, drawText elsewhere.
    void draw(QPainter &p, const QPointF &topLeft, const QString &shown) const;

private:
    TimelineShapedText(const QFont &font, const QString &fontKey, const QString &text);
    // The characters ElideRight keeps for `width` (text size: all), or -1 for none at all.
    int keptFor(double width) const;

    QFont m_font;
    QString m_fontKey;
    QString m_text;
    double m_width = 0;
    std::shared_ptr<QTextLayout> m_layout; // null when the text is not simple
    double m_ellipsisWidth = 0;
    QString m_ellipsis;
};
