// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fuzzydate.h"

#include <QDate>
#include <QString>

// What to draw and how big. All lengths, font sizes included, are in the painter's user units:
// pixels on screen; on paper scale the painter first (e.g. to 96 units per inch) so that the same
// sizes read the same.
struct TimelineOptions
{
    QDate today; // null: QDate::currentDate()
    QString fontFamily = QStringLiteral("DejaVu Sans");
    double fontSize = 12;     // pixel size of lane titles and labels; the axis and notes derive from it
    double headerWidth = 280; // the lane header column on the left (at most 30% of the width); 0: none
    double axisHeight = 42;   // the time axis on top (two rows of tick labels)
    double rowHeight = 30;    // every row: group headers and lanes
    bool showLegend = true;   // a legend strip under the lanes
    bool showGroupHeaders = true;
    bool stickyGroupHeader = true; // keep the current group's header at the top while scrolling
    bool showEvents = true;
    bool showToday = true;
    bool showSlips = true;
    bool showSpans = true;
    bool showLabels = true;
    bool fillBackground = true;

    // Highlights (screen): the selected and hovered milestone or agreement.
    qint64 selectedMilestone = 0;
    qint64 selectedAgreement = 0;
    qint64 hoveredMilestone = 0;
    // While a milestone is dragged: drawn at `previewDue` with its current place as a ghost.
    qint64 previewMilestone = 0;
    FuzzyDate previewDue;

    QDate effectiveToday() const { return today.isValid() ? today : QDate::currentDate(); }
};
