// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/columnmapping.h"

#include "domain/codetable.h"
#include "domain/textkey.h"

#include <QCoreApplication>
#include <QHash>

namespace {

constexpr CodeTable<ImportTarget, 3> Targets{{
    {ImportTarget::Partners, "partners", QT_TRANSLATE_NOOP("ImportField", "Partners")},
    {ImportTarget::Agreements, "agreements", QT_TRANSLATE_NOOP("ImportField", "Agreements")},
    {ImportTarget::Milestones, "milestones", QT_TRANSLATE_NOOP("ImportField", "Milestones")},
}};

struct FieldSpec
{
    const char *key;
    const char *label; // translated in context "ImportField"
    bool required;
    // Header names in English, Dutch and Swedish, as TextKey::words() writes them.
    QStringList synonyms;
};

QStringList split(const char *names)
{
    return QString::fromUtf8(names).split(QLatin1Char('|'));
}

const QStringList &notesSynonyms()
{
    static const QStringList names =
        split("notes|note|comments|comment|remarks|remark|opmerkingen|opmerking|notities|notitie|toelichting|"
              "anteckningar|anteckning|kommentarer|kommentar|noteringar|notering");
    return names;
}

const QList<FieldSpec> &specs(ImportTarget target)
{
    static const QList<FieldSpec> partners{
        {"name", QT_TRANSLATE_NOOP("ImportField", "Name"), true,
         split("name|partner|partner name|organisation|organization|organisation name|organization name|"
               "institution|naam|partnernaam|organisatie|instelling|namn|partnernamn|organisationsnamn")},
        {"short_name", QT_TRANSLATE_NOOP("ImportField", "Short name"), false,
         split("short name|shortname|short|abbreviation|acronym|korte naam|kortenaam|kort naam|afkorting|acroniem|"
               "kortnamn|forkortning|akronym")},
        {"kind", QT_TRANSLATE_NOOP("ImportField", "Kind"), false,
         split("kind|type|category|partner type|organisation type|organization type|soort|categorie|"
               "type organisatie|soort organisatie|typ|kategori|sort|organisationstyp")},
        {"country", QT_TRANSLATE_NOOP("ImportField", "Country"), false,
         split("country|country code|nation|land|landcode|landskod")},
        {"city", QT_TRANSLATE_NOOP("ImportField", "City"), false, split("city|town|stad|plaats|woonplaats|ort")},
        {"website", QT_TRANSLATE_NOOP("ImportField", "Website"), false,
         split("website|web site|web|url|homepage|home page|webpage|site|webadres|webpagina|webbplats|hemsida|"
               "webbsida")},
        {"notes", QT_TRANSLATE_NOOP("ImportField", "Notes"), false, notesSynonyms()},
    };
    static const QList<FieldSpec> agreements{
        {"title", QT_TRANSLATE_NOOP("ImportField", "Title"), true,
         split("title|agreement|agreement title|name|titel|overeenkomst|naam|titel overeenkomst|avtal|namn|"
               "avtalets titel|rubrik")},
        {"kind", QT_TRANSLATE_NOOP("ImportField", "Kind"), false,
         split("kind|type|agreement type|kind of agreement|soort|type overeenkomst|soort overeenkomst|typ|"
               "avtalstyp|sort")},
        {"status", QT_TRANSLATE_NOOP("ImportField", "Status"), false,
         split("status|state|stage|fase|stand|staat|lage|tillstand|fas")},
        {"signed_on", QT_TRANSLATE_NOOP("ImportField", "Signed on"), false,
         split("signed|signed on|signing date|date signed|date of signing|signature date|getekend|ondertekend|"
               "ondertekend op|datum ondertekening|ondertekening|tekendatum|undertecknad|undertecknat|"
               "undertecknat den|signerad|signerat|datum undertecknat|undertecknande")},
        {"starts_on", QT_TRANSLATE_NOOP("ImportField", "Starts on"), false,
         split("start|starts|starts on|start date|begin|begins|begindatum|startdatum|ingangsdatum|aanvang|"
               "ingang|begin datum|start datum|borjar|fran")},
        {"ends_on", QT_TRANSLATE_NOOP("ImportField", "Ends on"), false,
         split("end|ends|ends on|end date|expiry|expires|expiry date|einde|einddatum|eind datum|afloop|"
               "looptijd tot|slut|slutdatum|upphor|till")},
        {"parties", QT_TRANSLATE_NOOP("ImportField", "Parties"), false,
         split("parties|partners|party|signatories|partijen|partij|ondertekenaars|parter|part|undertecknare")},
        {"themes", QT_TRANSLATE_NOOP("ImportField", "Themes"), false,
         split("themes|theme|topics|topic|tags|thema|themas|thema s|onderwerpen|onderwerp|teman|tema|amnen|amne")},
        {"predecessor", QT_TRANSLATE_NOOP("ImportField", "Predecessor"), false,
         split("predecessor|previous agreement|preceded by|follows|voorganger|vorige overeenkomst|foregangare|"
               "foregaende avtal")},
        {"summary", QT_TRANSLATE_NOOP("ImportField", "Summary"), false,
         split("summary|description|abstract|samenvatting|beschrijving|omschrijving|sammanfattning|beskrivning|"
               "sammandrag")},
        {"notes", QT_TRANSLATE_NOOP("ImportField", "Notes"), false, notesSynonyms()},
    };
    static const QList<FieldSpec> milestones{
        {"agreement", QT_TRANSLATE_NOOP("ImportField", "Agreement"), true,
         split("agreement|agreement title|overeenkomst|titel overeenkomst|afspraak|avtal|overenskommelse")},
        {"title", QT_TRANSLATE_NOOP("ImportField", "Title"), true,
         split("title|milestone|milestone title|name|titel|mijlpaal|naam|milstolpe|delmal|namn")},
        {"due", QT_TRANSLATE_NOOP("ImportField", "Due"), false,
         split("due|due date|due on|deadline|target date|date|planned|datum|streefdatum|gepland|vervaldatum|"
               "uiterste datum|planerat|forfallodatum|klart senast")},
        {"status", QT_TRANSLATE_NOOP("ImportField", "Status"), false,
         split("status|state|stand|staat|fase|tillstand|lage")},
        {"achieved_on", QT_TRANSLATE_NOOP("ImportField", "Achieved on"), false,
         split("achieved|achieved on|date achieved|completed|completed on|done|bereikt|bereikt op|behaald|"
               "gerealiseerd|afgerond|uppnatt|uppnadd|klar|klart|genomfort|avklarat")},
        {"location", QT_TRANSLATE_NOOP("ImportField", "Location"), false,
         split("location|place|where|venue|locatie|plaats|plek|plats|ort|lokal")},
        {"notes", QT_TRANSLATE_NOOP("ImportField", "Notes"), false,
         notesSynonyms() + split("description|omschrijving|beschrijving|beskrivning")},
    };
    switch (target) {
    case ImportTarget::Partners:
        return partners;
    case ImportTarget::Agreements:
        return agreements;
    case ImportTarget::Milestones:
        return milestones;
    }
    return partners;
}

// Whether `words` holds `phrase` as whole words.
bool containsPhrase(const QString &words, const QString &phrase)
{
    const QString padded = QLatin1Char(' ') + words + QLatin1Char(' ');
    return padded.contains(QLatin1Char(' ') + phrase + QLatin1Char(' '));
}

} // namespace

ColumnMapping::ColumnMapping(ImportTarget target, qsizetype columns)
    : m_target(target)
{
    for (qsizetype i = 0; i < columns; ++i)
        m_fields.append(QString());
}

QString ColumnMapping::targetCode(ImportTarget target)
{
    return codeIn(Targets, target);
}

std::optional<ImportTarget> ColumnMapping::targetFromCode(const QString &code)
{
    return valueIn(Targets, code);
}

QString ColumnMapping::targetName(ImportTarget target)
{
    return nameIn(Targets, target, "ImportField");
}

QList<ImportField> ColumnMapping::fields(ImportTarget target)
{
    QList<ImportField> result;
    for (const FieldSpec &spec : specs(target))
        result.append(
            {QString::fromLatin1(spec.key), QCoreApplication::translate("ImportField", spec.label), spec.required});
    return result;
}

std::optional<ImportField> ColumnMapping::field(ImportTarget target, const QString &key)
{
    for (const ImportField &f : fields(target))
        if (f.key == key)
            return f;
    return std::nullopt;
}

QString ColumnMapping::fieldForHeader(ImportTarget target, const QString &header)
{
    const QString words = TextKey::words(header);
    if (words.isEmpty())
        return {};
    for (const FieldSpec &spec : specs(target))
        if (spec.synonyms.contains(words) ||
            TextKey::words(QCoreApplication::translate("ImportField", spec.label)) == words)
            return QString::fromLatin1(spec.key);
    // "Partner name (official)": the longest name the header holds.
    QString best;
    qsizetype bestLength = 0;
    for (const FieldSpec &spec : specs(target))
        for (const QString &synonym : spec.synonyms)
            if (synonym.size() > bestLength && containsPhrase(words, synonym)) {
                best = QString::fromLatin1(spec.key);
                bestLength = synonym.size();
            }
    return best;
}

ColumnMapping ColumnMapping::guess(ImportTarget target, const QStringList &header)
{
    ColumnMapping mapping(target, header.size());
    // Exact names first, so that "Name" wins over "Partner name (old)" for the same field.
    QList<QString> exact(header.size());
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString words = TextKey::words(header.at(i));
        for (const FieldSpec &spec : specs(target))
            if (!words.isEmpty() && spec.synonyms.contains(words)) {
                exact[i] = QString::fromLatin1(spec.key);
                break;
            }
    }
    for (qsizetype i = 0; i < header.size(); ++i)
        if (!exact.at(i).isEmpty() && mapping.columnOf(exact.at(i)) < 0)
            mapping.m_fields[i] = exact.at(i);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (!mapping.m_fields.at(i).isEmpty() || !exact.at(i).isEmpty())
            continue;
        const QString key = fieldForHeader(target, header.at(i));
        if (!key.isEmpty() && mapping.columnOf(key) < 0)
            mapping.m_fields[i] = key;
    }
    return mapping;
}

void ColumnMapping::setField(qsizetype column, const QString &key)
{
    if (column < 0 || column >= m_fields.size())
        return;
    if (!key.isEmpty())
        for (QString &other : m_fields)
            if (other == key)
                other.clear();
    m_fields[column] = key;
}

QList<ImportField> ColumnMapping::missingRequired() const
{
    QList<ImportField> missing;
    for (const ImportField &f : fields(m_target))
        if (f.required && columnOf(f.key) < 0)
            missing.append(f);
    return missing;
}
