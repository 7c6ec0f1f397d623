// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/portfoliolock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

PortfolioLock::PortfolioLock(const QString &portfolioPath)
    : m_lock(std::make_unique<QLockFile>(lockPathFor(portfolioPath)))
{
    // Only a holder that is gone frees the mark, however long a window stays open.
    m_lock->setStaleLockTime(0);
    take();
}

PortfolioLock::~PortfolioLock() = default;

QString PortfolioLock::lockPathFor(const QString &portfolioPath)
{
    const QFileInfo file(portfolioPath);
    return file.absoluteDir().filePath(QStringLiteral(".%1.lock").arg(file.fileName()));
}

bool PortfolioLock::take()
{
    return m_lock->isLocked() || m_lock->tryLock(0);
}

bool PortfolioLock::isHeld() const
{
    return m_lock->isLocked();
}

QString PortfolioLock::otherHolder() const
{
    if (m_lock->isLocked() || m_lock->error() != QLockFile::LockFailedError)
        return {};
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_lock->getLockInfo(&pid, &host, &application))
        return QCoreApplication::translate("PortfolioLock", "another Pactline");
    return host.isEmpty() ? QCoreApplication::translate("PortfolioLock", "another Pactline")
                          : QCoreApplication::translate("PortfolioLock", "another Pactline on %1").arg(host);
}
