// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "files/copyprogress.h"
#include "server/connectdialog.h"
#include "store/database.h"
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
    keepPassword(dialog);
    openFile(dialog.address().url());
}

void MainWindow::keepPassword(const ConnectDialog &dialog)
{
    const ServerAddress address = dialog.address();
    const QString key = ServerPasswords::keyOf(address);
    if (!dialog.keepsPassword()) {
        ServerPasswords::forget(key);
        ServerPasswords::keepForThisRun(key, address.password);
    } else if (const ServerPasswords::Answer kept = ServerPasswords::store(key, address.password);
               kept.outcome != ServerPasswords::Outcome::Stored) {
        showStatusMessage(kept.message, MessageShownMs);
    }
}

void MainWindow::publishToServer()
{
    if (!m_db || !settleChangedForm())
        return;
    ConnectDialog dialog(this);
    dialog.setWindowTitle(tr("Publish to Server"));
    dialog.showProblem(tr("The database must exist and be empty; the portfolio is copied into it whole, with "
                          "its history, and opened there."));
    const bool publish = m_runServerDialog ? m_runServerDialog(dialog) : dialog.exec() == QDialog::Accepted;
    if (!publish)
        return;
    keepPassword(dialog);
    const ServerAddress address = dialog.address();
    const Result<PortfolioCopy::Outcome> copied = CopyProgress(this).copy(m_db->path(), address.url());
    if (!copied) {
        m_reportError(tr("Cannot publish to the server"), copied.error().message);
        return;
    }
    if (*copied == PortfolioCopy::Outcome::Cancelled) {
        showStatusMessage(tr("Publishing was cancelled; nothing was copied to the server."), MessageShownMs);
        return;
    }
    if (openFile(address.url()))
        showStatusMessage(tr("Published to %1; you are working on the server now.").arg(address.displayName()),
                          MessageShownMs);
}

void MainWindow::followServer()
{
    updateEditing();
    updateBanner();
    if (m_db && m_db->isServerReachable())
        showStatusMessage(tr("The server of “%1” is back; changes are saved again.").arg(m_db->displayName()),
                          MessageShownMs);
}
