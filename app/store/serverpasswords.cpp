// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/serverpasswords.h"

#include "store/serveraddress.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QThread>

#include <functional>

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

// What a keychain job said.
struct JobOutcome
{
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QString text;
};

// Runs a keychain job to its end. The job deletes itself once finished (QtKeychain may still
// refer to it after its finished signal), and is only ever started on the application's thread,
// where QtKeychain's queue lives.
JobOutcome runToEnd(QKeychain::Job *job, const std::function<QString()> &text = {})
{
    JobOutcome outcome;
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        outcome.error = done->error();
        outcome.errorString = done->errorString();
        if (text)
            outcome.text = text();
        loop.quit();
    });
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return outcome;
}

// Whether the keychain may be asked from here: only from the application's own thread.
bool onApplicationThread()
{
    return QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread();
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
    if (!onApplicationThread())
        return {Outcome::NotFound, {}, {}};
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(key);
    const JobOutcome outcome = runToEnd(job, [job] { return job->textData(); });
    if (outcome.error != QKeychain::NoError)
        return {Outcome::NotFound, {}, {}};
    keepForThisRun(key, outcome.text);
    return {Outcome::Found, outcome.text, {}};
}

ServerPasswords::Answer ServerPasswords::store(const QString &key, const QString &password)
{
    keepForThisRun(key, password);
    JobOutcome outcome;
    outcome.errorString = QCoreApplication::translate("ServerPasswords", "asked from another thread");
    if (onApplicationThread()) {
        auto *job = new QKeychain::WritePasswordJob(service());
        job->setKey(key);
        job->setTextData(password);
        outcome = runToEnd(job);
    }
    if (outcome.error == QKeychain::NoError)
        return {Outcome::Stored, {}, {}};
    return {Outcome::InMemory,
            {},
            QCoreApplication::translate("ServerPasswords",
                                        "The system keychain did not take the password (%1): it is kept until "
                                        "Pactline closes and asked for again next time.")
                .arg(outcome.errorString)};
}

ServerPasswords::Answer ServerPasswords::forget(const QString &key)
{
    {
        InMemory &memory = inMemory();
        const QMutexLocker lock(&memory.mutex);
        memory.passwords.remove(key);
    }
    JobOutcome outcome;
    outcome.errorString = QCoreApplication::translate("ServerPasswords", "asked from another thread");
    if (onApplicationThread()) {
        auto *job = new QKeychain::DeletePasswordJob(service());
        job->setKey(key);
        outcome = runToEnd(job);
    }
    if (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound)
        return {Outcome::Stored, {}, {}};
    return {Outcome::Failed,
            {},
            QCoreApplication::translate("ServerPasswords", "The system keychain did not remove the password: %1")
                .arg(outcome.errorString)};
}
