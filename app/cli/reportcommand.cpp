// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/reportcommand.h"

#include "cli/commandparser.h"
#include "cli/openportfolio.h"
#include "domain/uilanguage.h"
#include "report/pdfreportwriter.h"
#include "report/reportbuilder.h"
#include "report/reportoptions.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTextStream>

namespace {

constexpr auto Synopsis = "report FILE -o OUT.pdf [--kind portfolio|agreement|progress] [--agreement ID] "
                          "[--from DATE --to DATE] [--paper a4|letter] [--author NAME]";

int usage(QTextStream &err, const QString &message)
{
    err << message << "\n" << QCoreApplication::translate("Cli", "Usage: pactline ") << QLatin1String(Synopsis) << "\n";
    return ExitUsage;
}

// Reads --from or --to as any FuzzyDate text: the first or the last day of its period.
bool readDate(const QString &text, bool first, QDate *day, QString *error)
{
    const FuzzyDate date = FuzzyDate::parse(text, error);
    if (date.isNull())
        return false;
    *day = first ? date.first() : date.last();
    return true;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(
        QLatin1String(Synopsis),
        QCoreApplication::translate(
            "Cli",
            "Writes a PDF report of a portfolio: the whole portfolio (default), one agreement (--agreement ID), or the "
            "progress between two dates (--kind progress; default period: the last twelve months). Dates take any "
            "form Pactline reads (“2023-09-12”, “September 2023”, “Q3 2024”, “2022”): --from starts on the first day "
            "of its period, --to ends on the last. The file appears only once the whole report is written.\n"
            "Exit 0: written; 1: nothing to report (no agreements) or the portfolio could not be read through; 2: "
            "usage error, unreadable portfolio, unknown agreement or unwritable output."));
    const QCommandLineOption output =
        command.option({"o", "output"}, QT_TRANSLATE_NOOP("Cli", "The PDF file to write."), "OUT.pdf");
    const QCommandLineOption kind =
        command.option({"kind"}, QT_TRANSLATE_NOOP("Cli", "portfolio, agreement or progress."), "KIND");
    const QCommandLineOption agreement =
        command.option({"agreement"}, QT_TRANSLATE_NOOP("Cli", "The agreement's id (for --kind agreement)."), "ID");
    const QCommandLineOption from =
        command.option({"from"}, QT_TRANSLATE_NOOP("Cli", "Start of the progress report's period."), "DATE");
    const QCommandLineOption to =
        command.option({"to"}, QT_TRANSLATE_NOOP("Cli", "End of the progress report's period."), "DATE");
    const QCommandLineOption paper =
        command.option({"paper"}, QT_TRANSLATE_NOOP("Cli", "a4 (default) or letter."), "PAPER");
    const QCommandLineOption author =
        command.option({"author"}, QT_TRANSLATE_NOOP("Cli", "The PDF's author (default: your user name)."), "NAME");
    QString path;
    int exitCode = ExitOk;
    if (!command.parseFile(arguments, QCoreApplication::translate("Cli", "The portfolio file (.pactline)."), &path, out,
                           err, &exitCode))
        return exitCode;
    const QCommandLineParser &parser = command.parser();

    ReportOptions options;
    options.language = UiLanguage::current();
    options.author = parser.value(author).trimmed();
    if (!parser.isSet(output))
        return usage(err, QCoreApplication::translate("Cli", "Give the PDF file to write with -o OUT.pdf."));
    const QString outputPath = parser.value(output);

    if (parser.isSet(kind)) {
        const auto parsed = ReportOptions::kindFromCode(parser.value(kind));
        if (!parsed)
            return usage(err, QCoreApplication::translate(
                                  "Cli", "Unknown report kind “%1”: use portfolio, agreement or progress.")
                                  .arg(parser.value(kind)));
        options.kind = *parsed;
    } else if (parser.isSet(agreement)) {
        options.kind = ReportOptions::Kind::Agreement;
    }
    if (parser.isSet(agreement)) {
        bool ok = false;
        options.agreementId = parser.value(agreement).toLongLong(&ok);
        if (!ok || options.agreementId <= 0)
            return usage(
                err, QCoreApplication::translate("Cli", "“%1” is not an agreement id: give the number of an agreement.")
                         .arg(parser.value(agreement)));
        if (options.kind != ReportOptions::Kind::Agreement)
            return usage(err, QCoreApplication::translate("Cli", "--agreement goes with --kind agreement."));
    } else if (options.kind == ReportOptions::Kind::Agreement) {
        return usage(
            err, QCoreApplication::translate("Cli", "An agreement summary needs the agreement's id: --agreement ID."));
    }
    if (parser.isSet(from) || parser.isSet(to)) {
        if (options.kind != ReportOptions::Kind::Progress)
            return usage(err, QCoreApplication::translate("Cli", "--from and --to go with --kind progress."));
        QString error;
        if (parser.isSet(from) && !readDate(parser.value(from), true, &options.from, &error))
            return usage(err, QCoreApplication::translate("Cli", "--from: %1").arg(error));
        if (parser.isSet(to) && !readDate(parser.value(to), false, &options.to, &error))
            return usage(err, QCoreApplication::translate("Cli", "--to: %1").arg(error));
        if (!options.to.isValid())
            options.to = options.effectiveToday();
        if (!options.from.isValid())
            options.from = ReportOptions::defaultPeriod(options.to).first;
        if (options.from > options.to)
            return usage(
                err, QCoreApplication::translate("Cli", "The period runs backwards: --from (%1) is after --to (%2).")
                         .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate)));
    }
    if (parser.isSet(paper)) {
        const QString value = parser.value(paper).trimmed().toLower();
        if (value == QLatin1String("a4"))
            options.pageSize = QPageSize(QPageSize::A4);
        else if (value == QLatin1String("letter"))
            options.pageSize = QPageSize(QPageSize::Letter);
        else
            return usage(
                err,
                QCoreApplication::translate("Cli", "Unknown paper “%1”: use a4 or letter.").arg(parser.value(paper)));
    }
    if (auto writable = PdfReportWriter::checkOutputPath(outputPath); !writable)
        return failed(err, writable.error().message);

    const std::unique_ptr<Database> db = openPortfolio(path, Database::Mode::ReadOnly, err);
    if (!db)
        return ExitUsage;
    auto document = ReportBuilder::build(*db, options);
    if (!document) {
        err << document.error().message << "\n";
        return document.error().kind == StoreError::Kind::NotFound ? ExitUsage : ExitDataProblems;
    }
    auto written = PdfReportWriter::write(*document, options.pageSize, outputPath);
    if (!written)
        return failed(err, written.error().message);
    out << QCoreApplication::translate("Cli", "Wrote the %1 (%2 pages) to %3.")
               .arg(ReportOptions::kindName(options.kind).toLower())
               .arg(*written)
               .arg(QDir::toNativeSeparators(outputPath))
        << "\n";
    return ExitOk;
}

} // namespace

HeadlessCommand reportCommand()
{
    return {QStringLiteral("report"), QLatin1String(Synopsis),
            QCoreApplication::translate(
                "Cli", "Write a PDF report: the portfolio, one agreement, or the progress between two dates."),
            run, true};
}
