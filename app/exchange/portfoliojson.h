// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/portfoliodata.h"
#include "store/storeerror.h"

#include <QByteArray>

class Database;

// The documented, versioned JSON format of a whole portfolio (docs/portfolio-json.md):
// {"format": "pactline-portfolio", "formatVersion": 1, "partners": [...], "events": [...],
//  "agreements": [...]} with contacts inside partners and milestones (with their history)
// inside agreements.
class PortfolioJson
{
public:
    static constexpr int FormatVersion = 1;

    // Parses and validates; the error names the place in the file ("agreements[2].kind: ...").
    static Result<PortfolioData> parse(const QByteArray &json);
    // What would stop importInto() that the file alone shows: rows the repositories refuse, ids used
    // twice, references to rows the file does not contain, predecessors in a circle. One sentence each,
    // naming the place ("agreements[2].parties[0].partner: ...").
    static QStringList problems(const PortfolioData &data);
    // Adds everything to the portfolio in one transaction: all of it or, on any error, nothing.
    // Into an empty portfolio the file's ids are kept; otherwise new ids are given.
    static Result<void> importInto(Database &db, const PortfolioData &data);

    // The whole portfolio as stored: ids, times and versions included, everything ordered by id.
    static Result<PortfolioData> load(Database &db);
    // The JSON text of a portfolio: keys in a fixed order, two-space indentation, UTF-8, empty values
    // left out. The same data always gives the same bytes, so export -> import into a new file ->
    // export gives an identical file.
    static QByteArray write(const PortfolioData &data);
};
