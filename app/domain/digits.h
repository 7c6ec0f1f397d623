// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The number written in ASCII digits at text[from, from + length), or -1 when one of them is not a
// digit; the caller checks the length. For the stored forms read on every row (date codes, timestamps).
inline int digitsAt(const QString &text, int from, int length)
{
    int value = 0;
    for (int i = from; i < from + length; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}
