// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/newcommand.h"

#include "cli/commandparser.h"
#include "exchange/sampleportfolio.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace {

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(QStringLiteral("new FILE [--sample]"),
                          QCoreApplication::translate("Cli", "Creates a new portfolio file."));
    const QCommandLineOption sample =
        command.option({"sample"}, QT_TRANSLATE_NOOP("Cli", "Fill it with the sample portfolio."));
    QString path;
    int exitCode = ExitOk;
    if (!command.parseFile(arguments, QCoreApplication::translate("Cli", "The portfolio file to create (.pactline)."),
                           &path, out, err, &exitCode))
        return exitCode;

    auto db = Database::create(path);
    if (!db)
        return failed(err, db.error().message);
    if (command.parser().isSet(sample)) {
        if (auto loaded = SamplePortfolio::loadInto(**db); !loaded) {
            db->reset();
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
            err << QCoreApplication::translate("Cli", "Could not fill the sample in: %1").arg(loaded.error().message)
                << "\n";
            return ExitDataProblems;
        }
    }
    out << QCoreApplication::translate("Cli", "Created %1").arg(path)
        << (command.parser().isSet(sample) ? QCoreApplication::translate("Cli", " with the sample portfolio")
                                           : QString())
        << ".\n";
    return ExitOk;
}

} // namespace

HeadlessCommand newCommand()
{
    return {QStringLiteral("new"), QStringLiteral("new FILE [--sample]"),
            QCoreApplication::translate("Cli", "Create a portfolio, empty or with the sample in it; never overwrites."),
            run};
}
