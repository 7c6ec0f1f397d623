// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Server passwords in the system keychain. CTest runs this twice: as it is (no keychain: the
// password lives in memory for the run), and under tests/support/with-keyring.sh, which starts a real
// Secret Service (gnome-keyring) in a D-Bus session and temporary home of its own and sets
// PACTLINE_KEYRING_HOME to that home.
#include "store/serverpasswords.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTest>
#include <QThread>

namespace {

// Whether any file under `dir` holds `text` as it is.
bool anyFileHolds(const QString &dir, const QByteArray &text)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestServerPasswords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Pactline"));
        QCoreApplication::setApplicationName(QStringLiteral("pactline-test-serverpasswords"));
    }

    void keyNamesTheServer()
    {
        QCOMPARE(ServerPasswords::keyOf(QStringLiteral("anna"), QStringLiteral("db.example.org"), 5432,
                                        QStringLiteral("lifescience")),
                 QStringLiteral("anna@db.example.org:5432/lifescience"));
    }

    void storesReadsAndForgets()
    {
        const bool keyring = !qEnvironmentVariableIsEmpty("PACTLINE_KEYRING_HOME");
        const QString key = ServerPasswords::keyOf(QStringLiteral("anna"), QStringLiteral("127.0.0.1"), 5432,
                                                   QStringLiteral("portfolio"));
        const QString password = QStringLiteral("Sjöbo-%1-wachtwoord").arg(QCoreApplication::applicationPid());

        QCOMPARE(ServerPasswords::read(key).outcome, ServerPasswords::Outcome::NotFound);
        const ServerPasswords::Answer stored = ServerPasswords::store(key, password);
        QCOMPARE(stored.outcome, keyring ? ServerPasswords::Outcome::Stored : ServerPasswords::Outcome::InMemory);
        if (!keyring)
            QVERIFY2(stored.message.contains(QStringLiteral("until Pactline closes")), qPrintable(stored.message));

        const ServerPasswords::Answer read = ServerPasswords::read(key);
        QCOMPARE(read.outcome, ServerPasswords::Outcome::Found);
        QCOMPARE(read.password, password);
        // Another server's password is another entry.
        QCOMPARE(ServerPasswords::read(ServerPasswords::keyOf(QStringLiteral("anna"), QStringLiteral("127.0.0.1"), 5433,
                                                              QStringLiteral("portfolio")))
                     .outcome,
                 ServerPasswords::Outcome::NotFound);

        // Never in plain text in a file: not in the settings, not in the home the keyring lives in.
        QSettings settings;
        settings.sync();
        QVERIFY(!anyFileHolds(QFileInfo(settings.fileName()).absolutePath(), password.toUtf8()));
        if (keyring)
            QVERIFY(!anyFileHolds(qEnvironmentVariable("PACTLINE_KEYRING_HOME"), password.toUtf8()));

        // Without a keychain it is gone from this run's memory, and the answer says the keychain could
        // not be asked.
        const ServerPasswords::Answer forgotten = ServerPasswords::forget(key);
        QCOMPARE(forgotten.outcome, keyring ? ServerPasswords::Outcome::Stored : ServerPasswords::Outcome::Failed);
        QCOMPARE(forgotten.message.isEmpty(), keyring);
        QCOMPARE(ServerPasswords::read(key).outcome, ServerPasswords::Outcome::NotFound);
    }

    void otherThreadsFindWhatThisRunKeeps()
    {
        // A background connection (the status bar's counts, a benchmark's clients) opens on a thread of
        // its own: it finds the password this run keeps, and never starts a keychain job there (one that
        // did crashed once the application's thread next handled its events).
        const QString kept = QStringLiteral("anna@127.0.0.1:5432/threads");
        const QString unknown = QStringLiteral("anna@127.0.0.1:5432/unknown");
        ServerPasswords::keepForThisRun(kept, QStringLiteral("in-memory"));
        ServerPasswords::Answer found;
        ServerPasswords::Answer missing;
        QThread *thread = QThread::create([&] {
            found = ServerPasswords::read(kept);
            missing = ServerPasswords::read(unknown);
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QCoreApplication::processEvents();
        QTest::qWait(100);
        QCOMPARE(found.outcome, ServerPasswords::Outcome::Found);
        QCOMPARE(found.password, QStringLiteral("in-memory"));
        QCOMPARE(missing.outcome, ServerPasswords::Outcome::NotFound);
        ServerPasswords::forget(kept);
    }

    void keyringHoldsTheEntryForOtherPrograms()
    {
        if (qEnvironmentVariableIsEmpty("PACTLINE_KEYRING_HOME"))
            QSKIP("needs the Secret Service of tests/support/with-keyring.sh");
        // The entry is in the Secret Service itself, where the next run (or the user, in their
        // keychain's window) finds it: secret-tool, another client of the same service, reads it.
        const QString key = QStringLiteral("bert@db.example.org:5432/lifescience");
        QCOMPARE(ServerPasswords::store(key, QStringLiteral("kept-in-the-keyring")).outcome,
                 ServerPasswords::Outcome::Stored);
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("user"), key,
                                                   QStringLiteral("server"), ServerPasswords::service()});
        QVERIFY(tool.waitForFinished());
        QCOMPARE(tool.readAllStandardOutput(), QByteArray("kept-in-the-keyring"));
        QCOMPARE(ServerPasswords::forget(key).outcome, ServerPasswords::Outcome::Stored);
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("user"), key,
                                                   QStringLiteral("server"), ServerPasswords::service()});
        QVERIFY(tool.waitForFinished());
        QVERIFY(tool.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerPasswords)
#include "tst_serverpasswords.moc"
