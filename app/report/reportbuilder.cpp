// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportbuilder.h"

#include "report/agreementreport.h"
#include "report/portfolioreport.h"
#include "report/progressreport.h"

Result<ReportDocument> ReportBuilder::build(Database &db, const ReportOptions &options)
{
    switch (options.kind) {
    case ReportOptions::Kind::Portfolio:
        return PortfolioReport::build(db, options);
    case ReportOptions::Kind::Agreement:
        return AgreementReport::build(db, options);
    case ReportOptions::Kind::Progress:
        return ProgressReport::build(db, options);
    }
    return PortfolioReport::build(db, options);
}
