// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/openportfolio.h"

#include <QTextStream>

std::unique_ptr<Database> openPortfolio(const QString &path, Database::Mode mode, QTextStream &err)
{
    auto db = Database::open(path, mode);
    if (!db) {
        err << db.error().message << "\n";
        return nullptr;
    }
    return std::move(*db);
}
