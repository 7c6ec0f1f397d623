// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/copycommand.h"

#include "cli/commandparser.h"
#include "store/portfoliocopy.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

constexpr auto Synopsis = "copy SOURCE DEST";

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(QLatin1String(Synopsis),
                          QCoreApplication::translate(
                              "Cli", "Copies a whole portfolio into a new one: every record with its id, times and "
                                     "version, the history and the trash. The copy is written whole or not at all; "
                                     "DEST must not exist."));
    command.parser().addPositionalArgument(QStringLiteral("SOURCE"),
                                           QCoreApplication::translate("Cli", "The portfolio to copy (.pactline)."));
    command.parser().addPositionalArgument(QStringLiteral("DEST"),
                                           QCoreApplication::translate("Cli", "The new portfolio to write."));
    int exitCode = ExitOk;
    if (!command.parse(arguments, out, err, &exitCode) || !command.expectPositional(2, err, &exitCode))
        return exitCode;
    const QString source = command.parser().positionalArguments().at(0);
    const QString destination = command.parser().positionalArguments().at(1);
    const Result<PortfolioCopy::Outcome> copied = PortfolioCopy::copy(source, destination);
    if (!copied)
        return failed(err, copied.error().message);
    out << QCoreApplication::translate("Cli", "Copied %1 to %2.").arg(source, destination) << "\n";
    return ExitOk;
}

} // namespace

HeadlessCommand copyCommand()
{
    return {QStringLiteral("copy"), QLatin1String(Synopsis),
            QCoreApplication::translate("Cli", "Copy a whole portfolio, history and trash included, into a new one "
                                               "(never overwrites DEST)."),
            run};
}
