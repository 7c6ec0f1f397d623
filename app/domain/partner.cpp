// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/partner.h"

#include "domain/countries.h"

#include <QCoreApplication>

QString Partner::problem() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Partner", "A partner needs a name, e.g. “Lund University”.");
    const QString code = country.trimmed();
    if (!code.isEmpty() && !Countries::isCode(code.toUpper()))
        return QCoreApplication::translate("Partner",
                                           "“%1” is not a country code: type the two-letter ISO code, e.g. NL or SE.")
            .arg(code);
    return {};
}

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
            .use(Everywhere | Unsorted, "website|web site|web|url|homepage|home page|webpage|site|webadres|webpagina|"
                                        "webbplats|hemsida|webbsida"),
        F::longText("notes", &Partner::notes)
            .json("notes")
            .named(QT_TRANSLATE_NOOP("Fields", "notes"), QT_TRANSLATE_NOOP("Fields", "Notes"), nullptr,
                   QT_TRANSLATE_NOOP("Fields", "N&otes"))
            .use(InCsv | InForm | Unsorted, NotesSynonyms),
        F::figure("agreements")
            .named(QT_TRANSLATE_NOOP("Fields", "agreements"), nullptr, QT_TRANSLATE_NOOP("Fields", "Agreements"),
                   nullptr)
            .use(InTable | Unsorted),
    };
    return list;
}
