// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trash/trashactions.h"

#include "mainwindow.h"
#include "records/recordview.h"
#include "store/database.h"
#include "trash/trashdialog.h"

#include <QAction>
#include <QMenu>

TrashActions::TrashActions(MainWindow &window)
    : QObject(&window)
    , m_window(window)
    , m_trash(new QAction(tr("&Trash…"), this))
{
    setObjectName(QStringLiteral("trashActions"));
    m_trash->setObjectName(QStringLiteral("actionTrash"));
    m_trash->setStatusTip(tr("Deleted records, to restore or to delete for good."));
    connect(m_trash, &QAction::triggered, this, &TrashActions::showTrash);
}

TrashActions *TrashActions::addTo(MainWindow &window)
{
    auto *actions = new TrashActions(window);
    QMenu *edit = window.editMenu();
    const QList<QAction *> items = edit->actions();
    QAction *before = nullptr;
    for (int i = 0; i + 1 < items.size(); ++i)
        if (items.at(i)->objectName() == QLatin1String("actionDelete"))
            before = items.at(i + 1);
    edit->insertAction(before, actions->m_trash);
    connect(&window, &MainWindow::portfolioOpened, actions, &TrashActions::updateEnabled);
    connect(&window, &MainWindow::portfolioClosed, actions, &TrashActions::updateEnabled);
    actions->updateEnabled();
    return actions;
}

void TrashActions::updateEnabled()
{
    m_trash->setEnabled(m_window.database() && !m_window.database()->isReadOnly());
}

TrashDialog *TrashActions::showTrash()
{
    Database *db = m_window.database();
    if (!db || db->isReadOnly())
        return nullptr;
    if (!m_dialog) {
        m_dialog = new TrashDialog(*db, &m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &TrashDialog::restored, this, [this](const QString &table, qint64 id) {
            const QString view = table == QLatin1String("partner")     ? QStringLiteral("partners")
                                 : table == QLatin1String("agreement") ? QStringLiteral("agreements")
                                 : table == QLatin1String("milestone") ? QStringLiteral("milestones")
                                 : table == QLatin1String("event")     ? QStringLiteral("events")
                                                                       : QString();
            if (!view.isEmpty() && m_window.showView(view))
                m_window.recordView(view)->selectId(id);
        });
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}
