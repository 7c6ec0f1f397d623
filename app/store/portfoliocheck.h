#pragma once

#include <QString>
#include <QStringList>

// What `pactline check` does: opens a portfolio read-only and runs SQLite's integrity and
// foreign-key checks and Pactline's own schema check. Never writes to the file.
struct PortfolioCheck
{
    enum class Outcome
    {
        Healthy,
        Problems,
        Unreadable
    };

    Outcome outcome = Outcome::Unreadable;
    QStringList findings; // one sentence each
    int schemaVersion = 0;

    static PortfolioCheck run(const QString &path);
};
