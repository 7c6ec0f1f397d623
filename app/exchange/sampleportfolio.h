// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"

class Database;

// The bundled sample: the Netherlands–Sweden life-science collaboration of 2022–2023,
// loaded through the repositories from resources/sample/sample-portfolio.json.
class SamplePortfolio
{
public:
    static QString resourcePath() { return QStringLiteral(":/sample/sample-portfolio.json"); }
    static Result<void> loadInto(Database &db);
    // The user's default portfolio file; the first call creates it with the sample in it.
    static Result<QString> ensureDefaultPortfolio(const QString &folder);
};
