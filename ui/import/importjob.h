// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <atomic>
#include <functional>

class QThread;

// Work for the import wizard that runs off the GUI thread (reading a file, checking its rows).
// The work gets the job to report progress and to see whether it was cancelled; `done` runs on the
// GUI thread when that run is over (not for a run that was replaced by a newer one). Qt Sql
// connections belong to one thread, so work that reads the portfolio opens its own connection.
class ImportJob final : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    // Starts `work` on a new thread, after the run before it (if any) ended.
    void start(std::function<void(ImportJob &job)> work, std::function<void()> done = {});
    // From start() until its `done` has run (or wait() dropped the run).
    bool isRunning() const { return m_busy; }
    // Waits for the running work (after cancel(), so that it stops soon); its `done` will not run.
    void wait();

    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }
    // For the work: how far it is, of how much (a bar shows done / total).
    void setProgress(qint64 done, qint64 total)
    {
        m_done = done;
        m_total = total;
    }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }

private:
    QThread *m_thread = nullptr;
    quint64 m_run = 0;
    bool m_busy = false;
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
};
