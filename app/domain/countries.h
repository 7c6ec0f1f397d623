// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/uilanguage.h"

#include <QLocale>
#include <QString>
#include <QStringList>

// The countries of ISO 3166-1: every alpha-2 code with its names in English, Dutch and Swedish, taken
// from Debian's iso-codes when Pactline is built (resources/countries/). A partner stores the upper-case
// alpha-2 code ("NL"); people type a name or a code in any of the three languages, and lists show the
// name in the language of the user interface.
namespace Countries {

using Language = UiLanguage::Language;

// Every alpha-2 code, sorted.
QStringList codes();
// Whether code is an ISO 3166-1 alpha-2 code, in upper case as stored ("SE", not "se" or "XX").
bool isCode(const QString &code);
// The name to show: "Netherlands", "Nederland", "Nederländerna". Text that is not a code comes back as it is.
QString nameOf(const QString &code, Language language = UiLanguage::current());
// All the names of a country in a language: the one to show, then iso-codes' full and official names.
QStringList namesOf(const QString &code, Language language);

// What parse() made of a text.
struct Parsed
{
    QString code;    // the alpha-2 code; empty for empty text (no country) and for a refusal
    QString problem; // empty when accepted, otherwise a sentence that says what to type
    bool isAcceptable() const { return problem.isEmpty(); }
};

// Reads a country as people type it: an alpha-2 or alpha-3 code or a name in English, Dutch or
// Swedish, in any case and with or without accents ("se", "SWE", "Sweden", "zweden", "Sverige",
// "belgie", "the Netherlands"). Empty text is no country.
Parsed parse(const QString &text);

} // namespace Countries
