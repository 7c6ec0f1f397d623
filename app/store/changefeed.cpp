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
    const QString channel = db.dialect().changeChannel();
    QSqlDriver *driver = db.connection().driver();
    if (!channel.isEmpty() && driver && driver->subscribeToNotification(channel)) {
        m_listening = true;
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    heard(name, payload, source == QSqlDriver::SelfSource);
                });
        return;
    }
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeFeed::poll);
    poll();
    m_timer->start();
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
