// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/exportcommand.h"

#include "cli/commandparser.h"
#include "cli/openportfolio.h"
#include "exchange/icalendarexport.h"
#include "exchange/portfoliojson.h"
#include "exchange/savefile.h"
#include "exchange/tableexport.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

namespace {

constexpr auto Synopsis = "export FILE --format csv|json|ics [--table partners|agreements|milestones|events] -o OUT";

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(QLatin1String(Synopsis),
                          QCoreApplication::translate(
                              "Cli",
                              "Exports a table as CSV (--table), the whole portfolio as JSON, or its milestones and "
                              "events as iCalendar (.ics). Reads the portfolio without changing it."));
    const QCommandLineOption format =
        command.option({"format"}, QT_TRANSLATE_NOOP("Cli", "csv, json or ics."), "FORMAT");
    const QCommandLineOption table = command.option(
        {"table"}, QT_TRANSLATE_NOOP("Cli", "For CSV: partners, agreements, milestones or events."), "TABLE");
    const QCommandLineOption output =
        command.option({"o", "output"}, QT_TRANSLATE_NOOP("Cli", "The file to write."), "OUT");
    QString path;
    int exitCode = ExitOk;
    if (!command.parseFile(arguments, QCoreApplication::translate("Cli", "The portfolio to export (.pactline)."), &path,
                           out, err, &exitCode))
        return exitCode;
    const QCommandLineParser &parser = command.parser();
    const QString kind = parser.value(format);
    const std::optional<TableExport::Table> chosenTable = TableExport::tableFromCode(parser.value(table));
    const bool csv = kind == QLatin1String("csv");
    const bool known = csv || kind == QLatin1String("json") || kind == QLatin1String("ics");
    if (!known || parser.value(output).isEmpty() || (csv && !chosenTable) || (!csv && parser.isSet(table)))
        return command.usage(
            err, QCoreApplication::translate("Cli", "CSV needs --table; JSON and ics export the whole portfolio."));

    const std::unique_ptr<Database> db = openPortfolio(path, Database::Mode::ReadOnly, err);
    if (!db)
        return ExitUsage;
    const QString target = parser.value(output);
    QSaveFile file(target);
    if (!SaveFile::open(file))
        return failed(err, QCoreApplication::translate("Cli", "Cannot write “%1”: %2").arg(target, file.errorString()));
    const auto unreadable = [&](const StoreError &error) {
        file.cancelWriting();
        err << error.message << "\n";
        return ExitDataProblems;
    };
    QString what;
    QByteArray bytes; // what JSON and iCalendar write in one go (CSV writes as it reads)
    if (csv) {
        const Result<qsizetype> rows = TableExport::writeCsv(*db, *chosenTable, file);
        if (!rows)
            return unreadable(rows.error());
        what = QCoreApplication::translate("Cli", "%n row(s) of %1", nullptr, int(*rows))
                   .arg(TableExport::tableCode(*chosenTable));
    } else if (kind == QLatin1String("json")) {
        const Result<PortfolioData> data = PortfolioJson::load(*db);
        if (!data)
            return unreadable(data.error());
        bytes = PortfolioJson::write(*data);
        what = QCoreApplication::translate("Cli", "the portfolio as JSON");
    } else {
        const Result<QByteArray> calendar = ICalendarExport::write(*db);
        if (!calendar)
            return unreadable(calendar.error());
        bytes = *calendar;
        what = QCoreApplication::translate("Cli", "the milestones and events as iCalendar");
    }
    if (QString reason; !SaveFile::finish(file, bytes, &reason))
        return failed(err, QCoreApplication::translate("Cli", "Could not write “%1”: %2").arg(target, reason));
    out << QCoreApplication::translate("Cli", "Exported %1 to %2.").arg(what, target) << "\n";
    return ExitOk;
}

} // namespace

HeadlessCommand exportCommand()
{
    return {QStringLiteral("export"), QLatin1String(Synopsis),
            QCoreApplication::translate(
                "Cli", "Export a table as CSV, the portfolio as JSON, or milestones and events as iCalendar."),
            run};
}
