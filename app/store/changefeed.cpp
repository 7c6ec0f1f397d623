// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/changefeed.h"

#include "store/database.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

ChangeFeed::ChangeFeed(Database &db, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_db(&db)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeFeed::poll);
    QSqlDriver *driver = db.connection().driver();
    if (subscribe()) {
        m_listening = true;
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    heard(name, payload, source == QSqlDriver::SelfSource);
                });
        // A reconnected session listens anew (the driver keeps no subscription across a close).
        connect(&db, &Database::serverBack, this, &ChangeFeed::subscribe);
    } else {
        poll();
    }
    m_timer->start();
}

bool ChangeFeed::subscribe()
{
    const QString channel = m_db ? m_db->dialect().changeChannel() : QString();
    QSqlDriver *driver = m_db ? m_db->connection().driver() : nullptr;
    return !channel.isEmpty() && driver && driver->subscribeToNotification(channel);
}

void ChangeFeed::heard(const QString &channel, const QVariant &payload, bool ownCommit)
{
    // This connection's own commits were announced when they were made.
    if (!m_db || ownCommit || channel != m_db->dialect().changeChannel())
        return;
    QStringList tables;
    const QStringList known = Database::allTables();
    for (const QString &table : payload.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (known.contains(table))
            tables << table;
    m_db->announceChange(tables.isEmpty() ? known : tables);
    emit changedElsewhere();
}

void ChangeFeed::poll()
{
    // Inside a write of ours the version says nothing about others.
    if (!m_db || m_db->inTransaction())
        return;
    // A server tells of changes itself; asking now and then finds out whether it is still there.
    if (m_listening) {
        m_db->checkConnection();
        return;
    }
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
