// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace TestSupport {

// SQL that adds generated rows, valid throughout, to a portfolio file (any schema version: the columns
// are those of version 1), for the tests that need a big one. Agreements and milestones take ids from
// 100,001 on; each agreement gets the first partner as its signatory, the milestones are spread over
// the agreements and dated from 2000 to 2024, every fifth of the first ones gets a change.
struct GeneratedRows
{
    int agreements = 0;
    int milestones = 0;
    int changes = 0;
    // A history line for each agreement.
    bool history = false;

    QStringList statements() const;
};

// Runs the statements on the SQLite file at path through a connection of its own and closes it again,
// the write-ahead log folded into the file; the first problem (with its statement), or nothing.
QString runOnFile(const QString &path, const QStringList &statements);

} // namespace TestSupport
