// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Files edited by another tool: each kind of bad value, written with the real `sqlite3` shell (with
// CHECK constraints ignored, as another tool may) or with Qt Sql, is found by the content check and
// listed by `pactline check`, which exits 1.
#include "report/reportdata.h"
#include "store/contentcheck.h"
#include "store/database.h"
#include "store/portfoliocheck.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestContentCheck : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sampleIsClean();
    void badValueWrittenByTheShellIsListed_data();
    void badValueWrittenByTheShellIsListed();
    void badValueWrittenByQtSqlIsListed();
    void checkingChangesNothing();
    void exportsAndReportsRefuseUnknownCodes();

private:
    SampleFixture m_sample;
};

void TestContentCheck::init()
{
    QVERIFY(m_sample.make());
}

void TestContentCheck::sampleIsClean()
{
    QCOMPARE(contentFindingsOf(m_sample.path).size(), 0);
    const ProcessResult check = runPactline({QStringLiteral("check"), m_sample.path});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
}

void TestContentCheck::badValueWrittenByTheShellIsListed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("allowed"); // a part of what the finding says is allowed

    const QString firstAgreement = QStringLiteral("(SELECT min(id) FROM agreement)");
    const QString firstMilestone = QStringLiteral("(SELECT min(id) FROM milestone)");
    // A bad value written into the first row of a table: the finding names the table, column and value.
    const auto inFirstRow = [](const char *name, const char *table, const char *column, const char *value,
                               const char *allowed) {
        QTest::newRow(name) << QStringLiteral("UPDATE %1 SET %2 = '%3' WHERE id = (SELECT min(id) FROM %1)")
                                   .arg(QLatin1String(table), QLatin1String(column), QLatin1String(value))
                            << table << column << value << allowed;
    };
    inFirstRow("agreement status", "agreement", "status", "paused", "negotiating");
    inFirstRow("agreement kind", "agreement", "kind", "contract", "letter_of_intent");
    inFirstRow("partner kind", "partner", "kind", "startup", "research_institute");
    inFirstRow("party role", "agreement_party", "role", "boss", "signatory");
    inFirstRow("milestone status", "milestone", "status", "LATE", "at_risk");
    inFirstRow("change status", "milestone_change", "new_status", "lost", "achieved");
    inFirstRow("due code", "milestone", "due", "soon", "2024-Q3");
    inFirstRow("impossible day", "milestone", "due", "2023-02-30", "2024-09-12");
    QTest::newRow("first day off") << QStringLiteral("UPDATE milestone SET due = '2024-Q3', due_first = "
                                                     "'2024-07-02', due_last = '2024-09-30' WHERE id = %1")
                                          .arg(firstMilestone)
                                   << "milestone"
                                   << "due_first"
                                   << "2024-07-02"
                                   << "2024-07-01";
    QTest::newRow("last day off") << QStringLiteral("UPDATE milestone SET due = '2024-Q3', due_first = '2024-07-01', "
                                                    "due_last = '2024-12-31' WHERE id = %1")
                                         .arg(firstMilestone)
                                  << "milestone"
                                  << "due_last"
                                  << "2024-12-31"
                                  << "2024-09-30";
    QTest::newRow("day without a code") << QStringLiteral("UPDATE agreement SET signed_on = '', signed_first = "
                                                          "'2020-01-01' WHERE id = %1")
                                               .arg(firstAgreement)
                                        << "agreement"
                                        << "signed_first"
                                        << "2020-01-01"
                                        << "nothing";
    inFirstRow("unknown country", "partner", "country", "XX", "NL");
    inFirstRow("lower-case country", "partner", "country", "se", "upper case");
    QTest::newRow("version 0") << "UPDATE contact SET version = 0 WHERE id = (SELECT min(id) FROM contact)"
                               << "contact"
                               << "version"
                               << "0"
                               << "1 or more";
    QTest::newRow("dangling reference")
        << QStringLiteral("UPDATE milestone SET agreement_id = 999999 WHERE id = %1").arg(firstMilestone) << "milestone"
        << "agreement_id"
        << "999999"
        << "agreement";
    QTest::newRow("own predecessor")
        << QStringLiteral("UPDATE agreement SET predecessor_id = id WHERE id = %1").arg(firstAgreement) << "agreement"
        << "predecessor_id"
        << ""
        << "another agreement";
    QTest::newRow("duplicate partner")
        << "INSERT INTO partner (name, kind, country, created_at, updated_at) SELECT upper(name) || ' ', kind, "
           "country, created_at, updated_at FROM partner WHERE id = (SELECT min(id) FROM partner)"
        << "partner"
        << "name"
        << ""
        << "same country";
    QTest::newRow("duplicate theme") << "INSERT INTO theme (name, created_at, updated_at) SELECT ' ' || name, "
                                        "created_at, updated_at FROM theme WHERE id = (SELECT min(id) FROM theme)"
                                     << "theme"
                                     << "name"
                                     << ""
                                     << "no other theme";
}

void TestContentCheck::badValueWrittenByTheShellIsListed()
{
    QFETCH(QString, sql);
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, allowed);

    // Another tool need not honour the schema's CHECK constraints, nor its foreign keys.
    const ProcessResult changed = changeAroundChecks(m_sample.path, sql);
    QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));

    const QList<ContentFinding> findings = contentFindingsOf(m_sample.path);
    QCOMPARE(findings.size(), 1);
    const ContentFinding &finding = findings.constFirst();
    QCOMPARE(finding.table, table);
    QCOMPARE(finding.column, column);
    if (!value.isEmpty())
        QCOMPARE(finding.value, value);
    QVERIFY2(finding.allowed.contains(allowed), qPrintable(finding.allowed));
    QVERIFY(finding.id > 0);
    const QString sentence = finding.sentence();
    QVERIFY2(sentence.contains(QString::number(finding.id)) && sentence.contains(table) &&
                 sentence.contains(finding.value),
             qPrintable(sentence));

    const ProcessResult check = runPactline({QStringLiteral("check"), m_sample.path});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains(sentence), qPrintable(check.out + check.err));
}

void TestContentCheck::badValueWrittenByQtSqlIsListed()
{
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(m_sample.path);
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        QVERIFY(query.exec(QStringLiteral("UPDATE agreement SET status = 'paused', kind = 'mou ' WHERE id = (SELECT "
                                          "max(id) FROM agreement)")));
        QVERIFY(query.exec(QStringLiteral("UPDATE event SET date = '2024', date_first = '2024-01-01', date_last = "
                                          "NULL WHERE id = (SELECT min(id) FROM event)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));

    const QList<ContentFinding> findings = contentFindingsOf(m_sample.path);
    QStringList found;
    for (const ContentFinding &finding : findings)
        found << finding.table + QLatin1Char('.') + finding.column + QLatin1Char('=') + finding.value;
    found.sort();
    QCOMPARE(found, QStringList({QStringLiteral("agreement.kind=mou "), QStringLiteral("agreement.status=paused"),
                                 QStringLiteral("event.date_last=")}));
    const PortfolioCheck check = PortfolioCheck::run(m_sample.path);
    QCOMPARE(check.outcome, PortfolioCheck::Outcome::Problems);
    QCOMPARE(check.content.size(), 3);
}

void TestContentCheck::checkingChangesNothing()
{
    QCOMPARE(changeAroundChecks(m_sample.path, QStringLiteral("UPDATE agreement SET status = 'paused'")).exitCode, 0);
    const QByteArray before = fileChecksum(m_sample.path);
    QVERIFY(!contentFindingsOf(m_sample.path).isEmpty());
    QCOMPARE(runPactline({QStringLiteral("check"), m_sample.path}).exitCode, 1);
    QCOMPARE(fileChecksum(m_sample.path), before);
}

void TestContentCheck::exportsAndReportsRefuseUnknownCodes()
{
    QCOMPARE(
        changeAroundChecks(m_sample.path, QStringLiteral("UPDATE agreement SET status = 'paused' WHERE id = (SELECT "
                                                         "min(id) FROM agreement)"))
            .exitCode,
        0);
    const ContentFinding finding = contentFindingsOf(m_sample.path).value(0);
    QCOMPARE(finding.value, QStringLiteral("paused"));
    // Each export writes nothing, rather than “draft” in place of “paused”, and names the row.
    const QList<QStringList> exports{
        {QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--table"), QStringLiteral("agreements")},
        {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--table"), QStringLiteral("partners")},
        {QStringLiteral("--format"), QStringLiteral("ics")},
    };
    for (const QStringList &options : exports) {
        const QString target = m_sample.dir->filePath(QStringLiteral("out"));
        const ProcessResult result =
            runPactline(QStringList{QStringLiteral("export"), m_sample.path, QStringLiteral("-o"), target} + options);
        QVERIFY2(result.exitCode == 1, qPrintable(options.join(QLatin1Char(' ')) + result.out + result.err));
        QVERIFY2(result.err.contains(finding.sentence()), qPrintable(result.err));
        QVERIFY(!QFile::exists(target));
    }
    auto db = Database::open(m_sample.path, Database::Mode::ReadOnly);
    QVERIFY(db);
    const Result<ReportData> report = ReportData::load(**db, {});
    QVERIFY(!report);
    QCOMPARE(report.error().kind, StoreError::Kind::BadValues);
    QVERIFY(report.error().message.contains(finding.sentence()));
    QVERIFY(!ReportData::loadAgreement(**db, finding.id));
}

QTEST_GUILESS_MAIN(TestContentCheck)
#include "tst_contentcheck.moc"
