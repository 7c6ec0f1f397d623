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
// The Database then announces the change like its own writes (Database::changed).
class ChangeFeed final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(Database &db, int intervalMs = 1000, QObject *parent = nullptr);

    // Looks now (the timer also does).
    void poll();

signals:
    void changedElsewhere();

private:
    QPointer<Database> m_db;
    QTimer *m_timer;
    qint64 m_version = -1;
};
