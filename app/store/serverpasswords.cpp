// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/serverpasswords.h"

#include "store/serveraddress.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QMutex>

namespace {

// Passwords of this run where no keychain answers.
struct InMemory
{
    QMutex mutex;
    QHash<QString, QString> passwords;
};

InMemory &inMemory()
{
    static InMemory memory;
    return memory;
}

// Starts the job and waits for it to finish.
void runToEnd(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

QString ServerPasswords::service()
{
    return QStringLiteral("Pactline");
}

QString ServerPasswords::keyOf(const QString &user, const QString &host, int port, const QString &database)
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

void ServerPasswords::keepForThisRun(const QString &key, const QString &password)
{
    InMemory &memory = inMemory();
    const QMutexLocker lock(&memory.mutex);
    memory.passwords.insert(key, password);
}

QString ServerPasswords::keyOf(const ServerAddress &address)
{
    return keyOf(address.user, address.host, address.port, address.database);
}

ServerPasswords::Answer ServerPasswords::read(const QString &key)
{
    {
        InMemory &memory = inMemory();
        const QMutexLocker lock(&memory.mutex);
        if (const auto it = memory.passwords.constFind(key); it != memory.passwords.constEnd())
            return {Outcome::Found, *it, {}};
    }
    QKeychain::ReadPasswordJob job(service());
    job.setKey(key);
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return {Outcome::NotFound, {}, {}};
    keepForThisRun(key, job.textData());
    return {Outcome::Found, job.textData(), {}};
}

ServerPasswords::Answer ServerPasswords::store(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(service());
    job.setKey(key);
    job.setTextData(password);
    runToEnd(job);
    keepForThisRun(key, password);
    if (job.error() == QKeychain::NoError)
        return {Outcome::Stored, {}, {}};
    return {Outcome::InMemory, {},
            QCoreApplication::translate("ServerPasswords",
                                        "The system keychain did not take the password (%1): it is kept until "
                                        "Pactline closes and asked for again next time.")
                .arg(job.errorString())};
}

ServerPasswords::Answer ServerPasswords::forget(const QString &key)
{
    {
        InMemory &memory = inMemory();
        const QMutexLocker lock(&memory.mutex);
        memory.passwords.remove(key);
    }
    QKeychain::DeletePasswordJob job(service());
    job.setKey(key);
    runToEnd(job);
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return {Outcome::Stored, {}, {}};
    return {Outcome::Failed, {},
            QCoreApplication::translate("ServerPasswords", "The system keychain did not remove the password: %1")
                .arg(job.errorString())};
}
