// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdocument.h"
#include "store/listquery.h"
#include "store/storeerror.h"
#include "timeline/timelineoptions.h"

#include <QDate>
#include <QSizeF>

class Database;

// The reports' timeline figures, drawn by the shared TimelinePainter straight into the report's
// painter (vector output). The painter works in its own units, 96 to the inch on paper.
class ReportTimeline
{
public:
    static constexpr double UnitsPerPoint = 96.0 / 72.0;

    // Sizes that read well on paper.
    static TimelineOptions paperOptions(QDate today);

    // The timeline of the agreements matching `filter`, one lane each, over as many figures as the
    // pages need (each with its axis and legend). `area` is the text area of a page in points.
    static Result<void> addPortfolio(ReportDocument &document, Database &db, const ListQuery &filter, QDate today,
                                     const QSizeF &area, const QString &caption);
    // One agreement's strip over [from, to].
    static Result<void> addAgreementStrip(ReportDocument &document, Database &db, qint64 agreementId, QDate from,
                                          QDate to, QDate today, const QSizeF &area, const QString &caption);
};
