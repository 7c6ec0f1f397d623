// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

// Skips a kill test where SIGKILL does not exist: on Windows, QProcess::kill() terminates differently.
#ifdef Q_OS_WIN
#define SKIP_WITHOUT_SIGKILL() QSKIP("SIGKILL is POSIX; QProcess::kill() terminates differently on Windows")
#else
#define SKIP_WITHOUT_SIGKILL()
#endif

namespace TestSupport {

// The rounds of a test that starts a child process on a copy of a portfolio and kills it at a random
// moment, to see the portfolio whole afterwards. Round 0 lets the child run to its end, to time it;
// the others kill it at a random moment within that time and a quarter more (some of them finish).
class KillRounds
{
public:
    // The copies go to path; round 0 waits up to timeoutMs for the child's end.
    KillRounds(const QString &templatePath, const QString &path, int timeoutMs);

    // Puts a fresh copy of the template at the path, alone in its folder (no journal or copy left from
    // before), and starts the child; false when either failed.
    bool start(QProcess &child, const QString &program, const QStringList &arguments);
    // Ends the round: what went wrong (the child did not end, or round 0's ended unclean), or nothing.
    QString end(QProcess &child, int round);

    // How long round 0's child ran from its start, unless a test timed the part that matters itself.
    qint64 fullRunMs() const { return m_fullRunMs; }
    void setFullRunMs(qint64 ms) { m_fullRunMs = ms; }

private:
    QString m_template;
    QString m_path;
    int m_timeoutMs;
    QElapsedTimer m_timer;
    qint64 m_fullRunMs = 0;
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
