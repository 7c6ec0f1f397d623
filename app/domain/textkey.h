// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Keys for matching what people type against what is stored: names of partners, agreements and
// countries, and column headers, compared case- and accent-insensitively.
namespace TextKey {

// Case-folded, accents removed ("Skåne" -> "skane", "Øresund" -> "oresund"), white space simplified.
QString folded(const QString &text);
// As folded(), and every run of characters that are not letters or digits is one space
// ("Short-name:" -> "short name").
QString words(const QString &text);

} // namespace TextKey
