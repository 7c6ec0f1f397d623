// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The agreements table model over a real portfolio file: QAbstractItemModelTester throughout,
// sorting and filtering in SQL, the signals around inserts, edits and removals, refusals, a
// conflict with another connection, paging through a long list, and counting in the background.
#include "models/agreementtablemodel.h"
#include "models/backgroundcounter.h"
#include "store/database.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestAgreementTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsTheSampleSortedByTitle();
    void sortsInSql_data();
    void sortsInSql();
    void unsortableColumnsKeepTheOrder();
    void filtersInSql();
    void insertSignalsTheNewRowWhereItSorts();
    void editWritesAndSignals();
    void editThatMovesTheRowSignalsAMove();
    void removalSignalsTheRow();
    void refusesBadEditsAndWritesNothing_data();
    void refusesBadEditsAndWritesNothing();
    void conflictIsReportedAndTheStoredTruthShown();
    void readOnlyRefusesEdits();
    void pagesThroughALongList();
    void countsCostlyFiltersInTheBackground();

private:
    QList<qint64> repositoryIds(const ListQuery &query) const;
    QList<qint64> modelIds() const;
    int rowOfTitle(const QString &title) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AgreementTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAgreementTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = TestSupport::createSamplePortfolio(*m_dir);
    auto db = Database::open(path);
    QVERIFY(db);
    m_db = std::move(*db);
    m_model = std::make_unique<AgreementTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setDatabase(m_db.get());
}

void TestAgreementTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_db.reset();
    m_dir.reset();
}

QList<qint64> TestAgreementTableModel::repositoryIds(const ListQuery &query) const
{
    QList<qint64> ids;
    const auto list = AgreementRepository(*m_db).list(query);
    if (list)
        for (const Agreement &a : *list)
            ids << a.meta.id;
    return ids;
}

QList<qint64> TestAgreementTableModel::modelIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->index(row, 0).data(RecordTableModel::IdRole).toLongLong();
    return ids;
}

int TestAgreementTableModel::rowOfTitle(const QString &title) const
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, AgreementTableModel::TitleColumn).data().toString() == title)
            return row;
    return -1;
}

void TestAgreementTableModel::listsTheSampleSortedByTitle()
{
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->totalCount(), qint64(6));
    QVERIFY(m_model->isCountExact());
    QCOMPARE(m_model->index(0, AgreementTableModel::TitleColumn).data().toString(),
             QStringLiteral("ATMP, cell and gene therapy: Lund, Skåne and Leiden"));
    QCOMPARE(m_model->index(5, AgreementTableModel::TitleColumn).data().toString(),
             QStringLiteral("Master Service Agreement: multicentre early-phase trials, CTC and QPS"));
    const int atmp = 0;
    QCOMPARE(m_model->index(atmp, AgreementTableModel::StatusColumn).data().toString(), QStringLiteral("Active"));
    QCOMPARE(m_model->index(atmp, AgreementTableModel::StatusColumn).data(Qt::EditRole).toString(),
             QStringLiteral("active"));
    QCOMPARE(m_model->index(atmp, AgreementTableModel::SignedColumn).data().toString(), QStringLiteral("October 2022"));
    QCOMPARE(m_model->index(atmp, AgreementTableModel::SignedColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2022-10-01 to 2022-10-31"));
    // A title's tooltip is the whole title first (the column may cut it short), then its summary.
    const QString titleTip = m_model->index(atmp, AgreementTableModel::TitleColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(titleTip.startsWith(QStringLiteral("ATMP, cell and gene therapy: Lund, Skåne and Leiden\n\n")),
             qPrintable(titleTip));
    QVERIFY(titleTip.size() > 60);
    QCOMPARE(m_model->index(atmp, AgreementTableModel::PartiesColumn).data().toString(),
             QStringLiteral("LU, Skåne University Hospital, LUMC, NecstGen"));
    QCOMPARE(m_model->index(atmp, AgreementTableModel::ThemesColumn).data().toString(),
             QStringLiteral("ATMP, Cell and gene therapy, Education"));
    QCOMPARE(m_model->index(atmp, AgreementTableModel::MilestonesColumn).data().toInt(), 5);
    QCOMPARE(m_model->index(atmp, AgreementTableModel::PartiesColumn).data(RecordTableModel::EditorRole).toInt(),
             int(RecordTableModel::Editor::None));
    QCOMPARE(m_model->index(atmp, AgreementTableModel::StatusColumn).data(RecordTableModel::EditorRole).toInt(),
             int(RecordTableModel::Editor::Choice));
    QCOMPARE(
        m_model->index(atmp, AgreementTableModel::StatusColumn).data(RecordTableModel::ChoicesRole).toList().size(),
        allValues<AgreementStatus>().size());
    QCOMPARE(modelIds(), repositoryIds({}));
}

void TestAgreementTableModel::sortsInSql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("sortKey");
    for (const auto &[column, key] : {std::pair{int(AgreementTableModel::TitleColumn), "title"},
                                      {int(AgreementTableModel::KindColumn), "kind"},
                                      {int(AgreementTableModel::StatusColumn), "status"},
                                      {int(AgreementTableModel::SignedColumn), "signed_on"},
                                      {int(AgreementTableModel::StartsColumn), "starts_on"},
                                      {int(AgreementTableModel::EndsColumn), "ends_on"}})
        QTest::newRow(key) << column << QString::fromLatin1(key);
}

void TestAgreementTableModel::sortsInSql()
{
    QFETCH(int, column);
    QFETCH(QString, sortKey);
    for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->sort(column, order);
        ListQuery query;
        query.sortKey = sortKey;
        query.order = order;
        QCOMPARE(modelIds(), repositoryIds(query));
        QCOMPARE(m_model->sortColumn(), column);
        QCOMPARE(m_model->sortOrder(), order);
    }
}

void TestAgreementTableModel::unsortableColumnsKeepTheOrder()
{
    m_model->sort(AgreementTableModel::SignedColumn, Qt::DescendingOrder);
    const QList<qint64> before = modelIds();
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(AgreementTableModel::PartiesColumn, Qt::AscendingOrder);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(modelIds(), before);
    QCOMPARE(m_model->sortColumn(), int(AgreementTableModel::SignedColumn));
}

void TestAgreementTableModel::filtersInSql()
{
    QSignalSpy counts(m_model.get(), &RecordTableModel::countsChanged);
    m_model->setSearch(QStringLiteral("cardiology"));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->filteredCount(), qint64(1));
    QCOMPARE(m_model->totalCount(), qint64(6));
    QVERIFY(counts.count() >= 1);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("Cardiology services: SCRO and Cardialysis"));

    m_model->setSearch(QString());
    m_model->setFilter(QStringLiteral("status"), QStringLiteral("completed"));
    QCOMPARE(m_model->rowCount(), 1);
    m_model->setFilter(QStringLiteral("status"), QString());
    m_model->setFilter(QStringLiteral("theme"), QStringLiteral("clinical trials"));
    QCOMPARE(m_model->rowCount(), 4);
    const auto ctc = PartnerRepository(*m_db).findByName(QStringLiteral("CTC"));
    QVERIFY(ctc);
    m_model->setQuery(QString(), {{QStringLiteral("partner"), QString::number(*ctc)}});
    QCOMPARE(m_model->rowCount(), 2);
    m_model->setQuery(QString(), {{QStringLiteral("country"), QStringLiteral("se")}});
    ListQuery swedish;
    swedish.filters.insert(QStringLiteral("country"), QStringLiteral("SE"));
    QCOMPARE(modelIds(), repositoryIds(swedish));
    m_model->setQuery(QStringLiteral("no such words"), {});
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setQuery(QString(), {});
    QCOMPARE(m_model->rowCount(), 6);
}

void TestAgreementTableModel::insertSignalsTheNewRowWhereItSorts()
{
    QSignalSpy aboutToInsert(m_model.get(), &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    Agreement a;
    a.title = QStringLiteral("Bilateral agreement on registries");
    const auto stored = AgreementRepository(*m_db).create(a);
    QVERIFY(stored);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(aboutToInsert.count(), 1);
    QCOMPARE(inserted.count(), 1);
    // Sorted by title: after "ATMP, ...", before "Cardiology ...".
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 7);
    QCOMPARE(m_model->index(1, 0).data().toString(), a.title);
    QCOMPARE(m_model->rowOfId(stored->meta.id), 1);
}

void TestAgreementTableModel::editWritesAndSignals()
{
    const int row = rowOfTitle(QStringLiteral("Cardiology services: SCRO and Cardialysis"));
    QVERIFY(row >= 0);
    const qint64 id = m_model->idAt(row);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy refused(m_model.get(), &RecordTableModel::editRefused);
    const QModelIndex status = m_model->index(row, AgreementTableModel::StatusColumn);
    QVERIFY(m_model->setData(status, QStringLiteral("completed")));
    QCOMPARE(refused.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_model->index(row, AgreementTableModel::StatusColumn).data().toString(), QStringLiteral("Completed"));
    QCOMPARE(AgreementRepository(*m_db).get(id)->status, AgreementStatus::Completed);

    // Dates are parsed as FuzzyDates; themes as a list.
    QVERIFY(m_model->setData(m_model->index(row, AgreementTableModel::EndsColumn), QStringLiteral("H2 2026")));
    QVERIFY(m_model->setData(m_model->index(row, AgreementTableModel::ThemesColumn),
                             QStringLiteral("Cardiology; Devices, Cardiology")));
    const auto stored = AgreementRepository(*m_db).get(id);
    QVERIFY(stored);
    QCOMPARE(stored->endsOn, FuzzyDate::half(2026, 2));
    QCOMPARE(stored->themes, (QStringList{QStringLiteral("Cardiology"), QStringLiteral("Devices")}));
    QCOMPARE(stored->parties.size(), 2); // parties untouched by a cell edit

    // Writing the same value again changes nothing (no write, no new version).
    const int version = stored->meta.version;
    QVERIFY(m_model->setData(m_model->index(row, AgreementTableModel::EndsColumn), QStringLiteral("2026-H2")));
    QCOMPARE(AgreementRepository(*m_db).get(id)->meta.version, version);
}

void TestAgreementTableModel::editThatMovesTheRowSignalsAMove()
{
    const int row = rowOfTitle(QStringLiteral("ATMP, cell and gene therapy: Lund, Skåne and Leiden"));
    QCOMPARE(row, 0);
    const qint64 id = m_model->idAt(row);
    QPersistentModelIndex persistent = m_model->index(row, AgreementTableModel::StatusColumn);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_model->setData(m_model->index(row, AgreementTableModel::TitleColumn),
                             QStringLiteral("Zebrafish models: Lund and Leiden")));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(m_model->idAt(5), id);
    // A persistent index (a selection) follows the row.
    QVERIFY(persistent.isValid());
    QCOMPARE(persistent.row(), 5);
    QCOMPARE(modelIds(), repositoryIds({}));
}

void TestAgreementTableModel::removalSignalsTheRow()
{
    const int row = rowOfTitle(QStringLiteral("Clinical trials: Uppsala Clinical Research Center and ECRI"));
    QVERIFY(row >= 0);
    const qint64 id = m_model->idAt(row);
    QSignalSpy aboutToRemove(m_model.get(), &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(AgreementRepository(*m_db).remove(id));
    QCOMPARE(aboutToRemove.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), row);
    QCOMPARE(removed.first().at(2).toInt(), row);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->rowOfId(id), -1);
}

void TestAgreementTableModel::refusesBadEditsAndWritesNothing_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty title") << int(AgreementTableModel::TitleColumn) << QStringLiteral("   ")
                                 << QStringLiteral("needs a title");
    QTest::newRow("not a date") << int(AgreementTableModel::SignedColumn) << QStringLiteral("next Tuesday-ish")
                                << QStringLiteral("is not a date");
    QTest::newRow("end before start") << int(AgreementTableModel::EndsColumn) << QStringLiteral("2021")
                                      << QStringLiteral("before the start");
    QTest::newRow("unknown status") << int(AgreementTableModel::StatusColumn) << QStringLiteral("dormant")
                                    << QStringLiteral("choose one of");
}

void TestAgreementTableModel::refusesBadEditsAndWritesNothing()
{
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(QString, message);
    const int row = 0;
    const qint64 id = m_model->idAt(row);
    // Give it a start so that an end can be before it.
    QVERIFY(m_model->setData(m_model->index(row, AgreementTableModel::StartsColumn), QStringLiteral("2022-11")));
    const auto before = AgreementRepository(*m_db).get(id);
    QVERIFY(before);
    QSignalSpy refused(m_model.get(), &RecordTableModel::editRefused);
    QSignalSpy failed(m_model.get(), &RecordTableModel::storeFailed);
    QVERIFY(!m_model->setData(m_model->index(row, column), value));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(failed.count(), 0);
    const QString text = refused.first().first().toString();
    QVERIFY2(text.contains(message), qPrintable(text));
    const auto after = AgreementRepository(*m_db).get(id);
    QVERIFY(after);
    QCOMPARE(after->meta.version, before->meta.version);
    QCOMPARE(after->title, before->title);
    QCOMPARE(after->endsOn, before->endsOn);
}

void TestAgreementTableModel::conflictIsReportedAndTheStoredTruthShown()
{
    const int row = 0;
    const qint64 id = m_model->idAt(row);
    QVERIFY(!m_model->index(row, 0).data().toString().isEmpty()); // the model holds the row now
    // Someone else, through another connection, renames it; this model does not hear of it.
    {
        auto other = Database::open(m_db->path());
        QVERIFY(other);
        const AgreementRepository theirs(**other);
        Agreement a = *theirs.get(id);
        a.title = QStringLiteral("ATMP (renamed elsewhere)");
        QVERIFY(theirs.update(a));
    }
    QSignalSpy failed(m_model.get(), &RecordTableModel::storeFailed);
    QVERIFY(!m_model->setData(m_model->index(row, AgreementTableModel::StatusColumn), QStringLiteral("ended")));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("Someone else changed")),
             qPrintable(failed.first().first().toString()));
    const auto stored = AgreementRepository(*m_db).get(id);
    QCOMPARE(stored->status, AgreementStatus::Active);
    const int now = m_model->rowOfId(id);
    QVERIFY(now >= 0);
    QCOMPARE(m_model->index(now, AgreementTableModel::TitleColumn).data().toString(),
             QStringLiteral("ATMP (renamed elsewhere)"));
    QCOMPARE(m_model->index(now, AgreementTableModel::StatusColumn).data().toString(), QStringLiteral("Active"));
}

void TestAgreementTableModel::readOnlyRefusesEdits()
{
    m_model->setReadOnly(true);
    const QModelIndex title = m_model->index(0, AgreementTableModel::TitleColumn);
    QVERIFY(!(m_model->flags(title) & Qt::ItemIsEditable));
    QCOMPARE(title.data(RecordTableModel::EditorRole).toInt(), int(RecordTableModel::Editor::None));
    QVERIFY(!m_model->setData(title, QStringLiteral("Changed")));
    QVERIFY(title.data().toString() != QStringLiteral("Changed"));
    m_model->setReadOnly(false);
    QVERIFY(m_model->flags(title) & Qt::ItemIsEditable);
}

void TestAgreementTableModel::pagesThroughALongList()
{
    // Make it long enough for the windowed path with small pages: 6 + 25 agreements.
    const AgreementRepository repo(*m_db);
    for (int i = 0; i < 25; ++i) {
        Agreement a;
        a.title = QStringLiteral("Agreement %1").arg(i % 7);
        if (i % 4)
            a.signedOn = FuzzyDate::quarter(2020 + i % 3, 1 + i % 4);
        QVERIFY(repo.create(a));
    }
    m_model->setSmallListLimit(4);
    m_model->setPageSize(3);
    m_model->setMaxCachedPages(2);
    for (const auto &[column, key] : {std::pair{int(AgreementTableModel::SignedColumn), "signed_on"},
                                      {int(AgreementTableModel::TitleColumn), "title"}}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_model->sort(column, order);
            ListQuery query;
            query.sortKey = QString::fromLatin1(key);
            query.order = order;
            const QList<qint64> expected = repositoryIds(query);
            QCOMPARE(m_model->rowCount(), expected.size());
            // Jump to the end, walk back to the start, then forward again.
            for (int row = int(expected.size()) - 1; row >= 0; --row)
                QCOMPARE(m_model->idAt(row), expected.at(row));
            QVERIFY(m_model->cachedPageCount() <= 2);
            QCOMPARE(modelIds(), expected);
            // Jumps into the middle, away from cached pages.
            for (int row : {15, 2, 28, 9})
                QCOMPARE(m_model->idAt(row), expected.at(row));
            for (int row : {0, 13, 30})
                QCOMPARE(m_model->rowOfId(expected.at(row)), row);
            // Without asking the store, only rows in memory are found: the last page read, not one evicted.
            QCOMPARE(m_model->idAt(30), expected.at(30));
            QCOMPARE(m_model->loadedRowOfId(expected.at(30)), 30);
            QCOMPARE(m_model->loadedRowOfId(expected.at(7)), -1);
        }
    }
    // A change in a long list resets the model (and it still lists what the store holds).
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    Agreement extra;
    extra.title = QStringLiteral("Agreement 3b");
    QVERIFY(repo.create(extra));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 32);
}

void TestAgreementTableModel::countsCostlyFiltersInTheBackground()
{
    BackgroundCounter counter(m_db->path(), Database::Mode::ReadWrite);
    m_model->setCounter(&counter);
    m_model->setSmallListLimit(1);
    m_model->setPageSize(2);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    ListQuery query;
    query.search = QStringLiteral("clinical");
    const QList<qint64> expected = repositoryIds(query);
    QVERIFY(expected.size() > 2);
    m_model->setSearch(QStringLiteral("clinical"));
    // The first rows (a page and one more) show at once; the count follows.
    QVERIFY(!m_model->isCountExact());
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->idAt(0), expected.at(0));
    QTRY_VERIFY(m_model->isCountExact());
    QCOMPARE(m_model->rowCount(), expected.size());
    QVERIFY(inserted.count() >= 1); // the count, and maybe a page fetched before it
    QCOMPARE(modelIds(), expected);

    // Before the count arrives, scrolling to the end fetches more rows.
    m_model->setSearch(QStringLiteral("trial"));
    query.search = QStringLiteral("trial");
    const QList<qint64> trials = repositoryIds(query);
    if (!m_model->isCountExact()) {
        QVERIFY(m_model->canFetchMore({}));
        m_model->fetchMore({});
        QTRY_VERIFY(m_model->rowCount() > 2 || m_model->isCountExact());
    }
    QTRY_VERIFY(m_model->isCountExact());
    QCOMPARE(modelIds(), trials);
    QVERIFY(counter.waitForIdle(5000));
}

QTEST_GUILESS_MAIN(TestAgreementTableModel)
#include "tst_agreementtablemodel.moc"
