// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportlayout.h"
#include "store/storeerror.h"

class QPagedPaintDevice;
class QPainter;

// Paints a ReportDocument on a paged device, a QPdfWriter or (from the UI) a QPrinter: lays it
// out, then draws every page with its running header and its footer ("page n of m").
class ReportRenderer
{
public:
    // The device must not be painted on yet; its page layout should have no margins (the
    // report keeps its own). Returns the layout that was painted.
    static Result<ReportLayout> render(const ReportDocument &document, QPagedPaintDevice &device);

    // The link target of a heading inside the document, as drawn into the PDF's link annotations.
    static QString anchorHref(int anchor);

private:
    static void paintPage(QPainter &painter, const ReportDocument &document, const ReportLayout &layout, int page);
    static void paintText(QPainter &painter, const ReportLayout::Op &op);
    static void paintLeader(QPainter &painter, const ReportLayout &layout, const ReportLayout::Op &op);
};
