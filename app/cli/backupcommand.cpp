// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/backupcommand.h"

#include "cli/commandparser.h"
#include "cli/openportfolio.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

constexpr auto Synopsis = "backup FILE -o OUT";

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(QLatin1String(Synopsis),
                          QCoreApplication::translate(
                              "Cli", "Writes a consistent copy of a portfolio, also while Pactline has it open. Never "
                                     "overwrites OUT."));
    const QCommandLineOption output =
        command.option({"o", "output"}, QT_TRANSLATE_NOOP("Cli", "The copy to write."), "OUT");
    QString path;
    int exitCode = ExitOk;
    if (!command.parseFile(arguments, QCoreApplication::translate("Cli", "The portfolio to copy (.pactline)."), &path,
                           out, err, &exitCode))
        return exitCode;
    const QString target = command.parser().value(output);
    if (target.isEmpty())
        return command.usage(err);
    const std::unique_ptr<Database> db = openPortfolio(path, Database::Mode::ReadOnly, err);
    if (!db)
        return ExitUsage;
    if (auto written = db->backupTo(target); !written)
        return failed(err, written.error().message);
    out << QCoreApplication::translate("Cli", "Backed up %1 to %2.").arg(path, target) << "\n";
    return ExitOk;
}

} // namespace

HeadlessCommand backupCommand()
{
    return {QStringLiteral("backup"), QLatin1String(Synopsis),
            QCoreApplication::translate("Cli", "Write a consistent copy of a portfolio (never overwrites OUT)."), run};
}
