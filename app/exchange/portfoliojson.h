#pragma once

#include "portfoliodata.h"
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
    // Adds everything to the portfolio in one transaction: all of it or, on any error, nothing.
    // Into an empty portfolio the file's ids are kept; otherwise new ids are given.
    static Result<void> importInto(Database &db, const PortfolioData &data);
};
