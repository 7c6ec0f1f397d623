// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Find anything (Ctrl+K) in the real main window, driven by keys and clicks: the box searches as
// the user types, Up and Down choose, Enter or a click opens the record in its view, Escape closes.
#include "find/findanythingbox.h"
#include "mainwindow.h"
#include "models/contactlistmodel.h"
#include "models/recordtablemodel.h"
#include "records/filterbar.h"
#include "records/milestoneform.h"
#include "records/partnerform.h"
#include "records/recordview.h"
#include "store/database.h"
#include "testsupport.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace TestSupport;
using Kind = FindAnything::Kind;

class TestFindAnythingBox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ctrlKOpensTheBoxInEveryView();
    void enterOpensTheChosenRecordInItsView();
    void upAndDownSkipTheKindTitles();
    void aClickOpensARecordAFilterHid();
    void aContactOpensInItsPartnersForm();
    void enterBeforeThePauseOpensAHitOfAllThatWasTyped();
    void escapeClosesAndGivesTheFocusBack();
    void nothingFoundSaysSo();
    void needsAPortfolio();

private:
    void popUp();
    void type(const QString &text);
    // Presses Down until the hit of that kind and label is the current one.
    void choose(Kind kind, const QString &label);
    RecordView *view(const QString &id) const { return m_window->recordView(id); }
    // Whether the hit chosen now is the hit at `index`.
    bool isCurrent(int index) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    FindAnythingBox *m_box = nullptr;
};

void TestFindAnythingBox::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1366, 768);
    QVERIFY(m_window->openFile(createSamplePortfolio(m_dir, QStringLiteral("find.pactline"))));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    m_box = m_window->findChild<FindAnythingBox *>();
    QVERIFY(m_box);
    QVERIFY(!m_box->isVisible());
}

void TestFindAnythingBox::cleanup()
{
    m_window.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("find.pactline")));
}

void TestFindAnythingBox::popUp()
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QVERIFY(m_box->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), m_box->searchField());
}

void TestFindAnythingBox::type(const QString &text)
{
    QTest::keyClicks(m_box->searchField(), text);
    QTRY_VERIFY(!m_box->hits().isEmpty());
}

bool TestFindAnythingBox::isCurrent(int index) const
{
    const FindAnything::Hit *current = m_box->currentHit();
    const QList<FindAnything::Hit> hits = m_box->hits();
    return current && index >= 0 && index < hits.size() && current->kind == hits.at(index).kind &&
           current->id == hits.at(index).id;
}

void TestFindAnythingBox::choose(Kind kind, const QString &label)
{
    for (int i = 0; i < m_box->hits().size(); ++i) {
        const FindAnything::Hit *hit = m_box->currentHit();
        QVERIFY(hit);
        if (hit->kind == kind && hit->label == label)
            return;
        QTest::keyClick(m_box->searchField(), Qt::Key_Down);
    }
    QFAIL(qPrintable(QStringLiteral("no hit “%1”").arg(label)));
}

void TestFindAnythingBox::ctrlKOpensTheBoxInEveryView()
{
    for (const QString &id : {QStringLiteral("partners"), QStringLiteral("agreements"), QStringLiteral("milestones"),
                              QStringLiteral("events"), QStringLiteral("timeline")}) {
        QVERIFY(m_window->showView(id));
        if (RecordView *records = view(id))
            records->table()->setFocus();
        popUp();
        // Over the top of the window's view, as wide as it fits.
        const QRect area(m_window->centralWidget()->mapTo(m_window.get(), QPoint(0, 0)),
                         m_window->centralWidget()->size());
        QVERIFY(area.contains(m_box->geometry()));
        QVERIFY(m_box->y() < area.y() + 20);
        QTest::keyClick(m_box->searchField(), Qt::Key_Escape);
        QVERIFY(!m_box->isVisible());
    }
    // Also from the list's own search field, and from the Edit menu.
    QVERIFY(m_window->showView(QStringLiteral("agreements")));
    view(QStringLiteral("agreements"))->filterBar()->searchField()->setFocus();
    popUp();
    QTest::keyClick(m_box->searchField(), Qt::Key_Escape);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionFindAnything"));
    QVERIFY(m_window->editMenu()->actions().contains(action));
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    action->trigger();
    QVERIFY(m_box->isVisible());
}

void TestFindAnythingBox::enterOpensTheChosenRecordInItsView()
{
    QVERIFY(m_window->showView(QStringLiteral("partners")));
    popUp();
    type(QStringLiteral("septal"));
    // Grouped by kind, the first hit chosen.
    QVERIFY(isCurrent(0));
    choose(Kind::Milestone, QStringLiteral("Septal-defect closure device tested in humans"));
    const qint64 id = m_box->currentHit()->id;
    QTest::keyClick(m_box->searchField(), Qt::Key_Return);
    QVERIFY(!m_box->isVisible());
    QCOMPARE(m_window->currentViewId(), QStringLiteral("milestones"));
    RecordView *milestones = view(QStringLiteral("milestones"));
    QCOMPARE(milestones->currentId(), id);
    QCOMPARE(milestones->selectedIds(), QList<qint64>{id});
    QCOMPARE(m_window->selection()->milestoneId(), id);
    // Scrolled to, and in the Details pane.
    const QModelIndex row = milestones->model()->indexOfId(id);
    QVERIFY(milestones->table()->viewport()->rect().intersects(milestones->table()->visualRect(row)));
    auto *form = m_window->findChild<MilestoneForm *>();
    QVERIFY(form->isVisible());
    QCOMPARE(form->recordTitle(), QStringLiteral("Septal-defect closure device tested in humans"));
    QCOMPARE(QApplication::focusWidget(), milestones->table());
}

void TestFindAnythingBox::upAndDownSkipTheKindTitles()
{
    popUp();
    type(QStringLiteral("lund"));
    QList<Kind> kinds;
    for (const FindAnything::Hit &hit : m_box->hits())
        if (!kinds.contains(hit.kind))
            kinds << hit.kind;
    QVERIFY2(kinds.size() >= 2, "the sample has Lund in more than one kind");
    // Each kind under its title, every hit reached by Down and back by Up, and no further.
    QTreeWidget *results = m_box->results();
    QCOMPARE(results->topLevelItemCount(), int(kinds.size()));
    QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("Partners"));
    QCOMPARE(results->topLevelItem(0)->child(0)->text(0), m_box->hits().constFirst().label);
    const int count = int(m_box->hits().size());
    for (int i = 0; i < count; ++i) {
        QVERIFY(isCurrent(i));
        QTest::keyClick(m_box->searchField(), Qt::Key_Down);
    }
    QVERIFY(isCurrent(count - 1));
    for (int i = 0; i < count + 2; ++i)
        QTest::keyClick(m_box->searchField(), Qt::Key_Up);
    QVERIFY(isCurrent(0));
}

void TestFindAnythingBox::aClickOpensARecordAFilterHid()
{
    // The events list filtered to nothing: the record opens all the same, the filter cleared.
    QVERIFY(m_window->showView(QStringLiteral("events")));
    view(QStringLiteral("events"))->filterBar()->searchField()->setText(QStringLiteral("no such event"));
    QTRY_COMPARE(view(QStringLiteral("events"))->model()->rowCount(), 0);
    QVERIFY(m_window->showView(QStringLiteral("agreements")));
    popUp();
    type(QStringLiteral("state visit"));
    QTreeWidgetItem *item = nullptr;
    for (QTreeWidgetItemIterator it(m_box->results()); *it; ++it)
        if ((*it)->text(0) == QStringLiteral("State visit from the Netherlands to Sweden"))
            item = *it;
    QVERIFY(item);
    const QRect rect = m_box->results()->visualItemRect(item);
    QTest::mouseClick(m_box->results()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(!m_box->isVisible());
    QCOMPARE(m_window->currentViewId(), QStringLiteral("events"));
    QVERIFY(view(QStringLiteral("events"))->filterBar()->searchField()->text().isEmpty());
    QCOMPARE(view(QStringLiteral("events"))->currentId(), qint64(1));
    QCOMPARE(m_window->selection()->eventId(), qint64(1));
}

void TestFindAnythingBox::aContactOpensInItsPartnersForm()
{
    popUp();
    type(QStringLiteral("edblad"));
    choose(Kind::Contact, QStringLiteral("Jeanette Edblad"));
    const FindAnything::Hit contact = *m_box->currentHit();
    QTest::keyClick(m_box->searchField(), Qt::Key_Enter);
    QCOMPARE(m_window->currentViewId(), QStringLiteral("partners"));
    QCOMPARE(view(QStringLiteral("partners"))->currentId(), contact.ownerId);
    QCOMPARE(m_window->selection()->partnerId(), contact.ownerId);
    auto *form = m_window->findChild<PartnerForm *>();
    auto *contacts = form->findChild<QTableView *>(QStringLiteral("contactsTable"));
    QVERIFY(contacts);
    QCOMPARE(form->contactsModel()->idAt(contacts->currentIndex().row()), contact.id);
}

void TestFindAnythingBox::enterBeforeThePauseOpensAHitOfAllThatWasTyped()
{
    popUp();
    type(QStringLiteral("production"));
    const FindAnything::Hit before = *m_box->currentHit();
    const FindAnything::Hit after =
        FindAnything::find(*m_window->database(), QStringLiteral("production lund")).value().constFirst();
    QVERIFY(before.kind != after.kind || before.id != after.id);
    // More typed, Enter at once: the first hit of all that was typed opens, not that of the text before.
    QTest::keyClicks(m_box->searchField(), QStringLiteral(" lund"));
    QTest::keyClick(m_box->searchField(), Qt::Key_Return);
    QVERIFY(!m_box->isVisible());
    QCOMPARE(m_window->selection()->id(), after.id);
    QCOMPARE(m_window->selection()->kind(),
             after.kind == Kind::Agreement ? RecordSelection::Kind::Agreement : RecordSelection::Kind::Milestone);
}

void TestFindAnythingBox::escapeClosesAndGivesTheFocusBack()
{
    QVERIFY(m_window->showView(QStringLiteral("milestones")));
    QTableView *table = view(QStringLiteral("milestones"))->table();
    table->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), table);
    const QString before = m_window->currentViewId();
    popUp();
    type(QStringLiteral("leiden"));
    QTest::keyClick(m_box->searchField(), Qt::Key_Escape);
    QVERIFY(!m_box->isVisible());
    QCOMPARE(QApplication::focusWidget(), table);
    QCOMPARE(m_window->currentViewId(), before);
    // Open again: the text is still there, selected, so that typing replaces it.
    popUp();
    QCOMPARE(m_box->searchField()->text(), QStringLiteral("leiden"));
    QCOMPARE(m_box->searchField()->selectedText(), QStringLiteral("leiden"));
    QVERIFY(!m_box->hits().isEmpty());
}

void TestFindAnythingBox::nothingFoundSaysSo()
{
    popUp();
    QTest::keyClicks(m_box->searchField(), QStringLiteral("zzzqx"));
    QTRY_COMPARE(m_box->results()->topLevelItemCount(), 1);
    QVERIFY(m_box->hits().isEmpty());
    QCOMPARE(m_box->results()->topLevelItem(0)->text(0), QStringLiteral("Nothing matches “zzzqx”."));
    QTest::keyClick(m_box->searchField(), Qt::Key_Return);
    QVERIFY(m_box->isVisible());
    // Emptied, or a single character: nothing listed, and nothing said.
    for (const QString &text : {QString(), QStringLiteral("z")}) {
        m_box->searchField()->setText(QStringLiteral("zzzqx"));
        QTRY_COMPARE(m_box->results()->topLevelItemCount(), 1);
        m_box->searchField()->setText(text);
        QTRY_COMPARE(m_box->results()->topLevelItemCount(), 0);
        QVERIFY(!m_box->results()->isVisible());
    }
}

void TestFindAnythingBox::needsAPortfolio()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionFindAnything"));
    QVERIFY(action->isEnabled());
    QVERIFY(m_window->closePortfolio());
    QVERIFY(!action->isEnabled());
    action->trigger();
    QVERIFY(!m_box->isVisible());
}

QTEST_MAIN(TestFindAnythingBox)
#include "tst_findanythingbox.moc"
