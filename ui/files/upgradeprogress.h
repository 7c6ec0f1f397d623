// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

// Upgrading a portfolio from an earlier release, which on a big file takes a while (a copy of it as
// it is, then every step in one transaction): done on a thread of its own while a progress dialog
// over the window shows how far it is, so that the window keeps painting.
class UpgradeProgress final : public QObject
{
    Q_OBJECT

public:
    explicit UpgradeProgress(QWidget *window);

    // Upgrades `path` when it is an older portfolio, and returns whether it tried. What goes wrong is
    // left for the open that follows, which meets it again and says so.
    bool upgradeIfOlder(const QString &path);

signals:
    // On the window's thread, as the upgrade's statements are done.
    void progressed(int done, int total);

private:
    QWidget *m_window;
};
