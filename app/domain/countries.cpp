// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/countries.h"

#include "domain/textkey.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace Countries {

namespace {

constexpr std::array<Language, 3> Languages{Language::English, Language::Dutch, Language::Swedish};

struct Country
{
    std::array<QStringList, Languages.size()> names; // by Language; the first is the one to show
};

struct Catalogue
{
    QStringList codes;                 // sorted
    QHash<QString, Country> byCode;    // alpha-2 -> names
    QHash<QString, QString> codeByKey; // TextKey::words() of every code and name -> alpha-2
};

Catalogue load()
{
    QFile file(QStringLiteral(":/countries/countries.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The country catalogue is missing from this build of Pactline (:/countries/countries.json).");
    Catalogue catalogue;
    const QJsonArray countries =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("countries")).toArray();
    for (const QJsonValue &value : countries) {
        const QJsonObject object = value.toObject();
        const QString code = object.value(QLatin1String("code")).toString();
        Country country;
        catalogue.codeByKey.insert(TextKey::words(code), code);
        catalogue.codeByKey.insert(TextKey::words(object.value(QLatin1String("alpha3")).toString()), code);
        // The names in each language are under the language's code (see resources/countries/generate_countries.py).
        for (std::size_t i = 0; i < Languages.size(); ++i) {
            for (const QJsonValue &name : object.value(UiLanguage::code(Languages[i])).toArray()) {
                country.names[i] << name.toString();
                catalogue.codeByKey.insert(TextKey::words(name.toString()), code);
            }
        }
        catalogue.codes << code;
        catalogue.byCode.insert(code, country);
    }
    catalogue.codes.sort();
    return catalogue;
}

const Catalogue &catalogue()
{
    static const Catalogue loaded = load();
    return loaded;
}

std::size_t indexOf(Language language)
{
    for (std::size_t i = 0; i < Languages.size(); ++i)
        if (Languages[i] == language)
            return i;
    return 0;
}

} // namespace

QStringList codes()
{
    return catalogue().codes;
}

bool isCode(const QString &code)
{
    return catalogue().byCode.contains(code);
}

QString nameOf(const QString &code, Language language)
{
    const auto it = catalogue().byCode.constFind(code);
    if (it == catalogue().byCode.constEnd())
        return code;
    return it->names[indexOf(language)].value(0, code);
}

QStringList namesOf(const QString &code, Language language)
{
    return catalogue().byCode.value(code).names[indexOf(language)];
}

Parsed parse(const QString &text)
{
    const QString typed = text.simplified();
    if (typed.isEmpty())
        return {};
    const QHash<QString, QString> &codes = catalogue().codeByKey;
    const QString key = TextKey::words(typed);
    QString code = codes.value(key);
    // English names are often written with their article: "the Netherlands", "The Gambia".
    if (code.isEmpty() && key.startsWith(QLatin1String("the ")))
        code = codes.value(key.mid(4));
    if (!code.isEmpty())
        return {code, {}};
    return {{},
            QCoreApplication::translate(
                "Countries", "“%1” is not a country; type its name or its two-letter ISO code, e.g. %2 or SE.")
                .arg(typed, nameOf(QStringLiteral("SE")))};
}

} // namespace Countries
