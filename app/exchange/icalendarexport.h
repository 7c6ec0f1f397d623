// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"

#include <QByteArray>
#include <QString>

class Database;

// The milestones and events of a portfolio as an iCalendar file (RFC 5545): one all-day VEVENT for
// each dated milestone and event, spanning its FuzzyDate interval (DTEND is the day after the last,
// as all-day events need). UIDs are stable, "milestone-42-20230912T120000Z@pactline" (the row's id
// and creation time), so calendars that import the file again update the events instead of doubling
// them; SEQUENCE and LAST-MODIFIED follow the row's version and update time. Text is escaped and
// lines are folded at 75 octets.
class ICalendarExport
{
public:
    static Result<QByteArray> write(Database &db);

    // A content line, folded: CRLF + space before every 75th octet (never inside a UTF-8 character).
    static QByteArray foldedLine(const QString &line);
    // TEXT values: backslash, semicolon, comma and line breaks escaped.
    static QString escaped(const QString &text);
};
