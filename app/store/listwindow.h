// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// Which rows of a sorted, filtered list to fetch: a window counted from the start or from the end
// of the list, or the rows right after or right before a known row (keyset paging, which stays
// fast however deep into a long list the window is). Rows always come back in list order.
struct ListWindow
{
    enum class From
    {
        Start,  // skip `offset` rows from the start
        End,    // the window ends `offset` rows before the end (read backwards, so the tail is as fast as the head)
        After,  // the rows that follow the row `anchorId`
        Before, // the rows that precede the row `anchorId`
    };

    From from = From::Start;
    qint64 anchorId = 0;
    int offset = 0;
    int limit = 128;

    static ListWindow start(int offset, int limit) { return {From::Start, 0, offset, limit}; }
    static ListWindow end(int offset, int limit) { return {From::End, 0, offset, limit}; }
    static ListWindow after(qint64 anchorId, int limit) { return {From::After, anchorId, 0, limit}; }
    static ListWindow before(qint64 anchorId, int limit) { return {From::Before, anchorId, 0, limit}; }
};
