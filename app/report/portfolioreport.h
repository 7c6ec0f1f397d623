// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdocument.h"
#include "report/reportoptions.h"
#include "store/storeerror.h"

class Database;

// The portfolio report: a cover (portfolio, date, the filter used), the contents, a summary table
// of the agreements, the timeline figure, a section per agreement and an appendix of the partners
// by country with their contacts.
class PortfolioReport
{
public:
    // Invalid when no agreement matches (an empty portfolio has nothing to report).
    static Result<ReportDocument> build(Database &db, const ReportOptions &options);
};
