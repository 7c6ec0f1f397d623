// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/headlesscommand.h"

#include "cli/backupcommand.h"
#include "cli/checkcommand.h"
#include "cli/copycommand.h"
#include "cli/exportcommand.h"
#include "cli/historycommand.h"
#include "cli/importcommand.h"
#include "cli/newcommand.h"
#include "cli/personcommand.h"
#include "cli/reportcommand.h"

#include <QTextStream>

QList<HeadlessCommand> headlessCommands()
{
    return {newCommand(),    checkCommand(), reportCommand(), importCommand(), exportCommand(),
            backupCommand(), copyCommand(),  personCommand(), historyCommand()};
}

int failed(QTextStream &err, const QString &message)
{
    err << message << "\n";
    return ExitUsage;
}
