// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/upgradeprogress.h"

#include "files/besideevents.h"
#include "store/database.h"
#include "store/fileheader.h"
#include "store/migrations.h"

#include <QFileInfo>
#include <QProgressDialog>

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

    // Its own connection on its own thread, closed when done: the window then opens the upgraded
    // file as any other.
    runBesideEvents(this, [this, path] {
        const auto upgraded = Database::open(path, Database::Mode::ReadWrite, [this](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progressed(done, total); }, Qt::QueuedConnection);
        });
    });
    return true;
}
