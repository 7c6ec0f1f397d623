// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/listquery.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

class BackgroundCounter;
class Database;

// The status bar's milestone figures for a list: how many milestones its agreements hold and how
// many of those are overdue (Agreements), or how many of its milestones are overdue (Milestones).
// Counted on a BackgroundCounter's thread, then kept until the portfolio changes (Database::changed)
// or the day does, so that going back to a list shows its figures at once.
class StatusCounts final : public QObject
{
    Q_OBJECT

public:
    enum class List
    {
        Agreements,
        Milestones
    };
    struct Figures
    {
        qint64 milestones = -1; // -1: not counted (the Milestones list says its own count)
        qint64 overdue = 0;
    };

    StatusCounts(Database &db, BackgroundCounter &counter, QObject *parent = nullptr);

    // The figures of the list with this filter when they are known; otherwise they are counted
    // (a count asked for before replaces one still waiting) and counted() follows.
    std::optional<Figures> figures(List list, const ListQuery &query);
    // How many counts were started since the portfolio opened.
    int countsStarted() const { return m_started; }

signals:
    // New figures are known.
    void counted();

private:
    QHash<QString, Figures> m_known;
    QString m_counting; // the key of the count on its way
    quint64 m_generation = 0;
    int m_started = 0;
    BackgroundCounter &m_counter;
};
