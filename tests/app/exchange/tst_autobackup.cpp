// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/autobackup.h"
#include "store/backupwriter.h"
#include "store/database.h"
#include "store/partnerrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class TestAutoBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstOpenTakesABackup();
    void notAgainWithinADay();
    void keepsTheNewest();
    void keepZeroTurnsBackupsOff();
    void recognisesItsBackups();
    void restoreKeepsTheCurrentStateFirst();
    void restoreRefusesADamagedBackup();
    void copyOfAReadOnlyPortfolio();
    void copyNeverOverwritesNorLeavesPartialFiles();
    void keepSetting();

private:
    qint64 partners(const QString &path);
    static QDateTime at(int day, int hour = 9) { return QDateTime(QDate(2024, 5, day), QTime(hour, 15), Qt::UTC); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

void TestAutoBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAutoBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = createSamplePortfolio(*m_dir, QStringLiteral("Portfolio.pactline"));
    auto db = Database::open(m_path);
    QVERIFY(db);
    m_db = std::move(*db);
}

void TestAutoBackup::cleanup()
{
    m_db.reset();
    QDir(AutoBackup::folderFor(m_path)).removeRecursively();
    m_dir.reset();
}

qint64 TestAutoBackup::partners(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    return db ? PartnerRepository(**db).count().value() : -1;
}

void TestAutoBackup::firstOpenTakesABackup()
{
    QVERIFY(AutoBackup::list(m_path).isEmpty());
    const Result<QString> taken = AutoBackup::takeIfDue(*m_db, 7, at(1));
    QVERIFY(taken);
    QCOMPARE(*taken,
             QDir(AutoBackup::folderFor(m_path)).filePath(QStringLiteral("Portfolio 2024-05-01 091500Z.pactline")));
    // In the user's data folder, not beside the portfolio where file dialogs would list it.
    QVERIFY(
        AutoBackup::folderFor(m_path).startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList());
    QCOMPARE(AutoBackup::list(m_path).size(), 1);
    QCOMPARE(AutoBackup::list(m_path).at(0).takenAt, at(1));
    QCOMPARE(partners(*taken), 12);
}

void TestAutoBackup::notAgainWithinADay()
{
    QVERIFY(AutoBackup::takeIfDue(*m_db, 7, at(1)));
    QCOMPARE(AutoBackup::takeIfDue(*m_db, 7, at(2, 8)).value(), QString()); // 23 hours later
    QCOMPARE(AutoBackup::list(m_path).size(), 1);
    QVERIFY(!AutoBackup::takeIfDue(*m_db, 7, at(2, 10))->isEmpty()); // 25 hours later
    QCOMPARE(AutoBackup::list(m_path).size(), 2);
}

void TestAutoBackup::keepsTheNewest()
{
    for (int day = 1; day <= 6; ++day)
        QVERIFY(AutoBackup::takeIfDue(*m_db, 3, at(day)));
    const QList<AutoBackup::Backup> backups = AutoBackup::list(m_path);
    QCOMPARE(backups.size(), 3);
    QCOMPARE(backups.at(0).takenAt, at(6));
    QCOMPARE(backups.at(2).takenAt, at(4));
    // Other files in the folder are left alone.
    const QString other = AutoBackup::folderFor(m_path) + QStringLiteral("/notes.txt");
    QVERIFY(writeFile(other, {}));
    AutoBackup::prune(m_path, 1);
    QCOMPARE(AutoBackup::list(m_path).size(), 1);
    QVERIFY(QFile::exists(other));
}

void TestAutoBackup::keepZeroTurnsBackupsOff()
{
    QCOMPARE(AutoBackup::takeIfDue(*m_db, 0, at(1)).value(), QString());
    QVERIFY(!QDir(AutoBackup::folderFor(m_path)).exists());
}

void TestAutoBackup::recognisesItsBackups()
{
    const QString backup = AutoBackup::takeIfDue(*m_db, 7, at(1)).value();
    const auto of = AutoBackup::backupOf(backup);
    QVERIFY(of);
    QCOMPARE(QFileInfo(of->first).absoluteFilePath(), QFileInfo(m_path).absoluteFilePath());
    QCOMPARE(of->second, at(1));
    QVERIFY(!AutoBackup::backupOf(m_path));
    QVERIFY(!AutoBackup::backupOf(QDir(AutoBackup::folderFor(m_path)).filePath(QStringLiteral("something.pactline"))));
    // Backups that earlier releases kept beside the portfolio, in "NAME backups", still count.
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("Portfolio backups")));
    const QString legacy = m_dir->filePath(QStringLiteral("Portfolio backups/Portfolio 2024-04-30 091500Z.pactline"));
    QVERIFY(QFile::copy(backup, legacy));
    const auto legacyOf = AutoBackup::backupOf(legacy);
    QVERIFY(legacyOf);
    QCOMPARE(QFileInfo(legacyOf->first).absoluteFilePath(), QFileInfo(m_path).absoluteFilePath());
    QCOMPARE(AutoBackup::list(m_path).size(), 2);
    QCOMPARE(AutoBackup::list(m_path).constLast().path, legacy);
    QVERIFY(!AutoBackup::backupOf(m_dir->filePath(QStringLiteral("Portfolio backups/something.pactline"))));
    QVERIFY(
        !AutoBackup::backupOf(m_dir->filePath(QStringLiteral("Other backups/Portfolio 2024-05-01 091500Z.pactline"))));
}

void TestAutoBackup::restoreKeepsTheCurrentStateFirst()
{
    const QString backup = AutoBackup::takeIfDue(*m_db, 7, at(1)).value();
    Partner added;
    added.name = QStringLiteral("Added after the backup");
    QVERIFY(PartnerRepository(*m_db).create(added));
    m_db.reset();
    QCOMPARE(partners(m_path), 13);

    QVERIFY(AutoBackup::restore(backup, m_path, at(3)));
    QCOMPARE(partners(m_path), 12);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
    const QList<AutoBackup::Backup> backups = AutoBackup::list(m_path);
    QCOMPARE(backups.size(), 2);
    QCOMPARE(backups.at(0).takenAt, at(3));
    QCOMPARE(partners(backups.at(0).path), 13); // the state before the restore
    QCOMPARE(partners(backup), 12);
    // The restored file opens for writing as usual.
    auto reopened = Database::open(m_path);
    QVERIFY(reopened);
}

void TestAutoBackup::restoreRefusesADamagedBackup()
{
    const QString backup = AutoBackup::takeIfDue(*m_db, 7, at(1)).value();
    m_db.reset();
    QFile damaged(backup);
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    damaged.resize(damaged.size() / 3);
    damaged.close();
    const QByteArray before = fileChecksum(m_path);
    const Result<void> restored = AutoBackup::restore(backup, m_path, at(2));
    QVERIFY(!restored);
    QVERIFY2(restored.error().message.contains(QStringLiteral("cannot be restored")),
             qPrintable(restored.error().message));
    QCOMPARE(fileChecksum(m_path), before);
    QCOMPARE(AutoBackup::list(m_path).size(), 1);
}

void TestAutoBackup::copyOfAReadOnlyPortfolio()
{
    m_db.reset();
    auto readOnly = Database::open(m_path, Database::Mode::ReadOnly);
    QVERIFY(readOnly);
    const QByteArray before = fileChecksum(m_path);
    const QString copy = m_dir->filePath(QStringLiteral("copy.pactline"));
    QVERIFY(BackupWriter::write(**readOnly, copy));
    QCOMPARE(fileChecksum(m_path), before);
    QCOMPARE(partners(copy), 12);
    // Still read-only afterwards.
    Partner p;
    p.name = QStringLiteral("Refused");
    QVERIFY(!PartnerRepository(**readOnly).create(p));
}

void TestAutoBackup::copyNeverOverwritesNorLeavesPartialFiles()
{
    const QString copy = m_dir->filePath(QStringLiteral("copy.pactline"));
    QVERIFY(writeFile(copy, "keep me"));
    const Result<void> refused = BackupWriter::write(*m_db, copy);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, StoreError::Kind::Exists);
    QCOMPARE(fileChecksum(copy), fileChecksum(copy)); // still readable
    QFile check(copy);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("keep me"));

    QVERIFY(!BackupWriter::write(*m_db, m_dir->filePath(QStringLiteral("no/such/folder/copy.pactline"))));
    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : left)
        QVERIFY2(!name.endsWith(QLatin1String(".partial")), qPrintable(name));
}

void TestAutoBackup::keepSetting()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PactlineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_autobackup"));
    AutoBackup::setKeepSetting(4);
    QCOMPARE(AutoBackup::keepSetting(), 4);
    AutoBackup::setKeepSetting(-3);
    QCOMPARE(AutoBackup::keepSetting(), 0);
    AutoBackup::setKeepSetting(AutoBackup::DefaultKeep);
}

QTEST_GUILESS_MAIN(TestAutoBackup)
#include "tst_autobackup.moc"
