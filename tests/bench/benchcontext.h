// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>

// What every group gets: a work folder that keeps generated portfolios between runs, the
// printing of figures, and timing helpers.
class BenchContext
{
public:
    explicit BenchContext(QString workDir)
        : m_workDir(std::move(workDir))
    {}

    QString workDir() const { return m_workDir; }
    // The big portfolio of the tables issue (100,000 partners, 100,000 agreements with about 2 KB of
    // text, 1,000,000 milestones), generated on first use into the work folder and reused after. Its
    // name carries the schema version and the planted word, so that no file of another build is used.
    QString bigPortfolio();
    // A word found nowhere in the big portfolio but in the summaries of these agreements.
    static QString rareWord();
    static QList<qint64> rareWordAgreements();

    // Prints "BENCH <name> <value> <unit>".
    static void report(const QString &name, double value, const QString &unit);
    // Median wall time in milliseconds of `runs` calls of `work` (after `setup` before each, untimed).
    static double medianMs(int runs, const std::function<void()> &work, const std::function<void()> &setup = {});
    // Resident set size of this process now, and its peak, in MiB (Linux /proc; -1 elsewhere).
    static double residentMiB();
    static double peakResidentMiB();

private:
    QString m_workDir;
};
