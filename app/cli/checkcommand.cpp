// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/checkcommand.h"

#include "cli/checkrepair.h"
#include "cli/commandparser.h"
#include "store/portfoliocheck.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(QStringLiteral("check FILE [--repair [--set TABLE:ID:COLUMN=VALUE]...]"),
                          QCoreApplication::translate(
                              "Cli",
                              "Checks a portfolio read-only: SQLite's integrity check, Pactline's schema check and "
                              "its content check (unknown codes, malformed dates, unknown countries, broken "
                              "references, duplicates). Exit 0: healthy, 1: problems found, 2: not readable.\n"
                              "With --repair it repairs the values the content check finds, in one transaction, "
                              "changing only the values chosen: for each it lists the allowed values, numbered, and "
                              "reads the choice from the standard input (Enter leaves the value as it is); with --set "
                              "it asks nothing and sets exactly the values named. An older file that these values kept "
                              "from being upgraded is upgraded once none is left. Exit 0: nothing left to repair, 1: "
                              "values left as they were, 2: not readable or a choice not allowed (nothing changed)."));
    const QCommandLineOption repair =
        command.option({"repair"}, QT_TRANSLATE_NOOP("Cli", "Repair the bad values (asks for each)."));
    const QCommandLineOption set = command.option(
        {"set"},
        QT_TRANSLATE_NOOP("Cli", "With --repair: set this bad value, e.g. agreement:7:status=negotiating "
                                 "(an empty VALUE sets nothing); repeat for more. Asks nothing."),
        "TABLE:ID:COLUMN=VALUE");
    QString path;
    int exitCode = ExitOk;
    if (!command.parseFile(arguments, QCoreApplication::translate("Cli", "The portfolio file to check."), &path, out,
                           err, &exitCode))
        return exitCode;
    if (command.parser().isSet(set) && !command.parser().isSet(repair))
        return failed(err, QCoreApplication::translate("Cli", "--set is for --repair."));
    if (command.parser().isSet(repair)) {
        QTextStream in(stdin);
        return runCheckRepair(path, command.parser().values(set), in, out, err);
    }

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
    return {QStringLiteral("check"), QStringLiteral("check FILE [--repair [--set TABLE:ID:COLUMN=VALUE]...]"),
            QCoreApplication::translate(
                "Cli", "Check a portfolio's integrity, schema and content, read-only (exit 0 ok, 1 problems, 2 "
                       "unreadable); --repair repairs the bad values, asking for each or as --set says."),
            run};
}
