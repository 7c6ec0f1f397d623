// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The agreements table model over a real portfolio file: QAbstractItemModelTester throughout,
// sorting and filtering in SQL, the signals around inserts, edits and removals, refusals, a
// conflict with another connection, paging through a long list, and counting in the background.
#include "models/agreementtablemodel.h"
#include "models/backgroundcounter.h"
#include "samplemodel.h"
#include "store/database.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"

#include <QSignalSpy>
#include <QTest>

class TestAgreementTableModel : public TestSupport::SampleModelTest<AgreementTableModel>
{
    Q_OBJECT

private slots:
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
    void countsALongListInTheBackground();
    void totalCountFollowsTheStoreNotTheSearch();

private:
    QList<qint64> repositoryIds(const ListQuery &query) const;
    QList<qint64> modelIds() const;
};

QList<qint64> TestAgreementTableModel::repositoryIds(const ListQuery &query) const
{
    QList<qint64> ids;
    const auto list = AgreementRepository(*m_sample.db).list(query);
    if (list)
        for (const Agreement &a : *list)
            ids << a.meta.id;
    return ids;
}

QList<qint64> TestAgreementTableModel::modelIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_sample.model->rowCount(); ++row)
        ids << m_sample.model->index(row, 0).data(RecordTableModel::IdRole).toLongLong();
    return ids;
}

void TestAgreementTableModel::listsTheSampleSortedByTitle()
{
    QCOMPARE(m_sample.model->rowCount(), 6);
    QCOMPARE(m_sample.model->totalCount(), qint64(6));
    QVERIFY(m_sample.model->isCountExact());
    QCOMPARE(m_sample.model->index(0, AgreementTableModel::TitleColumn).data().toString(),
             QStringLiteral("ATMP, cell and gene therapy: Lund, Skåne and Leiden"));
    QCOMPARE(m_sample.model->index(5, AgreementTableModel::TitleColumn).data().toString(),
             QStringLiteral("Master Service Agreement: multicentre early-phase trials, CTC and QPS"));
    const int atmp = 0;
    QCOMPARE(m_sample.model->index(atmp, AgreementTableModel::StatusColumn).data().toString(),
             QStringLiteral("Active"));
    QCOMPARE(m_sample.model->index(atmp, AgreementTableModel::StatusColumn).data(Qt::EditRole).toString(),
             QStringLiteral("active"));
    QCOMPARE(m_sample.model->index(atmp, AgreementTableModel::SignedColumn).data().toString(),
             QStringLiteral("October 2022"));
    QCOMPARE(m_sample.model->index(atmp, AgreementTableModel::SignedColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2022-10-01 to 2022-10-31"));
    // A title's tooltip is the whole title first (the column may cut it short), then its summary.
    const QString titleTip =
        m_sample.model->index(atmp, AgreementTableModel::TitleColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(titleTip.startsWith(QStringLiteral("ATMP, cell and gene therapy: Lund, Skåne and Leiden\n\n")),
             qPrintable(titleTip));
    QVERIFY(titleTip.size() > 60);
    QCOMPARE(m_sample.model->index(atmp, AgreementTableModel::PartiesColumn).data().toString(),
             QStringLiteral("LU, Skåne University Hospital, LUMC, NecstGen"));
    QCOMPARE(m_sample.model->index(atmp, AgreementTableModel::ThemesColumn).data().toString(),
             QStringLiteral("ATMP, Cell and gene therapy, Education"));
    QCOMPARE(m_sample.model->index(atmp, AgreementTableModel::MilestonesColumn).data().toInt(), 5);
    QCOMPARE(m_sample.model->index(atmp, AgreementTableModel::PartiesColumn).data(RecordTableModel::EditorRole).toInt(),
             int(RecordTableModel::Editor::None));
    QCOMPARE(m_sample.model->index(atmp, AgreementTableModel::StatusColumn).data(RecordTableModel::EditorRole).toInt(),
             int(RecordTableModel::Editor::Choice));
    QCOMPARE(m_sample.model->index(atmp, AgreementTableModel::StatusColumn)
                 .data(RecordTableModel::ChoicesRole)
                 .toList()
                 .size(),
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
        QSignalSpy reset(m_sample.model.get(), &QAbstractItemModel::modelReset);
        m_sample.model->sort(column, order);
        ListQuery query;
        query.sortKey = sortKey;
        query.order = order;
        QCOMPARE(modelIds(), repositoryIds(query));
        QCOMPARE(m_sample.model->sortColumn(), column);
        QCOMPARE(m_sample.model->sortOrder(), order);
    }
}

void TestAgreementTableModel::unsortableColumnsKeepTheOrder()
{
    m_sample.model->sort(AgreementTableModel::SignedColumn, Qt::DescendingOrder);
    const QList<qint64> before = modelIds();
    QSignalSpy reset(m_sample.model.get(), &QAbstractItemModel::modelReset);
    m_sample.model->sort(AgreementTableModel::OverdueColumn, Qt::AscendingOrder);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(modelIds(), before);
    QCOMPARE(m_sample.model->sortColumn(), int(AgreementTableModel::SignedColumn));
}

void TestAgreementTableModel::filtersInSql()
{
    QSignalSpy counts(m_sample.model.get(), &RecordTableModel::countsChanged);
    m_sample.model->setSearch(QStringLiteral("cardiology"));
    QCOMPARE(m_sample.model->rowCount(), 1);
    QCOMPARE(m_sample.model->filteredCount(), qint64(1));
    QCOMPARE(m_sample.model->totalCount(), qint64(6));
    QVERIFY(counts.count() >= 1);
    QCOMPARE(m_sample.model->index(0, 0).data().toString(),
             QStringLiteral("Cardiology services: SCRO and Cardialysis"));

    m_sample.model->setSearch(QString());
    m_sample.model->setFilter(QStringLiteral("status"), QStringLiteral("completed"));
    QCOMPARE(m_sample.model->rowCount(), 1);
    m_sample.model->setFilter(QStringLiteral("status"), QString());
    m_sample.model->setFilter(QStringLiteral("theme"), QStringLiteral("clinical trials"));
    QCOMPARE(m_sample.model->rowCount(), 4);
    const auto ctc = PartnerRepository(*m_sample.db).findByName(QStringLiteral("CTC"));
    QVERIFY(ctc);
    m_sample.model->setQuery(QString(), {{QStringLiteral("partner"), QString::number(*ctc)}});
    QCOMPARE(m_sample.model->rowCount(), 2);
    m_sample.model->setQuery(QString(), {{QStringLiteral("country"), QStringLiteral("se")}});
    ListQuery swedish;
    swedish.filters.insert(QStringLiteral("country"), QStringLiteral("SE"));
    QCOMPARE(modelIds(), repositoryIds(swedish));
    m_sample.model->setQuery(QStringLiteral("no such words"), {});
    QCOMPARE(m_sample.model->rowCount(), 0);
    m_sample.model->setQuery(QString(), {});
    QCOMPARE(m_sample.model->rowCount(), 6);
}

void TestAgreementTableModel::insertSignalsTheNewRowWhereItSorts()
{
    QSignalSpy aboutToInsert(m_sample.model.get(), &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy inserted(m_sample.model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_sample.model.get(), &QAbstractItemModel::modelReset);
    Agreement a;
    a.title = QStringLiteral("Bilateral agreement on registries");
    const auto stored = AgreementRepository(*m_sample.db).create(a);
    QVERIFY(stored);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(aboutToInsert.count(), 1);
    QCOMPARE(inserted.count(), 1);
    // Sorted by title: after "ATMP, ...", before "Cardiology ...".
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(m_sample.model->rowCount(), 7);
    QCOMPARE(m_sample.model->index(1, 0).data().toString(), a.title);
    QCOMPARE(m_sample.model->rowOfId(stored->meta.id), 1);
}

void TestAgreementTableModel::editWritesAndSignals()
{
    const int row = m_sample.rowOf(QStringLiteral("Cardiology services: SCRO and Cardialysis"));
    QVERIFY(row >= 0);
    const qint64 id = m_sample.model->idAt(row);
    QSignalSpy changed(m_sample.model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy refused(m_sample.model.get(), &RecordTableModel::editRefused);
    const QModelIndex status = m_sample.model->index(row, AgreementTableModel::StatusColumn);
    QVERIFY(m_sample.model->setData(status, QStringLiteral("completed")));
    QCOMPARE(refused.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_sample.model->index(row, AgreementTableModel::StatusColumn).data().toString(),
             QStringLiteral("Completed"));
    QCOMPARE(AgreementRepository(*m_sample.db).get(id)->status, AgreementStatus::Completed);

    // Dates are parsed as FuzzyDates; themes as a list.
    QVERIFY(m_sample.model->setData(m_sample.model->index(row, AgreementTableModel::EndsColumn),
                                    QStringLiteral("H2 2026")));
    QVERIFY(m_sample.model->setData(m_sample.model->index(row, AgreementTableModel::ThemesColumn),
                                    QStringLiteral("Cardiology; Devices, Cardiology")));
    const auto stored = AgreementRepository(*m_sample.db).get(id);
    QVERIFY(stored);
    QCOMPARE(stored->endsOn, FuzzyDate::half(2026, 2));
    QCOMPARE(stored->themes, (QStringList{QStringLiteral("Cardiology"), QStringLiteral("Devices")}));
    QCOMPARE(stored->parties.size(), 2); // parties untouched by a cell edit

    // Writing the same value again changes nothing (no write, no new version).
    const int version = stored->meta.version;
    QVERIFY(m_sample.model->setData(m_sample.model->index(row, AgreementTableModel::EndsColumn),
                                    QStringLiteral("2026-H2")));
    QCOMPARE(AgreementRepository(*m_sample.db).get(id)->meta.version, version);
}

void TestAgreementTableModel::editThatMovesTheRowSignalsAMove()
{
    const int row = m_sample.rowOf(QStringLiteral("ATMP, cell and gene therapy: Lund, Skåne and Leiden"));
    QCOMPARE(row, 0);
    const qint64 id = m_sample.model->idAt(row);
    QPersistentModelIndex persistent = m_sample.model->index(row, AgreementTableModel::StatusColumn);
    QSignalSpy moved(m_sample.model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(m_sample.model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_sample.model->setData(m_sample.model->index(row, AgreementTableModel::TitleColumn),
                                    QStringLiteral("Zebrafish models: Lund and Leiden")));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(m_sample.model->idAt(5), id);
    // A persistent index (a selection) follows the row.
    QVERIFY(persistent.isValid());
    QCOMPARE(persistent.row(), 5);
    QCOMPARE(modelIds(), repositoryIds({}));
}

void TestAgreementTableModel::removalSignalsTheRow()
{
    const int row = m_sample.rowOf(QStringLiteral("Clinical trials: Uppsala Clinical Research Center and ECRI"));
    QVERIFY(row >= 0);
    const qint64 id = m_sample.model->idAt(row);
    QSignalSpy aboutToRemove(m_sample.model.get(), &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy removed(m_sample.model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(AgreementRepository(*m_sample.db).remove(id));
    QCOMPARE(aboutToRemove.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), row);
    QCOMPARE(removed.first().at(2).toInt(), row);
    QCOMPARE(m_sample.model->rowCount(), 5);
    QCOMPARE(m_sample.model->rowOfId(id), -1);
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
    const qint64 id = m_sample.model->idAt(row);
    // Give it a start so that an end can be before it.
    QVERIFY(m_sample.model->setData(m_sample.model->index(row, AgreementTableModel::StartsColumn),
                                    QStringLiteral("2022-11")));
    const auto before = AgreementRepository(*m_sample.db).get(id);
    QVERIFY(before);
    QSignalSpy refused(m_sample.model.get(), &RecordTableModel::editRefused);
    QSignalSpy failed(m_sample.model.get(), &RecordTableModel::storeFailed);
    QVERIFY(!m_sample.model->setData(m_sample.model->index(row, column), value));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(failed.count(), 0);
    const QString text = refused.first().first().toString();
    QVERIFY2(text.contains(message), qPrintable(text));
    const auto after = AgreementRepository(*m_sample.db).get(id);
    QVERIFY(after);
    QCOMPARE(after->meta.version, before->meta.version);
    QCOMPARE(after->title, before->title);
    QCOMPARE(after->endsOn, before->endsOn);
}

void TestAgreementTableModel::conflictIsReportedAndTheStoredTruthShown()
{
    const int row = 0;
    const qint64 id = m_sample.model->idAt(row);
    QVERIFY(!m_sample.model->index(row, 0).data().toString().isEmpty()); // the model holds the row now
    // Someone else, through another connection, renames it; this model does not hear of it.
    {
        auto other = Database::open(m_sample.db->path());
        QVERIFY(other);
        const AgreementRepository theirs(**other);
        Agreement a = *theirs.get(id);
        a.title = QStringLiteral("ATMP (renamed elsewhere)");
        QVERIFY(theirs.update(a));
    }
    QSignalSpy failed(m_sample.model.get(), &RecordTableModel::storeFailed);
    QVERIFY(!m_sample.model->setData(m_sample.model->index(row, AgreementTableModel::StatusColumn),
                                     QStringLiteral("ended")));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("Someone else changed")),
             qPrintable(failed.first().first().toString()));
    const auto stored = AgreementRepository(*m_sample.db).get(id);
    QCOMPARE(stored->status, AgreementStatus::Active);
    const int now = m_sample.model->rowOfId(id);
    QVERIFY(now >= 0);
    QCOMPARE(m_sample.model->index(now, AgreementTableModel::TitleColumn).data().toString(),
             QStringLiteral("ATMP (renamed elsewhere)"));
    QCOMPARE(m_sample.model->index(now, AgreementTableModel::StatusColumn).data().toString(), QStringLiteral("Active"));
}

void TestAgreementTableModel::readOnlyRefusesEdits()
{
    m_sample.model->setReadOnly(true);
    const QModelIndex title = m_sample.model->index(0, AgreementTableModel::TitleColumn);
    QVERIFY(!(m_sample.model->flags(title) & Qt::ItemIsEditable));
    QCOMPARE(title.data(RecordTableModel::EditorRole).toInt(), int(RecordTableModel::Editor::None));
    QVERIFY(!m_sample.model->setData(title, QStringLiteral("Changed")));
    QVERIFY(title.data().toString() != QStringLiteral("Changed"));
    m_sample.model->setReadOnly(false);
    QVERIFY(m_sample.model->flags(title) & Qt::ItemIsEditable);
}

void TestAgreementTableModel::pagesThroughALongList()
{
    // Make it long enough for the windowed path with small pages: 6 + 25 agreements.
    const AgreementRepository repo(*m_sample.db);
    for (int i = 0; i < 25; ++i) {
        Agreement a;
        a.title = QStringLiteral("Agreement %1").arg(i % 7);
        if (i % 4)
            a.signedOn = FuzzyDate::quarter(2020 + i % 3, 1 + i % 4);
        QVERIFY(repo.create(a));
    }
    m_sample.model->setSmallListLimit(4);
    m_sample.model->setPageSize(3);
    m_sample.model->setMaxCachedPages(2);
    for (const auto &[column, key] : {std::pair{int(AgreementTableModel::SignedColumn), "signed_on"},
                                      {int(AgreementTableModel::TitleColumn), "title"}}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_sample.model->sort(column, order);
            ListQuery query;
            query.sortKey = QString::fromLatin1(key);
            query.order = order;
            const QList<qint64> expected = repositoryIds(query);
            QCOMPARE(m_sample.model->rowCount(), expected.size());
            // Jump to the end, walk back to the start, then forward again.
            for (int row = int(expected.size()) - 1; row >= 0; --row)
                QCOMPARE(m_sample.model->idAt(row), expected.at(row));
            QVERIFY(m_sample.model->cachedPageCount() <= 2);
            QCOMPARE(modelIds(), expected);
            // Jumps into the middle, away from cached pages.
            for (int row : {15, 2, 28, 9})
                QCOMPARE(m_sample.model->idAt(row), expected.at(row));
            for (int row : {0, 13, 30})
                QCOMPARE(m_sample.model->rowOfId(expected.at(row)), row);
            // Without asking the store, only rows in memory are found: the last page read, not one evicted.
            QCOMPARE(m_sample.model->idAt(30), expected.at(30));
            QCOMPARE(m_sample.model->loadedRowOfId(expected.at(30)), 30);
            QCOMPARE(m_sample.model->loadedRowOfId(expected.at(7)), -1);
        }
    }
    // A change in a long list resets the model (and it still lists what the store holds).
    QSignalSpy reset(m_sample.model.get(), &QAbstractItemModel::modelReset);
    Agreement extra;
    extra.title = QStringLiteral("Agreement 3b");
    QVERIFY(repo.create(extra));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_sample.model->rowCount(), 32);
}

void TestAgreementTableModel::countsCostlyFiltersInTheBackground()
{
    BackgroundCounter counter(m_sample.db->path(), Database::Mode::ReadWrite);
    m_sample.model->setCounter(&counter);
    m_sample.model->setSmallListLimit(1);
    m_sample.model->setPageSize(2);
    QSignalSpy inserted(m_sample.model.get(), &QAbstractItemModel::rowsInserted);
    ListQuery query;
    query.search = QStringLiteral("clinical");
    const QList<qint64> expected = repositoryIds(query);
    QVERIFY(expected.size() > 2);
    m_sample.model->setSearch(QStringLiteral("clinical"));
    // The first rows (a page and one more) show at once; the count follows.
    QVERIFY(!m_sample.model->isCountExact());
    QCOMPARE(m_sample.model->rowCount(), 2);
    QCOMPARE(m_sample.model->idAt(0), expected.at(0));
    QTRY_VERIFY(m_sample.model->isCountExact());
    QCOMPARE(m_sample.model->rowCount(), expected.size());
    QVERIFY(inserted.count() >= 1); // the count, and maybe a page fetched before it
    QCOMPARE(modelIds(), expected);

    // Before the count arrives, scrolling to the end fetches more rows.
    m_sample.model->setSearch(QStringLiteral("trial"));
    query.search = QStringLiteral("trial");
    const QList<qint64> trials = repositoryIds(query);
    if (!m_sample.model->isCountExact()) {
        QVERIFY(m_sample.model->canFetchMore({}));
        m_sample.model->fetchMore({});
        QTRY_VERIFY(m_sample.model->rowCount() > 2 || m_sample.model->isCountExact());
    }
    QTRY_VERIFY(m_sample.model->isCountExact());
    QCOMPARE(modelIds(), trials);
    QVERIFY(counter.waitForIdle(5000));
}

void TestAgreementTableModel::countsALongListInTheBackground()
{
    // Counting every row of a long list (a million milestones) took longer than showing its first
    // rows: with a counter it shows them first, the whole list and table as the count arrives.
    const qint64 all = AgreementRepository(*m_sample.db).count().value();
    BackgroundCounter counter(m_sample.db->path(), Database::Mode::ReadWrite);
    m_sample.model->setCounter(&counter);
    m_sample.model->setSmallListLimit(3);
    QSignalSpy counts(m_sample.model.get(), &RecordTableModel::countsChanged);
    m_sample.model->reload();
    QVERIFY(!m_sample.model->isCountExact());
    QVERIFY(!m_sample.model->isTotalExact());
    QCOMPARE(m_sample.model->rowCount(), 4);
    QCOMPARE(m_sample.model->totalCount(), qint64(4));
    QTRY_VERIFY(m_sample.model->isCountExact());
    QVERIFY(m_sample.model->isTotalExact());
    QCOMPARE(qint64(m_sample.model->rowCount()), all);
    QCOMPARE(m_sample.model->totalCount(), all);
    QCOMPARE(counts.count(), 2);
    QVERIFY(counter.waitForIdle(5000));

    // Selecting a record past the rows known so far (after an edit reloads the list) counts the list
    // at once, rather than not finding the record.
    const QList<qint64> ids = repositoryIds(ListQuery());
    QCOMPARE(qint64(ids.size()), all);
    m_sample.model->reload();
    QCOMPARE(m_sample.model->rowCount(), 4);
    QCOMPARE(m_sample.model->rowOfId(ids.last()), int(all) - 1);
    QVERIFY(m_sample.model->isCountExact());
    QCOMPARE(qint64(m_sample.model->rowCount()), all);
    QVERIFY(counter.waitForIdle(5000));
    QCoreApplication::processEvents();
    QCOMPARE(qint64(m_sample.model->rowCount()), all);

    // Without a counter, the count is there at once.
    m_sample.model->setCounter(nullptr);
    m_sample.model->reload();
    QVERIFY(m_sample.model->isCountExact());
    QVERIFY(m_sample.model->isTotalExact());
    QCOMPARE(qint64(m_sample.model->rowCount()), all);
}

void TestAgreementTableModel::totalCountFollowsTheStoreNotTheSearch()
{
    // The total is counted once and kept while only the search changes; a change of the store counts
    // it again.
    m_sample.model->setSearch(QStringLiteral("cardiology"));
    QCOMPARE(m_sample.model->totalCount(), qint64(6));
    m_sample.model->setSearch(QStringLiteral("lund"));
    QCOMPARE(m_sample.model->totalCount(), qint64(6));
    Agreement added;
    added.title = QStringLiteral("Cardiology follow-up");
    QVERIFY(AgreementRepository(*m_sample.db).create(added));
    QCOMPARE(m_sample.model->totalCount(), qint64(7));
    m_sample.model->setSearch(QStringLiteral("cardiology"));
    QCOMPARE(m_sample.model->rowCount(), 2);
    QCOMPARE(m_sample.model->totalCount(), qint64(7));
    m_sample.model->setSearch(QString());
    QCOMPARE(m_sample.model->totalCount(), qint64(7));
}

QTEST_GUILESS_MAIN(TestAgreementTableModel)
#include "tst_agreementtablemodel.moc"
