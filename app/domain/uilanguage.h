// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
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

// The language the user chose in Pactline's settings: "en", "nl", "sv", or empty to follow the system.
QString chosen();
// Stores the choice ("en", "nl", "sv", or empty for the system's language) for the next start.
void choose(const QString &languageCode);

// The locale to speak: that of a chosen language ("en", "nl", "sv"), else the first of the system's
// user-interface languages (LANGUAGE, then LC_ALL, LC_MESSAGES and LANG on Unix) that Pactline speaks,
// with the system's own locale where its language is that one; else the system locale.
QLocale preferred(const QString &choice);

// Loads the translations for the locale's language into the application, replacing earlier ones.
// English has a translation too: it holds the plural forms ("1 agreement", "2 agreements").
void install(const QLocale &locale);

// Makes preferred(choice) the default QLocale and installs its translations.
void apply(const QString &choice);

} // namespace UiLanguage
