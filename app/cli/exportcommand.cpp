#include "cli/exportcommand.h"

#include "cli/commandparser.h"
#include "exchange/icalendarexport.h"
#include "exchange/portfoliojson.h"
#include "exchange/tableexport.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

constexpr auto Synopsis = "export FILE --format csv|json|ics [--table partners|agreements|milestones|events] -o OUT";

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(QLatin1String(Synopsis),
                          tr("Exports a table as CSV (--table), the whole portfolio as JSON, or its milestones and "
                             "events as iCalendar (.ics). Reads the portfolio without changing it."));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv, json or ics."), QStringLiteral("FORMAT"));
    const QCommandLineOption table(QStringLiteral("table"), tr("For CSV: partners, agreements, milestones or events."),
                                   QStringLiteral("TABLE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write."),
                                    QStringLiteral("OUT"));
    command.parser().addOptions({format, table, output});
    command.parser().addPositionalArgument(QStringLiteral("FILE"), tr("The portfolio to export (.pactline)."));
    int exitCode = ExitOk;
    if (!command.parse(arguments, out, err, &exitCode) || !command.expectPositional(1, err, &exitCode))
        return exitCode;
    const QCommandLineParser &parser = command.parser();
    const QString path = parser.positionalArguments().constFirst();
    const QString kind = parser.value(format);
    const std::optional<TableExport::Table> chosenTable = TableExport::tableFromCode(parser.value(table));
    const bool csv = kind == QLatin1String("csv");
    const bool known = csv || kind == QLatin1String("json") || kind == QLatin1String("ics");
    if (!known || parser.value(output).isEmpty() || (csv && !chosenTable) || (!csv && parser.isSet(table))) {
        err << tr("Usage: pactline ") << QLatin1String(Synopsis) << "\n"
            << tr("CSV needs --table; JSON and ics export the whole portfolio.") << "\n";
        return ExitUsage;
    }

    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db) {
        err << db.error().message << "\n";
        return ExitUsage;
    }
    const QString target = parser.value(output);
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        err << tr("Cannot write “%1”: %2").arg(target, file.errorString()) << "\n";
        return ExitUsage;
    }
    QString what;
    if (csv) {
        const Result<qsizetype> rows = TableExport::writeCsv(**db, *chosenTable, file);
        if (!rows) {
            file.cancelWriting();
            err << rows.error().message << "\n";
            return ExitDataProblems;
        }
        what = QCoreApplication::translate("Cli", "%n row(s) of %1", nullptr, int(*rows))
                   .arg(TableExport::tableCode(*chosenTable));
    } else if (kind == QLatin1String("json")) {
        const Result<PortfolioData> data = PortfolioJson::load(**db);
        if (!data) {
            file.cancelWriting();
            err << data.error().message << "\n";
            return ExitDataProblems;
        }
        file.write(PortfolioJson::write(*data));
        what = tr("the portfolio as JSON");
    } else {
        const Result<QByteArray> calendar = ICalendarExport::write(**db);
        if (!calendar) {
            file.cancelWriting();
            err << calendar.error().message << "\n";
            return ExitDataProblems;
        }
        file.write(*calendar);
        what = tr("the milestones and events as iCalendar");
    }
    if (!file.commit()) {
        err << tr("Could not write “%1”: %2").arg(target, file.errorString()) << "\n";
        return ExitUsage;
    }
    out << tr("Exported %1 to %2.").arg(what, target) << "\n";
    return ExitOk;
}

} // namespace

HeadlessCommand exportCommand()
{
    HeadlessCommand command;
    command.name = QStringLiteral("export");
    command.synopsis = QLatin1String(Synopsis);
    command.summary = tr("Export a table as CSV, the portfolio as JSON, or milestones and events as iCalendar.");
    command.run = run;
    return command;
}
