// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// PortfolioCopy and `pactline copy`: a copy holds every row of every table as the source does (ids,
// times, versions, history, trash, where ids go on) and exports to the same JSON byte for byte; its
// next insert works; an existing destination, a source that is no portfolio, a newer one and an older
// one with values the schema now refuses are refused, leaving nothing; a cancelled copy leaves nothing.
#include "domain/osuser.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "store/portfoliocopy.h"
#include "store/trashrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

qint64 addPartner(Database &db, const QString &name)
{
    Partner p;
    p.name = name;
    p.kind = PartnerKind::Company;
    p.country = QStringLiteral("SE");
    return storedOrWarn(PartnerRepository(db).create(p)).meta.id;
}

// What each full-text index of the portfolio finds for the first three letters of its table's first
// row (their first indexed column's): a word starting with them, or, in a trigram index, the text.
QStringList searchResults(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return {db.error().message};
    QSqlQuery indexes((*db)->connection());
    if (!indexes.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE "
                                     "'CREATE VIRTUAL TABLE % USING fts5(%content=%' ORDER BY name")))
        return {indexes.lastError().text()};
    static const QRegularExpression definition(QStringLiteral("fts5\\((\\w+),.*content=(\\w+),"));
    QStringList results;
    while (indexes.next()) {
        const QString index = indexes.value(0).toString();
        const auto m = definition.match(indexes.value(1).toString());
        QSqlQuery query((*db)->connection());
        if (!m.hasMatch() ||
            !query.exec(QStringLiteral("SELECT substr(%1, 1, 3) FROM %2 WHERE length(%1) >= 3 ORDER BY id LIMIT 1")
                            .arg(m.captured(1), m.captured(2))) ||
            !query.next())
            continue;
        const QString term = QLatin1Char('"') + query.value(0).toString() + QLatin1Char('"') +
                             (index.endsWith(QLatin1String("_trigram")) ? QString() : QStringLiteral("*"));
        query.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rowid").arg(index));
        query.addBindValue(term);
        QStringList ids;
        if (!query.exec())
            return {query.lastError().text()};
        while (query.next())
            ids << query.value(0).toString();
        results << index + QLatin1Char(' ') + term + QStringLiteral(": ") + ids.join(QLatin1Char(','));
    }
    return results;
}

// The columns the schema keeps (KeptColumns), of every row.
QStringList keptValues(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return {db.error().message};
    return rowsOf((*db)->connection(), QStringLiteral("SELECT id, agreement_count FROM partner ORDER BY id")) +
           rowsOf((*db)->connection(),
                  QStringLiteral("SELECT id, milestone_count, parties_key, themes_key FROM agreement ORDER BY id")) +
           rowsOf((*db)->connection(), QStringLiteral("SELECT id, participants_key FROM event ORDER BY id"));
}

} // namespace

class TestPortfolioCopy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyTableOfTheSchemaIsCopied();
    void copyHoldsEveryRowAndExportsTheSame();
    void copysNextInsertWorksAsTheSources();
    void copysSearchAndKeptColumnsAreMadeFromItsRows();
    void referenceToARowCopiedLaterHolds();
    void progressCountsEveryRow();
    void copyIsOfOneMomentWhileOthersWrite();
    void cancelledCopyLeavesNothing();
    void existingDestinationIsRefusedUntouched();
    void sourceThatIsNoPortfolioIsRefused();
    void sourceWithABrokenReferenceIsRefused();
    void newerSourceIsRefused();
    void olderSourceIsCopiedAtTheCurrentVersion();
    void olderSourceWithRefusedValuesIsRefused();
    void commandLine();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_source;
    QString m_copy;
};

// The sample, with history, a milestone's slips, a trash entry, and ids given out past the largest
// row left (a partner deleted for good).
void TestPortfolioCopy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_source = createSamplePortfolio(*m_dir, QStringLiteral("source.pactline"));
    QVERIFY(!m_source.isEmpty());
    m_copy = m_dir->filePath(QStringLiteral("copy.pactline"));
    auto db = Database::open(m_source);
    QVERIFY(db);
    const MilestoneRepository milestones(**db);
    Milestone slipped = milestones.list()->constFirst();
    slipped.due = FuzzyDate::quarter(2031, 2);
    slipped.status = MilestoneStatus::AtRisk;
    QVERIFY(milestones.update(slipped, QStringLiteral("the building was late")));
    const TrashRepository trash(**db);
    QVERIFY(trash.moveToTrash(QStringLiteral("agreement"), {AgreementRepository(**db).list()->constLast().meta.id}));
    const qint64 gone = addPartner(**db, QStringLiteral("Gone AB"));
    QVERIFY(gone > 0);
    const auto entry = trash.moveToTrash(QStringLiteral("partner"), {gone});
    QVERIFY(entry);
    QVERIFY(trash.purge(*entry));
}

void TestPortfolioCopy::cleanup()
{
    m_dir.reset();
}

// A table added to the schema and not to the copy would be lost: the copy's list is the schema's
// tables (but the search indexes, which fill themselves, and SQLite's own).
void TestPortfolioCopy::everyTableOfTheSchemaIsCopied()
{
    auto db = Database::open(m_source, Database::Mode::ReadOnly);
    QVERIFY(db);
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                      "'sqlite_%' AND name NOT LIKE '%_fts' AND name NOT LIKE '%_fts_%'")));
    QStringList schema;
    while (query.next())
        schema << query.value(0).toString();
    QStringList copied = PortfolioCopy::tables();
    schema.sort();
    copied.sort();
    QCOMPARE(copied, schema);
}

void TestPortfolioCopy::copyHoldsEveryRowAndExportsTheSame()
{
    const auto copied = PortfolioCopy::copy(m_source, m_copy);
    QVERIFY2(copied, copied ? "" : qPrintable(copied.error().message));
    QCOMPARE(*copied, PortfolioCopy::Outcome::Copied);
    for (const QString &table : PortfolioCopy::tables() + QStringList{QStringLiteral("sqlite_sequence")}) {
        const QStringList rows = rowsOf(m_source, table);
        QVERIFY2(!rows.isEmpty(), qPrintable(table));
        QCOMPARE(rowsOf(m_copy, table), rows);
    }
    QVERIFY(rowsOf(m_source, QStringLiteral("trash")).size() == 1);
    // The slip keeps who made it; the sample's changes still name nobody.
    {
        auto copy = Database::open(m_copy, Database::Mode::ReadOnly);
        QVERIFY(copy);
        const QList<MilestoneChange> changes = MilestoneRepository(**copy)
                                                   .changesBetween(QDateTime(QDate(1970, 1, 1), QTime(), Qt::UTC),
                                                                   QDateTime(QDate(2100, 1, 1), QTime(), Qt::UTC))
                                                   .value();
        QStringList authors;
        for (const MilestoneChange &change : changes)
            authors << change.author;
        QCOMPARE(authors.count((*copy)->author()), 1);
        QCOMPARE(authors.count(QString()), changes.size() - 1);
        QVERIFY(!(*copy)->author().isEmpty());
    }
    const QByteArray json = jsonExport(m_source, m_dir->filePath(QStringLiteral("source.json")));
    QVERIFY(json.startsWith('{'));
    QVERIFY(json.contains(QStringLiteral("\"author\": \"%1\"").arg(osUserName()).toUtf8()));
    QCOMPARE(jsonExport(m_copy, m_dir->filePath(QStringLiteral("copy.json"))), json);
    // Whole and Pactline's: the full check passes, and no temporary file is left beside it.
    const ProcessResult check = runPactline({QStringLiteral("check"), m_copy});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    QCOMPARE(filesIn(m_dir->path()), (QStringList{QStringLiteral("copy.json"), QStringLiteral("copy.pactline"),
                                                  QStringLiteral("source.json"), QStringLiteral("source.pactline")}));
}

// Ids go on where the source's would: past the partner deleted for good, not reusing its id.
void TestPortfolioCopy::copysNextInsertWorksAsTheSources()
{
    QVERIFY(PortfolioCopy::copy(m_source, m_copy));
    auto source = Database::open(m_source);
    auto copy = Database::open(m_copy);
    QVERIFY(source && copy);
    const qint64 inSource = addPartner(**source, QStringLiteral("Next AB"));
    const qint64 inCopy = addPartner(**copy, QStringLiteral("Next AB"));
    QVERIFY(inCopy > 0);
    QCOMPARE(inCopy, inSource);
    QVERIFY(PartnerRepository(**copy).get(inCopy));
    // The search indexes were filled as the rows went in.
    QSqlQuery words((*copy)->connection());
    QVERIFY(words.exec(QStringLiteral("SELECT count(*) FROM partner_fts WHERE partner_fts MATCH 'Next'")));
    QVERIFY(words.next());
    QCOMPARE(words.value(0).toInt(), 1);
}

// The rows go in with the copy's triggers and indexes set aside (SqlDialect::loadIntoEmpty): its
// full-text indexes and kept columns are then made from the rows, and find and hold what the source's do;
// those of an older source, which had none, are made as the current schema keeps them.
void TestPortfolioCopy::copysSearchAndKeptColumnsAreMadeFromItsRows()
{
    QVERIFY(PortfolioCopy::copy(m_source, m_copy));
    const QStringList found = searchResults(m_source);
    QCOMPARE(found.size(), 10); // five tables, each with a word and a trigram index
    for (const QString &index : found)
        QVERIFY2(!index.endsWith(QLatin1String(": ")), qPrintable(index));
    QCOMPARE(searchResults(m_copy), found);
    QCOMPARE(keptValues(m_copy), keptValues(m_source));

    const QString older = createVersion1Portfolio(*m_dir);
    const QString olderCopy = m_dir->filePath(QStringLiteral("older-copy.pactline"));
    QVERIFY(PortfolioCopy::copy(older, olderCopy));
    auto copy = Database::open(olderCopy, Database::Mode::ReadOnly);
    QVERIFY(copy);
    // Every agreement counts its milestones, and some have any.
    const QStringList counts =
        rowsOf((*copy)->connection(),
               QStringLiteral("SELECT sum(milestone_count <> (SELECT count(*) FROM milestone m WHERE m.agreement_id = "
                              "agreement.id)), sum(milestone_count) FROM agreement"));
    QCOMPARE(counts.value(0).section(QLatin1Char('|'), 0, 0), QStringLiteral("0"));
    QVERIFY(counts.value(0).section(QLatin1Char('|'), 1, 1).toInt() > 0);
    // The older source has no full-text indexes: the copy's find its rows.
    const QStringList olderFound = searchResults(olderCopy);
    QVERIFY(!olderFound.isEmpty());
    for (const QString &index : olderFound)
        QVERIFY2(!index.endsWith(QLatin1String(": ")), qPrintable(index));
}

// An agreement whose predecessor was written long after it (many INSERT statements later).
void TestPortfolioCopy::referenceToARowCopiedLaterHolds()
{
    {
        auto db = Database::open(m_source);
        QVERIFY(db);
        const AgreementRepository agreements(**db);
        Agreement earlier = agreements.list()->constFirst();
        Agreement later = earlier;
        later.predecessorId = 0;
        later.parties.clear();
        for (int i = 0; i < 300; ++i) {
            later.meta = RowMeta();
            later.title = QStringLiteral("Written later %1").arg(i);
            const auto stored = agreements.create(later);
            QVERIFY(stored);
            earlier.predecessorId = stored->meta.id;
        }
        QVERIFY(agreements.update(earlier));
    }
    const auto copied = PortfolioCopy::copy(m_source, m_copy);
    QVERIFY2(copied, copied ? "" : qPrintable(copied.error().message));
    QCOMPARE(rowsOf(m_copy, QStringLiteral("agreement")), rowsOf(m_source, QStringLiteral("agreement")));
}

void TestPortfolioCopy::progressCountsEveryRow()
{
    qint64 rows = 0;
    for (const QString &table : PortfolioCopy::tables())
        rows += rowsOf(m_source, table).size();
    QList<qint64> done;
    qint64 total = -1;
    const auto copied = PortfolioCopy::copy(m_source, m_copy, [&](qint64 d, qint64 t) {
        done << d;
        total = t;
        return true;
    });
    QVERIFY(copied);
    QCOMPARE(total, rows);
    QVERIFY(done.size() > 2);
    QCOMPARE(done.constFirst(), 0);
    QCOMPARE(done.constLast(), rows);
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
    // Once every row is in, each index made again from them is reported (on a big portfolio a search
    // index takes many seconds): the window shows what it waits for, and can still cancel.
    QVERIFY2(done.count(rows) > 20, qPrintable(QString::number(done.count(rows))));
}

// Another connection (Pactline's window, say) commits while the copy runs: the copy is the portfolio as
// it was when the copy began, whole.
void TestPortfolioCopy::copyIsOfOneMomentWhileOthersWrite()
{
    auto open = Database::open(m_source);
    QVERIFY(open);
    const QStringList partners = rowsOf(m_source, QStringLiteral("partner"));
    const QStringList history = rowsOf(m_source, QStringLiteral("history"));
    int written = 0;
    const auto copied = PortfolioCopy::copy(m_source, m_copy, [&](qint64, qint64) {
        if (addPartner(**open, QStringLiteral("Meanwhile %1").arg(written)) > 0)
            ++written;
        return true;
    });
    QVERIFY2(copied, copied ? "" : qPrintable(copied.error().message));
    QVERIFY(written > 5);
    QCOMPARE(rowsOf(m_copy, QStringLiteral("partner")), partners);
    QCOMPARE(rowsOf(m_copy, QStringLiteral("history")), history);
    QCOMPARE(rowsOf(m_source, QStringLiteral("partner")).size(), partners.size() + written);
}

void TestPortfolioCopy::cancelledCopyLeavesNothing()
{
    // How often a whole copy reports: the last ones are after the last row (one for each index made
    // again, one before the commit, one before the file is put in place), where a cancel still leaves
    // nothing.
    int reports = 0;
    const QString counted = m_dir->filePath(QStringLiteral("counted.pactline"));
    QVERIFY(PortfolioCopy::copy(m_source, counted, [&](qint64, qint64) { return ++reports > 0; }));
    QVERIFY(QFile::remove(counted));
    QVERIFY(reports > 20);
    const QStringList before = filesIn(m_dir->path());
    const QByteArray checksum = fileChecksum(m_source);
    for (const int at : {0, 1, 5, reports - 10, reports - 2, reports - 1}) {
        int heard = 0;
        const auto copied = PortfolioCopy::copy(m_source, m_copy, [&](qint64, qint64) { return heard++ < at; });
        QVERIFY(copied);
        QCOMPARE(*copied, PortfolioCopy::Outcome::Cancelled);
        QCOMPARE(filesIn(m_dir->path()), before);
        QCOMPARE(fileChecksum(m_source), checksum);
    }
}

void TestPortfolioCopy::existingDestinationIsRefusedUntouched()
{
    QVERIFY(writeFile(m_copy, QByteArrayLiteral("keep me")));
    const auto copied = PortfolioCopy::copy(m_source, m_copy);
    QVERIFY(!copied);
    QCOMPARE(copied.error().kind, StoreError::Kind::Exists);
    QVERIFY(copied.error().message.contains(m_copy));
    QFile kept(m_copy);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArrayLiteral("keep me"));
    // Onto itself, too.
    QCOMPARE(PortfolioCopy::copy(m_source, m_source).error().kind, StoreError::Kind::Exists);
    // Nor into a folder that is not there.
    QCOMPARE(PortfolioCopy::copy(m_source, m_dir->filePath(QStringLiteral("no/such.pactline"))).error().kind,
             StoreError::Kind::NotFound);
}

void TestPortfolioCopy::sourceThatIsNoPortfolioIsRefused()
{
    const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(text, QByteArrayLiteral("not a portfolio\n")));
    const auto fromText = PortfolioCopy::copy(text, m_copy);
    QVERIFY(!fromText);
    QCOMPARE(fromText.error().kind, StoreError::Kind::NotSqlite);
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    QCOMPARE(runSqlite({other, QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (1);")}).exitCode, 0);
    const auto fromOther = PortfolioCopy::copy(other, m_copy);
    QVERIFY(!fromOther);
    QCOMPARE(fromOther.error().kind, StoreError::Kind::NotPactline);
    QCOMPARE(PortfolioCopy::copy(m_dir->filePath(QStringLiteral("none.pactline")), m_copy).error().kind,
             StoreError::Kind::NotFound);
    QVERIFY(!QFile::exists(m_copy));
}

// Another tool broke a reference (SQLite checks none unless asked): the copy says which, and is not made.
void TestPortfolioCopy::sourceWithABrokenReferenceIsRefused()
{
    QCOMPARE(runSqlite({m_source, QStringLiteral("UPDATE milestone SET agreement_id = 99999 WHERE id = 1")}).exitCode,
             0);
    const auto copied = PortfolioCopy::copy(m_source, m_copy);
    QVERIFY(!copied);
    QCOMPARE(copied.error().kind, StoreError::Kind::Invalid);
    QVERIFY2(copied.error().message.startsWith(QStringLiteral("Row 1 of “milestone” points to a row of “agreement”")),
             qPrintable(copied.error().message));
    QVERIFY(!QFile::exists(m_copy));
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("source.pactline")});
}

void TestPortfolioCopy::newerSourceIsRefused()
{
    QCOMPARE(runSqlite({m_source, QStringLiteral("PRAGMA user_version = %1").arg(Migrations::currentVersion() + 1)})
                 .exitCode,
             0);
    const QByteArray checksum = fileChecksum(m_source);
    const auto copied = PortfolioCopy::copy(m_source, m_copy);
    QVERIFY(!copied);
    QCOMPARE(copied.error().kind, StoreError::Kind::NewerVersion);
    QVERIFY(!QFile::exists(m_copy));
    QCOMPARE(fileChecksum(m_source), checksum);
}

// Copied as it reads, into the current schema; the source is left at its version.
void TestPortfolioCopy::olderSourceIsCopiedAtTheCurrentVersion()
{
    const QString older = createVersion1Portfolio(*m_dir);
    QVERIFY(!older.isEmpty());
    const QByteArray checksum = fileChecksum(older);
    const auto copied = PortfolioCopy::copy(older, m_copy);
    QVERIFY2(copied, copied ? "" : qPrintable(copied.error().message));
    QCOMPARE(fileChecksum(older), checksum);
    auto copy = Database::open(m_copy, Database::Mode::ReadOnly);
    QVERIFY(copy);
    QCOMPARE((*copy)->schemaVersion(), Migrations::currentVersion());
    for (const QString &table : Database::allTables()) {
        QStringList expected = rowsOf(older, table);
        // The changes of a milestone gain their author's column, naming nobody.
        if (table == QLatin1String("milestone_change")) {
            QVERIFY(!expected.isEmpty());
            for (QString &row : expected)
                row += QLatin1Char('|');
        }
        QCOMPARE(rowsOf(m_copy, table), expected);
    }
    QVERIFY(rowsOf(m_copy, QStringLiteral("history")).isEmpty());
}

void TestPortfolioCopy::olderSourceWithRefusedValuesIsRefused()
{
    const QString older = createVersion1Portfolio(*m_dir);
    QVERIFY(!older.isEmpty());
    QCOMPARE(runSqlite({older, QStringLiteral("UPDATE partner SET kind = 'spaceship' WHERE id = 1")}).exitCode, 0);
    const auto copied = PortfolioCopy::copy(older, m_copy);
    QVERIFY(!copied);
    QCOMPARE(copied.error().kind, StoreError::Kind::BadValues);
    QVERIFY2(copied.error().message.contains(QLatin1String("spaceship")), qPrintable(copied.error().message));
    QVERIFY(!QFile::exists(m_copy));
}

void TestPortfolioCopy::commandLine()
{
    const ProcessResult copied = runPactline({QStringLiteral("copy"), m_source, m_copy});
    QCOMPARE(copied.exitCode, 0);
    QCOMPARE(copied.out.trimmed(), QStringLiteral("Copied %1 to %2.").arg(m_source, m_copy));
    QCOMPARE(rowsOf(m_copy, QStringLiteral("history")), rowsOf(m_source, QStringLiteral("history")));

    const QByteArray checksum = fileChecksum(m_copy);
    const ProcessResult again = runPactline({QStringLiteral("copy"), m_source, m_copy});
    QCOMPARE(again.exitCode, 2);
    QCOMPARE(again.err.trimmed(),
             QStringLiteral("“%1” already exists; Pactline does not overwrite files.").arg(m_copy));
    QCOMPARE(fileChecksum(m_copy), checksum);

    const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(text, QByteArrayLiteral("not a portfolio\n")));
    const QString other = m_dir->filePath(QStringLiteral("other.pactline"));
    const ProcessResult notOurs = runPactline({QStringLiteral("copy"), text, other});
    QCOMPARE(notOurs.exitCode, 2);
    QVERIFY2(notOurs.err.contains(QLatin1String("is not a Pactline portfolio")), qPrintable(notOurs.err));
    QVERIFY(!QFile::exists(other));

    const ProcessResult usage = runPactline({QStringLiteral("copy"), m_source});
    QCOMPARE(usage.exitCode, 2);
    QCOMPARE(usage.err.trimmed(), QStringLiteral("Usage: pactline copy SOURCE DEST"));

    const ProcessResult help = runPactline({QStringLiteral("copy"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("SOURCE")) && help.out.contains(QLatin1String("DEST")));
    const ProcessResult all = runPactline({QStringLiteral("--help")});
    QVERIFY2(all.out.contains(QLatin1String("pactline copy SOURCE DEST")), qPrintable(all.out));
}

QTEST_GUILESS_MAIN(TestPortfolioCopy)
#include "tst_portfoliocopy.moc"
