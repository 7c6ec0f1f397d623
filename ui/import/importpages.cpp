// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importpages.h"

#include <QHeaderView>
#include <QTableWidget>

void ImportPages::setUpTable(QTableWidget *table, const QString &objectName, const QStringList &headers)
{
    table->setObjectName(objectName);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
}
