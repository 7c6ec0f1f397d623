// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QLockFile;

// Marks a portfolio file as open in this Pactline, so that a second Pactline on the same file can
// say so: a small lock file beside it (hidden on Unix), which a crashed Pactline does not leave
// holding (QLockFile sees that its process is gone). Where the folder cannot be written there is
// no mark and nothing to say.
class PortfolioLock
{
public:
    explicit PortfolioLock(const QString &portfolioPath);
    ~PortfolioLock();
    PortfolioLock(const PortfolioLock &) = delete;
    PortfolioLock &operator=(const PortfolioLock &) = delete;

    // Takes the mark when nobody else holds it; true when this Pactline holds it now.
    bool take();
    bool isHeld() const;
    // Who else has the file open ("anna on lund-office-12"), empty when nobody (or unknown).
    QString otherHolder() const;

    static QString lockPathFor(const QString &portfolioPath);

private:
    std::unique_ptr<QLockFile> m_lock;
};
