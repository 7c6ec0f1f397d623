// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandparser.h"

#include "cli/headlesscommand.h"

#include <QCoreApplication>

CommandParser::CommandParser(const QString &synopsis, const QString &summary)
    : m_synopsis(synopsis)
{
    m_parser.setApplicationDescription(summary);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                          QCoreApplication::translate("Cli", "Shows this help.")));
}

QCommandLineOption CommandParser::option(std::initializer_list<const char *> names, const char *description,
                                         const char *valueName, const char *defaultValue)
{
    QStringList nameList;
    for (const char *name : names)
        nameList << QLatin1String(name);
    const QCommandLineOption option(nameList, QCoreApplication::translate("Cli", description),
                                    valueName ? QLatin1String(valueName) : QString(),
                                    defaultValue ? QLatin1String(defaultValue) : QString());
    m_parser.addOption(option);
    return option;
}

bool CommandParser::parse(const QStringList &arguments, QTextStream &out, QTextStream &err, int *exitCode)
{
    QStringList all = arguments;
    all.prepend(QStringLiteral("pactline"));
    if (!m_parser.parse(all)) {
        err << m_parser.errorText() << "\n"
            << QCoreApplication::translate("Cli", "Usage: pactline ") << m_synopsis << "\n";
        *exitCode = ExitUsage;
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out << QCoreApplication::translate("Cli", "Usage: pactline ") << m_synopsis << "\n\n"
            << m_parser.helpText().section(QLatin1Char('\n'), 1);
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

int CommandParser::usage(QTextStream &err, const QString &hint) const
{
    err << QCoreApplication::translate("Cli", "Usage: pactline ") << m_synopsis << "\n";
    if (!hint.isEmpty())
        err << hint << "\n";
    return ExitUsage;
}

bool CommandParser::expectPositional(int count, QTextStream &err, int *exitCode) const
{
    if (m_parser.positionalArguments().size() == count)
        return true;
    *exitCode = usage(err);
    return false;
}

bool CommandParser::parseFile(const QStringList &arguments, const QString &fileDescription, QString *file,
                              QTextStream &out, QTextStream &err, int *exitCode)
{
    m_parser.addPositionalArgument(QStringLiteral("FILE"), fileDescription);
    if (!parse(arguments, out, err, exitCode) || !expectPositional(1, err, exitCode))
        return false;
    *file = m_parser.positionalArguments().constFirst();
    return true;
}
