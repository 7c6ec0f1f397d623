// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importjob.h"

#include <QThread>

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{}

ImportJob::~ImportJob()
{
    cancel();
    wait();
}

void ImportJob::start(std::function<void(ImportJob &job)> work, std::function<void()> done)
{
    wait();
    m_cancelled = false;
    m_done = 0;
    m_total = 0;
    m_busy = true;
    const quint64 run = ++m_run;
    m_thread = QThread::create([this, work = std::move(work)] { work(*this); });
    // QThread::isRunning() turns false before finished() arrives here: the run is over only now.
    connect(m_thread, &QThread::finished, this, [this, run, done = std::move(done)] {
        if (run != m_run)
            return; // dropped by wait(), or replaced by a newer run
        m_busy = false;
        if (done)
            done();
    });
    m_thread->start();
}

void ImportJob::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    ++m_run;
    m_busy = false;
}
