// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelineshapedtext.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace {

// Left to right, one character per grapheme, no shaping across scripts: where a character's
// advance is its own and the elision walks character by character.
bool isSimple(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x0590 || c.isSurrogate() || c.isMark())
            return false;
    }
    return true;
}

// How much closer the ellipsis sits to `last` when the two are shaped together (kerning), per font.
double ellipsisKerning(const QFont &font, const QString &fontKey, QChar last, const QString &ellipsis)
{
    thread_local QHash<QString, double> cache;
    const QString key = fontKey + QLatin1Char('\n') + last;
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    if (cache.size() > 5000)
        cache.clear();
    const QFontMetricsF metrics(font);
    const double kerning = metrics.horizontalAdvance(last + ellipsis) - metrics.horizontalAdvance(last) -
                           metrics.horizontalAdvance(ellipsis);
    cache.insert(key, kerning);
    return kerning;
}

// Qt measures elision in 26.6 fixed point (QFixed::fromReal truncates).
double fixed(double value)
{
    return std::trunc(value * 64) / 64;
}

} // namespace

const TimelineShapedText &TimelineShapedText::of(const QFont &font, const QString &fontKey, const QString &text)
{
    thread_local QHash<QString, std::shared_ptr<const TimelineShapedText>> cache;
    const QString key = fontKey + QLatin1Char('\n') + text;
    auto it = cache.constFind(key);
    if (it == cache.constEnd()) {
        if (cache.size() > 2000)
            cache.clear();
        it = cache.insert(key, std::shared_ptr<const TimelineShapedText>(new TimelineShapedText(font, fontKey, text)));
    }
    return **it;
}

TimelineShapedText::TimelineShapedText(const QFont &font, const QString &fontKey, const QString &text)
    : m_font(font)
    , m_fontKey(fontKey)
    , m_text(text)
{
    const QFontMetricsF metrics(font);
    if (metrics.inFont(QChar(0x2026))) {
        m_ellipsis = QString(QChar(0x2026));
        m_ellipsisWidth = metrics.horizontalAdvance(QChar(0x2026));
    } else {
        m_ellipsis = QStringLiteral("...");
        m_ellipsisWidth = 3 * metrics.horizontalAdvance(QLatin1Char('.'));
    }
    if (text.isEmpty() || !isSimple(text)) {
        m_width = metrics.horizontalAdvance(text);
        return;
    }
    m_layout = std::make_shared<QTextLayout>(text, font);
    m_layout->setCacheEnabled(true);
    m_layout->beginLayout();
    QTextLine line = m_layout->createLine();
    line.setPosition(QPointF(0, 0));
    m_layout->endLayout();
    m_width = line.cursorToX(int(text.size()));
}

int TimelineShapedText::keptFor(double width) const
{
    const double room = fixed(width);
    const int length = int(m_text.size());
    if (m_width <= room || length <= 1)
        return length;
    const double available = room - m_ellipsisWidth;
    if (available < 0)
        return -1;
    // As QTextEngine::elidedText: add characters until the next one reaches the room left.
    const QTextLine line = m_layout->lineAt(0);
    int kept = 0;
    int next = 0;
    do {
        kept = next;
        ++next;
    } while (next < length && line.cursorToX(next) < available);
    return kept;
}

QString TimelineShapedText::elided(double width) const
{
    if (!m_layout) {
        const QFontMetricsF metrics(m_font);
        return metrics.elidedText(m_text, Qt::ElideRight, width);
    }
    const int kept = keptFor(width);
    if (kept < 0)
        return {};
    if (kept == m_text.size())
        return m_text;
    return m_text.left(kept) + m_ellipsis;
}

void TimelineShapedText::draw(QPainter &p, const QPointF &topLeft, const QString &shown) const
{
    const bool raster = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
    const bool whole = shown == m_text;
    const bool cut = !whole && shown.size() > m_ellipsis.size() && shown.endsWith(m_ellipsis) &&
                     m_text.startsWith(QStringView(shown).chopped(m_ellipsis.size()));
    if (!raster || !m_layout || !(whole || cut)) {
        const QFontMetricsF metrics(m_font);
        p.setFont(m_font);
        p.drawText(QPointF(topLeft.x(), topLeft.y() + metrics.ascent()), shown);
        return;
    }
    if (whole) {
        m_layout->draw(&p, topLeft);
        return;
    }
    const int kept = int(shown.size() - m_ellipsis.size());
    for (const QGlyphRun &run : m_layout->glyphRuns(0, kept))
        p.drawGlyphRun(topLeft, run);
    const QFontMetricsF metrics(m_font);
    p.setFont(m_font);
    const double x = m_layout->lineAt(0).cursorToX(kept) +
                     (kept > 0 ? ellipsisKerning(m_font, m_fontKey, m_text.at(kept - 1), m_ellipsis) : 0);
    p.drawText(QPointF(topLeft.x() + x, topLeft.y() + metrics.ascent()), m_ellipsis);
}
