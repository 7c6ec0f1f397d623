// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdocument.h"
#include "report/reportoptions.h"
#include "store/storeerror.h"

class Database;

// Builds the report the options ask for: the portfolio report, an agreement summary or a
// progress report.
class ReportBuilder
{
public:
    static Result<ReportDocument> build(Database &db, const ReportOptions &options);
};
