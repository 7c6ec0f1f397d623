// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/recordfields.h"

#include "domain/agreement.h"
#include "domain/contact.h"
#include "domain/event.h"
#include "domain/milestone.h"
#include "domain/partner.h"

#include <QCoreApplication>

#include <algorithm>

const QList<EntityField<Partner>> &Partner::fields()
{
    using F = EntityField<Partner>;
    static const QList<F> list{
        F::line("name", &Partner::name)
            .json("name")
            .named(QT_TRANSLATE_NOOP("Fields", "name"), QT_TRANSLATE_NOOP("Fields", "Name"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Name"))
            .use(Everywhere | Required,
                 "name|partner|partner name|organisation|organization|organisation name|organization name|institution|"
                 "naam|partnernaam|organisatie|instelling|namn|partnernamn|organisationsnamn"),
        F::line("short_name", &Partner::shortName)
            .json("shortName")
            .named(QT_TRANSLATE_NOOP("Fields", "short name"), QT_TRANSLATE_NOOP("Fields", "Short name"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "S&hort name"))
            .use(Everywhere, "short name|shortname|short|abbreviation|acronym|korte naam|kortenaam|kort naam|afkorting|"
                             "acroniem|kortnamn|forkortning|akronym"),
        F::choiceOf<PartnerKind, &Partner::kind>("kind", QT_TRANSLATE_NOOP("Fields", "kind of partner"))
            .json("kind")
            .named(QT_TRANSLATE_NOOP("Fields", "kind"), QT_TRANSLATE_NOOP("Fields", "Kind"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Kind"))
            .use(Everywhere, "kind|type|category|partner type|organisation type|organization type|soort|categorie|"
                             "type organisatie|soort organisatie|typ|kategori|sort|organisationstyp"),
        F::country("country", &Partner::country)
            .json("country")
            .named(QT_TRANSLATE_NOOP("Fields", "country"), QT_TRANSLATE_NOOP("Fields", "Country"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Country"))
            .use(Everywhere, "country|country code|nation|land|landcode|landskod"),
        F::line("city", &Partner::city)
            .json("city")
            .named(QT_TRANSLATE_NOOP("Fields", "city"), QT_TRANSLATE_NOOP("Fields", "City"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "C&ity"))
            .use(Everywhere, "city|town|stad|plaats|woonplaats|ort"),
        F::line("website", &Partner::website)
            .json("website")
            .named(QT_TRANSLATE_NOOP("Fields", "website"), QT_TRANSLATE_NOOP("Fields", "Website"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Website"))
            .use(Everywhere | Hidden, "website|web site|web|url|homepage|home page|webpage|site|webadres|webpagina|"
                                      "webbplats|hemsida|webbsida"),
        F::longText("notes", &Partner::notes)
            .json("notes")
            .named(QT_TRANSLATE_NOOP("Fields", "notes"), QT_TRANSLATE_NOOP("Fields", "Notes"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "N&otes"))
            .use(InCsv | InForm | Unsorted, NotesSynonyms),
        F::figure("agreements")
            .named(QT_TRANSLATE_NOOP("Fields", "agreements"), nullptr, QT_TRANSLATE_NOOP("Fields", "Agreements"),
                   nullptr)
            .use(InTable)
            .sortedBy("agreement_count", false),
    };
    return list;
}

const QList<EntityField<Contact>> &Contact::fields()
{
    using F = EntityField<Contact>;
    static const QList<F> list{
        F::reference("partner_id", &Contact::partnerId, "partner")
            .named(QT_TRANSLATE_NOOP("Fields", "partner"), nullptr, nullptr, nullptr)
            .use(Required | Unsorted),
        F::line("name", &Contact::name)
            .json("name")
            .named(QT_TRANSLATE_NOOP("Fields", "name"), nullptr, nullptr, nullptr)
            .use(Required),
        F::line("role", &Contact::role)
            .json("role")
            .named(QT_TRANSLATE_NOOP("Fields", "role"), nullptr, nullptr, nullptr),
        F::line("email", &Contact::email)
            .json("email")
            .named(QT_TRANSLATE_NOOP("Fields", "e-mail"), nullptr, nullptr, nullptr)
            .use(PlainSort),
        F::line("phone", &Contact::phone)
            .json("phone")
            .named(QT_TRANSLATE_NOOP("Fields", "phone"), nullptr, nullptr, nullptr)
            .use(Unsorted),
        F::longText("notes", &Contact::notes)
            .json("notes")
            .named(QT_TRANSLATE_NOOP("Fields", "notes"), nullptr, nullptr, nullptr)
            .use(Unsorted),
    };
    return list;
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
            .use(Everywhere | Hidden,
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
            },
            [](Agreement &to, const Agreement &from) { to.parties = from.parties; })
            .named(QT_TRANSLATE_NOOP("Fields", "parties"), QT_TRANSLATE_NOOP("Fields", "Parties"), nullptr, nullptr)
            .use(InCsv | InTable,
                 "parties|partners|party|signatories|partijen|partij|ondertekenaars|parter|part|undertecknare")
            .sortedBy("parties_key", true),
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
            .use(Everywhere,
                 "themes|theme|topics|topic|tags|thema|themas|thema s|onderwerpen|onderwerp|teman|tema|amnen|amne")
            .sortedBy("themes_key", true),
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
            .use(InTable)
            .sortedBy("milestone_count", false),
        F::figure("overdue")
            .named(QT_TRANSLATE_NOOP("Fields", "overdue milestones"), nullptr, QT_TRANSLATE_NOOP("Fields", "Overdue"),
                   nullptr)
            .use(InTable | Unsorted),
    };
    return list;
}

const QList<EntityField<Milestone>> &Milestone::fields()
{
    using F = EntityField<Milestone>;
    static const QList<F> list{
        F::line("title", &Milestone::title)
            .json("title")
            .named(QT_TRANSLATE_NOOP("Fields", "title"), QT_TRANSLATE_NOOP("Fields", "Title"),
                   QT_TRANSLATE_NOOP("Fields", "Milestone"), QT_TRANSLATE_NOOP("Fields", "&Title"))
            .use(Everywhere | Required,
                 "title|milestone|milestone title|name|titel|mijlpaal|naam|milstolpe|delmal|namn"),
        F::reference("agreement_id", &Milestone::agreementId, "agreement")
            .named(QT_TRANSLATE_NOOP("Fields", "agreement"), QT_TRANSLATE_NOOP("Fields", "Agreement"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "Agreement"))
            .use(Everywhere | Required,
                 "agreement|agreement title|overeenkomst|titel overeenkomst|afspraak|avtal|overenskommelse"),
        F::day("due", &Milestone::due, FirstDay | LastDay)
            .json("due")
            .named(QT_TRANSLATE_NOOP("Fields", "due date"), QT_TRANSLATE_NOOP("Fields", "Due"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Due"))
            .use(Everywhere, "due|due date|due on|deadline|target date|date|planned|datum|streefdatum|gepland|"
                             "vervaldatum|uiterste datum|planerat|forfallodatum|klart senast"),
        F::choiceOf<MilestoneStatus, &Milestone::status>("status", QT_TRANSLATE_NOOP("Fields", "status"))
            .json("status")
            .named(QT_TRANSLATE_NOOP("Fields", "status"), QT_TRANSLATE_NOOP("Fields", "Status"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Status"))
            .use(Everywhere, "status|state|stand|staat|fase|tillstand|lage"),
        F::day("achieved_on", &Milestone::achievedOn, FirstDay)
            .json("achievedOn")
            .named(QT_TRANSLATE_NOOP("Fields", "achieved date"), QT_TRANSLATE_NOOP("Fields", "Achieved on"),
                   QT_TRANSLATE_NOOP("Fields", "Achieved"), QT_TRANSLATE_NOOP("Fields", "A&chieved"))
            .use(Everywhere,
                 "achieved|achieved on|date achieved|completed|completed on|done|bereikt|bereikt op|behaald|"
                 "gerealiseerd|afgerond|uppnatt|uppnadd|klar|klart|genomfort|avklarat"),
        F::line("location", &Milestone::location)
            .json("location")
            .named(QT_TRANSLATE_NOOP("Fields", "location"), QT_TRANSLATE_NOOP("Fields", "Location"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Location"))
            .use(Everywhere, "location|place|where|venue|locatie|plaats|plek|plats|ort|lokal"),
        F::longText("notes", &Milestone::notes)
            .json("notes")
            .named(QT_TRANSLATE_NOOP("Fields", "notes"), QT_TRANSLATE_NOOP("Fields", "Notes"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Notes"))
            .use(InCsv | InForm | Unsorted, NotesSynonyms, "description|omschrijving|beschrijving|beskrivning"),
    };
    return list;
}

const QList<EntityField<Event>> &Event::fields()
{
    using F = EntityField<Event>;
    static const QList<F> list{
        F::line("title", &Event::title)
            .json("title")
            .named(QT_TRANSLATE_NOOP("Fields", "title"), QT_TRANSLATE_NOOP("Fields", "Title"),
                   QT_TRANSLATE_NOOP("Fields", "Event"), QT_TRANSLATE_NOOP("Fields", "&Title"))
            .use(Everywhere | Required),
        F::day("date", &Event::date, FirstDay | LastDay)
            .json("date")
            .named(QT_TRANSLATE_NOOP("Fields", "date"), QT_TRANSLATE_NOOP("Fields", "Date"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Date"))
            .use(Everywhere),
        F::line("place", &Event::place)
            .json("place")
            .named(QT_TRANSLATE_NOOP("Fields", "place"), QT_TRANSLATE_NOOP("Fields", "Place"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Place"))
            .use(Everywhere),
        F::longText("notes", &Event::notes)
            .json("notes")
            .named(QT_TRANSLATE_NOOP("Fields", "notes"), QT_TRANSLATE_NOOP("Fields", "Notes"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "&Notes"))
            .use(InCsv | InForm | Unsorted),
        F::references("partners", &Event::partnerIds, "partner")
            .json("partners")
            .named(QT_TRANSLATE_NOOP("Fields", "participating partners"), QT_TRANSLATE_NOOP("Fields", "Partners"),
                   nullptr, nullptr)
            .use(InCsv | Unsorted),
        F::references("contacts", &Event::contactIds, "contact")
            .json("contacts")
            .named(QT_TRANSLATE_NOOP("Fields", "participating people"), nullptr, nullptr, nullptr)
            .use(Unsorted),
        F::figure("participants")
            .named(QT_TRANSLATE_NOOP("Fields", "participants"), nullptr, QT_TRANSLATE_NOOP("Fields", "Participants"),
                   nullptr)
            .use(InTable)
            .sortedBy("participants_key", true),
    };
    return list;
}

namespace {

template<typename T>
void addFields(QList<RecordField> &fields, const char *table)
{
    for (const EntityField<T> &field : T::fields())
        if (field.kind != FieldKind::Figure)
            fields.append({table, field.column, field.label, field.refers});
}

} // namespace

namespace RecordFields {

const QList<RecordField> &all()
{
    static const QList<RecordField> fields = [] {
        QList<RecordField> list;
        addFields<Partner>(list, "partner");
        addFields<Contact>(list, "contact");
        addFields<Agreement>(list, "agreement");
        addFields<Milestone>(list, "milestone");
        addFields<Event>(list, "event");
        return list;
    }();
    return fields;
}

const RecordField *find(const QString &table, const QString &column)
{
    for (const RecordField &field : all())
        if (table == QLatin1String(field.table) && column == QLatin1String(field.column))
            return &field;
    return nullptr;
}

QString label(const QString &table, const QString &column)
{
    const RecordField *field = find(table, column);
    return field ? QCoreApplication::translate("Fields", field->label) : column;
}

} // namespace RecordFields
