// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "server/connectdialog.h"
#include "store/serveraddress.h"
#include "store/serverpasswords.h"

void MainWindow::connectToServer(const QString &url, const QString &problem)
{
    if (!settleChangedForm())
        return;
    ConnectDialog dialog(this);
    if (const Result<ServerAddress> known = ServerAddress::parse(url); !url.isEmpty() && known)
        dialog.setAddress(*known);
    if (!problem.isEmpty())
        dialog.showProblem(problem);
    const bool connect = m_runServerDialog ? m_runServerDialog(dialog) : dialog.exec() == QDialog::Accepted;
    if (!connect)
        return;
    const ServerAddress address = dialog.address();
    const QString key = ServerPasswords::keyOf(address);
    if (!dialog.keepsPassword()) {
        ServerPasswords::forget(key);
        ServerPasswords::keepForThisRun(key, address.password);
    } else if (const ServerPasswords::Answer kept = ServerPasswords::store(key, address.password);
               kept.outcome != ServerPasswords::Outcome::Stored) {
        showStatusMessage(kept.message, MessageShownMs);
    }
    openFile(address.url());
}
