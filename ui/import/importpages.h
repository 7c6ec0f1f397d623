// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class ImportWizard;
class QTableWidget;
class QWizardPage;

// The import wizard's four steps, one file each: what to import from which file, which field each
// column goes into, what each partner name in the file means, and the check of every row.
namespace ImportPages {

QWizardPage *source(ImportWizard *wizard);
QWizardPage *mapping(ImportWizard *wizard);
QWizardPage *partners(ImportWizard *wizard);
QWizardPage *check(ImportWizard *wizard);

// A table of the steps: named, with these column headers, the last column stretched, no row numbers.
void setUpTable(QTableWidget *table, const QString &objectName, const QStringList &headers);

} // namespace ImportPages
