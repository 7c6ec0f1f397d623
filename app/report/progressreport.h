// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdocument.h"
#include "report/reportoptions.h"
#include "store/storeerror.h"

class Database;
class ProgressDigest;
class ReportData;
class ReportFormat;

// The progress report between two dates: key figures, then per agreement short sentences on what
// was signed, achieved, added, slipped or changed, what was overdue at the end of the period and
// what is due next (see ProgressDigest for what counts).
class ProgressReport
{
public:
    // Invalid when from is after to, or when no agreement matches.
    static Result<ReportDocument> build(Database &db, const ReportOptions &options);

    // The sentences of one agreement's news, as drawn in the report.
    static QList<ReportText> sentences(const ProgressDigest &digest, int agreementIndex, const ReportData &data,
                                       const ReportFormat &format);
};
