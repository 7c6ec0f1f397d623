// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "themecolors.h"

#include <QtMath>

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

// Of two candidates, the one that reads better on the background.
QColor clearerOn(const QColor &background, const QColor &first, const QColor &second)
{
    return ThemeColors::contrast(first, background) >= ThemeColors::contrast(second, background) ? first : second;
}

} // namespace

bool ThemeColors::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < luminance(palette.color(QPalette::Text));
}

QColor ThemeColors::problemText(const QPalette &palette)
{
    return clearerOn(palette.color(QPalette::Base), QColor(0xb0, 0x1b, 0x1b), QColor(0xff, 0x8a, 0x80));
}

QColor ThemeColors::problemHighlightedText(const QPalette &palette)
{
    return clearerOn(palette.color(QPalette::Highlight), QColor(0xff, 0xd6, 0xd6), QColor(0x7a, 0x0e, 0x0e));
}

QColor ThemeColors::problemBase(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x5c, 0x1f, 0x1f) : QColor(0xff, 0xe4, 0xe1);
}

QString ThemeColors::problemHtml(const QPalette &palette, const QString &message, bool bold)
{
    return QStringLiteral("<%1 style=\"color:%2\">%3</%1>")
        .arg(bold ? QStringLiteral("b") : QStringLiteral("span"), problemText(palette).name(), message.toHtmlEscaped());
}

QPalette ThemeColors::bannerPalette(const QPalette &palette)
{
    QPalette banner = palette;
    const bool dark = isDark(palette);
    banner.setColor(QPalette::Window, dark ? QColor(0x4d, 0x40, 0x0c) : QColor(0xff, 0xf4, 0xc2));
    banner.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xf0, 0xb8) : QColor(0x4d, 0x3b, 0x00));
    return banner;
}

double ThemeColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}
