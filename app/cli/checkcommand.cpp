// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/checkcommand.h"

#include "cli/commandparser.h"
#include "store/portfoliocheck.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(QStringLiteral("check FILE"),
                          QCoreApplication::translate(
                              "Cli",
                              "Checks a portfolio read-only: SQLite's integrity check, Pactline's schema check and "
                              "its content check (unknown codes, malformed dates, unknown countries, broken "
                              "references, duplicates). Exit 0: healthy, 1: problems found, 2: not readable."));
    command.parser().addPositionalArgument(QStringLiteral("FILE"),
                                           QCoreApplication::translate("Cli", "The portfolio file to check."));
    int exitCode = ExitOk;
    if (!command.parse(arguments, out, err, &exitCode) || !command.expectPositional(1, err, &exitCode))
        return exitCode;
    const QString path = command.parser().positionalArguments().constFirst();

    const PortfolioCheck check = PortfolioCheck::run(path);
    switch (check.outcome) {
    case PortfolioCheck::Outcome::Healthy:
        out << QCoreApplication::translate("Cli", "%1: ok (schema version %2; integrity, schema and content checked).")
                   .arg(path)
                   .arg(check.schemaVersion)
            << "\n";
        return ExitOk;
    case PortfolioCheck::Outcome::Problems:
        out << QCoreApplication::translate("Cli", "%1: %n problem(s) found:", nullptr, int(check.findings.size()))
                   .arg(path)
            << "\n";
        for (const QString &finding : check.findings)
            out << "  - " << finding << "\n";
        return ExitDataProblems;
    case PortfolioCheck::Outcome::Unreadable:
        break;
    }
    for (const QString &finding : check.findings)
        err << finding << "\n";
    return ExitUsage;
}

} // namespace

HeadlessCommand checkCommand()
{
    return {QStringLiteral("check"), QStringLiteral("check FILE"),
            QCoreApplication::translate(
                "Cli", "Check a portfolio's integrity, schema and content, read-only (exit 0 ok, 1 problems, 2 "
                       "unreadable)."),
            run};
}
