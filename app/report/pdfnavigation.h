// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// What Qt 6.4's PDF engine cannot write, added as an incremental update (new objects, a new
// cross-reference section and trailer appended after Qt's own, so Qt's bytes stay untouched):
// - links inside the document: Qt writes text anchors only as URI links; those pointing at
//   "#pactline-heading-N" become jumps to heading N;
// - the outline (bookmarks) of the headings, shown when the file is opened;
// - the author and subject in the document information (QPdfWriter has title and creator only).
class PdfNavigation
{
public:
    struct Heading
    {
        QString title;
        int level = 1;  // 1 or 2 nest in the outline
        int page = 0;   // 0-based
        double top = 0; // points from the top edge of the page
        bool inOutline = true;
    };

    struct Info
    {
        QString title;
        QString author;
        QString subject;
        QString creator;
        QString producer;
        QDateTime created;
    };

    static QString linkPrefix() { return QStringLiteral("#pactline-heading-"); }

    // The PDF with the update appended; `pdf` itself when it does not have the plain structure Qt
    // writes (one cross-reference table, a flat page tree), so a report is never lost to this step.
    static QByteArray addNavigation(const QByteArray &pdf, const QList<Heading> &headings, const Info &info);
};
