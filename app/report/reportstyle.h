// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPageSize>
#include <QSizeF>

// The typography and colours every report shares. Sizes are in points (1/72 inch).
class ReportStyle
{
public:
    enum class Role
    {
        Body,
        Small,
        Table,
        TableHeader,
        Heading1,
        Heading2,
        Heading3,
        CoverKicker,
        CoverTitle,
        MastheadTitle,
        CoverSubtitle,
        CoverFact,
        KeyFigure,
        KeyFigureLabel,
        RunningHeader,
        Footer,
        Caption,
        Toc1,
        Toc2,
    };

    // The font of a role, with its point size (resolve it against the paint device to measure).
    static QFont font(Role role);
    // Baseline-to-baseline distance of a role's lines, in points.
    static double lineHeight(Role role);
    // The colour a role's text is drawn in.
    static QColor color(Role role);

    static QColor inkColor() { return QColor(0x1d, 0x27, 0x33); }
    static QColor mutedColor() { return QColor(0x5f, 0x6b, 0x79); }
    static QColor accentColor() { return QColor(0x1f, 0x3a, 0x5f); }
    static QColor accentSoftColor() { return QColor(0x3d, 0x6f, 0x9e); }
    static QColor alertColor() { return QColor(0xb0, 0x3a, 0x2e); }
    static QColor ruleColor() { return QColor(0xc9, 0xd1, 0xdb); }
    static QColor hairlineColor() { return QColor(0xe1, 0xe6, 0xec); }
    static QColor headerFillColor() { return QColor(0xe9, 0xee, 0xf4); }
    static QColor bandColor() { return QColor(0xf5, 0xf7, 0xfa); }
    static QColor figureFillColor() { return QColor(0xf3, 0xf6, 0xf9); }

    // Page geometry in points: margins of the text area, and where header and footer sit.
    static constexpr double marginTop = 68;
    static constexpr double marginBottom = 62;
    static constexpr double marginLeft = 62;
    static constexpr double marginRight = 62;
    static constexpr double headerBaseline = 38; // from the top edge
    static constexpr double footerBaseline = 34; // from the bottom edge

    // The text area of a page, in points.
    static QSizeF textArea(const QPageSize &pageSize);

    // Spacing in points.
    static constexpr double paragraphSpacing = 6;
    static constexpr double blockSpacing = 12;
    static constexpr double cellPaddingX = 4.5;
    static constexpr double cellPaddingY = 3.2;
    static constexpr double bulletIndent = 12;
};
