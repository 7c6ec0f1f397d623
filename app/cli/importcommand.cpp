// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/importcommand.h"

#include "cli/commandparser.h"
#include "cli/openportfolio.h"
#include "exchange/csvimport.h"
#include "exchange/mappingprofiles.h"
#include "exchange/portfoliojson.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace {

constexpr auto Synopsis = "import FILE (--partners CSV | --agreements CSV | --milestones CSV | --json JSON) "
                          "[--profile NAME] [--dry-run]";

// Prints at most this many issues; the rest are counted.
constexpr qsizetype MaxPrinted = 200;

bool readInput(const QString &path, QByteArray *bytes, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << QCoreApplication::translate("Cli", "Cannot read “%1”: %2").arg(path, file.errorString()) << "\n";
        return false;
    }
    *bytes = file.readAll();
    return true;
}

int importJson(const QString &portfolio, const QString &source, bool dryRun, QTextStream &out, QTextStream &err)
{
    QByteArray bytes;
    if (!readInput(source, &bytes, err))
        return ExitUsage;
    QJsonParseError syntax;
    QJsonDocument::fromJson(bytes, &syntax);
    if (syntax.error != QJsonParseError::NoError) {
        err << QCoreApplication::translate("Cli", "%1 is not JSON: %2 at byte %3.")
                   .arg(source, syntax.errorString())
                   .arg(syntax.offset)
            << "\n"
            << QCoreApplication::translate("Cli", "Nothing was imported.") << "\n";
        return ExitUsage;
    }
    const Result<PortfolioData> data = PortfolioJson::parse(bytes);
    if (!data) {
        err << source << ": " << data.error().message << "\n"
            << QCoreApplication::translate("Cli", "Nothing was imported.") << "\n";
        return data.error().kind == StoreError::Kind::NewerVersion ? ExitUsage : ExitDataProblems;
    }
    const QStringList problems = PortfolioJson::problems(*data);
    for (const QString &problem : problems)
        out << source << ": " << problem << "\n";
    if (!problems.isEmpty()) {
        err << QCoreApplication::translate("Cli", "%n problem(s); nothing was imported.", nullptr, int(problems.size()))
            << "\n";
        return ExitDataProblems;
    }
    const std::unique_ptr<Database> db =
        openPortfolio(portfolio, dryRun ? Database::Mode::ReadOnly : Database::Mode::ReadWrite, err);
    if (!db)
        return ExitUsage;
    const QString counts =
        QCoreApplication::translate("Cli", "%1 partners, %2 contacts, %3 events, %4 agreements, %5 milestones")
            .arg(data->partners.size())
            .arg(data->contacts.size())
            .arg(data->events.size())
            .arg(data->agreements.size())
            .arg(data->milestones.size());
    if (dryRun) {
        out << QCoreApplication::translate("Cli", "Dry run: %1 is valid and would add %2; nothing was written.")
                   .arg(source, counts)
            << "\n";
        return ExitOk;
    }
    if (auto done = PortfolioJson::importInto(*db, *data); !done) {
        err << source << ": " << done.error().message << "\n"
            << QCoreApplication::translate("Cli", "Nothing was imported.") << "\n";
        return ExitDataProblems;
    }
    out << QCoreApplication::translate("Cli", "Imported %1 from %2 into %3.").arg(counts, source, portfolio) << "\n";
    return ExitOk;
}

int importCsv(const QString &portfolio, const QString &source, ImportTarget target, const QCommandLineParser &parser,
              QTextStream &out, QTextStream &err)
{
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    std::optional<MappingProfile> profile;
    if (parser.isSet(QStringLiteral("profile"))) {
        const Result<MappingProfiles> profiles = MappingProfiles::load();
        if (!profiles)
            return failed(err, profiles.error().message);
        const QString name = parser.value(QStringLiteral("profile"));
        profile = profiles->find(name);
        if (!profile) {
            err << QCoreApplication::translate("Cli", "There is no import profile “%1”; profiles: %2.")
                       .arg(name, profiles->names().isEmpty() ? QCoreApplication::translate("Cli", "none yet")
                                                              : profiles->names().join(QStringLiteral(", ")))
                << "\n";
            return ExitUsage;
        }
        if (profile->target != target) {
            err << QCoreApplication::translate("Cli", "The profile “%1” is for %2, not %3.")
                       .arg(profile->name, ColumnMapping::targetCode(profile->target),
                            ColumnMapping::targetCode(target))
                << "\n";
            return ExitUsage;
        }
    }

    QByteArray bytes;
    if (!readInput(source, &bytes, err))
        return ExitUsage;
    CsvReader::Options options;
    if (profile) {
        options.encoding = profile->encoding;
        options.delimiter = profile->delimiter;
    }
    const CsvTable table = CsvReader::read(bytes, options);
    if (!table.ok()) {
        err << source << ": " << table.problem->message << "\n"
            << QCoreApplication::translate("Cli", "Nothing was imported.") << "\n";
        return ExitUsage;
    }
    const ColumnMapping mapping = profile ? profile->apply(table.header) : ColumnMapping::guess(target, table.header);

    const std::unique_ptr<Database> db =
        openPortfolio(portfolio, dryRun ? Database::Mode::ReadOnly : Database::Mode::ReadWrite, err);
    if (!db)
        return ExitUsage;
    Result<ImportContext> context = ImportContext::load(*db);
    if (!context)
        return failed(err, context.error().message);
    CsvImport import(table, mapping, std::move(*context));
    const bool skipUnknown = parser.value(QStringLiteral("unknown-partners")) == QLatin1String("skip");
    for (qsizetype i = 0; i < import.partnerChoices().size(); ++i)
        if (skipUnknown && import.partnerChoices().at(i).action == PartnerChoice::Action::Create)
            import.setPartnerChoice(i, PartnerChoice::Action::Skip);
    import.validate();

    QStringList columns;
    for (qsizetype i = 0; i < table.header.size(); ++i) {
        const QString key = mapping.fieldAt(i);
        columns << QStringLiteral("%1 → %2").arg(table.header.at(i),
                                                 key.isEmpty() ? QCoreApplication::translate("Cli", "(not imported)")
                                                               : ColumnMapping::field(target, key)->label);
    }
    out << QCoreApplication::translate("Cli", "%1: %2, %3-separated, %4 rows; columns: %5")
               .arg(source, CsvTable::encodingName(table.encoding), CsvTable::delimiterName(table.delimiter),
                    QLocale().toString(table.rows.size()), columns.join(QStringLiteral(", ")))
        << "\n";
    for (const PartnerChoice &choice : import.partnerChoices()) {
        if (choice.action == PartnerChoice::Action::Create && target == ImportTarget::Agreements)
            out << QCoreApplication::translate("Cli", "partner “%1”: not in the portfolio; a new partner is added.")
                       .arg(choice.name)
                << "\n";
        else if (choice.action == PartnerChoice::Action::Skip)
            out << QCoreApplication::translate("Cli", "partner “%1”: left out.").arg(choice.name) << "\n";
        else if (choice.action == PartnerChoice::Action::Link && choice.partnerId > 0 &&
                 target == ImportTarget::Agreements)
            out << QCoreApplication::translate("Cli", "partner “%1”: linked to partner #%2.")
                       .arg(choice.name)
                       .arg(choice.partnerId)
                << "\n";
    }
    qsizetype printed = 0;
    for (const ImportIssue &issue : import.issues()) {
        if (printed++ == MaxPrinted)
            break;
        out << issue.toString() << "\n";
    }
    const qsizetype total = import.errorCount() + import.warningCount();
    if (total > MaxPrinted)
        out << QCoreApplication::translate("Cli", "… and %1 more.").arg(QLocale().toString(total - MaxPrinted)) << "\n";

    if (import.hasErrors()) {
        err << QCoreApplication::translate("Cli", "%n problem(s) in %1; nothing was imported.", nullptr,
                                           int(import.errorCount()))
                   .arg(source)
            << "\n";
        return ExitDataProblems;
    }
    if (dryRun) {
        out << QCoreApplication::translate("Cli", "Dry run: %1 Nothing was written.").arg(import.summary()) << "\n";
        return ExitOk;
    }
    ImportPlan plan = import.plan();
    if (auto done = CsvImport::write(*db, plan); !done) {
        err << done.error().message << "\n" << QCoreApplication::translate("Cli", "Nothing was imported.") << "\n";
        return ExitDataProblems;
    }
    out << QCoreApplication::translate("Cli", "Imported into %1: %2").arg(portfolio, import.summary()) << "\n";
    return ExitOk;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(QLatin1String(Synopsis),
                          QCoreApplication::translate(
                              "Cli",
                              "Imports partners, agreements or milestones from a CSV file, or a whole portfolio from "
                              "JSON. Every row is checked first; then all rows are imported in one transaction, or "
                              "none. Exit 0: imported, 1: invalid rows (nothing imported), 2: unreadable input."));
    const QCommandLineOption partners =
        command.option({"partners"}, QT_TRANSLATE_NOOP("Cli", "Import partners from CSV."), "CSV");
    const QCommandLineOption agreements = command.option(
        {"agreements"}, QT_TRANSLATE_NOOP("Cli", "Import agreements with their parties from CSV."), "CSV");
    const QCommandLineOption milestones =
        command.option({"milestones"},
                       QT_TRANSLATE_NOOP("Cli", "Import milestones from CSV; agreements they name that are not in the "
                                                "portfolio are added."),
                       "CSV");
    const QCommandLineOption json =
        command.option({"json"}, QT_TRANSLATE_NOOP("Cli", "Import a whole portfolio (Pactline JSON)."), "JSON");
    const QCommandLineOption profile =
        command.option({"profile"}, QT_TRANSLATE_NOOP("Cli", "Map the columns with a saved import profile."), "NAME");
    const QCommandLineOption dryRun =
        command.option({"dry-run"}, QT_TRANSLATE_NOOP("Cli", "Check and report only; write nothing."));
    const QCommandLineOption unknownPartners =
        command.option({"unknown-partners"},
                       QT_TRANSLATE_NOOP("Cli", "Parties that are not in the portfolio: create (default) or skip."),
                       "create|skip", "create");
    QString portfolio;
    int exitCode = ExitOk;
    if (!command.parseFile(arguments, QCoreApplication::translate("Cli", "The portfolio to import into (.pactline)."),
                           &portfolio, out, err, &exitCode))
        return exitCode;
    const QCommandLineParser &parser = command.parser();

    int sources = 0;
    for (const QCommandLineOption *option : {&partners, &agreements, &milestones, &json})
        sources += parser.isSet(*option) ? 1 : 0;
    const QString unknown = parser.value(unknownPartners);
    if (sources != 1 || (unknown != QLatin1String("create") && unknown != QLatin1String("skip")) ||
        (parser.isSet(json) && parser.isSet(profile)))
        return command.usage(
            err,
            QCoreApplication::translate(
                "Cli", "Give exactly one of --partners, --agreements, --milestones or --json (--profile is for CSV)."));
    if (parser.isSet(json))
        return importJson(portfolio, parser.value(json), parser.isSet(dryRun), out, err);
    if (parser.isSet(partners))
        return importCsv(portfolio, parser.value(partners), ImportTarget::Partners, parser, out, err);
    if (parser.isSet(agreements))
        return importCsv(portfolio, parser.value(agreements), ImportTarget::Agreements, parser, out, err);
    return importCsv(portfolio, parser.value(milestones), ImportTarget::Milestones, parser, out, err);
}

} // namespace

HeadlessCommand importCommand()
{
    return {QStringLiteral("import"), QLatin1String(Synopsis),
            QCoreApplication::translate(
                "Cli", "Import partners, agreements or milestones from CSV, or a portfolio from JSON: all rows or "
                       "none (exit 1: invalid rows, 2: unreadable input)."),
            run};
}
