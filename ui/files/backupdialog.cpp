// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/backupdialog.h"

#include "exchange/autobackup.h"
#include "files/backupactions.h"
#include "store/database.h"
#include "windowcontext.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

BackupDialog::BackupDialog(BackupActions &actions, const QString &portfolioPath, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_portfolio(portfolioPath)
    , m_list(new QTreeWidget(this))
    , m_keep(new QSpinBox(this))
    , m_folder(new QLabel(this))
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Backups of %1").arg(QFileInfo(portfolioPath).fileName()));
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setHeaderLabels({tr("Taken"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_keep->setObjectName(QStringLiteral("backupKeep"));
    m_keep->setRange(0, 365);
    m_keep->setSuffix(tr(" backups"));
    m_keep->setSpecialValueText(tr("none (no automatic backups)"));
    m_keep->setValue(AutoBackup::keepSetting());
    connect(m_keep, &QSpinBox::valueChanged, this, [](int keep) { AutoBackup::setKeepSetting(keep); });
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("Keep the newest:"), m_keep);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *now = buttons->addButton(tr("Back Up Now"), QDialogButtonBox::ActionRole);
    now->setObjectName(QStringLiteral("backUpNow"));
    auto *restore = buttons->addButton(tr("Restore…"), QDialogButtonBox::ActionRole);
    restore->setObjectName(QStringLiteral("restoreBackup"));
    connect(now, &QPushButton::clicked, this, &BackupDialog::backUpNow);
    connect(restore, &QPushButton::clicked, this, &BackupDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this, restore] { restore->setEnabled(!m_list->selectedItems().isEmpty()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("A backup is taken when the portfolio opens and its newest backup is more "
                                    "than a day old."),
                                 this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_folder);
    layout->addLayout(form);
    layout->addWidget(buttons);
    refresh();
    restore->setEnabled(false);
    resize(520, 380);
}

void BackupDialog::refresh()
{
    m_list->clear();
    for (const AutoBackup::Backup &backup : AutoBackup::list(m_portfolio)) {
        auto *item = new QTreeWidgetItem(m_list, {QLocale().toString(backup.takenAt.toLocalTime(), QLocale::LongFormat),
                                                  QLocale().formattedDataSize(QFileInfo(backup.path).size())});
        item->setData(0, Qt::UserRole, backup.path);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_folder->setText(tr("In %1").arg(QDir::toNativeSeparators(AutoBackup::folderFor(m_portfolio))));
}

void BackupDialog::backUpNow()
{
    Database *db = m_actions.context().database();
    if (!db)
        return;
    m_actions.waitForBackup();
    const Result<QString> taken = AutoBackup::take(*db);
    if (!taken)
        QMessageBox::warning(this, windowTitle(), taken.error().message);
    else if (m_keep->value() > 0)
        AutoBackup::prune(m_portfolio, m_keep->value());
    refresh();
}

void BackupDialog::restoreSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    if (m_actions.restoreFrom(selected.constFirst()->data(0, Qt::UserRole).toString())) {
        m_actions.context().openFile(m_portfolio);
        accept();
    }
}
