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

// Letters that do not decompose into a base letter and an accent.
QString unaccentedLetter(QChar c)
{
    switch (c.unicode()) {
    case 0x00F8: // ø
        return QStringLiteral("o");
    case 0x00E6: // æ
        return QStringLiteral("ae");
    case 0x0153: // œ
        return QStringLiteral("oe");
    case 0x0142: // ł
        return QStringLiteral("l");
    case 0x0111: // đ
        return QStringLiteral("d");
    case 0x00F0: // ð
        return QStringLiteral("d");
    case 0x00FE: // þ
        return QStringLiteral("th");
    default:
        return QString(c);
    }
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
