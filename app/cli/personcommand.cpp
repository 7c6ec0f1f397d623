// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/personcommand.h"

#include "cli/commandparser.h"
#include "cli/openportfolio.h"
#include "exchange/personaldata.h"
#include "exchange/savefile.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/partnerrepository.h"
#include "store/personerasure.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace {

constexpr auto Synopsis = "person FILE (--find TEXT | --contact ID (--export OUT | --erase [--delete-copies]))";

int find(Database &db, const QString &text, QTextStream &out, QTextStream &err)
{
    ListQuery query;
    query.search = text;
    const Result<QList<Contact>> contacts = ContactRepository(db).list(query);
    if (!contacts)
        return failed(err, contacts.error().message);
    for (const Contact &contact : *contacts) {
        const Result<Partner> partner = PartnerRepository(db).get(contact.partnerId);
        out << contact.meta.id << "\t" << contact.name << "\t" << contact.email << "\t"
            << (partner ? partner->name : QString()) << "\n";
    }
    return ExitOk;
}

int exportTo(Database &db, qint64 id, const QString &target, QTextStream &out, QTextStream &err)
{
    const Result<QByteArray> json = PersonalData::exportJson(db, id);
    if (!json)
        return failed(err, json.error().message);
    if (QString reason; !SaveFile::write(target, *json, &reason))
        return failed(err, QCoreApplication::translate("Cli", "Could not write “%1”: %2").arg(target, reason));
    out << QCoreApplication::translate("Cli", "Wrote the personal data of contact %1 to %2.").arg(id).arg(target)
        << "\n";
    return ExitOk;
}

int erase(Database &db, qint64 id, bool deleteCopies, QTextStream &out, QTextStream &err)
{
    const Result<PersonErasure::Plan> plan = PersonErasure::plan(db, id);
    if (!plan)
        return failed(err, plan.error().message);
    if (const Result<void> erased = PersonErasure::erase(db, id, plan->contact.meta.version); !erased)
        return failed(err, erased.error().message);
    out << QCoreApplication::translate("Cli", "Erased %1 of %2 and their attendance at %n event(s).", nullptr,
                                       plan->eventCount)
               .arg(plan->contact.name, plan->partnerName)
        << "\n";
    for (const PersonErasure::Mention &mention : plan->mentions)
        out << QCoreApplication::translate("Cli", "Still named in the text of %1 %2 (“%3”), which was left as it is.")
                   .arg(mention.table)
                   .arg(mention.id)
                   .arg(mention.label)
            << "\n";
    const QStringList copies = PersonalData::copiesOf(db.path());
    for (const QString &copy : copies) {
        if (deleteCopies && QFile::remove(copy))
            out << QCoreApplication::translate("Cli", "Deleted the older copy %1.").arg(copy) << "\n";
        else
            out << QCoreApplication::translate("Cli", "Still held by the older copy %1.").arg(copy) << "\n";
    }
    return ExitOk;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser command(QLatin1String(Synopsis),
                          QCoreApplication::translate(
                              "Cli", "A person's rights of access and erasure: finds contacts, writes everything the "
                                     "portfolio holds about one as JSON, or erases them from the portfolio's bytes."));
    const QCommandLineOption findOption = command.option(
        {"find"}, QT_TRANSLATE_NOOP("Cli", "Lists the contacts matching TEXT: id, name, e-mail, organisation."),
        "TEXT");
    const QCommandLineOption contactOption =
        command.option({"contact"}, QT_TRANSLATE_NOOP("Cli", "The contact's id."), "ID");
    const QCommandLineOption exportOption =
        command.option({"export"}, QT_TRANSLATE_NOOP("Cli", "Writes their personal data to OUT (JSON)."), "OUT");
    const QCommandLineOption eraseOption =
        command.option({"erase"}, QT_TRANSLATE_NOOP("Cli", "Erases them; this cannot be undone."));
    const QCommandLineOption copiesOption = command.option(
        {"delete-copies"}, QT_TRANSLATE_NOOP("Cli", "Also deletes the older copies that still hold them (automatic "
                                                    "backups, copies taken before upgrades)."));
    QString path;
    int exitCode = ExitOk;
    if (!command.parseFile(arguments, QCoreApplication::translate("Cli", "The portfolio (.pactline)."), &path, out, err,
                           &exitCode))
        return exitCode;
    const QCommandLineParser &parser = command.parser();
    const bool finding = parser.isSet(findOption);
    const bool exporting = parser.isSet(exportOption);
    const bool erasing = parser.isSet(eraseOption);
    bool idOk = false;
    const qint64 id = parser.value(contactOption).toLongLong(&idOk);
    if (int(finding) + int(exporting) + int(erasing) != 1 || (finding == parser.isSet(contactOption)) ||
        (!finding && (!idOk || id <= 0)) || (parser.isSet(copiesOption) && !erasing))
        return command.usage(err);
    const std::unique_ptr<Database> db =
        openPortfolio(path, erasing ? Database::Mode::ReadWrite : Database::Mode::ReadOnly, err);
    if (!db)
        return ExitUsage;
    if (finding)
        return find(*db, parser.value(findOption), out, err);
    if (exporting)
        return exportTo(*db, id, parser.value(exportOption), out, err);
    return erase(*db, id, parser.isSet(copiesOption), out, err);
}

} // namespace

HeadlessCommand personCommand()
{
    return {QStringLiteral("person"), QLatin1String(Synopsis),
            QCoreApplication::translate("Cli", "Find, export or erase the personal data of one contact (GDPR)."), run};
}
