// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdocument.h"
#include "store/storeerror.h"

#include <QByteArray>
#include <QPageSize>

// Writes a ReportDocument as a PDF with Qt's PDF engine: real text with embedded fonts, the
// title, author, subject and creator in the document information and XMP metadata, and a
// clickable contents and outline (added by PdfNavigation).
class PdfReportWriter
{
public:
    struct Pdf
    {
        QByteArray bytes;
        int pageCount = 0;
    };
    static Result<Pdf> toPdf(const ReportDocument &document, const QPageSize &pageSize);
    // Writes the PDF to `path` atomically: the file appears, or is replaced, only once the whole
    // report is written; on any failure nothing is left behind and an existing file is untouched.
    // Returns the number of pages.
    static Result<int> write(const ReportDocument &document, const QPageSize &pageSize, const QString &path);
    // Whether `path` can take a PDF: not empty, not a folder, inside an existing folder.
    static Result<void> checkOutputPath(const QString &path);
};
