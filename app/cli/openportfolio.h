// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"

#include <memory>

class QTextStream;

// Opens the portfolio a command names; nullptr, with the reason written to err, when it cannot.
std::unique_ptr<Database> openPortfolio(const QString &path, Database::Mode mode, QTextStream &err);
