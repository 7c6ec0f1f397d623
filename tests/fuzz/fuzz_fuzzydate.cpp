// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness for FuzzyDate::parse and the CSV import's date reading: no input may crash them;
// a parsed date has no error and survives its code and its text in every language; an unparsed one
// says why; the import's quick path agrees with FuzzyDate::parse.
#include "domain/fuzzydate.h"
#include "exchange/csvimport.h"

#include <cstdlib>

namespace {

void check(const QString &text)
{
    QString error;
    const FuzzyDate date = FuzzyDate::parse(text, &error);
    if (date.isValid()) {
        if (!error.isEmpty() || date.first() > date.last())
            abort();
        if (FuzzyDate::fromCode(date.code()) != date || FuzzyDate::parse(date.code()) != date)
            abort();
        for (FuzzyDate::Language language :
             {FuzzyDate::Language::English, FuzzyDate::Language::Dutch, FuzzyDate::Language::Swedish})
            if (FuzzyDate::parse(date.toString(language)) != date)
                abort();
    } else if (error.isEmpty()) {
        abort();
    }
    QString importError;
    const FuzzyDate imported = CsvImport::parseDate(text, &importError);
    if (imported.isValid() != importError.isEmpty())
        abort();
    // Without a time of day to strip, the import reads exactly what FuzzyDate::parse reads.
    if (!text.contains(QLatin1Char(':')) && imported != date)
        abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256)
        return 0;
    const char *chars = reinterpret_cast<const char *>(data);
    check(QString::fromUtf8(chars, qsizetype(size)));
    check(QString::fromLatin1(chars, qsizetype(size)));
    return 0;
}
