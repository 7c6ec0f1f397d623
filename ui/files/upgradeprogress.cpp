// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/upgradeprogress.h"

#include "store/database.h"
#include "store/fileheader.h"
#include "store/migrations.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

#include <memory>

UpgradeProgress::UpgradeProgress(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("upgradeProgress"));
}

bool UpgradeProgress::upgradeIfOlder(const QString &path)
{
    const Result<FileHeader> header = FileHeader::read(path);
    if (!header || header->userVersion < 1 || header->userVersion >= Migrations::currentVersion())
        return false;
    QProgressDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("upgradeProgressDialog"));
    dialog.setWindowTitle(tr("Upgrading Portfolio"));
    dialog.setLabelText(
        tr("Upgrading “%1” to this version of Pactline. A copy of it as it is comes first (%2).")
            .arg(QFileInfo(path).fileName(),
                 QFileInfo(path).fileName() + QStringLiteral(".before-v%1").arg(Migrations::currentVersion())));
    dialog.setCancelButton(nullptr);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setRange(0, 0); // busy until the first statement is done
    connect(this, &UpgradeProgress::progressed, &dialog, [&dialog](int done, int total) {
        dialog.setMaximum(total);
        dialog.setValue(done);
    });
    dialog.show();

    std::unique_ptr<QThread> worker(QThread::create([this, path] {
        // Its own connection on its own thread, closed when done: the window then opens the
        // upgraded file as any other.
        const auto upgraded = Database::open(path, Database::Mode::ReadWrite, [this](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progressed(done, total); }, Qt::QueuedConnection);
        });
    }));
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    // Progress still queued arrives before the dialog goes.
    QCoreApplication::sendPostedEvents(this);
    return true;
}
