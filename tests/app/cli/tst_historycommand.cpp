// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/partnerrepository.h"
#include "testsupport.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

// `pactline history`, run as the real binary.
class TestHistoryCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsEveryChangeNewestFirst();
    void oneRecordAndAPeriod();
    void csvHasAHeaderAndOneRowPerField();
    void badArgumentsSayWhatToType_data();
    void badArgumentsSayWhatToType();
    void readsAFileItCannotWrite();
    void anOlderFileSaysItHasNoHistory();

private:
    static QStringList lines(const QString &text) { return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    // Replaces the times, which vary, by "T".
    static QString withoutTimes(const QString &text)
    {
        QString plain = text;
        return plain.replace(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}( UTC|Z)")),
                             QStringLiteral("T"));
    }

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_partner = 0;
    qint64 m_agreement = 0;
};

void TestHistoryCommand::initTestCase()
{
    qputenv("USER", "alice");
    m_path = m_dir.filePath(QStringLiteral("h.pactline"));
    auto db = Database::create(m_path);
    QVERIFY(db);
    const PartnerRepository partners(**db);
    Partner p = partners.create(TestSupport::newPartner(QStringLiteral("Lund University"), {}, PartnerKind::University))
                    .value();
    m_partner = p.meta.id;
    qputenv("USER", "bob");
    p.name = QStringLiteral("Lunds universitet");
    p.kind = PartnerKind::ResearchInstitute;
    QVERIFY(partners.update(p));
    Agreement a;
    a.title = QStringLiteral("MoU, \"draft\"");
    a.status = AgreementStatus::Draft;
    a = AgreementRepository(**db).create(a).value();
    m_agreement = a.meta.id;
    a.status = AgreementStatus::Signed;
    a.signedOn = FuzzyDate::quarter(2026, 2);
    QVERIFY(AgreementRepository(**db).update(a));
}

void TestHistoryCommand::printsEveryChangeNewestFirst()
{
    const ProcessResult r = runPactline({QStringLiteral("history"), m_path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lines(withoutTimes(r.out)),
             (QStringList{QStringLiteral("T  bob  agreement #%1 “MoU, \"draft\"”  changed").arg(m_agreement),
                          QStringLiteral("    status: Draft → Signed"), QStringLiteral("    signing date: — → Q2 2026"),
                          QStringLiteral("T  bob  agreement #%1 “MoU, \"draft\"”  created").arg(m_agreement),
                          QStringLiteral("T  bob  partner #%1 “Lunds universitet”  changed").arg(m_partner),
                          QStringLiteral("    name: Lund University → Lunds universitet"),
                          QStringLiteral("    kind: University → Research institute"),
                          QStringLiteral("T  alice  partner #%1 “Lunds universitet”  created").arg(m_partner)}));
}

void TestHistoryCommand::oneRecordAndAPeriod()
{
    const ProcessResult r = runPactline({QStringLiteral("history"), m_path, QStringLiteral("--record"),
                                         QStringLiteral("partner:%1").arg(m_partner), QStringLiteral("--from"),
                                         QDate::currentDate().addDays(-1).toString(Qt::ISODate), QStringLiteral("--to"),
                                         QDate::currentDate().addDays(1).toString(Qt::ISODate)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lines(r.out).size(), 4);
    QVERIFY(!r.out.contains(QStringLiteral("agreement")));
    const ProcessResult none =
        runPactline({QStringLiteral("history"), m_path, QStringLiteral("--to"), QStringLiteral("2020-01-01")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(lines(none.out), QStringList{QStringLiteral("No changes recorded.")});
}

void TestHistoryCommand::csvHasAHeaderAndOneRowPerField()
{
    const ProcessResult r = runPactline({QStringLiteral("history"), m_path, QStringLiteral("--csv"),
                                         QStringLiteral("--record"), QStringLiteral("agreement:%1").arg(m_agreement)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(
        lines(withoutTimes(QString(r.out).remove(QLatin1Char('\r')))),
        (QStringList{
            QStringLiteral("changed_at,changed_by,kind,record_id,record,action,field,old,new"),
            QStringLiteral("T,bob,agreement,%1,\"MoU, \"\"draft\"\"\",update,status,Draft,Signed").arg(m_agreement),
            QStringLiteral("T,bob,agreement,%1,\"MoU, \"\"draft\"\"\",update,signed_on,,Q2 2026").arg(m_agreement),
            QStringLiteral("T,bob,agreement,%1,\"MoU, \"\"draft\"\"\",create,,,").arg(m_agreement)}));
}

void TestHistoryCommand::badArgumentsSayWhatToType_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("--record"), QStringLiteral("theme:1")}
                                  << QStringLiteral("--record takes KIND:ID");
    QTest::newRow("no id") << QStringList{QStringLiteral("--record"), QStringLiteral("partner")}
                           << QStringLiteral("--record takes KIND:ID");
    QTest::newRow("not a day") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-13-01")}
                               << QStringLiteral("--from takes a day as YYYY-MM-DD");
    QTest::newRow("not iso") << QStringList{QStringLiteral("--to"), QStringLiteral("1/2/2026")}
                             << QStringLiteral("--to takes a day as YYYY-MM-DD");
    QTest::newRow("to before from") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-02-01"),
                                                   QStringLiteral("--to"), QStringLiteral("2026-01-01")}
                                    << QStringLiteral("is before --from");
}

void TestHistoryCommand::badArgumentsSayWhatToType()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const ProcessResult r = runPactline(QStringList{QStringLiteral("history"), m_path} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestHistoryCommand::readsAFileItCannotWrite()
{
    const QString copy = m_dir.filePath(QStringLiteral("readonly.pactline"));
    QVERIFY(QFile::copy(m_path, copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner));
    const QByteArray before = fileChecksum(copy);
    const ProcessResult r = runPactline({QStringLiteral("history"), copy});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lines(r.out).size(), 8);
    QCOMPARE(fileChecksum(copy), before);
    // And one that another program holds open for writing.
    auto writer = Database::open(m_path);
    QVERIFY(writer);
    const ProcessResult locked = runPactline({QStringLiteral("history"), m_path});
    QCOMPARE(locked.exitCode, 0);
    QCOMPARE(lines(locked.out).size(), 8);
}

void TestHistoryCommand::anOlderFileSaysItHasNoHistory()
{
    const QString old = m_dir.filePath(QStringLiteral("v3.pactline"));
    QVERIFY(QFile::copy(m_path, old));
    QCOMPARE(QProcess::execute(QStringLiteral("sqlite3"),
                               {old, dropListIndexesSql() + dropChangeAuthorSql() +
                                         QStringLiteral("DROP TABLE history; DELETE FROM sqlite_sequence WHERE name = "
                                                        "'history'; PRAGMA user_version = %1;")
                                             .arg(Migrations::HistoryVersion - 1)}),
             0);
    const ProcessResult r = runPactline({QStringLiteral("history"), old});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("keeps no history")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("version %1").arg(Migrations::HistoryVersion - 1)));
}

QTEST_GUILESS_MAIN(TestHistoryCommand)
#include "tst_historycommand.moc"
