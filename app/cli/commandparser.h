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
    // Adds an option: its names, its description (a QT_TRANSLATE_NOOP in the context "Cli"), and,
    // when it takes a value, the value's name in the usage and its default.
    QCommandLineOption option(std::initializer_list<const char *> names, const char *description,
                              const char *valueName = nullptr, const char *defaultValue = nullptr);
    // Parses; on --help prints the usage to out, on errors to err. Returns false when the
    // command should stop, with *exitCode set.
    bool parse(const QStringList &arguments, QTextStream &out, QTextStream &err, int *exitCode);
    // Prints the usage, and the hint after it; returns ExitUsage.
    int usage(QTextStream &err, const QString &hint = {}) const;
    // Checks the number of positional arguments; prints a usage error when it differs.
    bool expectPositional(int count, QTextStream &err, int *exitCode) const;
    // parse() for a command on one file, FILE (so described in the usage), which it sets *file to.
    bool parseFile(const QStringList &arguments, const QString &fileDescription, QString *file, QTextStream &out,
                   QTextStream &err, int *exitCode);

private:
    QString m_synopsis;
    QCommandLineParser m_parser;
};
