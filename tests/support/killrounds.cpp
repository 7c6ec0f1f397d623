// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "killrounds.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace TestSupport {

KillRounds::KillRounds(const QString &templatePath, const QString &fileName, int timeoutMs)
    : m_template(templatePath)
    , m_path(m_folder.filePath(fileName))
    , m_timeoutMs(timeoutMs)
{}

int KillRounds::count(int usual)
{
    bool ok = false;
    const int rounds = qEnvironmentVariableIntValue("PACTLINE_KILL_ROUNDS", &ok);
    return ok && rounds > 0 ? rounds : usual;
}

bool KillRounds::start(QProcess &child, const QString &program, const QStringList &arguments)
{
    const QDir folder(m_folder.path());
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden))
        if (!QFile::remove(folder.filePath(name)))
            return false;
    if (!QFile::copy(m_template, m_path))
        return false;
    m_timer.start();
    child.start(program, arguments);
    return child.waitForStarted();
}

QString KillRounds::end(QProcess &child, int round)
{
    if (round > 0) {
        const double span = double(m_fullRunMs + m_fullRunMs / 4) / m_rounds;
        QTest::qSleep(int(span * (round - 1 + QRandomGenerator::global()->generateDouble())));
        child.kill();
        return child.waitForFinished(30000) ? QString() : QStringLiteral("the killed child did not end");
    }
    if (!child.waitForFinished(m_timeoutMs))
        return QStringLiteral("the child did not end within %1 ms").arg(m_timeoutMs);
    m_fullRunMs = m_timer.elapsed();
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return QStringLiteral("the child ended with %1: %2")
            .arg(child.exitCode())
            .arg(QString::fromLocal8Bit(child.readAllStandardError()));
    return {};
}

bool KillRounds::run(int rounds, const char *work, const QString &program, const QStringList &arguments,
                     const Look &afterRound, const std::function<void(QProcess &child)> &begun)
{
    m_rounds = rounds;
    for (int round = 0; round <= rounds; ++round) {
        QProcess child;
        if (!start(child, program, arguments)) {
            qWarning("round %d: the child did not start", round);
            return false;
        }
        if (begun)
            begun(child);
        if (QTest::currentTestFailed())
            return false;
        if (const QString ended = end(child, round); !ended.isEmpty()) {
            qWarning("round %d: %s", round, qPrintable(ended));
            return false;
        }
        if (round == 0)
            qInfo("the child (%s) takes %lld ms", work, m_fullRunMs);
        afterRound(round, child);
        if (QTest::currentTestFailed())
            return false;
    }
    return true;
}

} // namespace TestSupport
