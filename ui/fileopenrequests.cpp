// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileopenrequests.h"

#include "windowcontext.h"

#include <QCoreApplication>
#include <QFileOpenEvent>
#include <QMainWindow>

FileOpenRequests::FileOpenRequests(WindowContext &context)
    : QObject(&context.mainWindow())
    , m_context(context)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool FileOpenRequests::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FileOpen)
        return QObject::eventFilter(watched, event);
    const QString path = static_cast<QFileOpenEvent *>(event)->file();
    if (!path.isEmpty())
        m_context.openFile(path);
    return true;
}
