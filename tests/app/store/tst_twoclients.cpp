// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Two clients on one portfolio (two connections to one file, or to one server database when run with
// PACTLINE_TEST_BACKEND=postgres): a write over a stale version is a conflict, the edit merges with
// the stored record per field (RecordMerge) and is stored, resolved either way; a third change in
// between makes the merged write conflict again; nothing is overwritten silently.
#include "domain/recordmerge.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

class TestTwoClients : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editsOfOtherFieldsMerge();
    void aFieldBothChangedIsResolvedEitherWay();
    void aThirdChangeMakesTheMergedWriteConflict();
    void aStaleDeleteIsAConflict();

private:
    template<typename Repository>
    qint64 firstId(Database &db)
    {
        const auto records = Repository(db).list();
        return records && !records->isEmpty() ? records->constFirst().meta.id : 0;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_mine;
    std::unique_ptr<Database> m_theirs;
};

void TestTwoClients::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString location = TestSupport::createSamplePortfolio(*m_dir);
    QVERIFY(!location.isEmpty());
    auto mine = Database::open(location);
    auto theirs = Database::open(location);
    QVERIFY2(mine, mine ? "" : qPrintable(mine.error().message));
    QVERIFY2(theirs, theirs ? "" : qPrintable(theirs.error().message));
    m_mine = std::move(*mine);
    m_theirs = std::move(*theirs);
}

void TestTwoClients::cleanup()
{
    m_mine.reset();
    m_theirs.reset();
    m_dir.reset();
}

void TestTwoClients::editsOfOtherFieldsMerge()
{
    const qint64 id = firstId<PartnerRepository>(*m_mine);
    const Partner original = *PartnerRepository(*m_mine).get(id);
    Partner colleague = *PartnerRepository(*m_theirs).get(id);
    colleague.website = QStringLiteral("https://theirs.example");
    QVERIFY(PartnerRepository(*m_theirs).update(colleague));

    Partner edit = original;
    edit.city = QStringLiteral("Uppsala");
    const auto refused = PartnerRepository(*m_mine).update(edit);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, StoreError::Kind::Conflict);

    const RecordMerge<Partner> merge(original, edit, *PartnerRepository(*m_mine).get(id));
    QVERIFY(!merge.hasConflicts());
    const auto stored = PartnerRepository(*m_mine).update(merge.resolved());
    QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
    const Partner seen = *PartnerRepository(*m_theirs).get(id);
    QCOMPARE(seen.city, QStringLiteral("Uppsala"));
    QCOMPARE(seen.website, QStringLiteral("https://theirs.example"));
    QCOMPARE(seen.meta.version, original.meta.version + 2);
}

void TestTwoClients::aFieldBothChangedIsResolvedEitherWay()
{
    using Side = RecordMerge<Agreement>::Side;
    const qint64 id = firstId<AgreementRepository>(*m_mine);
    int round = 0;
    for (const Side side : {Side::Mine, Side::Theirs}) {
        ++round;
        const Agreement original = *AgreementRepository(*m_mine).get(id);
        Agreement colleague = *AgreementRepository(*m_theirs).get(id);
        colleague.endsOn = FuzzyDate::quarter(2040 + round, 1);
        colleague.summary = QStringLiteral("theirs %1").arg(round);
        QVERIFY(AgreementRepository(*m_theirs).update(colleague));

        Agreement edit = original;
        edit.endsOn = FuzzyDate::quarter(2050 + round, 2);
        edit.title = QStringLiteral("Renamed here %1").arg(round);
        QCOMPARE(AgreementRepository(*m_mine).update(edit).error().kind, StoreError::Kind::Conflict);

        const RecordMerge<Agreement> merge(original, edit, *AgreementRepository(*m_mine).get(id));
        QCOMPARE(merge.conflicts().size(), 1);
        QCOMPARE(merge.conflicts().constFirst()->key(), QStringLiteral("ends_on"));
        QVERIFY(AgreementRepository(*m_mine).update(merge.resolved({side})));
        const Agreement seen = *AgreementRepository(*m_theirs).get(id);
        QCOMPARE(seen.endsOn, side == Side::Mine ? edit.endsOn : colleague.endsOn);
        QCOMPARE(seen.title, edit.title);
        QCOMPARE(seen.summary, colleague.summary);
        QCOMPARE(seen.parties.size(), original.parties.size());
    }
}

void TestTwoClients::aThirdChangeMakesTheMergedWriteConflict()
{
    const qint64 id = firstId<MilestoneRepository>(*m_mine);
    const Milestone original = *MilestoneRepository(*m_mine).get(id);
    Milestone colleague = *MilestoneRepository(*m_theirs).get(id);
    colleague.location = QStringLiteral("Lund");
    QVERIFY(MilestoneRepository(*m_theirs).update(colleague));

    Milestone edit = original;
    edit.notes = QStringLiteral("mine");
    QCOMPARE(MilestoneRepository(*m_mine).update(edit).error().kind, StoreError::Kind::Conflict);
    const RecordMerge<Milestone> merge(original, edit, *MilestoneRepository(*m_mine).get(id));

    // The colleague again, before the merged record is written.
    colleague = *MilestoneRepository(*m_theirs).get(id);
    colleague.location = QStringLiteral("Malmö");
    QVERIFY(MilestoneRepository(*m_theirs).update(colleague));
    QCOMPARE(MilestoneRepository(*m_mine).update(merge.resolved()).error().kind, StoreError::Kind::Conflict);
    const Milestone seen = *MilestoneRepository(*m_mine).get(id);
    QCOMPARE(seen.location, QStringLiteral("Malmö"));
    QCOMPARE(seen.notes, original.notes);
}

void TestTwoClients::aStaleDeleteIsAConflict()
{
    const qint64 id = firstId<MilestoneRepository>(*m_mine);
    const Milestone seen = *MilestoneRepository(*m_mine).get(id);
    Milestone colleague = *MilestoneRepository(*m_theirs).get(id);
    colleague.location = QStringLiteral("Changed elsewhere");
    QVERIFY(MilestoneRepository(*m_theirs).update(colleague));
    QCOMPARE(MilestoneRepository(*m_mine).remove(id, seen.meta.version).error().kind, StoreError::Kind::Conflict);
    QVERIFY(MilestoneRepository(*m_mine).get(id));
}

QTEST_GUILESS_MAIN(TestTwoClients)
#include "tst_twoclients.moc"
