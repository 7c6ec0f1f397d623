// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk during an edit, an import, a backup and an export: a clear message that says so, the
// portfolio unchanged and healthy, and no partial output file. The test mounts a small tmpfs of its
// own and fills it; it skips (saying why) where it cannot mount one (not Linux, not root, no mount).
#include "store/database.h"
#include "store/partnerrepository.h"
#include "store/portfoliocheck.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace TestSupport;

class TestDiskFull final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void editOnAFullDisk();
    void importOnAFullDisk();
    void backupToAFullDisk();
    void exportToAFullDisk();
    void migrationOnAFullDisk();

private:
    // Writes a filler file until the disk has no room left.
    void fillDisk();
    void freeDisk();
    int partnerCount() const;
    void verifyUnchanged() const;

    QTemporaryDir m_source;
    QString m_mountPoint;
    bool m_mounted = false;
    QString m_portfolio;
    QByteArray m_checksum;
    int m_partners = 0;
};

void TestDiskFull::initTestCase()
{
#ifdef Q_OS_LINUX
    if (geteuid() != 0)
        QSKIP("mounting a small tmpfs needs root; the disk-full tests are skipped");
    m_mountPoint = m_source.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(m_mountPoint));
    QProcess mount;
    mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=4m"), QStringLiteral("tmpfs"), m_mountPoint});
    if (!mount.waitForFinished(10000) || mount.exitCode() != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (%1); the disk-full tests are skipped")
                             .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed())));
    m_mounted = true;
#else
    QSKIP("the disk-full tests mount a Linux tmpfs");
#endif
}

void TestDiskFull::cleanupTestCase()
{
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), {m_mountPoint});
}

void TestDiskFull::init()
{
    const QString sample = createSamplePortfolio(
        m_source, QStringLiteral("sample-%1.pactline").arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_portfolio = m_mountPoint + QStringLiteral("/portfolio.pactline");
    QVERIFY(QFile::copy(sample, m_portfolio));
    m_checksum = fileChecksum(m_portfolio);
    m_partners = partnerCount();
    QVERIFY(m_partners > 0);
}

void TestDiskFull::cleanup()
{
    freeDisk();
    const QDir dir(m_mountPoint);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
        QFile::remove(dir.filePath(name));
}

void TestDiskFull::fillDisk()
{
    QFile filler(m_mountPoint + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered));
    const QByteArray chunk(4096, 'x');
    while (filler.write(chunk) == chunk.size()) {
    }
    filler.close();
    QProcess df;
    df.start(QStringLiteral("df"), {QStringLiteral("--output=avail"), QStringLiteral("-B1"), m_mountPoint});
    QVERIFY(df.waitForFinished(10000));
    const QStringList lines =
        QString::fromLatin1(df.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(1).trimmed(), QStringLiteral("0"));
}

void TestDiskFull::freeDisk()
{
    QFile::remove(m_mountPoint + QStringLiteral("/filler"));
}

int TestDiskFull::partnerCount() const
{
    auto db = Database::open(m_portfolio, Database::Mode::ReadOnly);
    if (!db)
        return -1;
    QSqlQuery q((*db)->connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM partner")) && q.next() ? q.value(0).toInt() : -1;
}

void TestDiskFull::verifyUnchanged() const
{
    QFile::remove(m_mountPoint + QStringLiteral("/filler"));
    QCOMPARE(partnerCount(), m_partners);
    const PortfolioCheck check = PortfolioCheck::run(m_portfolio);
    QVERIFY2(check.outcome == PortfolioCheck::Outcome::Healthy, qPrintable(check.findings.join(QLatin1Char('\n'))));
}

void TestDiskFull::editOnAFullDisk()
{
    {
        auto db = Database::open(m_portfolio);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        fillDisk();
        Partner partner;
        partner.name = QStringLiteral("Filling the disk");
        partner.kind = PartnerKind::Company;
        partner.notes = QString(400000, QLatin1Char('n'));
        const auto created = PartnerRepository(**db).create(partner);
        QVERIFY(!created);
        QCOMPARE(created.error().kind, StoreError::Kind::DiskFull);
        QVERIFY2(created.error().message.contains(QLatin1String("space")), qPrintable(created.error().message));
    }
    verifyUnchanged();
}

void TestDiskFull::importOnAFullDisk()
{
    const QString csv = m_source.filePath(QStringLiteral("partners.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,kind,country,notes\n");
    for (int i = 0; i < 2000; ++i)
        file.write(
            QStringLiteral("Imported partner %1,company,SE,%2\n").arg(i).arg(QString(300, QLatin1Char('z'))).toUtf8());
    file.close();
    fillDisk();
    const ProcessResult r = runPactline({QStringLiteral("import"), m_portfolio, QStringLiteral("--partners"), csv});
    QVERIFY2(r.exitCode != 0, qPrintable(r.out));
    QVERIFY2(r.err.contains(QLatin1String("space")), qPrintable(r.err));
    verifyUnchanged();
}

void TestDiskFull::backupToAFullDisk()
{
    fillDisk();
    const QString copy = m_mountPoint + QStringLiteral("/copy.pactline");
    const ProcessResult r = runPactline({QStringLiteral("backup"), m_portfolio, QStringLiteral("-o"), copy});
    QVERIFY2(r.exitCode != 0, qPrintable(r.out));
    QVERIFY2(r.err.contains(QLatin1String("space")), qPrintable(r.err));
    QVERIFY2(!QFile::exists(copy), "a partial backup was left behind");
    QCOMPARE(QDir(m_mountPoint).entryList({QStringLiteral("copy*")}, QDir::Files | QDir::Hidden), QStringList());
    QCOMPARE(fileChecksum(m_portfolio), m_checksum);
    verifyUnchanged();
}

void TestDiskFull::exportToAFullDisk()
{
    fillDisk();
    const QString out = m_mountPoint + QStringLiteral("/portfolio.json");
    const ProcessResult r = runPactline({QStringLiteral("export"), m_portfolio, QStringLiteral("--format"),
                                         QStringLiteral("json"), QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode != 0, qPrintable(r.out));
    QVERIFY2(r.err.contains(QLatin1String("space")), qPrintable(r.err));
    QCOMPARE(QDir(m_mountPoint).entryList({QStringLiteral("portfolio.json*")}, QDir::Files | QDir::Hidden),
             QStringList());
    QCOMPARE(fileChecksum(m_portfolio), m_checksum);
    verifyUnchanged();
}

// A version-1 file is migrated on opening after a copy is taken beside it: with no room for the
// copy, opening says so and leaves the file as it was, with no partial copy.
void TestDiskFull::migrationOnAFullDisk()
{
    const QString old = createVersion1Portfolio(m_source, QStringLiteral("v1-full.pactline"));
    const QString path = m_mountPoint + QStringLiteral("/old.pactline");
    QVERIFY(QFile::copy(old, path));
    const QByteArray before = fileChecksum(path);
    fillDisk();
    {
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().kind, StoreError::Kind::DiskFull);
        QVERIFY2(db.error().message.contains(QLatin1String("space")), qPrintable(db.error().message));
    }
    freeDisk();
    QCOMPARE(fileChecksum(path), before);
    QCOMPARE(QDir(m_mountPoint)
                 .entryList({QStringLiteral("*.before-v*"), QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden),
             QStringList());
    auto reopened = Database::open(path, Database::Mode::ReadOnly);
    QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message));
    QCOMPARE((*reopened)->schemaVersion(), 1);
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
