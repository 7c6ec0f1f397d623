// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTableWidgetItem;

// The cells of the import wizard's tables: read-only items, long values cut short, and a mapped
// value as Pactline will store it (dates and choices as it reads them).
namespace ImportCells {

constexpr int PreviewRows = 20;

QTableWidgetItem *readOnlyItem(const QString &text);
QString shown(const QString &value);
QString previewValue(const QString &key, const QString &raw);

} // namespace ImportCells
