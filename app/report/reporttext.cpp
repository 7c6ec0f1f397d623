// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reporttext.h"

#include <algorithm>

ReportText::ReportText(const QString &text, int emphasis)
{
    add(text, emphasis);
}

ReportText &ReportText::add(const QString &text, int emphasis)
{
    if (text.isEmpty())
        return *this;
    if (emphasis != Plain) {
        const int start = int(m_text.size());
        if (!m_spans.isEmpty() && m_spans.last().emphasis == emphasis &&
            m_spans.last().start + m_spans.last().length == start)
            m_spans.last().length += int(text.size());
        else
            m_spans.append({start, int(text.size()), emphasis});
    }
    m_text += text;
    return *this;
}

QList<ReportText::Span> ReportText::spansIn(int start, int length) const
{
    QList<Span> result;
    const int end = start + length;
    for (const Span &span : m_spans) {
        const int from = std::max(span.start, start);
        const int to = std::min(span.start + span.length, end);
        if (from < to)
            result.append({from - start, to - from, span.emphasis});
    }
    return result;
}
