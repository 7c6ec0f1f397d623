// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Repairing the values another tool wrote (with the real `sqlite3` shell): only the values chosen change,
// in one transaction; an older file refused for them is upgraded once repaired; `pactline check --repair`
// asks on its standard input or follows --set.
#include "store/contentrepair.h"
#include "store/database.h"
#include "store/migrations.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestContentRepair : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void optionsListTheAllowedValues();
    void repairChangesOnlyWhatWasChosen();
    void dateCodeTakesItsDaysAlong();
    void restoreUndoesARepair();
    void refusedChoiceChangesNothing();
    void staleChoiceChangesNothing();
    void refusedOlderFileIsRepairedThenUpgraded();
    void olderFileRepairedInPartStaysOlder();
    void cliRepairsWithSet();
    void cliRefusesABadSet();
    void cliAsksOnStandardInput();

private:
    // A value its column does not allow, for the first row of a table.
    struct BadValue
    {
        const char *table;
        const char *column;
        const char *value;
    };
    // Writes each bad value into the first row of its table (through the shell, checks off).
    static bool breakFirstRows(const QString &path, std::initializer_list<BadValue> values);
    static QStringList rows(const QString &path, const QString &sql);
    static std::optional<RepairOptions> optionsOf(const QString &path, const QString &table, const QString &column);
    // repairFile with one change: the agreement's status found broken, to `value`.
    static Result<ContentRepair::FileOutcome> repairStatus(const QString &path, const QString &value);
    SampleFixture m_sample;
};

void TestContentRepair::init()
{
    QVERIFY(m_sample.make());
}

bool TestContentRepair::breakFirstRows(const QString &path, std::initializer_list<BadValue> values)
{
    QStringList updates;
    for (const BadValue &bad : values)
        updates << QStringLiteral("UPDATE %1 SET %2 = '%3' WHERE id = (SELECT min(id) FROM %1)")
                       .arg(QLatin1String(bad.table), QLatin1String(bad.column), QLatin1String(bad.value));
    return changeAroundChecks(path, updates.join(QStringLiteral("; "))).exitCode == 0;
}

// Rows as text, through the sqlite3 shell (so that the test reads the file as another tool does).
QStringList TestContentRepair::rows(const QString &path, const QString &sql)
{
    return runSqlite({QStringLiteral("-readonly"), path, sql}).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

std::optional<RepairOptions> TestContentRepair::optionsOf(const QString &path, const QString &table,
                                                          const QString &column)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return std::nullopt;
    const Result<QList<RepairOptions>> all = ContentRepair::options((*db)->connection(), contentFindingsOf(path));
    if (!all)
        return std::nullopt;
    for (const RepairOptions &options : *all)
        if (options.finding.table == table && options.finding.column == column)
            return options;
    return std::nullopt;
}

Result<ContentRepair::FileOutcome> TestContentRepair::repairStatus(const QString &path, const QString &value)
{
    const auto status = optionsOf(path, QStringLiteral("agreement"), QStringLiteral("status"));
    if (!status)
        return StoreError{StoreError::Kind::NotFound, QStringLiteral("no broken agreement status")};
    return ContentRepair::repairFile(path, {ContentRepair::change(status->finding, value)});
}

void TestContentRepair::optionsListTheAllowedValues()
{
    QVERIFY(breakFirstRows(
        m_sample.path,
        {{"agreement", "status", "paused"}, {"partner", "country", "XX"}, {"milestone", "due", "soon"}}));
    const auto status = optionsOf(m_sample.path, QStringLiteral("agreement"), QStringLiteral("status"));
    QVERIFY(status);
    QStringList values;
    for (const RepairValue &value : status->values)
        values << value.value.toString();
    QVERIFY(values.contains(QStringLiteral("negotiating")) && values.contains(QStringLiteral("draft")));
    QVERIFY(!values.contains(QStringLiteral("paused")));
    QVERIFY(!status->typed);
    QCOMPARE(status->finding.stored.toString(), QStringLiteral("paused"));

    const auto country = optionsOf(m_sample.path, QStringLiteral("partner"), QStringLiteral("country"));
    QVERIFY(country);
    QVERIFY(country->values.size() > 200);
    QVERIFY(country->values.constFirst().value.toString().isEmpty()); // nothing

    const auto due = optionsOf(m_sample.path, QStringLiteral("milestone"), QStringLiteral("due"));
    QVERIFY(due);
    QVERIFY(due->typed);
}

void TestContentRepair::repairChangesOnlyWhatWasChosen()
{
    QVERIFY(breakFirstRows(m_sample.path, {{"agreement", "status", "paused"}, {"partner", "kind", "startup"}}));
    const QString everyRow = QStringLiteral("SELECT * FROM agreement ORDER BY id; SELECT * FROM partner ORDER BY id; "
                                            "SELECT * FROM milestone ORDER BY id;");
    const QStringList before = rows(m_sample.path, everyRow);
    const Result<ContentRepair::FileOutcome> outcome = repairStatus(m_sample.path, QStringLiteral("negotiating"));
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QCOMPARE(outcome->changed.size(), 1);
    QVERIFY(!outcome->migrated);
    QCOMPARE(outcome->remaining.size(), 1); // the partner's kind, left as it is
    QCOMPARE(outcome->remaining.constFirst().value, QStringLiteral("startup"));

    // Exactly one line differs: the agreement's, in its status.
    const QStringList after = rows(m_sample.path, everyRow);
    QCOMPARE(after.size(), before.size());
    int differing = 0;
    for (int i = 0; i < before.size(); ++i) {
        if (before.at(i) == after.at(i))
            continue;
        ++differing;
        QString expected = before.at(i);
        expected.replace(QStringLiteral("|paused|"), QStringLiteral("|negotiating|"));
        QCOMPARE(after.at(i), expected);
    }
    QCOMPARE(differing, 1);
}

void TestContentRepair::dateCodeTakesItsDaysAlong()
{
    QVERIFY(breakFirstRows(m_sample.path, {{"milestone", "due", "soon"}}));
    const auto due = optionsOf(m_sample.path, QStringLiteral("milestone"), QStringLiteral("due"));
    QVERIFY(due);
    const Result<ContentRepair::FileOutcome> outcome =
        ContentRepair::repairFile(m_sample.path, {ContentRepair::change(due->finding, QStringLiteral("2031-Q2"))});
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QVERIFY(outcome->remaining.isEmpty());
    QCOMPARE(rows(m_sample.path,
                  QStringLiteral("SELECT due, due_first, due_last FROM milestone WHERE id = %1").arg(due->finding.id)),
             QStringList{QStringLiteral("2031-Q2|2031-04-01|2031-06-30")});
    QCOMPARE(runPactline({QStringLiteral("check"), m_sample.path}).exitCode, 0);
}

void TestContentRepair::restoreUndoesARepair()
{
    QVERIFY(breakFirstRows(m_sample.path, {{"milestone", "due", "soon"}}));
    const QString row = QStringLiteral("SELECT * FROM milestone ORDER BY id");
    const QStringList before = rows(m_sample.path, row);
    const auto due = optionsOf(m_sample.path, QStringLiteral("milestone"), QStringLiteral("due"));
    QVERIFY(due);
    auto db = Database::open(m_sample.path);
    QVERIFY(db);
    const Result<QList<RepairChange>> done =
        ContentRepair::apply(**db, {ContentRepair::change(due->finding, QStringLiteral("2031"))});
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(done->size(), 3); // the code and both days
    QList<RepairChange> reversed;
    for (const RepairChange &change : *done)
        reversed.prepend(change.reversed());
    const Result<QList<RepairChange>> restored = ContentRepair::apply(**db, reversed, true);
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
    db->reset();
    QCOMPARE(rows(m_sample.path, row), before);
}

void TestContentRepair::refusedChoiceChangesNothing()
{
    QVERIFY(breakFirstRows(m_sample.path, {{"milestone", "due", "soon"}}));
    const QByteArray before = fileChecksum(m_sample.path);
    const auto due = optionsOf(m_sample.path, QStringLiteral("milestone"), QStringLiteral("due"));
    QVERIFY(due);
    const Result<ContentRepair::FileOutcome> outcome =
        ContentRepair::repairFile(m_sample.path, {ContentRepair::change(due->finding, QStringLiteral("later"))});
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains(QStringLiteral("“later”")), qPrintable(outcome.error().message));
    QCOMPARE(rows(m_sample.path, QStringLiteral("SELECT due FROM milestone WHERE id = %1").arg(due->finding.id)),
             QStringList{QStringLiteral("soon")});
    QCOMPARE(contentFindingsOf(m_sample.path).size(), 1);
    QVERIFY(!before.isEmpty());
}

void TestContentRepair::staleChoiceChangesNothing()
{
    QVERIFY(breakFirstRows(m_sample.path, {{"agreement", "status", "paused"}}));
    const auto status = optionsOf(m_sample.path, QStringLiteral("agreement"), QStringLiteral("status"));
    QVERIFY(status);
    // Someone else writes another value meanwhile.
    QCOMPARE(changeAroundChecks(
                 m_sample.path,
                 QStringLiteral("UPDATE agreement SET status = 'halted' WHERE id = %1").arg(status->finding.id))
                 .exitCode,
             0);
    const Result<ContentRepair::FileOutcome> outcome =
        ContentRepair::repairFile(m_sample.path, {ContentRepair::change(status->finding, QStringLiteral("draft"))});
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().kind, StoreError::Kind::Conflict);
    QCOMPARE(rows(m_sample.path, QStringLiteral("SELECT status FROM agreement WHERE id = %1").arg(status->finding.id)),
             QStringList{QStringLiteral("halted")});
}

void TestContentRepair::refusedOlderFileIsRepairedThenUpgraded()
{
    const QString path = createVersion1Portfolio(*m_sample.dir);
    QVERIFY(breakFirstRows(path, {{"agreement", "status", "paused"}, {"partner", "kind", "startup"}}));
    {
        const auto refused = Database::open(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::BadValues);
        QVERIFY(refused.error().message.contains(QStringLiteral("--repair")));
    }
    const auto status = optionsOf(path, QStringLiteral("agreement"), QStringLiteral("status"));
    const auto kind = optionsOf(path, QStringLiteral("partner"), QStringLiteral("kind"));
    QVERIFY(status && kind);
    const Result<ContentRepair::FileOutcome> outcome =
        ContentRepair::repairFile(path, {ContentRepair::change(status->finding, QStringLiteral("signed")),
                                         ContentRepair::change(kind->finding, QStringLiteral("company"))});
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QVERIFY(outcome->remaining.isEmpty());
    QVERIFY(outcome->migrated);
    QVERIFY(QFile::exists(outcome->migrationBackup));
    // The copy before the upgrade is the repaired file at version 1.
    QCOMPARE(rows(outcome->migrationBackup, QStringLiteral("PRAGMA user_version")), QStringList{QStringLiteral("1")});
    QCOMPARE(rows(outcome->migrationBackup,
                  QStringLiteral("SELECT status FROM agreement WHERE id = %1").arg(status->finding.id)),
             QStringList{QStringLiteral("signed")});
    auto db = Database::open(path);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    QCOMPARE((*db)->schemaVersion(), Migrations::currentVersion());
    db->reset();
    QCOMPARE(rows(path, QStringLiteral("SELECT kind FROM partner WHERE id = %1").arg(kind->finding.id)),
             QStringList{QStringLiteral("company")});
    QCOMPARE(runPactline({QStringLiteral("check"), path}).exitCode, 0);
}

void TestContentRepair::olderFileRepairedInPartStaysOlder()
{
    const QString path = createVersion1Portfolio(*m_sample.dir);
    QVERIFY(breakFirstRows(path, {{"agreement", "status", "paused"}, {"partner", "kind", "startup"}}));
    const Result<ContentRepair::FileOutcome> outcome = repairStatus(path, QStringLiteral("signed"));
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QCOMPARE(outcome->remaining.size(), 1);
    QVERIFY(!outcome->migrated);
    QCOMPARE(rows(path, QStringLiteral("PRAGMA user_version")), QStringList{QStringLiteral("1")});
    QCOMPARE(rows(path, QStringLiteral("SELECT kind FROM partner ORDER BY id LIMIT 1")),
             QStringList{QStringLiteral("startup")});
    const auto refused = Database::open(path);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, StoreError::Kind::BadValues);
}

void TestContentRepair::cliRepairsWithSet()
{
    const QString path = createVersion1Portfolio(*m_sample.dir);
    QVERIFY(breakFirstRows(path, {{"agreement", "status", "paused"}, {"partner", "country", "se"}}));
    const qint64 agreement = rows(path, QStringLiteral("SELECT min(id) FROM agreement")).value(0).toLongLong();
    const qint64 partner = rows(path, QStringLiteral("SELECT min(id) FROM partner")).value(0).toLongLong();
    const ProcessResult result =
        runPactline({QStringLiteral("check"), path, QStringLiteral("--repair"), QStringLiteral("--set"),
                     QStringLiteral("agreement:%1:status=negotiating").arg(agreement), QStringLiteral("--set"),
                     QStringLiteral("partner:%1:country=SE").arg(partner)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY2(result.out.contains(QStringLiteral("2 values repaired")) &&
                 result.out.contains(QStringLiteral("Upgraded")),
             qPrintable(result.out));
    QCOMPARE(rows(path, QStringLiteral("PRAGMA user_version")),
             QStringList{QString::number(Migrations::currentVersion())});
    QCOMPARE(rows(path, QStringLiteral("SELECT country FROM partner WHERE id = %1").arg(partner)),
             QStringList{QStringLiteral("SE")});
    QCOMPARE(runPactline({QStringLiteral("check"), path}).exitCode, 0);
}

void TestContentRepair::cliRefusesABadSet()
{
    QVERIFY(breakFirstRows(m_sample.path, {{"agreement", "status", "paused"}}));
    const qint64 agreement = rows(m_sample.path, QStringLiteral("SELECT min(id) FROM agreement")).value(0).toLongLong();
    const QByteArray before = fileChecksum(m_sample.path);
    const QList<QStringList> bad{
        {QStringLiteral("--set"), QStringLiteral("agreement:%1:status=paused2").arg(agreement)}, // not allowed
        {QStringLiteral("--set"), QStringLiteral("agreement:%1:title=x").arg(agreement)},        // not a finding
        {QStringLiteral("--set"), QStringLiteral("agreement:%1:status").arg(agreement)},         // no value
    };
    for (const QStringList &options : bad) {
        const ProcessResult result =
            runPactline(QStringList{QStringLiteral("check"), m_sample.path, QStringLiteral("--repair")} + options);
        QVERIFY2(result.exitCode == 2, qPrintable(options.join(QLatin1Char(' ')) + result.out + result.err));
        QVERIFY2(result.err.contains(QStringLiteral("--set")), qPrintable(result.err));
        QCOMPARE(fileChecksum(m_sample.path), before);
    }
    // --set without --repair is a usage error, and the help names both.
    QCOMPARE(runPactline({QStringLiteral("check"), m_sample.path, QStringLiteral("--set"),
                          QStringLiteral("agreement:%1:status=draft").arg(agreement)})
                 .exitCode,
             2);
    const ProcessResult help = runPactline({QStringLiteral("check"), QStringLiteral("--help")});
    QVERIFY2(help.out.contains(QStringLiteral("--repair")) &&
                 help.out.contains(QStringLiteral("TABLE:ID:COLUMN=VALUE")),
             qPrintable(help.out));
    QVERIFY(runPactline({QStringLiteral("--help")}).out.contains(QStringLiteral("--repair")));
}

void TestContentRepair::cliAsksOnStandardInput()
{
    QVERIFY(breakFirstRows(
        m_sample.path,
        {{"agreement", "status", "paused"}, {"partner", "kind", "startup"}, {"milestone", "due", "soon"}}));
    const auto status = optionsOf(m_sample.path, QStringLiteral("agreement"), QStringLiteral("status"));
    QVERIFY(status);
    int negotiating = 0;
    for (int i = 0; i < status->values.size(); ++i)
        if (status->values.at(i).value.toString() == QLatin1String("negotiating"))
            negotiating = i + 1;
    QVERIFY(negotiating > 0);

    // The findings come in the content check's order: the milestone's date, then the codes.
    QProcess process;
    process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    process.start(pactlineBinary(), {QStringLiteral("check"), QStringLiteral("--repair"), m_sample.path});
    QVERIFY(process.waitForStarted());
    QStringList order;
    for (const ContentFinding &finding : contentFindingsOf(m_sample.path))
        order << finding.table;
    QCOMPARE(order, QStringList({QStringLiteral("milestone"), QStringLiteral("partner"), QStringLiteral("agreement")}));
    // The date: a wrong answer first (asked again), then a typed code; the partner left; the status by number.
    process.write(QByteArray("99\n=2030-09\n\n") + QByteArray::number(negotiating) + "\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(process.exitCode() == 1, qPrintable(out + QString::fromUtf8(process.readAllStandardError())));
    QVERIFY2(out.contains(QStringLiteral("leave it as it is")) &&
                 out.contains(QStringLiteral("Not one of the choices")) &&
                 out.contains(QStringLiteral("%1) negotiating").arg(negotiating)) &&
                 out.contains(QStringLiteral("“paused” → “negotiating”")) &&
                 out.contains(QStringLiteral("1 value not repaired")),
             qPrintable(out));
    QCOMPARE(rows(m_sample.path, QStringLiteral("SELECT status FROM agreement WHERE id = %1").arg(status->finding.id)),
             QStringList{QStringLiteral("negotiating")});
    QCOMPARE(rows(m_sample.path, QStringLiteral("SELECT due, due_first, due_last FROM milestone ORDER BY id LIMIT 1")),
             QStringList{QStringLiteral("2030-09|2030-09-01|2030-09-30")});
    const QList<ContentFinding> left = contentFindingsOf(m_sample.path);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.constFirst().value, QStringLiteral("startup"));
}

QTEST_GUILESS_MAIN(TestContentRepair)
#include "tst_contentrepair.moc"
