// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"

#include <QList>
#include <QString>

class Database;

// Find anything (Ctrl+K): partners, agreements, milestones, events and contacts that match a typed
// text, a few of each kind, by the same rule as the lists' search (TextSearch::condition). Each kind
// lists first the records whose name or title matches by word, then those matching by word in any
// searched column, then those matching only inside a word; within each, the older records first.
// The kinds with a name or title that matches come first. Stops reading each kind at its limit, so
// that a common prefix costs no more than a rare word.
class FindAnything
{
public:
    enum class Kind
    {
        Partner,
        Agreement,
        Milestone,
        Event,
        Contact
    };

    struct Hit
    {
        Kind kind = Kind::Partner;
        qint64 id = 0;
        QString label;      // the name or title
        QString detail;     // what tells it apart: a partner's country, an agreement's status, a milestone's agreement
        qint64 ownerId = 0; // where it is shown: a contact's partner, a milestone's agreement (0: itself)
    };

    // The kinds in the order their hits come in, among those with a name that matches and among the rest.
    static QList<Kind> kinds();

    // Whether `text` has a term of two characters or more, without which find() finds nothing.
    static bool isSearchable(const QString &text);

    // Up to `perKind` hits of each kind for `text`, grouped by kind: first the kinds whose first hit
    // matches by its name or title, then the others, each in kinds() order. Nothing for text without a
    // term of two characters or more (one character finds too much to help). When more than `total`
    // match, the kinds with the most hits give up their last ones.
    static Result<QList<Hit>> find(const Database &db, const QString &text, int perKind = 8, int total = 30);
};
