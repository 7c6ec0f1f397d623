// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/changefeed.h"

#include "store/database.h"

#include <QSqlQuery>
#include <QTimer>

ChangeFeed::ChangeFeed(Database &db, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_db(&db)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeFeed::poll);
    poll();
    m_timer->start();
}

void ChangeFeed::poll()
{
    // Inside a write of ours the version says nothing about others.
    if (!m_db || m_db->inTransaction())
        return;
    const qint64 version = m_db->dialect().changeCounter(m_db->connection());
    if (version < 0)
        return;
    const bool changed = m_version >= 0 && version != m_version;
    m_version = version;
    if (changed) {
        m_db->announceChange(Database::allTables());
        emit changedElsewhere();
    }
}
