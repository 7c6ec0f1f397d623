// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/contentcheck.h"

#include <QString>
#include <QStringList>

// What `pactline check` does: opens a portfolio read-only and runs SQLite's integrity check,
// Pactline's own schema check and its content check (ContentCheck, which covers foreign keys). Never
// writes to the file.
struct PortfolioCheck
{
    enum class Outcome
    {
        Healthy,
        Problems,
        Unreadable
    };

    Outcome outcome = Outcome::Unreadable;
    QStringList findings;          // one sentence each
    QList<ContentFinding> content; // the content check's findings, also among the sentences
    int schemaVersion = 0;

    static PortfolioCheck run(const QString &path);
};
