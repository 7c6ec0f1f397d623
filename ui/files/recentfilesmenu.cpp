// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/recentfilesmenu.h"

#include "store/serveraddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {

constexpr int MaxRecentFiles = 8;

QString settingsKey()
{
    return QStringLiteral("recentFiles");
}

// A file by its name, a server by user@host/database.
QString displayName(const QString &location)
{
    if (const Result<ServerAddress> server = ServerAddress::parse(location);
        ServerAddress::isServerAddress(location) && server)
        return server->displayName();
    return QFileInfo(location).fileName();
}

} // namespace

RecentFilesMenu::RecentFilesMenu(QWidget *parent)
    : QMenu(QCoreApplication::translate("MainWindow", "Open &Recent"), parent)
{
    setObjectName(QStringLiteral("menuOpenRecent"));
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::fill);
    fill();
}

void RecentFilesMenu::remember(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(settingsKey()).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(settingsKey(), recent.mid(0, MaxRecentFiles));
}

void RecentFilesMenu::fill()
{
    clear();
    const QStringList recent = QSettings().value(settingsKey()).toStringList();
    int number = 1;
    for (const QString &path : recent) {
        QAction *action = addAction(QStringLiteral("&%1 %2").arg(number++).arg(displayName(path)), this,
                                    [this, path] { emit openRequested(path); });
        const QString where = ServerAddress::isServerAddress(path) ? path : QDir::toNativeSeparators(path);
        action->setToolTip(where);
        action->setStatusTip(where);
    }
    if (recent.isEmpty()) {
        addAction(QCoreApplication::translate("MainWindow", "No recent portfolios"))->setEnabled(false);
        return;
    }
    addSeparator();
    QAction *clearAction = addAction(QCoreApplication::translate("MainWindow", "&Clear Menu"), this,
                                     [] { QSettings().remove(settingsKey()); });
    clearAction->setObjectName(QStringLiteral("actionClearRecent"));
}
