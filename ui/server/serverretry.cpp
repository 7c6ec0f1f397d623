// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/serverretry.h"

#include "store/database.h"

#include <QTimer>

#include <algorithm>

ServerRetry::ServerRetry(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ServerRetry::retryNow);
}

void ServerRetry::watch(Database *db)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_timer->stop();
    m_db = db;
    if (!m_db)
        return;
    connect(m_db, &Database::serverLost, this, &ServerRetry::start);
    connect(m_db, &Database::serverBack, m_timer, &QTimer::stop);
    if (!m_db->isServerReachable())
        start();
}

void ServerRetry::start()
{
    m_delayMs = FirstDelayMs;
    m_timer->start(m_delayMs);
}

bool ServerRetry::isRetrying() const
{
    return m_db && !m_db->isServerReachable();
}

void ServerRetry::retryNow()
{
    m_timer->stop();
    if (!isRetrying())
        return;
    if (m_db->reconnect())
        return;
    m_delayMs = std::min(m_delayMs * 2, int(LongestDelayMs));
    m_timer->start(m_delayMs);
}
