// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importcells.h"

#include "exchange/csvimport.h"

#include <QTableWidgetItem>

QTableWidgetItem *ImportCells::readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QString ImportCells::shown(const QString &value)
{
    QString line = value;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line.size() > 80 ? line.left(77) + QStringLiteral("…") : line;
}

// How a mapped value will be stored, for the preview: dates and choices as Pactline reads them.
QString ImportCells::previewValue(const QString &key, const QString &raw)
{
    const QString value = raw.trimmed();
    if (value.isEmpty())
        return {};
    if (key == QLatin1String("due") || key == QLatin1String("achieved_on") || key == QLatin1String("signed_on") ||
        key == QLatin1String("starts_on") || key == QLatin1String("ends_on")) {
        QString error;
        const FuzzyDate date = CsvImport::parseDate(value, &error);
        return date.isValid() ? date.toString() : QStringLiteral("⚠ ") + value;
    }
    return shown(value);
}
