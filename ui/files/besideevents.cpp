// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/besideevents.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

#include <memory>

void runBesideEvents(QObject *receiver, const std::function<void()> &work)
{
    std::unique_ptr<QThread> worker(QThread::create(work));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    QCoreApplication::sendPostedEvents(receiver);
}
