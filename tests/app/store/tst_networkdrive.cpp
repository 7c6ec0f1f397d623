// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A portfolio on a network drive: the decision over file system type names and share paths, and what
// follows from it in the store and on the command line. No network file system can be mounted where
// these tests run, so the store and the commands are driven through a share path (//host/…), which
// Linux resolves as a local one: the same decision, a real file.
#include "store/database.h"
#include "store/networkdrive.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

// The sample portfolio in `dir`, and the same file reached through a share path (//tmp/…).
std::pair<QString, QString> sampleOnAShare(const QTemporaryDir &dir)
{
    const QString local = createSamplePortfolio(dir);
    return {local, QLatin1Char('/') + local};
}

} // namespace

class TestNetworkDrive : public QObject
{
    Q_OBJECT

private slots:
    void fileSystemTypes_data();
    void fileSystemTypes();
    void sharePaths_data();
    void sharePaths();
    void localFileIsNotOnTheNetwork();
    void storeOnlyReadsFromAShare();
    void commandsThatWriteRefuseAShare();
};

void TestNetworkDrive::fileSystemTypes_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<bool>("network");
    for (const char *type : {"cifs", "smb3", "smbfs", "nfs", "nfs4", "NFS", "9p", "fuse.sshfs", "sshfs", "afpfs",
                             "webdav", "davfs", "ceph", "fuse.smbnetfs", "afs"})
        QTest::newRow(type) << QByteArray(type) << true;
    for (const char *type : {"ext4", "xfs", "btrfs", "tmpfs", "overlay", "apfs", "hfs", "NTFS", "ReFS", "FAT32",
                             "exFAT", "fuseblk", "fuse.bindfs", "zfs", ""})
        QTest::newRow(*type ? type : "empty") << QByteArray(type) << false;
}

void TestNetworkDrive::fileSystemTypes()
{
    QFETCH(QByteArray, type);
    QFETCH(bool, network);
    QCOMPARE(NetworkDrive::isNetworkType(type), network);
    QCOMPARE(NetworkDrive::isOnNetwork(QStringLiteral("/home/a/p.pactline"), type), network);
}

void TestNetworkDrive::sharePaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("share");
    QTest::newRow("UNC") << QStringLiteral("\\\\server\\office\\p.pactline") << true;
    QTest::newRow("UNC, forward") << QStringLiteral("//server/office/p.pactline") << true;
    QTest::newRow("long path") << QStringLiteral("\\\\?\\C:\\data\\p.pactline") << false;
    QTest::newRow("device") << QStringLiteral("\\\\.\\C:\\p.pactline") << false;
    QTest::newRow("drive") << QStringLiteral("C:\\data\\p.pactline") << false;
    QTest::newRow("posix") << QStringLiteral("/home/a/p.pactline") << false;
    QTest::newRow("three slashes") << QStringLiteral("///home/a/p.pactline") << false;
    QTest::newRow("relative") << QStringLiteral("p.pactline") << false;
}

void TestNetworkDrive::sharePaths()
{
    QFETCH(QString, path);
    QFETCH(bool, share);
    QCOMPARE(NetworkDrive::isSharePath(path), share);
    QCOMPARE(NetworkDrive::isOnNetwork(path, "ext4"), share);
}

void TestNetworkDrive::localFileIsNotOnTheNetwork()
{
    QTemporaryDir dir;
    const QString path = createSamplePortfolio(dir);
    QVERIFY(!NetworkDrive::holds(path));
    QVERIFY(!NetworkDrive::holds(dir.filePath(QStringLiteral("not-yet.pactline"))));
}

void TestNetworkDrive::storeOnlyReadsFromAShare()
{
#ifndef Q_OS_LINUX
    QSKIP("//host/… is a local path only on Linux");
#endif
    QTemporaryDir dir;
    const auto [local, share] = sampleOnAShare(dir);
    QVERIFY(QFile::exists(share));
    QVERIFY(NetworkDrive::holds(share));
    const QByteArray before = fileChecksum(local);
    {
        const auto writable = Database::open(share);
        QVERIFY(!writable);
        QCOMPARE(writable.error().kind, StoreError::Kind::ReadOnly);
        QVERIFY2(writable.error().message.contains(QStringLiteral("network drive")),
                 qPrintable(writable.error().message));
        const auto readable = Database::open(share, Database::Mode::ReadOnly);
        QVERIFY2(readable, readable ? "" : qPrintable(readable.error().message));
        QVERIFY((*readable)->isReadOnly());
    }
    QCOMPARE(fileChecksum(local), before);
    const QString created = QLatin1Char('/') + dir.filePath(QStringLiteral("new.pactline"));
    QVERIFY(!Database::create(created));
    QVERIFY(!QFile::exists(created));
}

void TestNetworkDrive::commandsThatWriteRefuseAShare()
{
#ifndef Q_OS_LINUX
    QSKIP("//host/… is a local path only on Linux");
#endif
    QTemporaryDir dir;
    const auto [local, share] = sampleOnAShare(dir);
    const QByteArray before = fileChecksum(local);
    const QString csv = dir.filePath(QStringLiteral("partners.csv"));
    QVERIFY(writeFile(csv, "name,kind,country\nNew Partner,company,NL\n"));

    const ProcessResult import = runPactline({QStringLiteral("import"), share, QStringLiteral("--partners"), csv});
    QVERIFY2(import.exitCode == 2, qPrintable(import.out + import.err));
    QVERIFY2(import.err.contains(QStringLiteral("network drive")), qPrintable(import.err));
    const ProcessResult created =
        runPactline({QStringLiteral("new"), QLatin1Char('/') + dir.filePath(QStringLiteral("new.pactline"))});
    QVERIFY2(created.exitCode == 2 && created.err.contains(QStringLiteral("network drive")),
             qPrintable(created.out + created.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("new.pactline"))));
    // Reading works.
    QCOMPARE(runPactline({QStringLiteral("check"), share}).exitCode, 0);
    const ProcessResult exported =
        runPactline({QStringLiteral("export"), share, QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("-o"), dir.filePath(QStringLiteral("out.json"))});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.out + exported.err));
    QCOMPARE(fileChecksum(local), before);
}

QTEST_GUILESS_MAIN(TestNetworkDrive)
#include "tst_networkdrive.moc"
