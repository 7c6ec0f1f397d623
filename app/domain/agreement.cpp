// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/agreement.h"

#include <QCoreApplication>

#include <algorithm>

QString Agreement::problem() const
{
    if (title.trimmed().isEmpty())
        return QCoreApplication::translate("Agreement",
                                           "An agreement needs a title, e.g. “Declaration of intent on ATMP”.");
    if (startsOn.isValid() && endsOn.isValid() && endsOn.last() < startsOn.first())
        return QCoreApplication::translate("Agreement", "The end (%1) is before the start (%2); type an end on or "
                                                        "after the start.")
            .arg(endsOn.toString(), startsOn.toString());
    QList<qint64> seen;
    for (const AgreementParty &party : parties) {
        if (party.partnerId <= 0)
            return QCoreApplication::translate("Agreement", "Every party must be a partner; choose one from the list.");
        if (seen.contains(party.partnerId))
            return QCoreApplication::translate("Agreement", "A partner is listed twice among the parties.");
        seen << party.partnerId;
    }
    if (predecessorId > 0 && predecessorId == meta.id)
        return QCoreApplication::translate("Agreement", "An agreement cannot be its own predecessor.");
    return {};
}

const QList<EntityField<Agreement>> &Agreement::fields()
{
    using F = EntityField<Agreement>;
    static const QList<F> list{
        F::line("title", &Agreement::title)
            .json("title")
            .named(QT_TRANSLATE_NOOP("Fields", "title"), QT_TRANSLATE_NOOP("Fields", "Title"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Title"))
            .use(Everywhere | Required,
                 "title|agreement|agreement title|name|titel|overeenkomst|naam|titel overeenkomst|"
                 "avtal|namn|avtalets titel|rubrik"),
        F::choiceOf<AgreementKind, &Agreement::kind>("kind", QT_TRANSLATE_NOOP("Fields", "kind of agreement"))
            .json("kind")
            .named(QT_TRANSLATE_NOOP("Fields", "kind"), QT_TRANSLATE_NOOP("Fields", "Kind"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Kind"))
            .use(Everywhere,
                 "kind|type|agreement type|kind of agreement|soort|type overeenkomst|soort overeenkomst|typ|"
                 "avtalstyp|sort"),
        F::choiceOf<AgreementStatus, &Agreement::status>("status", QT_TRANSLATE_NOOP("Fields", "status"))
            .json("status")
            .named(QT_TRANSLATE_NOOP("Fields", "status"), QT_TRANSLATE_NOOP("Fields", "Status"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Status"))
            .use(Everywhere, "status|state|stage|fase|stand|staat|lage|tillstand|fas"),
        F::day("signed_on", &Agreement::signedOn, FirstDay)
            .json("signedOn")
            .named(QT_TRANSLATE_NOOP("Fields", "signing date"), QT_TRANSLATE_NOOP("Fields", "Signed on"),
                   QT_TRANSLATE_NOOP("Fields", "Signed"), QT_TRANSLATE_NOOP("Fields", "Si&gned"))
            .use(Everywhere, "signed|signed on|signing date|date signed|date of signing|signature date|getekend|"
                             "ondertekend|ondertekend op|datum ondertekening|ondertekening|tekendatum|undertecknad|"
                             "undertecknat|undertecknat den|signerad|signerat|datum undertecknat|undertecknande"),
        F::day("starts_on", &Agreement::startsOn, FirstDay)
            .json("startsOn")
            .named(QT_TRANSLATE_NOOP("Fields", "start"), QT_TRANSLATE_NOOP("Fields", "Starts on"),
                   QT_TRANSLATE_NOOP("Fields", "Starts"), QT_TRANSLATE_NOOP("Fields", "Sta&rts"))
            .use(Everywhere,
                 "start|starts|starts on|start date|begin|begins|begindatum|startdatum|ingangsdatum|aanvang|"
                 "ingang|begin datum|start datum|borjar|fran"),
        F::day("ends_on", &Agreement::endsOn, LastDay)
            .json("endsOn")
            .named(QT_TRANSLATE_NOOP("Fields", "end"), QT_TRANSLATE_NOOP("Fields", "Ends on"),
                   QT_TRANSLATE_NOOP("Fields", "Ends"), QT_TRANSLATE_NOOP("Fields", "&Ends"))
            .use(Everywhere, "end|ends|ends on|end date|expiry|expires|expiry date|einde|einddatum|eind datum|afloop|"
                             "looptijd tot|slut|slutdatum|upphor|till"),
        F::relation(
            "parties", "partner",
            [](const Agreement &a) {
                QList<qint64> ids;
                for (const AgreementParty &party : a.parties)
                    ids << party.partnerId;
                return ids;
            },
            [](const Agreement &a, const Agreement &b) {
                return std::equal(a.parties.cbegin(), a.parties.cend(), b.parties.cbegin(), b.parties.cend(),
                                  [](const AgreementParty &x, const AgreementParty &y) {
                                      return x.partnerId == y.partnerId && x.role == y.role && x.signedOn == y.signedOn;
                                  });
            })
            .named(QT_TRANSLATE_NOOP("Fields", "parties"), QT_TRANSLATE_NOOP("Fields", "Parties"), nullptr, nullptr)
            .use(InCsv | InTable | Unsorted,
                 "parties|partners|party|signatories|partijen|partij|ondertekenaars|parter|part|undertecknare"),
        F::reference("signing_event_id", &Agreement::signingEventId, "event")
            .json("signingEvent")
            .named(QT_TRANSLATE_NOOP("Fields", "signing event"), nullptr, nullptr,
                   QT_TRANSLATE_NOOP("Fields", "Signed &at"))
            .use(InForm | Unsorted),
        F::reference("predecessor_id", &Agreement::predecessorId, "agreement")
            .json("predecessor")
            .named(QT_TRANSLATE_NOOP("Fields", "predecessor"), QT_TRANSLATE_NOOP("Fields", "Predecessor"), nullptr,
                   nullptr)
            .use(InCsv | Unsorted, "predecessor|previous agreement|preceded by|follows|voorganger|vorige overeenkomst|"
                                   "foregangare|foregaende avtal"),
        F::textList("themes", &Agreement::themes)
            .json("themes")
            .named(QT_TRANSLATE_NOOP("Fields", "themes"), QT_TRANSLATE_NOOP("Fields", "Themes"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "T&hemes"))
            .use(Everywhere | Unsorted,
                 "themes|theme|topics|topic|tags|thema|themas|thema s|onderwerpen|onderwerp|teman|tema|amnen|amne"),
        F::longText("summary", &Agreement::summary)
            .json("summary")
            .named(QT_TRANSLATE_NOOP("Fields", "summary"), QT_TRANSLATE_NOOP("Fields", "Summary"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "Su&mmary"))
            .use(InCsv | InForm | Unsorted, "summary|description|abstract|samenvatting|beschrijving|omschrijving|"
                                            "sammanfattning|beskrivning|sammandrag"),
        F::longText("notes", &Agreement::notes)
            .json("notes")
            .named(QT_TRANSLATE_NOOP("Fields", "notes"), QT_TRANSLATE_NOOP("Fields", "Notes"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Notes"))
            .use(InCsv | InForm | Unsorted, NotesSynonyms),
        F::figure("milestones")
            .named(QT_TRANSLATE_NOOP("Fields", "milestones"), nullptr, QT_TRANSLATE_NOOP("Fields", "Milestones"),
                   nullptr)
            .use(InTable | Unsorted),
        F::figure("overdue")
            .named(QT_TRANSLATE_NOOP("Fields", "overdue milestones"), nullptr, QT_TRANSLATE_NOOP("Fields", "Overdue"),
                   nullptr)
            .use(InTable | Unsorted),
    };
    return list;
}
