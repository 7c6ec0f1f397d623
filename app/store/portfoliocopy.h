// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"

#include <QString>
#include <QStringList>

#include <functional>

class Database;

// A lossless copy of a whole portfolio from one store to another (a file, or a database on a server):
// every row of every table with its id, times and version, the history and the trash, and the point
// from which each table gives out new ids. It reads and writes through Database and its SqlDialect
// only. The destination's schema is made as for any new portfolio; the rows then go in, table by
// table, in one transaction, so the copy is there whole or not at all. A file is written under a
// temporary name beside its target and renamed when whole.
class PortfolioCopy
{
public:
    enum class Outcome
    {
        Copied,
        Cancelled
    };
    // Rows copied so far of all rows; returning false cancels the copy (nothing is left behind).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // The tables, in the order they are filled: each refers to tables before it (an agreement also to
    // its predecessor, which may come later: the references are checked at the commit, not row by row).
    static const QStringList &tables();

    // Copies the portfolio at `source`, opened read-only, to `destination`, which must not exist (a
    // file) or be an empty database. A source from a newer Pactline is refused; one from an older
    // Pactline is copied as it reads (the copy has the current schema, tables the source lacks stay
    // empty), unless it holds values the current schema refuses.
    static Result<Outcome> copy(const QString &source, const QString &destination, const Progress &progress = {});
    // Copies every row of `source` into `destination`, a portfolio just created and still empty.
    static Result<Outcome> copyRows(const Database &source, Database &destination, const Progress &progress = {});
};
