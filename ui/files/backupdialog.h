// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class BackupActions;
class QLabel;
class QSpinBox;
class QTreeWidget;

// File > Backups…: the automatic backups of the open portfolio, newest first; how many to keep
// (0 turns automatic backups off); Back Up Now; and Restore, which goes through BackupActions.
class BackupDialog final : public QDialog
{
    Q_OBJECT

public:
    BackupDialog(BackupActions &actions, const QString &portfolioPath, QWidget *parent = nullptr);

    void refresh();
    void backUpNow();
    void restoreSelected();
    QTreeWidget *list() const { return m_list; }
    QSpinBox *keep() const { return m_keep; }

private:
    BackupActions &m_actions;
    QString m_portfolio;
    QTreeWidget *m_list;
    QSpinBox *m_keep;
    QLabel *m_folder;
};
