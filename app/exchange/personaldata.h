// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

class Database;

// What a portfolio holds about one person (a contact), for the GDPR's right of access, and where
// copies of it may linger after an erasure (PersonErasure).
class PersonalData
{
public:
    static constexpr int FormatVersion = 1;

    // A JSON document ({"format": "pactline-personal-data", ...}): the contact record with its
    // organisation, the events they attended, and the records whose text names them.
    static Result<QByteArray> exportJson(Database &db, qint64 contactId,
                                         const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The copies of the portfolio at `portfolioPath` that still hold what it held when they were
    // taken: its automatic backups and the copies taken before schema upgrades.
    static QStringList copiesOf(const QString &portfolioPath);
};
