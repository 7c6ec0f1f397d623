#pragma once

#include "domain/fuzzydate.h"

#include <QLocale>
#include <QString>

// The languages Pactline speaks (English, Dutch, Swedish) and its translations: Pactline's own, built
// from resources/translations/*.ts into the core library, and Qt's for its standard dialogs.
namespace UiLanguage {

using Language = FuzzyDate::Language;

// Dutch for a Dutch locale, Swedish for a Swedish one, English for any other.
Language of(const QLocale &locale);
// The language of the user interface: that of the default QLocale.
Language current();
// "en", "nl", "sv".
QString code(Language language);

// Loads the translations for the locale's language into the application, replacing earlier ones.
// English has a translation too: it holds the plural forms ("1 agreement", "2 agreements").
void install(const QLocale &locale);

} // namespace UiLanguage
