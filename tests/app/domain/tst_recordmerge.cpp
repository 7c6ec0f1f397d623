// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The three-way merge of an edit with someone else's change, for every field of the five kinds of
// record (texts, countries, dates, choices, references, lists and an agreement's parties): a field
// one side changed merges without asking, a field both changed differently is a conflict decided
// per field, and the merged record carries the stored version.
#include "domain/agreement.h"
#include "domain/contact.h"
#include "domain/event.h"
#include "domain/milestone.h"
#include "domain/partner.h"
#include "domain/recordmerge.h"

#include <QTest>

namespace {

// `record` with `field` set to a value of its own for each n (1, 2, ...), none of them the default.
template<typename T>
T withValue(const EntityField<T> &field, T record, int n)
{
    switch (field.kind) {
    case FieldKind::Line:
    case FieldKind::Text:
        record.*(field.text) = QStringLiteral("value %1").arg(n);
        break;
    case FieldKind::Country:
        record.*(field.text) = QStringList{QStringLiteral("NL"), QStringLiteral("SE"), QStringLiteral("DE")}.at(n % 3);
        break;
    case FieldKind::Choice: {
        const QStringList codes = field.choice->codes();
        const int current = int(codes.indexOf(field.codeOf(record)));
        field.setCode(record, codes.at((current + n) % codes.size()));
        break;
    }
    case FieldKind::Date:
        record.*(field.date) = FuzzyDate::year(2000 + n);
        break;
    case FieldKind::Reference:
        record.*(field.id) = 100 + n;
        break;
    case FieldKind::Texts:
        record.*(field.texts) = QStringList{QStringLiteral("theme %1").arg(n)};
        break;
    case FieldKind::References:
        record.*(field.ids) = QList<qint64>{qint64(200 + n)};
        break;
    case FieldKind::Relation:
        if constexpr (std::is_same_v<T, Agreement>)
            record.parties = {AgreementParty{qint64(300 + n), PartyRole::Lead, FuzzyDate::year(2020 + n)}};
        break;
    case FieldKind::Figure:
        break;
    }
    return record;
}

template<typename T>
T stored(int version)
{
    T record;
    record.meta.id = 42;
    record.meta.version = version;
    return record;
}

using Fields = QList<const void *>;

template<typename T>
Fields addresses(const QList<const EntityField<T> *> &fields)
{
    Fields list;
    for (const EntityField<T> *field : fields)
        list << field;
    return list;
}

template<typename T>
void checkEveryField()
{
    using Merge = RecordMerge<T>;
    const T original = stored<T>(3);
    int kinds = 0;
    for (const EntityField<T> &field : T::fields()) {
        if (field.kind == FieldKind::Figure)
            continue;
        ++kinds;
        const QByteArray what = QByteArray(field.column);
        T theirs = withValue(field, original, 1);
        theirs.meta.version = 4;
        const T mine = withValue(field, original, 2);
        QVERIFY2(!field.same(mine, theirs), what.constData());

        // Only I changed it: mine, over the stored version.
        const Merge onlyMine(original, mine, stored<T>(4));
        QVERIFY2(!onlyMine.hasConflicts(), what.constData());
        QCOMPARE(addresses(onlyMine.mineOnly()), Fields{&field});
        QVERIFY2(field.same(onlyMine.resolved(), mine), what.constData());
        QCOMPARE(onlyMine.resolved().meta.version, 4);

        // Only they changed it: theirs stays.
        const Merge onlyTheirs(original, original, theirs);
        QVERIFY2(!onlyTheirs.hasConflicts(), what.constData());
        QCOMPARE(addresses(onlyTheirs.theirsOnly()), Fields{&field});
        QVERIFY2(field.same(onlyTheirs.resolved(), theirs), what.constData());

        // Both changed it alike: no question.
        const Merge alike(original, withValue(field, original, 1), theirs);
        QVERIFY2(!alike.hasConflicts(), what.constData());
        QVERIFY2(field.same(alike.resolved(), theirs), what.constData());

        // Both changed it differently: a conflict, decided either way.
        const Merge both(original, mine, theirs);
        QCOMPARE(addresses(both.conflicts()), Fields{&field});
        QVERIFY2(both.mineOnly().isEmpty() && both.theirsOnly().isEmpty(), what.constData());
        QVERIFY2(field.same(both.resolved({Merge::Side::Mine}), mine), what.constData());
        QVERIFY2(field.same(both.resolved({Merge::Side::Theirs}), theirs), what.constData());
        QCOMPARE(both.resolved({Merge::Side::Theirs}).meta.version, 4);
        QVERIFY2(field.same(both.original(), original), what.constData());
    }
    QVERIFY(kinds > 0);
}

} // namespace

class TestRecordMerge : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldOfEveryKindMerges();
    void fieldsOneSideChangedMergeAroundAConflict();
    void choicesFollowTheConflictsInOrder();
    void nothingChangedIsNoConflict();
};

void TestRecordMerge::everyFieldOfEveryKindMerges()
{
    checkEveryField<Partner>();
    checkEveryField<Contact>();
    checkEveryField<Agreement>();
    checkEveryField<Milestone>();
    checkEveryField<Event>();
}

void TestRecordMerge::fieldsOneSideChangedMergeAroundAConflict()
{
    Agreement original = stored<Agreement>(7);
    original.title = QStringLiteral("MoU on ATMP");
    original.status = AgreementStatus::Negotiating;
    original.themes = {QStringLiteral("ATMP")};
    original.parties = {AgreementParty{1, PartyRole::Signatory, {}}};

    Agreement mine = original;
    mine.title = QStringLiteral("MoU on advanced therapies");
    mine.endsOn = FuzzyDate::quarter(2026, 4);
    mine.notes = QStringLiteral("mine");

    Agreement theirs = original;
    theirs.meta.version = 8;
    theirs.status = AgreementStatus::Signed;
    theirs.parties << AgreementParty{2, PartyRole::Partner, FuzzyDate::year(2023)};
    theirs.notes = QStringLiteral("theirs");

    const RecordMerge<Agreement> merge(original, mine, theirs);
    QCOMPARE(merge.conflicts().size(), 1);
    QCOMPARE(merge.conflicts().constFirst()->key(), QStringLiteral("notes"));
    QStringList mineOnly;
    for (const auto *field : merge.mineOnly())
        mineOnly << field->key();
    QCOMPARE(mineOnly, (QStringList{QStringLiteral("title"), QStringLiteral("ends_on")}));
    QStringList theirsOnly;
    for (const auto *field : merge.theirsOnly())
        theirsOnly << field->key();
    QCOMPARE(theirsOnly, (QStringList{QStringLiteral("status"), QStringLiteral("parties")}));

    const Agreement kept = merge.resolved({RecordMerge<Agreement>::Side::Theirs});
    QCOMPARE(kept.title, mine.title);
    QCOMPARE(kept.endsOn, mine.endsOn);
    QCOMPARE(kept.status, AgreementStatus::Signed);
    QCOMPARE(kept.parties.size(), 2);
    QCOMPARE(kept.themes, original.themes);
    QCOMPARE(kept.notes, QStringLiteral("theirs"));
    QCOMPARE(kept.meta.version, 8);
    QCOMPARE(merge.resolved().notes, QStringLiteral("mine"));
}

void TestRecordMerge::choicesFollowTheConflictsInOrder()
{
    Milestone original = stored<Milestone>(1);
    original.title = QStringLiteral("Facility ready");
    Milestone mine = original;
    mine.title = QStringLiteral("Facility in Lund ready");
    mine.due = FuzzyDate::quarter(2024, 3);
    mine.status = MilestoneStatus::AtRisk;
    Milestone theirs = original;
    theirs.meta.version = 2;
    theirs.title = QStringLiteral("Production facility ready");
    theirs.due = FuzzyDate::quarter(2024, 4);
    theirs.status = MilestoneStatus::Achieved;
    theirs.achievedOn = FuzzyDate::day(2024, 11, 1);

    using Side = RecordMerge<Milestone>::Side;
    const RecordMerge<Milestone> merge(original, mine, theirs);
    QCOMPARE(merge.conflicts().size(), 3);
    const Milestone chosen = merge.resolved({Side::Theirs, Side::Mine, Side::Theirs});
    QCOMPARE(chosen.title, theirs.title);
    QCOMPARE(chosen.due, mine.due);
    QCOMPARE(chosen.status, MilestoneStatus::Achieved);
    QCOMPARE(chosen.achievedOn, theirs.achievedOn);
}

void TestRecordMerge::nothingChangedIsNoConflict()
{
    Partner original = stored<Partner>(5);
    original.name = QStringLiteral("Karolinska Institutet");
    const RecordMerge<Partner> merge(original, original, original);
    QVERIFY(!merge.hasConflicts());
    QVERIFY(merge.mineOnly().isEmpty());
    QVERIFY(merge.theirsOnly().isEmpty());
    QCOMPARE(merge.resolved().name, original.name);
}

QTEST_GUILESS_MAIN(TestRecordMerge)
#include "tst_recordmerge.moc"
