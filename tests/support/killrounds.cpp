// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "killrounds.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace TestSupport {

bool freshCopy(const QString &templatePath, const QString &path)
{
    const QDir folder = QFileInfo(path).dir();
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden))
        if (!QFile::remove(folder.filePath(name)))
            return false;
    return QFile::copy(templatePath, path);
}

QString endRound(QProcess &child, int round, qint64 fullRunMs, int timeoutMs)
{
    if (round > 0) {
        QTest::qSleep(int(QRandomGenerator::global()->bounded(fullRunMs + fullRunMs / 4 + 1)));
        child.kill();
        return child.waitForFinished(30000) ? QString() : QStringLiteral("the killed child did not end");
    }
    if (!child.waitForFinished(timeoutMs))
        return QStringLiteral("the child did not end within %1 ms").arg(timeoutMs);
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return QStringLiteral("the child ended with %1: %2")
            .arg(child.exitCode())
            .arg(QString::fromLocal8Bit(child.readAllStandardError()));
    return {};
}

} // namespace TestSupport
