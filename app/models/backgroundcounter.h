// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

// Counts on a thread of its own, through a connection of its own to the same portfolio file, so
// that counting a costly filter over a big portfolio never blocks the window. A job submitted under
// a key replaces the one still waiting under that key; a late result for a replaced job is dropped.
class BackgroundCounter final : public QObject
{
    Q_OBJECT

public:
    using Counts = Result<QList<qint64>>;
    using Job = std::function<Counts(Database &db)>;
    using Done = std::function<void(const Counts &counts)>;

    // Opens `path` on the counting thread, on first use, in `mode`.
    explicit BackgroundCounter(const QString &path, Database::Mode mode, QObject *parent = nullptr);
    ~BackgroundCounter() override;

    // Runs `job` on the counting thread, then `done` on this object's thread (skipped when the
    // receiver is gone, the counter destroyed, or a newer job came under the same key).
    void submit(const QString &key, QObject *receiver, Job job, Done done);
    // Whether jobs are waiting or running.
    bool isBusy() const;
    // Waits for all submitted jobs to finish running (their results may still be queued).
    bool waitForIdle(int timeoutMs) const;

private:
    struct Shared;
    struct Connection;

    std::shared_ptr<Shared> m_shared;
    std::shared_ptr<Connection> m_connection; // opened and used on m_thread only
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
};
