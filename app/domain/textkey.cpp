// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/textkey.h"

namespace TextKey {

namespace {

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

// Letters that do not decompose into a base letter and an accent, and what they are written as.
struct Unaccented
{
    char16_t letter;
    const char *plain;
};
constexpr Unaccented UnaccentedLetters[] = {
    {0x00F8, "o"},  // ø
    {0x00E6, "ae"}, // æ
    {0x0153, "oe"}, // œ
    {0x0142, "l"},  // ł
    {0x0111, "d"},  // đ
    {0x00F0, "d"},  // ð
    {0x00FE, "th"}, // þ
};

QString unaccentedLetter(QChar c)
{
    for (const Unaccented &u : UnaccentedLetters)
        if (c.unicode() == u.letter)
            return QLatin1String(u.plain);
    return QString(c);
}

} // namespace

QString folded(const QString &text)
{
    if (isPlainAscii(text))
        return text.toLower().simplified();
    const QString decomposed = text.toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        result += unaccentedLetter(c);
    }
    return result.simplified();
}

QString words(const QString &text)
{
    const QString key = folded(text);
    QString result;
    result.reserve(key.size());
    bool space = false;
    for (const QChar c : key) {
        if (c.isLetterOrNumber()) {
            if (space && !result.isEmpty())
                result += QLatin1Char(' ');
            space = false;
            result += c;
        } else {
            space = true;
        }
    }
    return result;
}

} // namespace TextKey
