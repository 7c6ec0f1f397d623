// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/checkrepair.h"

#include "cli/headlesscommand.h"
#include "cli/openportfolio.h"
#include "store/contentrepair.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <optional>

namespace {

QString cellOf(const ContentFinding &finding)
{
    return QStringLiteral("%1:%2:%3").arg(finding.table, QString::number(finding.id), finding.column);
}

// The value that `text` names for this finding: a listed one (empty text: the listed “nothing”), or
// any text where a value may be typed.
std::optional<QVariant> valueNamed(const RepairOptions &options, const QString &text)
{
    for (const RepairValue &value : options.values)
        if (value.value.toString() == text)
            return value.value;
    if (options.typed && !text.isEmpty())
        return QVariant(text);
    return std::nullopt;
}

QStringList listed(const RepairOptions &options)
{
    QStringList values;
    for (const RepairValue &value : options.values)
        values << (value.value.toString().isEmpty() ? QStringLiteral("\"\"") : value.value.toString());
    return values;
}

// --set TABLE:ID:COLUMN=VALUE, each naming a value the check found.
bool changesFromSets(const QList<RepairOptions> &all, const QStringList &sets, QList<RepairChange> *changes,
                     QTextStream &err)
{
    for (const QString &set : sets) {
        const qsizetype equals = set.indexOf(QLatin1Char('='));
        const QString cell = set.left(equals);
        const auto options = std::find_if(all.cbegin(), all.cend(),
                                          [&cell](const RepairOptions &o) { return cellOf(o.finding) == cell; });
        if (equals < 0 || options == all.cend()) {
            err << QCoreApplication::translate(
                       "Cli", "--set %1: name a value the check finds as TABLE:ID:COLUMN=VALUE (see `pactline check`).")
                       .arg(set)
                << "\n";
            return false;
        }
        const std::optional<QVariant> value = valueNamed(*options, set.mid(equals + 1));
        if (!value) {
            err << QCoreApplication::translate("Cli", "--set %1: not a value allowed there; allowed: %2.")
                       .arg(set, options->values.isEmpty() ? options->finding.allowed
                                                           : listed(*options).join(QStringLiteral(", ")))
                << "\n";
            return false;
        }
        *changes << ContentRepair::change(options->finding, *value);
    }
    return true;
}

// Asks for each finding on `in`; the end of the input leaves the rest as they are.
QList<RepairChange> changesAsked(const QList<RepairOptions> &all, QTextStream &in, QTextStream &out)
{
    QList<RepairChange> changes;
    for (const RepairOptions &options : all) {
        out << "\n" << options.finding.sentence() << "\n";
        for (int i = 0; i < options.values.size(); ++i)
            out << QStringLiteral("  %1) %2\n").arg(i + 1).arg(options.values.at(i).label);
        out << "  0) " << QCoreApplication::translate("Cli", "leave it as it is") << "\n";
        for (;;) {
            out << (options.typed
                        ? QCoreApplication::translate("Cli", "Number, =VALUE for another value, or Enter to leave it: ")
                        : QCoreApplication::translate("Cli", "Number, or Enter to leave it: "));
            out.flush();
            const QString line = in.readLine();
            if (line.isNull())
                return changes;
            const QString answer = line.trimmed();
            if (answer.isEmpty() || answer == QLatin1String("0"))
                break;
            bool isNumber = false;
            const int number = answer.toInt(&isNumber);
            std::optional<QVariant> value;
            if (isNumber && number >= 1 && number <= options.values.size())
                value = options.values.at(number - 1).value;
            else if (answer.startsWith(QLatin1Char('=')))
                value = valueNamed(options, answer.mid(1));
            else if (!isNumber)
                value = valueNamed(options, answer);
            if (value) {
                changes << ContentRepair::change(options.finding, *value);
                break;
            }
            out << QCoreApplication::translate("Cli", "Not one of the choices.") << "\n";
        }
    }
    return changes;
}

} // namespace

int runCheckRepair(const QString &path, const QStringList &sets, QTextStream &in, QTextStream &out, QTextStream &err)
{
    QList<RepairOptions> all;
    {
        const std::unique_ptr<Database> db = openPortfolio(path, Database::Mode::ReadOnly, err);
        if (!db)
            return ExitUsage;
        const Result<QList<ContentFinding>> findings = ContentCheck::run(db->connection());
        Result<QList<RepairOptions>> options =
            findings ? ContentRepair::options(db->connection(), *findings) : findings.error();
        if (!options)
            return failed(err, options.error().message);
        all = *options;
    }
    QList<RepairChange> changes;
    if (!sets.isEmpty()) {
        if (!changesFromSets(all, sets, &changes, err))
            return ExitUsage;
    } else {
        if (!all.isEmpty())
            out << QCoreApplication::translate("Cli", "%1: %n value(s) to repair.", nullptr, int(all.size())).arg(path)
                << "\n";
        changes = changesAsked(all, in, out);
        out << "\n";
    }
    const Result<ContentRepair::FileOutcome> outcome = ContentRepair::repairFile(path, changes);
    if (!outcome)
        return failed(err, outcome.error().message);
    for (const RepairChange &change : outcome->changed)
        out << "  " << change.sentence() << "\n";
    out << QCoreApplication::translate("Cli", "%1: %n value(s) repaired in one transaction.", nullptr,
                                       int(outcome->changed.size()))
               .arg(path)
        << "\n";
    if (outcome->migrated && !outcome->migrationBackup.isEmpty())
        out << QCoreApplication::translate(
                   "Cli", "Upgraded to the current schema version; the copy taken before the upgrade is %1.")
                   .arg(QDir::toNativeSeparators(outcome->migrationBackup))
            << "\n";
    if (outcome->remaining.isEmpty())
        return ExitOk;
    out << QCoreApplication::translate("Cli", "%n value(s) not repaired:", nullptr, int(outcome->remaining.size()))
        << "\n";
    for (const ContentFinding &finding : outcome->remaining)
        out << "  - " << finding.sentence() << "\n";
    return ExitDataProblems;
}
