// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// Skips a kill test where SIGKILL does not exist: on Windows, QProcess::kill() terminates differently.
#ifdef Q_OS_WIN
#define SKIP_WITHOUT_SIGKILL() QSKIP("SIGKILL is POSIX; QProcess::kill() terminates differently on Windows")
#else
#define SKIP_WITHOUT_SIGKILL()
#endif

namespace TestSupport {

// The rounds of a test that starts a child process on a copy of a portfolio and kills it at a random
// moment, to see the portfolio whole afterwards. Round 0 lets the child run to its end, to time it;
// the others kill it at a random moment within that time and a quarter more (some of them finish),
// one in each of as many equal spans of it as there are killed rounds: the kills spread over the whole
// run, so that every part of it longer than a span is hit, each run at other moments.
class KillRounds
{
public:
    // The copies are named fileName, in a folder of their own; round 0 waits up to timeoutMs for the
    // child's end.
    KillRounds(const QString &templatePath, const QString &fileName, int timeoutMs);

    // How many rounds to kill: PACTLINE_KILL_ROUNDS when set (a longer hunt by hand), else `usual`.
    // Each run kills at new random moments, so the runs of CI add up to many more.
    static int count(int usual);

    // Where the copy is, and another file beside it.
    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return m_folder.filePath(name); }

    // Round 0 and then `rounds` killed rounds of the child, each on a fresh copy: begun(child), when
    // given, waits for the moment from which the kill is timed, and afterRound(round, child) looks at
    // what the child left (their QVERIFYs fail the test); stops at the first failure. `work` names
    // what the child does, for the line that gives round 0's time.
    using Look = std::function<void(int round, QProcess &child)>;
    bool run(int rounds, const char *work, const QString &program, const QStringList &arguments, const Look &afterRound,
             const std::function<void(QProcess &child)> &begun = {});

    // Times the killed rounds by what the test measured of round 0 (the part that matters) instead of
    // round 0's whole run.
    void setFullRunMs(qint64 ms) { m_fullRunMs = ms; }

private:
    // Puts a fresh copy of the template at the path, alone in its folder (no journal or copy left from
    // before), and starts the child; false when either failed.
    bool start(QProcess &child, const QString &program, const QStringList &arguments);
    // Ends the round: what went wrong (the child did not end, or round 0's ended unclean), or nothing.
    QString end(QProcess &child, int round);

    QString m_template;
    QTemporaryDir m_folder;
    QString m_path;
    int m_timeoutMs;
    QElapsedTimer m_timer;
    qint64 m_fullRunMs = 0;
    int m_rounds = 0;
};

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
