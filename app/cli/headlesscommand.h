// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QTextStream;

// Exit codes of every command: 0 ok, 1 the data has problems, 2 usage or unreadable input.
enum ExitCode
{
    ExitOk = 0,
    ExitDataProblems = 1,
    ExitUsage = 2
};

// Says what went wrong on err and gives the exit code for it (ExitUsage: the input could not be used).
int failed(QTextStream &err, const QString &message);

// A command that runs without a display: `pactline NAME ARGS...`.
struct HeadlessCommand
{
    QString name;
    QString synopsis; // "new FILE [--sample]"
    QString summary;  // one line for --help
    // arguments: everything after the command name. Writes results to out, problems to err.
    std::function<int(const QStringList &arguments, QTextStream &out, QTextStream &err)> run;
    // Whether it draws text (PDF reports): then it runs in a QGuiApplication on the offscreen platform.
    bool paints = false;
};

// All headless commands, in the order --help lists them.
QList<HeadlessCommand> headlessCommands();
