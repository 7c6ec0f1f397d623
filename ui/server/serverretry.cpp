// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/serverretry.h"

#include "store/database.h"

#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>

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
    if (!isRetrying() || m_asking)
        return;
    m_asking = true;
    // The thread holds only the connection's name and a flag: it may outlive this object and the
    // portfolio (the answer then goes nowhere).
    auto answers = std::make_shared<bool>(false);
    QThread *asking =
        QThread::create([name = m_db->connectionName(), answers] { *answers = Database::serverAnswers(name); });
    connect(asking, &QThread::finished, asking, &QObject::deleteLater);
    connect(asking, &QThread::finished, this, [this, answers] { tryAgain(*answers); });
    asking->start();
}

void ServerRetry::tryAgain(bool answers)
{
    m_asking = false;
    if (!isRetrying())
        return;
    if (answers && m_db->reconnect()) {
        emit tried(true);
        return;
    }
    m_delayMs = std::min(m_delayMs * 2, int(LongestDelayMs));
    m_timer->start(m_delayMs);
    emit tried(false);
}
