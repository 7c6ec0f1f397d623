// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFontMetricsF>
#include <QString>

// How wide a text is in a font (QFontMetricsF::horizontalAdvance), remembered per thread and
// bounded: the same labels, legend entries and notes are measured frame after frame while the view
// zooms and pans, and shaping text is the dearest part of a layout. `fontKey` is the font's key().
double timelineTextWidth(const QFontMetricsF &metrics, const QString &fontKey, const QString &text);
