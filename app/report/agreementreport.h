// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdocument.h"
#include "report/reportoptions.h"
#include "store/storeerror.h"

class Database;

// The agreement summary: one agreement's section on as few pages as it needs, under a title
// block, with its own timeline strip.
class AgreementReport
{
public:
    // NotFound when options.agreementId names no agreement.
    static Result<ReportDocument> build(Database &db, const ReportOptions &options);
};
