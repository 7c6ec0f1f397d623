// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"

#include <QColor>
#include <QString>

// The timeline's colours, shared by the painter, its legend and the widgets around it.
class TimelineStyle
{
public:
    static QColor statusColor(MilestoneStatus status);
    static QColor overdueColor();
    static QColor ghostColor();
    static QColor eventColor();
    static QColor todayColor();
    static QColor spanColor();
    static QColor selectionColor();
    static QColor textColor();
    static QColor mutedTextColor();
    static QColor gridColor();
    static QColor groupHeaderColor();
    static QColor laneStripeColor();
    static QColor backgroundColor();
};
