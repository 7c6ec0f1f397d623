// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// The few colours the widgets add to the desktop's palette (problems, overdue dates, slips, the
// read-only banner), chosen from that palette so that they stay readable on a dark theme too.
namespace ThemeColors {

// Whether the palette draws light text on dark views.
bool isDark(const QPalette &palette);
// Text that marks a problem (a date that is not a date, an overdue milestone), on the palette's Base.
QColor problemText(const QPalette &palette);
// The same on the selection's Highlight.
QColor problemHighlightedText(const QPalette &palette);
// The background of a field whose text is not acceptable, under the palette's Text.
QColor problemBase(const QPalette &palette);
// Rich text for a label: the escaped message in the problem colour (bold when asked).
QString problemHtml(const QPalette &palette, const QString &message, bool bold = false);
// A banner (the read-only notice) set apart from the window: its background and text colours.
QPalette bannerPalette(const QPalette &palette);

// WCAG's contrast ratio of two colours, 1 to 21 (4.5 is the floor for body text).
double contrast(const QColor &a, const QColor &b);

} // namespace ThemeColors
