// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// How the small list models turn their rows into fresh ones: removals (last first), insertions
// (first first), and a reset when the rows both hold changed their order.
#include "models/rowdiff.h"

#include <QTest>

class TestRowDiff : public QObject
{
    Q_OBJECT

private slots:
    void between_data();
    void between();
    void replayingTheDiffGivesTheFreshList_data();
    void replayingTheDiffGivesTheFreshList();
};

using Keys = QList<qint64>;
using Rows = QList<int>;

void TestRowDiff::between_data()
{
    QTest::addColumn<Keys>("before");
    QTest::addColumn<Keys>("after");
    QTest::addColumn<Rows>("removed");
    QTest::addColumn<Rows>("inserted");
    QTest::addColumn<bool>("reordered");

    QTest::newRow("same") << Keys{1, 2, 3} << Keys{1, 2, 3} << Rows{} << Rows{} << false;
    QTest::newRow("empty to some") << Keys{} << Keys{4, 5} << Rows{} << Rows{0, 1} << false;
    QTest::newRow("some to empty") << Keys{4, 5} << Keys{} << Rows{1, 0} << Rows{} << false;
    QTest::newRow("one added at the end") << Keys{1, 2} << Keys{1, 2, 7} << Rows{} << Rows{2} << false;
    QTest::newRow("one added between") << Keys{1, 3} << Keys{1, 2, 3} << Rows{} << Rows{1} << false;
    QTest::newRow("two removed") << Keys{1, 2, 3, 4} << Keys{2, 4} << Rows{2, 0} << Rows{} << false;
    QTest::newRow("removed and added") << Keys{1, 2, 3} << Keys{0, 1, 3, 9} << Rows{1} << Rows{0, 3} << false;
    QTest::newRow("moved") << Keys{1, 2, 3} << Keys{3, 1, 2} << Rows{} << Rows{} << true;
    QTest::newRow("moved and removed") << Keys{1, 2, 3} << Keys{2, 1} << Rows{} << Rows{} << true;
}

void TestRowDiff::between()
{
    QFETCH(Keys, before);
    QFETCH(Keys, after);
    QFETCH(Rows, removed);
    QFETCH(Rows, inserted);
    QFETCH(bool, reordered);
    const RowDiff diff = RowDiff::between(before, after);
    QCOMPARE(diff.reordered, reordered);
    if (reordered)
        return;
    QCOMPARE(diff.removed, removed);
    QCOMPARE(diff.inserted, inserted);
}

void TestRowDiff::replayingTheDiffGivesTheFreshList_data()
{
    QTest::addColumn<Keys>("before");
    QTest::addColumn<Keys>("after");
    QTest::newRow("mixed") << Keys{5, 6, 7, 8, 9} << Keys{1, 6, 8, 10, 11, 9, 12};
    QTest::newRow("all new") << Keys{1, 2} << Keys{3, 4, 5};
    QTest::newRow("interleaved") << Keys{2, 4, 6} << Keys{1, 2, 3, 4, 5, 6, 7};
}

void TestRowDiff::replayingTheDiffGivesTheFreshList()
{
    QFETCH(Keys, before);
    QFETCH(Keys, after);
    const RowDiff diff = RowDiff::between(before, after);
    QVERIFY(!diff.reordered);
    Keys rows = before;
    for (int row : diff.removed)
        rows.removeAt(row);
    for (int row : diff.inserted)
        rows.insert(row, after.at(row));
    QCOMPARE(rows, after);
}

QTEST_GUILESS_MAIN(TestRowDiff)
#include "tst_rowdiff.moc"
