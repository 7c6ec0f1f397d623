// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QTextStream>

// A QCommandLineParser for one command's arguments that reports usage errors to err.
class CommandParser
{
public:
    CommandParser(const QString &synopsis, const QString &summary);

    QCommandLineParser &parser() { return m_parser; }
    // Parses; on --help prints the usage to out, on errors to err. Returns false when the
    // command should stop, with *exitCode set.
    bool parse(const QStringList &arguments, QTextStream &out, QTextStream &err, int *exitCode);
    // Checks the number of positional arguments; prints a usage error when it differs.
    bool expectPositional(int count, QTextStream &err, int *exitCode) const;

private:
    QString m_synopsis;
    QCommandLineParser m_parser;
};
