// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

// File ▸ Open Recent: the portfolios opened last (files, and servers by user@host/database), newest
// first, as the settings keep them, and Clear Menu.
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);

    // Puts a portfolio first in the list (an absolute path).
    static void remember(const QString &path);

signals:
    void openRequested(const QString &path);

private:
    void fill();
};
