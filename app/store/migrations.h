// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqldialect.h"
#include "store/storeerror.h"

#include <QList>
#include <QStringList>

#include <functional>

class Database;

// The ordered schema migrations. Step N takes a portfolio from user_version N-1 to N.
class Migrations
{
public:
    struct Step
    {
        int toVersion = 0;
        QString description;
        QStringList statements; // run in order inside one transaction
        // The statements drop and recreate tables (SQLite's table rebuild): foreign keys are switched
        // off around the transaction, so that dropping a table deletes none of the rows that point to
        // it, and no reference may be broken before the commit.
        bool rebuildsTables = false;
        // A file from before the step reads as well without it (the step adds constraints, or indexes
        // that searches do without: see Database::hasSearchIndexes()), so it can be opened read-only
        // without migrating.
        bool olderFilesRead = false;
        // The step adds constraints that values already in the file may break (ContentCheck finds them).
        bool refusesValues = false;
    };

    // The version whose CHECK constraints guard every coded column (schemaversion2.h).
    static constexpr int CheckedValuesVersion = 2;
    // The version with the full-text search indexes (textsearch.h).
    static constexpr int SearchIndexVersion = 3;
    // The version with the trash (trashrepository.h); older files read without it (read-only, where
    // nothing is deleted).
    static constexpr int TrashVersion = 4;
    // The version with the history of every record (historylog.h).
    static constexpr int HistoryVersion = 5;
    // The version with the indexes of the overdue counts and the timeline's lanes; older files read
    // the same without them, only slower.
    static constexpr int ListIndexVersion = 6;
    // The version with a server's search indexes (text search and trigrams over folded text, see
    // textsearch.h); on a file the step changes nothing (its FTS5 indexes came with version 3).
    static constexpr int FoldedSearchVersion = 7;
    // The version where each change of a milestone's due date or status names who made it; the
    // changes from before name nobody (an empty author). Older files read without it.
    static constexpr int ChangeAuthorVersion = 8;
    // The version with the columns the schema keeps for sorting by counts and by the names of parties,
    // themes and participants (keptcolumns.h).
    static constexpr int KeptColumnsVersion = 9;
    // The version where a server's references may wait for the commit when a transaction asks (as a
    // copy's rows that point to rows written after them); nothing on a file, where any can.
    static constexpr int DeferrableReferencesVersion = 10;
    // The version where a server splits its search text into words with one regular expression, not
    // character by character (the same words, twenty times faster); nothing on a file.
    static constexpr int SearchWordsByPatternVersion = 11;
    // The version where a server's indexes of the lists' sort keys are in the lists' order: NULLs first
    // (as SQLite sorts them) and the id after the key, so that a list's window is read off the index
    // from either end; nothing on a file, whose indexes are in that order already.
    static constexpr int ListOrderIndexVersion = 12;

    static int currentVersion() { return int(steps(SqlDialect::sqlite()).size()); }
    static QList<Step> steps(const SqlDialect &dialect);
    // Whether a file at this version reads like one at the current version (every step after it is
    // one that older files read without), so that it can be opened read-only as it is.
    static bool readsAsCurrent(int version);
    // Whether upgrading a file at this version adds constraints its values may break, so that the
    // content check must run first (a step that only adds tables or indexes needs none).
    static bool refusesValuesAfter(int version);

    // Runs the given steps from the file's user_version up to the last step, all in one transaction
    // that ends by setting user_version: a failing step rolls back every one of them.
    // Run the content check (ContentCheck) first: a value the new constraints refuse fails the step.
    // `progress` hears after each statement how many of all the pending steps' statements are done.
    using Progress = std::function<void(int done, int total)>;
    static Result<void> run(Database &db, const QList<Step> &steps, const Progress &progress = {});
};
