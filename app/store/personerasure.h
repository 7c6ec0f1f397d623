// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/contact.h"
#include "store/storeerror.h"

#include <QList>
#include <QString>

class Database;

// Erasing a person (a contact) for the GDPR's right to erasure: the contact, their attendance of
// events (in the trash too) and every other trace the portfolio keeps of them go, and so do the bytes: SQLite zeroes
// what it frees (secure_delete is on for every connection that writes), the search indexes are
// merged so that no old segment keeps the person's words, and the write-ahead log is emptied.
class PersonErasure
{
public:
    // A record elsewhere in the portfolio whose text names the person (notes, summaries): the
    // erasure leaves it alone, since only the user can tell what to rewrite.
    struct Mention
    {
        QString table;
        qint64 id = 0;
        QString label;
    };

    // What an erasure would remove and what it would leave.
    struct Plan
    {
        Contact contact;
        QString partnerName;
        int eventCount = 0;
        QList<Mention> mentions;
    };

    static Result<Plan> plan(Database &db, qint64 contactId);
    // Removes the contact and everything that holds them in one transaction, then rewrites what
    // SQLite keeps aside (search index segments, the write-ahead log). Refuses a stale `version`.
    static Result<void> erase(Database &db, qint64 contactId, int version);
};
