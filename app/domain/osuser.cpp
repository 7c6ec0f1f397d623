// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/osuser.h"

#include <QDir>
#include <QFileInfo>
#include <QtGlobal>

QString osUserName()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    // A session that sets none of them (a service, a container): the home folder is named after
    // the user on every desktop system.
    return QFileInfo(QDir::homePath()).fileName();
}
