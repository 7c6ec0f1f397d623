// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trash/trashactions.h"

#include "records/recordview.h"
#include "store/database.h"
#include "trash/trashdialog.h"
#include "windowcontext.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

TrashActions::TrashActions(WindowContext &context)
    : WindowActions(context, QStringLiteral("trashActions"))
    , m_trash(newAction(tr("&Trash…"), QStringLiteral("actionTrash"),
                        tr("Deleted records, to restore or to delete for good."), [this] { showTrash(); }))
{
    QMenu *edit = context.editMenu();
    const QList<QAction *> items = edit->actions();
    QAction *before = nullptr;
    for (int i = 0; i + 1 < items.size(); ++i)
        if (items.at(i)->objectName() == QLatin1String("actionDelete"))
            before = items.at(i + 1);
    edit->insertAction(before, m_trash);
    context.followPortfolio(this, [this] { updateEnabled(); });
}

void TrashActions::updateEnabled()
{
    m_trash->setEnabled(context().database() && !context().database()->isReadOnly());
}

TrashDialog *TrashActions::showTrash()
{
    Database *db = context().database();
    if (!db || db->isReadOnly())
        return nullptr;
    if (!m_dialog) {
        m_dialog = new TrashDialog(*db, &context().mainWindow());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &TrashDialog::restored, this, [this](const QString &table, qint64 id) {
            const QString view = table == QLatin1String("partner")     ? QStringLiteral("partners")
                                 : table == QLatin1String("agreement") ? QStringLiteral("agreements")
                                 : table == QLatin1String("milestone") ? QStringLiteral("milestones")
                                 : table == QLatin1String("event")     ? QStringLiteral("events")
                                                                       : QString();
            if (!view.isEmpty() && context().showView(view))
                context().recordView(view)->selectId(id);
        });
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}
