// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QProcess>
#include <QString>
#include <QTest>

// The tests that start a child process on a copy of a portfolio and kill it at a random moment, round
// after round, to see the portfolio whole afterwards.
namespace TestSupport {

// Puts a fresh copy of the template at path, alone in its folder (no journal or copy left from before).
bool freshCopy(const QString &templatePath, const QString &path);

// Ends a round on a child that has started. Round 0 lets the child run to its end (within timeoutMs), to
// time it; the others kill it at a random moment within fullRunMs and a quarter more (some of them
// finish). Returns what went wrong (the child did not end, or round 0's ended unclean), or nothing.
QString endRound(QProcess &child, int round, qint64 fullRunMs, int timeoutMs);

// The main() of a kill test: the child's work (runChild on the path) when started as `--child path`,
// else the test.
template<typename Test>
int runChildOrTest(int argc, char **argv, int (*runChild)(const QString &path))
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]));
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace TestSupport
