// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The milestone's history in the detail pane of the real main window names who made each change of
// its due date or status, and no one for a change that names nobody (one from before the authors).
#include "mainwindow.h"
#include "records/milestoneform.h"
#include "records/recordview.h"
#include "store/database.h"
#include "store/milestonerepository.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QListWidget>
#include <QStackedWidget>
#include <QTest>

#include <memory>

class TestMilestoneHistory final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void historyNamesWhoMadeEachChange();

private:
    std::unique_ptr<MainWindow> m_window;
    TestSupport::WindowFixture m_ui;
};

void TestMilestoneHistory::init()
{
    m_ui.start();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(!m_ui.showSample(*m_window).isEmpty());
}

void TestMilestoneHistory::cleanup()
{
    m_window.reset();
    m_ui.finish();
}

void TestMilestoneHistory::historyNamesWhoMadeEachChange()
{
    Database &db = *m_window->database();
    const MilestoneRepository milestones(db);
    MilestoneChange earlier;
    earlier.milestoneId = 2;
    earlier.changedAt = QDateTime(QDate(2023, 1, 5), QTime(10, 0), Qt::UTC);
    earlier.oldDue = FuzzyDate::quarter(2024, 2);
    earlier.newDue = FuzzyDate::quarter(2024, 3);
    QVERIFY(milestones.addChange(earlier));
    Milestone milestone = milestones.get(2).value();
    QCOMPARE(milestone.due, FuzzyDate::quarter(2024, 3));
    milestone.due = FuzzyDate::quarter(2025, 1);
    QVERIFY(milestones.update(milestone, QStringLiteral("permit delay"),
                              QDateTime(QDate(2024, 3, 2), QTime(9, 30), Qt::UTC)));

    RecordView *view = m_window->recordView(QStringLiteral("milestones"));
    QVERIFY(view);
    QVERIFY(m_window->showView(QStringLiteral("milestones")));
    QVERIFY(view->selectId(2));
    auto *details = qobject_cast<QStackedWidget *>(m_window->detailPane());
    QVERIFY(details);
    QTRY_VERIFY(qobject_cast<MilestoneForm *>(details->currentWidget()));
    auto *form = qobject_cast<MilestoneForm *>(details->currentWidget());
    QTRY_COMPARE(form->recordId(), 2);
    auto *history = form->findChild<QListWidget *>(QStringLiteral("historyList"));
    QVERIFY(history);
    QStringList lines;
    for (int row = 0; row < history->count(); ++row)
        lines << history->item(row)->text();
    QVERIFY(!db.author().isEmpty());
    QCOMPARE(lines,
             (QStringList{QStringLiteral("2023-01-05: due Q2 2024 → Q3 2024"),
                          QStringLiteral("2024-03-02, by %1: due Q3 2024 → Q1 2025 — permit delay").arg(db.author())}));
    QVERIFY(m_ui.errors.isEmpty());
}

QTEST_MAIN(TestMilestoneHistory)
#include "tst_milestonehistory.moc"
