// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/backgroundcounter.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>

// What jobs and their deliveries share, and may outlive the counter.
struct BackgroundCounter::Shared
{
    QMutex mutex;
    QHash<QString, quint64> latest;
    quint64 nextTicket = 0;
    int pending = 0;
    bool closed = false;

    bool isLatest(const QString &key, quint64 ticket)
    {
        QMutexLocker lock(&mutex);
        return !closed && latest.value(key) == ticket;
    }
};

struct BackgroundCounter::Connection
{
    QString path;
    Database::Mode mode;
    std::unique_ptr<Database> db;
};

BackgroundCounter::BackgroundCounter(const QString &path, Database::Mode mode, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_connection(std::make_shared<Connection>(Connection{path, mode, nullptr}))
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("pactline-counter"));
    m_worker->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

BackgroundCounter::~BackgroundCounter()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->closed = true; // waiting jobs are skipped, late results dropped
    }
    // Close the connection on the thread that opened it, then stop the thread.
    QMetaObject::invokeMethod(
        m_worker, [connection = m_connection] { connection->db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void BackgroundCounter::submit(const QString &key, QObject *receiver, Job job, Done done)
{
    quint64 ticket = 0;
    {
        QMutexLocker lock(&m_shared->mutex);
        ticket = ++m_shared->nextTicket;
        m_shared->latest.insert(key, ticket);
        ++m_shared->pending;
    }
    const std::shared_ptr<Shared> shared = m_shared;
    const std::shared_ptr<Connection> connection = m_connection;
    const QPointer<QObject> target(receiver);
    // Results go back through this object, which outlives the counting thread; the receiver is
    // checked on its own thread.
    const auto deliver = [this, shared, key, ticket, target, done](const Counts &counts) {
        QMetaObject::invokeMethod(
            this,
            [shared, key, ticket, target, done, counts] {
                if (target && shared->isLatest(key, ticket))
                    done(counts);
            },
            Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
        m_worker,
        [shared, connection, key, ticket, job = std::move(job), deliver] {
            if (shared->isLatest(key, ticket)) {
                const auto count = [&connection, &job]() -> Counts {
                    if (!connection->db) {
                        auto opened = Database::open(connection->path, connection->mode);
                        if (!opened)
                            return opened.error();
                        connection->db = std::move(*opened);
                    }
                    Counts counts = job(*connection->db);
                    // A server that went away: its connection goes, and the next try connects anew.
                    if (!counts && !connection->db->checkConnection())
                        connection->db.reset();
                    return counts;
                };
                Counts counts = count();
                // Once more on a new connection: the server may be back.
                if (!counts && !connection->db)
                    counts = count();
                deliver(counts);
            }
            QMutexLocker lock(&shared->mutex);
            --shared->pending;
        },
        Qt::QueuedConnection);
}

bool BackgroundCounter::isBusy() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->pending > 0;
}

bool BackgroundCounter::waitForIdle(int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (isBusy()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(2);
    }
    return true;
}
