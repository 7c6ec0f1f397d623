// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The milestones table model: QAbstractItemModelTester, sorting by due date, overdue flags and
// the overdue filter, edits that record the slip history, the signals around them, and dates in the
// language of the user interface.
#include "models/milestonetablemodel.h"
#include "samplemodel.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/milestonerepository.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

class TestMilestoneTableModel : public TestSupport::SampleModelTest<MilestoneTableModel>
{
    Q_OBJECT

private slots:
    void listsMilestonesByDueDateWithTheirAgreement();
    void sortsByTheAgreementsTitle();
    void flagsAndFiltersOverdueOnes();
    void editingTheDueDateRecordsASlip();
    void signalsAroundInsertAndRemove();
    void refusesABadDate();
    void datesFollowTheLanguage_data();
    void datesFollowTheLanguage();

private:
    void prepare(MilestoneTableModel &model) override { model.setToday(QDate(2025, 3, 1)); }
};

void TestMilestoneTableModel::listsMilestonesByDueDateWithTheirAgreement()
{
    const auto all = MilestoneRepository(*m_sample.db).list({});
    QVERIFY(all);
    QCOMPARE(m_sample.model->rowCount(), all->size());
    // Undated first, then by the first day of the due period.
    const int lund = m_sample.rowOf(QStringLiteral("Production facility in Lund ready"));
    const int necstgen = m_sample.rowOf(QStringLiteral("NecstGen production infrastructure in Leiden ready"));
    QVERIFY(lund >= 0 && necstgen >= 0);
    QCOMPARE(lund, m_sample.model->rowCount() - 1);
    QCOMPARE(necstgen, m_sample.model->rowCount() - 2);
    QCOMPARE(m_sample.model->index(lund, MilestoneTableModel::DueColumn).data().toString(), QStringLiteral("Q3 2024"));
    QCOMPARE(m_sample.model->index(lund, MilestoneTableModel::AgreementColumn).data().toString(),
             QStringLiteral("ATMP, cell and gene therapy: Lund, Skåne and Leiden"));
    m_sample.model->sort(MilestoneTableModel::DueColumn, Qt::DescendingOrder);
    QCOMPARE(m_sample.model->index(0, MilestoneTableModel::TitleColumn).data().toString(),
             QStringLiteral("Production facility in Lund ready"));
}

void TestMilestoneTableModel::sortsByTheAgreementsTitle()
{
    // The Agreement column sorts (in the store, by the agreement's title, then agreement, then milestone).
    const int column = MilestoneTableModel::AgreementColumn;
    QVERIFY(!m_sample.model->headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("sortable")));
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        m_sample.model->sort(column, order);
        QStringList shown;
        for (int row = 0; row < m_sample.model->rowCount(); ++row)
            shown << m_sample.model->index(row, column).data().toString();
        QStringList expected = shown;
        std::sort(expected.begin(), expected.end(),
                  [](const QString &a, const QString &b) { return QString::compare(a, b, Qt::CaseInsensitive) < 0; });
        if (order == Qt::DescendingOrder)
            std::reverse(expected.begin(), expected.end());
        QCOMPARE(shown, expected);
        QVERIFY(shown.first() != shown.last());
    }
}

void TestMilestoneTableModel::flagsAndFiltersOverdueOnes()
{
    const int lund = m_sample.rowOf(QStringLiteral("Production facility in Lund ready"));
    QVERIFY(m_sample.model->index(lund, MilestoneTableModel::DueColumn).data(RecordTableModel::OverdueRole).toBool());
    QVERIFY(m_sample.model->index(lund, MilestoneTableModel::DueColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("overdue")));
    const int necstgen = m_sample.rowOf(QStringLiteral("NecstGen production infrastructure in Leiden ready"));
    QVERIFY(!m_sample.model->index(necstgen, 0).data(RecordTableModel::OverdueRole).toBool()); // achieved
    m_sample.model->setFilter(QStringLiteral("overdue"), QStringLiteral("1"));
    QCOMPARE(m_sample.model->rowCount(), 1);
    QCOMPARE(m_sample.model->index(0, 0).data().toString(), QStringLiteral("Production facility in Lund ready"));
}

void TestMilestoneTableModel::editingTheDueDateRecordsASlip()
{
    const int row = m_sample.rowOf(QStringLiteral("Production facility in Lund ready"));
    const qint64 id = m_sample.model->idAt(row);
    QSignalSpy changed(m_sample.model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(
        m_sample.model->setData(m_sample.model->index(row, MilestoneTableModel::DueColumn), QStringLiteral("Q1 2026")));
    QVERIFY(changed.count() >= 1);
    const int now = m_sample.model->rowOfId(id);
    QCOMPARE(m_sample.model->index(now, MilestoneTableModel::DueColumn).data().toString(), QStringLiteral("Q1 2026"));
    QVERIFY(!m_sample.model->index(now, 0).data(RecordTableModel::OverdueRole).toBool());
    const auto history = MilestoneRepository(*m_sample.db).history(id);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().oldDue, FuzzyDate::quarter(2024, 3));
    QCOMPARE(history->first().newDue, FuzzyDate::quarter(2026, 1));
    QVERIFY(m_sample.model->setData(m_sample.model->index(now, MilestoneTableModel::StatusColumn),
                                    QStringLiteral("achieved")));
    QCOMPARE(MilestoneRepository(*m_sample.db).history(id)->size(), 2);
}

void TestMilestoneTableModel::signalsAroundInsertAndRemove()
{
    QSignalSpy inserted(m_sample.model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_sample.model.get(), &QAbstractItemModel::rowsRemoved);
    const auto agreements = AgreementRepository(*m_sample.db).list({});
    Milestone m;
    m.agreementId = agreements->first().meta.id;
    m.title = QStringLiteral("First patient in");
    m.due = FuzzyDate::year(2030);
    const auto stored = MilestoneRepository(*m_sample.db).create(m);
    QVERIFY(stored);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), m_sample.model->rowCount() - 1); // the latest due date
    // Deleting the agreement takes its milestones: one run of removals per contiguous block.
    const int before = m_sample.model->rowCount();
    const auto own = MilestoneRepository(*m_sample.db).listForAgreement(m.agreementId);
    QVERIFY(AgreementRepository(*m_sample.db).remove(m.agreementId));
    QVERIFY(removed.count() >= 1);
    QCOMPARE(m_sample.model->rowCount(), before - own->size());
}

void TestMilestoneTableModel::refusesABadDate()
{
    QSignalSpy refused(m_sample.model.get(), &RecordTableModel::editRefused);
    QVERIFY(
        !m_sample.model->setData(m_sample.model->index(0, MilestoneTableModel::DueColumn), QStringLiteral("Q5 2024")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(!refused.first().first().toString().isEmpty());
    QVERIFY(!m_sample.model->setData(m_sample.model->index(0, MilestoneTableModel::TitleColumn), QStringLiteral(" ")));
    QVERIFY(refused.last().first().toString().contains(QStringLiteral("needs a title")));
}

void TestMilestoneTableModel::datesFollowTheLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("quarter");
    QTest::addColumn<QString>("day");
    QTest::newRow("Swedish") << QLocale(QLocale::Swedish, QLocale::Sweden) << QStringLiteral("K3 2024")
                             << QStringLiteral("12 maj 2025");
    QTest::newRow("Dutch") << QLocale(QLocale::Dutch, QLocale::Netherlands) << QStringLiteral("3e kwartaal 2024")
                           << QStringLiteral("12 mei 2025");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QStringLiteral("Q3 2024")
                             << QStringLiteral("12 May 2025");
}

void TestMilestoneTableModel::datesFollowTheLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, quarter);
    QFETCH(QString, day);
    const QLocale before;
    QLocale::setDefault(locale);
    const int row = m_sample.rowOf(QStringLiteral("Production facility in Lund ready"));
    const QString shown = m_sample.model->index(row, MilestoneTableModel::DueColumn).data().toString();
    const qint64 id = m_sample.model->idAt(row);
    const bool typed = m_sample.model->setData(m_sample.model->index(row, MilestoneTableModel::DueColumn), day);
    const QString edited =
        m_sample.model->index(m_sample.model->rowOfId(id), MilestoneTableModel::DueColumn).data().toString();
    QLocale::setDefault(before);
    QCOMPARE(shown, quarter);
    QVERIFY(typed); // the text a cell shows is read back
    QCOMPARE(edited, day);
}

QTEST_GUILESS_MAIN(TestMilestoneTableModel)
#include "tst_milestonetablemodel.moc"
