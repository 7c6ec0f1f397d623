// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class Database;
class QTimer;

// While the server of the open portfolio is away (Database::serverLost): connects again
// (Database::reconnect) after a second, then waiting twice as long after each failed try, up to ten
// seconds between tries; or at once with retryNow() (the banner's Retry button). Stops when the
// server is back (Database::serverBack). Each try first asks, in a thread of its own, whether the
// server answers (Database::serverAnswers): a host that does not answer keeps that thread waiting
// for the connection timeout, not the window; reconnecting to a server that answered is quick.
class ServerRetry final : public QObject
{
    Q_OBJECT

public:
    static constexpr int FirstDelayMs = 1000;
    static constexpr int LongestDelayMs = 10000;

    explicit ServerRetry(QObject *parent = nullptr);

    // The portfolio to watch (null: none).
    void watch(Database *db);
    void retryNow();
    bool isRetrying() const;
    // How long it waits before the next try.
    int delayMs() const { return m_delayMs; }

signals:
    // A try ended: the server is back, or the next try waits delayMs().
    void tried(bool back);

private:
    void start();
    void tryAgain(bool answers);

    QPointer<Database> m_db;
    QTimer *m_timer;
    int m_delayMs = FirstDelayMs;
    bool m_asking = false; // a thread asks the server
};
