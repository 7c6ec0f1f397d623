// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <map>

// Free horizontal intervals of one lane: occupied spans, kept sorted and merged.
class TimelineOccupancy
{
public:
    void add(double left, double right)
    {
        m_spans[left] = std::max(right, m_spans.count(left) ? m_spans[left] : right);
    }
    // The free room to the right of x (up to `limit`) and to the left of x (down to `limit`).
    double freeRightOf(double x, double limit) const
    {
        double end = limit;
        for (const auto &[left, right] : m_spans) {
            if (right <= x)
                continue;
            if (left <= x)
                return x; // x itself is covered
            end = std::min(end, left);
            break;
        }
        return end;
    }
    double freeLeftOf(double x, double limit) const
    {
        double start = limit;
        for (const auto &[left, right] : m_spans) {
            if (left >= x)
                break;
            if (right >= x)
                return x;
            start = std::max(start, right);
        }
        return start;
    }

private:
    std::map<double, double> m_spans;
};
