// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Paging through long lists: windows from either end and keyset windows next to a row must give
// exactly the rows of list() in the same order, for every sort key (with NULL sort values and ties)
// and both directions, with and without a filter; positions must agree with list().
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

enum class Walk
{
    Forwards,
    Backwards
};

// The rows of the query walked by keyset in windows of `size`, as many windows as `rows` take: from the
// start, each window after the last row so far, or from the end, each before the first row so far.
template<typename Repository>
QList<qint64> walkByKeyset(const Repository &repo, const ListQuery &query, int rows, int size, Walk walk)
{
    const bool forwards = walk == Walk::Forwards;
    QList<qint64> walked;
    for (int offset = 0; offset < rows; offset += size) {
        const ListWindow window = walked.isEmpty() ? (forwards ? ListWindow::start(0, size) : ListWindow::end(0, size))
                                  : forwards       ? ListWindow::after(walked.constLast(), size)
                                                   : ListWindow::before(walked.constFirst(), size);
        const auto ids = repo.ids(query, window);
        if (!ids) {
            QTest::qFail(qPrintable(ids.error().message), __FILE__, __LINE__);
            return walked;
        }
        walked = forwards ? walked + *ids : *ids + walked;
    }
    return walked;
}

} // namespace

class TestListWindows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void windowsMatchTheList_data();
    void windowsMatchTheList();
    void positionsMatchTheList();
    void milestonesSortByTheirAgreementsTitle();
    void unknownAnchorIsNotFound();
    void getManyKeepsTheGivenOrder();
    void talliesCountMilestonesAndOverdueOnes();

private:
    QList<qint64> listIds(const ListQuery &query) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestListWindows::initTestCase()
{
    auto db = TestSupport::createPortfolio(m_dir, QStringLiteral("windows.pactline"));
    QVERIFY(db);
    m_db = std::move(*db);
    const PartnerRepository partners(*m_db);
    const AgreementRepository agreements(*m_db);
    const MilestoneRepository milestones(*m_db);
    QList<qint64> partnerIds;
    for (int i = 0; i < 6; ++i) {
        Partner p;
        p.name = QStringLiteral("Partner %1").arg(QChar(QLatin1Char('A' + i)));
        p.country = i % 2 ? QStringLiteral("SE") : QStringLiteral("NL");
        const auto stored = partners.create(p);
        QVERIFY(stored);
        partnerIds << stored->meta.id;
    }
    // 37 agreements: titles with ties and mixed case, signing dates with NULLs and ties.
    const QStringList titles{QStringLiteral("alpha"), QStringLiteral("Beta"), QStringLiteral("beta"),
                             QStringLiteral("Gamma"), QStringLiteral("delta")};
    for (int i = 0; i < 37; ++i) {
        Agreement a;
        a.title = titles.at(i % titles.size());
        a.kind = allValues<AgreementKind>().at(i % 3);
        a.status = allValues<AgreementStatus>().at(i % 4);
        if (i % 3 != 0)
            a.signedOn = FuzzyDate::month(2020 + i % 4, 1 + i % 2);
        if (i % 5 == 0)
            a.endsOn = FuzzyDate::year(2030 + i % 2);
        a.parties = {{partnerIds.at(i % 6), PartyRole::Signatory, {}}};
        const auto stored = agreements.create(a);
        QVERIFY(stored);
        for (int k = 0; k < i % 3; ++k) {
            Milestone m;
            m.agreementId = stored->meta.id;
            m.title = QStringLiteral("Milestone %1.%2").arg(i).arg(k);
            m.due = k == 0 ? FuzzyDate::quarter(2021, 1 + i % 4) : FuzzyDate();
            m.status = k == 0 && i % 2 ? MilestoneStatus::Planned : MilestoneStatus::Achieved;
            QVERIFY(milestones.create(m));
        }
    }
}

void TestListWindows::cleanupTestCase()
{
    m_db.reset();
}

QList<qint64> TestListWindows::listIds(const ListQuery &query) const
{
    const auto all = AgreementRepository(*m_db).list(query);
    if (!all)
        return {};
    QList<qint64> ids;
    for (const Agreement &a : *all)
        ids << a.meta.id;
    return ids;
}

void TestListWindows::windowsMatchTheList_data()
{
    QTest::addColumn<QString>("sortKey");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("status");
    for (const char *key : {"title", "kind", "status", "signed_on", "starts_on", "ends_on"})
        for (bool descending : {false, true})
            for (const char *status : {"", "signed"})
                QTest::addRow("%s %s %s", key, descending ? "desc" : "asc", *status ? status : "all")
                    << QString::fromLatin1(key) << descending << QString::fromLatin1(status);
}

void TestListWindows::windowsMatchTheList()
{
    QFETCH(QString, sortKey);
    QFETCH(bool, descending);
    QFETCH(QString, status);
    ListQuery query;
    query.sortKey = sortKey;
    query.order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    if (!status.isEmpty())
        query.filters.insert(QStringLiteral("status"), status);
    const QList<qint64> expected = listIds(query);
    QVERIFY(expected.size() > 5);
    const AgreementRepository repo(*m_db);

    for (int size : {1, 4, 7}) {
        // Forward from the start by offsets, and by keyset from each window's last row.
        QList<qint64> byOffset;
        for (int offset = 0; offset < expected.size(); offset += size) {
            const auto window = repo.ids(query, ListWindow::start(offset, size));
            QVERIFY(window);
            byOffset << *window;
        }
        QCOMPARE(byOffset, expected);
        QCOMPARE(walkByKeyset(repo, query, expected.size(), size, Walk::Forwards), expected);

        // Backward from the end by offsets, and by keyset from each window's first row.
        QList<qint64> fromEnd;
        for (int offset = 0; offset < expected.size(); offset += size) {
            const auto window = repo.ids(query, ListWindow::end(offset, size));
            QVERIFY(window);
            fromEnd = *window + fromEnd;
        }
        QCOMPARE(fromEnd, expected);
        QCOMPARE(walkByKeyset(repo, query, expected.size(), size, Walk::Backwards), expected);
    }
    // Past the ends there is nothing.
    const auto afterLast = repo.ids(query, ListWindow::after(expected.constLast(), 5));
    QVERIFY(afterLast);
    QVERIFY(afterLast->isEmpty());
    const auto beforeFirst = repo.ids(query, ListWindow::before(expected.constFirst(), 5));
    QVERIFY(beforeFirst);
    QVERIFY(beforeFirst->isEmpty());
}

void TestListWindows::positionsMatchTheList()
{
    const AgreementRepository repo(*m_db);
    for (const char *key : {"title", "signed_on", "ends_on"}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            ListQuery query;
            query.sortKey = QString::fromLatin1(key);
            query.order = order;
            query.filters.insert(QStringLiteral("kind"), codeOf(AgreementKind::LetterOfIntent));
            const QList<qint64> expected = listIds(query);
            for (int i = 0; i < expected.size(); ++i) {
                const auto position = repo.position(query, expected.at(i));
                QVERIFY(position);
                QCOMPARE(*position, qint64(i));
            }
            // A row the filter leaves out has no position.
            ListQuery other = query;
            other.filters.insert(QStringLiteral("kind"), codeOf(AgreementKind::Mou));
            const QList<qint64> outside = listIds(other);
            QVERIFY(!outside.isEmpty());
            const auto none = repo.position(query, outside.constFirst());
            QVERIFY(none);
            QCOMPARE(*none, qint64(-1));
        }
    }
    // The other repositories page the same way.
    const PartnerRepository partners(*m_db);
    const auto partnerList = partners.list({});
    QVERIFY(partnerList);
    const auto partnerIds = partners.ids({}, ListWindow::end(0, 3));
    QVERIFY(partnerIds);
    QCOMPARE(partnerIds->size(), 3);
    QCOMPARE(partnerIds->constLast(), partnerList->constLast().meta.id);
    const MilestoneRepository milestones(*m_db);
    const auto milestoneList = milestones.list({});
    QVERIFY(milestoneList);
    QVERIFY(milestoneList->size() > 10);
    const qint64 fifth = milestoneList->at(4).meta.id;
    const auto afterFifth = milestones.ids({}, ListWindow::after(fifth, 2));
    QVERIFY(afterFifth);
    QCOMPARE(*afterFifth, (QList<qint64>{milestoneList->at(5).meta.id, milestoneList->at(6).meta.id}));
    const auto fifthAt = milestones.position({}, fifth);
    QVERIFY(fifthAt);
    QCOMPARE(*fifthAt, qint64(4));
    const auto events = EventRepository(*m_db).ids({}, ListWindow::start(0, 10));
    QVERIFY(events);
    QVERIFY(events->isEmpty());
}

void TestListWindows::milestonesSortByTheirAgreementsTitle()
{
    // The reference: by agreement title ignoring case, then agreement, then milestone; titles tie
    // ("Beta", "beta") and agreements have several milestones.
    const MilestoneRepository repo(*m_db);
    const auto agreements = AgreementRepository(*m_db).list({});
    QVERIFY(agreements);
    QHash<qint64, QString> titles;
    for (const Agreement &a : *agreements)
        titles.insert(a.meta.id, a.title);
    const auto all = repo.list({});
    QVERIFY(all);
    QList<Milestone> sorted = *all;
    std::sort(sorted.begin(), sorted.end(), [&](const Milestone &a, const Milestone &b) {
        const int byTitle =
            QString::compare(titles.value(a.agreementId), titles.value(b.agreementId), Qt::CaseInsensitive);
        if (byTitle != 0)
            return byTitle < 0;
        return std::make_pair(a.agreementId, a.meta.id) < std::make_pair(b.agreementId, b.meta.id);
    });
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        for (const char *status : {"", "planned"}) {
            ListQuery query;
            query.sortKey = QStringLiteral("agreement");
            query.order = order;
            QList<qint64> expected;
            for (const Milestone &m : std::as_const(sorted))
                if (!*status || codeOf(m.status) == QLatin1String(status))
                    expected << m.meta.id;
            if (order == Qt::DescendingOrder)
                std::reverse(expected.begin(), expected.end());
            if (*status)
                query.filters.insert(QStringLiteral("status"), QString::fromLatin1(status));
            QVERIFY(expected.size() > 5);
            QList<qint64> listed;
            const auto rows = repo.list(query);
            QVERIFY(rows);
            for (const Milestone &m : *rows)
                listed << m.meta.id;
            QCOMPARE(listed, expected);
            // Windows from both ends and by keyset, and every row's position.
            for (int size : {1, 3}) {
                QCOMPARE(walkByKeyset(repo, query, expected.size(), size, Walk::Forwards), expected);
                QCOMPARE(walkByKeyset(repo, query, expected.size(), size, Walk::Backwards), expected);
            }
            for (int i = 0; i < expected.size(); ++i)
                QCOMPARE(repo.position(query, expected.at(i)).value(), qint64(i));
        }
    }
}

void TestListWindows::unknownAnchorIsNotFound()
{
    const auto ids = AgreementRepository(*m_db).ids({}, ListWindow::after(999999, 5));
    QVERIFY(!ids);
    QCOMPARE(ids.error().kind, StoreError::Kind::NotFound);
}

void TestListWindows::getManyKeepsTheGivenOrder()
{
    const QList<qint64> all = listIds({});
    const QList<qint64> some{all.at(7), all.at(2), 999999, all.at(5)};
    const auto agreements = AgreementRepository(*m_db).getMany(some);
    QVERIFY(agreements);
    QCOMPARE(agreements->size(), 3);
    QCOMPARE(agreements->at(0).meta.id, all.at(7));
    QCOMPARE(agreements->at(1).meta.id, all.at(2));
    QCOMPARE(agreements->at(2).meta.id, all.at(5));
    QCOMPARE(agreements->at(0).parties.size(), 1); // with details
}

void TestListWindows::talliesCountMilestonesAndOverdueOnes()
{
    const AgreementRepository repo(*m_db);
    const auto all = repo.list({});
    QVERIFY(all);
    QList<qint64> ids;
    for (const Agreement &a : *all)
        ids << a.meta.id;
    const auto tallies = repo.milestoneTallies(ids);
    QVERIFY(tallies);
    qint64 total = 0;
    qint64 overdue = 0;
    const MilestoneRepository milestones(*m_db);
    for (qint64 id : ids) {
        const auto listed = milestones.listForAgreement(id);
        QVERIFY(listed);
        qint64 late = 0;
        for (const Milestone &m : *listed)
            late += m.isOverdueOn(QDate::currentDate()) ? 1 : 0;
        QCOMPARE(tallies->value(id).total, qint64(listed->size()));
        QCOMPARE(tallies->value(id).overdue, late);
        total += listed->size();
        overdue += late;
    }
    QVERIFY(overdue > 0);
    const auto whole = repo.milestoneTally();
    QVERIFY(whole);
    QCOMPARE(whole->total, total);
    QCOMPARE(whole->overdue, overdue);
    ListQuery overdueOnly;
    overdueOnly.filters.insert(QStringLiteral("overdue"), QStringLiteral("1"));
    const auto late = repo.milestoneTally(overdueOnly);
    QVERIFY(late);
    QCOMPARE(late->overdue, overdue);
    QVERIFY(late->total < total);
}

QTEST_GUILESS_MAIN(TestListWindows)
#include "tst_listwindows.moc"
