// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/historycommand.h"

#include "cli/commandparser.h"
#include "cli/openportfolio.h"
#include "exchange/csvwriter.h"
#include "models/historytext.h"
#include "store/database.h"
#include "store/historyrepository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

namespace {

// A YYYY-MM-DD day, or an invalid date with the message saying what to type.
QDate dayOf(const QString &option, const QString &text, QTextStream &err)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate day = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!day.isValid())
        err << QCoreApplication::translate("Cli", "--%1 takes a day as YYYY-MM-DD, e.g. 2026-03-31; “%2” is not one.")
                   .arg(option, text)
            << "\n";
    return day;
}

bool parseRecord(const QString &text, HistoryQuery &query, QTextStream &err)
{
    const QString kind = text.section(QLatin1Char(':'), 0, 0);
    bool number = false;
    const qint64 id = text.section(QLatin1Char(':'), 1).toLongLong(&number);
    query.recordTable = HistoryRepository::tableOfKind(kind);
    query.recordId = id;
    if (!query.recordTable.isEmpty() && number && id > 0 && text.count(QLatin1Char(':')) == 1)
        return true;
    err << QCoreApplication::translate("Cli", "--record takes KIND:ID, where KIND is one of %1 and ID a record's "
                                              "number, e.g. partner:12; “%2” is not one.")
               .arg(HistoryRepository::kinds().join(QStringLiteral(", ")), text)
        << "\n";
    return false;
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

void writeText(const QList<HistoryEntry> &entries, HistoryText &text, QTextStream &out)
{
    const auto shown = [](const QString &value) { return value.isEmpty() ? QStringLiteral("—") : value; };
    for (const HistoryEntry &entry : entries) {
        out << QCoreApplication::translate("Cli", "%1  %2  %3 #%4 “%5”  %6")
                   .arg(timeText(entry.changedAt),
                        entry.changedBy.isEmpty() ? QCoreApplication::translate("Cli", "(unknown)") : entry.changedBy,
                        HistoryText::kindLabel(entry.recordTable))
                   .arg(entry.recordId)
                   .arg(text.recordLabel(entry), HistoryText::actionLabel(entry.action))
            << "\n";
        for (const HistoryText::Field &field : text.fields(entry)) {
            if (entry.action == HistoryEntry::Action::Delete)
                out << QStringLiteral("    %1: %2").arg(field.label, shown(field.before)) << "\n";
            else
                out << QStringLiteral("    %1: %2 → %3").arg(field.label, shown(field.before), shown(field.after))
                    << "\n";
        }
    }
}

void writeCsv(const QList<HistoryEntry> &entries, HistoryText &text, QTextStream &out)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter csv(buffer);
        csv.writeRow({QStringLiteral("changed_at"), QStringLiteral("changed_by"), QStringLiteral("kind"),
                      QStringLiteral("record_id"), QStringLiteral("record"), QStringLiteral("action"),
                      QStringLiteral("field"), QStringLiteral("old"), QStringLiteral("new")});
        for (const HistoryEntry &entry : entries) {
            const QStringList head{entry.changedAt.toUTC().toString(Qt::ISODate),
                                   entry.changedBy,
                                   entry.recordTable,
                                   QString::number(entry.recordId),
                                   text.recordLabel(entry),
                                   HistoryEntry::codeOf(entry.action)};
            const QList<HistoryText::Field> fields = text.fields(entry);
            if (fields.isEmpty())
                csv.writeRow(head + QStringList{QString(), QString(), QString()});
            for (const HistoryText::Field &field : fields)
                csv.writeRow(head + QStringList{field.column, field.before, field.after});
        }
        csv.flush();
    }
    out << QString::fromUtf8(buffer.data());
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(
        QStringLiteral("history FILE [--record KIND:ID] [--from DATE] [--to DATE] [--csv]"),
        QCoreApplication::translate("Cli", "Prints the recorded changes of a portfolio's records, newest first: when "
                                           "(UTC), by whom, which record, and each field's old and new value. Reads "
                                           "the file only. Exit 0: printed, 2: bad arguments or not readable."));
    QCommandLineParser &parser = command.parser();
    const QCommandLineOption record = command.option(
        {"record"},
        QT_TRANSLATE_NOOP("Cli", "Only this record: partner, contact, agreement, milestone or event, and "
                                 "its number, e.g. agreement:7."),
        "KIND:ID");
    const QCommandLineOption from =
        command.option({"from"}, QT_TRANSLATE_NOOP("Cli", "Only changes on or after this day (UTC)."), "DATE");
    const QCommandLineOption to =
        command.option({"to"}, QT_TRANSLATE_NOOP("Cli", "Only changes on or before this day (UTC)."), "DATE");
    const QCommandLineOption csv =
        command.option({"csv"}, QT_TRANSLATE_NOOP("Cli", "CSV (RFC 4180, with a header): one row per "
                                                         "changed field."));
    QString path;
    int exitCode = ExitOk;
    if (!command.parseFile(arguments, QCoreApplication::translate("Cli", "The portfolio file."), &path, out, err,
                           &exitCode))
        return exitCode;

    HistoryQuery query;
    if (parser.isSet(record) && !parseRecord(parser.value(record), query, err))
        return ExitUsage;
    if (parser.isSet(from) && !(query.from = dayOf(QStringLiteral("from"), parser.value(from), err)).isValid())
        return ExitUsage;
    if (parser.isSet(to) && !(query.to = dayOf(QStringLiteral("to"), parser.value(to), err)).isValid())
        return ExitUsage;
    if (query.from.isValid() && query.to.isValid() && query.to < query.from) {
        err << QCoreApplication::translate("Cli", "--to (%1) is before --from (%2).")
                   .arg(parser.value(to), parser.value(from))
            << "\n";
        return ExitUsage;
    }

    const std::unique_ptr<Database> db = openPortfolio(path, Database::Mode::ReadOnly, err);
    if (!db)
        return ExitUsage;
    if (!db->hasHistory()) {
        out << QCoreApplication::translate("Cli", "%1 keeps no history: it has an older schema (version %2). Open "
                                                  "it once with this version of Pactline to start recording changes.")
                   .arg(path)
                   .arg(db->schemaVersion())
            << "\n";
        return ExitOk;
    }
    const Result<QList<HistoryEntry>> entries = HistoryRepository(*db).list(query);
    if (!entries)
        return failed(err, entries.error().message);
    HistoryText text(*db);
    if (parser.isSet(csv)) {
        writeCsv(*entries, text, out);
        return ExitOk;
    }
    if (entries->isEmpty())
        out << QCoreApplication::translate("Cli", "No changes recorded.") << "\n";
    writeText(*entries, text, out);
    return ExitOk;
}

} // namespace

HeadlessCommand historyCommand()
{
    return {QStringLiteral("history"),
            QStringLiteral("history FILE [--record KIND:ID] [--from DATE] [--to DATE] [--csv]"),
            QCoreApplication::translate("Cli", "Print the recorded changes of a portfolio's records, as text or CSV."),
            run};
}
