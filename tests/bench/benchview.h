// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A table view of the application on an open portfolio (a file or a server), as the main window
// has it, for the "tables" and "team" groups.
#pragma once

#include "models/backgroundcounter.h"
#include "models/recordtablemodel.h"
#include "records/recordview.h"
#include "store/database.h"

#include <QSize>
#include <QString>

#include <memory>

// The size of the views, as a window on a laptop shows them.
constexpr QSize ViewSize(1280, 800);

// One view (partners, agreements, milestones or events) with its own connection and counting
// thread; `trace` is told the statements its repositories run from the start.
struct OpenView
{
    std::unique_ptr<Database> db;
    std::unique_ptr<BackgroundCounter> counter;
    std::unique_ptr<RecordTableModel> model;
    std::unique_ptr<RecordView> view;

    OpenView(const QString &location, const QString &name, const Database::StatementTrace &trace = {});
    ~OpenView();
    // Lets the count of a long list arrive from the counting thread, as it does a moment after a
    // reload (until then the list reaches as far as its first rows).
    void settle() const;
    // Renders what a user would see now: the whole view, or the rows that changed.
    void show() const;
    void showRows() const;

    // Sorts by a column, both ways in turn, until the first rows show: the median of `runs`, each
    // after the rows were sorted by the first column.
    double sortMs(int column, int runs);
    // Types the text into the search field, a keystroke at a time, until the rows show: the median
    // keystroke of `rounds` times the text. The filter bar applies typing after a pause
    // (FilterBar::DebounceMs), so keystrokes come at least that far apart, while the count of the
    // one before is still running.
    double keystrokeMs(const QString &typed, int rounds);
    // The first rows after a reload (counted) and the last ones (Ctrl+End), shown.
    void toTop();
    void toEnd();
    // Jumps from the first rows to the last: the median of `runs`; aborts unless the last row shows.
    double jumpMs(int runs);
};

class PgServer;

// A fresh database of that name on the server (which runs without TLS), as a portfolio URL whose
// password is in PGPASSWORD; aborts the benchmark when the server is not there.
QString freshServerDatabase(PgServer &server, const QString &name);

// Lets queued work (counts arriving) happen for a while, as between a user's keystrokes.
void idle(int ms);
