// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// A run of report text with inline emphasis: the words of a paragraph or a table cell, some of
// them bold, italic or muted. Plain text is the common case and costs nothing extra.
class ReportText
{
public:
    enum Emphasis
    {
        Plain = 0,
        Bold = 1,
        Italic = 2,
        Muted = 4,
        Accent = 8,
        Alert = 16, // overdue, missed: drawn in the alert colour
    };

    struct Span
    {
        int start = 0;
        int length = 0;
        int emphasis = Plain;
    };

    ReportText() = default;
    explicit ReportText(const QString &text, int emphasis = Plain);

    // Appends text with the given emphasis.
    ReportText &add(const QString &text, int emphasis = Plain);

    const QString &text() const { return m_text; }
    // Emphasised stretches only (plain text has none), in order, not overlapping.
    const QList<Span> &spans() const { return m_spans; }
    bool isEmpty() const { return m_text.isEmpty(); }
    bool isPlain() const { return m_spans.isEmpty(); }

    // The spans that fall into [start, start + length), shifted to start at 0.
    QList<Span> spansIn(int start, int length) const;

private:
    QString m_text;
    QList<Span> m_spans;
};
