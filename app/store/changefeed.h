// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class Database;
class QTimer;

// Tells when someone else (another Pactline on the same file, another SQLite tool) committed a
// change to the portfolio, so that the views can follow. On a file it asks SQLite's data_version,
// which changes only for other connections' commits: a cheap poll, a few times a second at most.
// On a server it listens on the channel the store's writes notify (SqlDialect::changeChannel), and
// hears which tables each colleague's commit changed; the driver delivers on the connection's
// thread, so the feed lives there. The Database then announces the change like its own writes
// (Database::changed). There it also asks the server now and then whether the connection still
// works (Database::checkConnection), and listens again after Database::reconnect().
class ChangeFeed final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(Database &db, int intervalMs = 1000, QObject *parent = nullptr);

    // Looks now (the timer also does): on a file for others' commits, on a server for the connection.
    void poll();

    // Whether it listens to a server's notifications rather than polling.
    bool listens() const { return m_listening; }

signals:
    void changedElsewhere();

private:
    bool subscribe();
    void heard(const QString &channel, const QVariant &payload, bool ownCommit);

    QPointer<Database> m_db;
    QTimer *m_timer;
    qint64 m_version = -1;
    bool m_listening = false;
};
