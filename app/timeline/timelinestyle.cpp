// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinestyle.h"

QColor TimelineStyle::statusColor(MilestoneStatus status)
{
    switch (status) {
    case MilestoneStatus::Planned:
        return QColor(0x4a, 0x7b, 0xc4);
    case MilestoneStatus::OnTrack:
        return QColor(0x1f, 0x5f, 0xb8);
    case MilestoneStatus::AtRisk:
        return QColor(0xe0, 0x95, 0x12);
    case MilestoneStatus::Achieved:
        return QColor(0x2e, 0x9a, 0x55);
    case MilestoneStatus::Missed:
        return QColor(0x8c, 0x2f, 0x4b);
    case MilestoneStatus::Cancelled:
        return QColor(0x9a, 0xa1, 0xab);
    }
    return QColor(0x4a, 0x7b, 0xc4);
}

QColor TimelineStyle::overdueColor()
{
    return QColor(0xd6, 0x28, 0x39);
}

QColor TimelineStyle::ghostColor()
{
    return QColor(0x7a, 0x86, 0x96);
}

QColor TimelineStyle::eventColor()
{
    return QColor(0x7b, 0x4f, 0xb0);
}

QColor TimelineStyle::todayColor()
{
    return QColor(0xe4, 0x57, 0x2e);
}

QColor TimelineStyle::spanColor()
{
    return QColor(0x8c, 0xa0, 0xb8);
}

QColor TimelineStyle::selectionColor()
{
    return QColor(0x15, 0x62, 0xd6);
}

QColor TimelineStyle::textColor()
{
    return QColor(0x1f, 0x29, 0x33);
}

QColor TimelineStyle::mutedTextColor()
{
    return QColor(0x66, 0x72, 0x80);
}

QColor TimelineStyle::gridColor()
{
    return QColor(0xe3, 0xe7, 0xec);
}

QColor TimelineStyle::groupHeaderColor()
{
    return QColor(0xe9, 0xee, 0xf4);
}

QColor TimelineStyle::laneStripeColor()
{
    return QColor(0xf7, 0xf9, 0xfb);
}

QColor TimelineStyle::backgroundColor()
{
    return QColor(0xff, 0xff, 0xff);
}
