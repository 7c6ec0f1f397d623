// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window, offscreen, driven by objectName as a user would: filter, sort, inline
// edits with their editors, form edits, add, duplicate, delete (and the partner that cannot go),
// undo and redo, refusal messages, a conflict with another connection, a read-only file, the File
// menu (Save a Copy As, Open Recent, Close, a dropped file), the status bar and the settings.
#include "mainwindow.h"
#include "models/agreementtablemodel.h"
#include "models/milestonetablemodel.h"
#include "models/partnertablemodel.h"
#include "models/partylistmodel.h"
#include "records/agreementform.h"
#include "records/filterbar.h"
#include "records/fuzzydateedit.h"
#include "records/partnerform.h"
#include "records/recordview.h"
#include "store/agreementrepository.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

using namespace TestSupport;

class TestTablesAndEditing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEachViewWithCountsInTheStatusBar();
    void columnsTheFieldListHidesStartHidden();
    void searchAsYouTypeAndFilters();
    void ctrlFFocusesTheSearch();
    void clickingAHeaderSortsInSql();
    void inlineEditWithComboAndDateEditors();
    void badDateIsRefusedAtTheEditor();
    void refusalMessagesSayWhatToType_data();
    void refusalMessagesSayWhatToType();
    void formEditAppliesAsOneUndoableChange();
    void formRefusesEndBeforeStartAndKeepsTheEdits();
    void agreementFormEditsPartiesAndShowsSlips();
    void addNamesTheNewRowAndUndoRemovesIt();
    void duplicateCopiesTheSelection();
    void multiRowDeleteAsksAndUndoRestoresEverything();
    void partnerInUseCannotBeDeletedButItsAgreementsOpen();
    void conflictIsReportedAndTheStoredTruthShown();
    void lockedFileIsReported();
    void readOnlyFileOpensWithABannerAndNoEditing();
    void saveACopyOpenRecentCloseAndDrop();
    void columnsSortAndLayoutPersist();
    void selectionIsSharedWithOtherViews();

private:
    TestSupport::WindowFixture m_ui;
};

void TestTablesAndEditing::init()
{
    m_ui.start();
    m_ui.answer = QMessageBox::Yes;
}

void TestTablesAndEditing::cleanup()
{
    m_ui.finish();
}

void TestTablesAndEditing::showsEachViewWithCountsInTheStatusBar()
{
    MainWindow window;
    QVERIFY(!m_ui.showSample(window).isEmpty());
    QCOMPARE(window.viewIds(),
             (QStringList{QStringLiteral("partners"), QStringLiteral("agreements"), QStringLiteral("milestones"),
                          QStringLiteral("events"), QStringLiteral("timeline")}));
    QCOMPARE(window.currentViewId(), QStringLiteral("agreements"));
    QTRY_COMPARE(window.statusText(), QStringLiteral("6 of 6 agreements · 11 milestones · 1 overdue"));
    trigger(window, "actionView_partners");
    QCOMPARE(window.currentViewId(), QStringLiteral("partners"));
    QTRY_COMPARE(window.statusText(), QStringLiteral("12 of 12 partners"));
    trigger(window, "actionView_milestones");
    QTRY_COMPARE(window.statusText(), QStringLiteral("11 of 11 milestones · 1 overdue"));
    trigger(window, "actionView_events");
    QTRY_COMPARE(window.statusText(), QStringLiteral("2 of 2 events"));
    // The sidebar switches views too.
    auto *sidebar = window.findChild<QAbstractItemView *>(QStringLiteral("viewList"));
    sidebar->setCurrentIndex(sidebar->model()->index(1, 0));
    QCOMPARE(window.currentViewId(), QStringLiteral("agreements"));
}

void TestTablesAndEditing::columnsTheFieldListHidesStartHidden()
{
    MainWindow window;
    QVERIFY(!m_ui.showSample(window).isEmpty());
    const auto hidden = [&](const QString &viewId) {
        QStringList keys;
        const RecordView *shown = view(window, viewId);
        for (int column = 0; column < shown->model()->columnCount(); ++column)
            if (shown->table()->isColumnHidden(column))
                keys << shown->model()->columns().at(column).key;
        return keys;
    };
    QCOMPARE(hidden(QStringLiteral("partners")), QStringList{QStringLiteral("website")});
    QCOMPARE(hidden(QStringLiteral("agreements")), QStringList{QStringLiteral("starts_on")});
    QCOMPARE(hidden(QStringLiteral("milestones")), QStringList());
}

void TestTablesAndEditing::searchAsYouTypeAndFilters()
{
    MainWindow window;
    QVERIFY(!m_ui.showSample(window).isEmpty());
    RecordView *agreements = view(window, QStringLiteral("agreements"));
    QLineEdit *search = agreements->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QTest::keyClicks(search, QStringLiteral("CTC"));
    // Debounced: nothing yet, then the rows.
    QCOMPARE(agreements->model()->rowCount(), 6);
    QTRY_COMPARE(agreements->model()->rowCount(), 2);
    QTRY_COMPARE(window.statusText(), QStringLiteral("2 of 6 agreements (filtered) · 1 milestone · 0 overdue"));
    search->clear();
    QTRY_COMPARE(agreements->model()->rowCount(), 6);

    auto *status = agreements->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QStringLiteral("signed")));
    QCOMPARE(agreements->model()->rowCount(), 2);
    auto *theme = agreements->findChild<QComboBox *>(QStringLiteral("themeFilter"));
    QVERIFY(theme->findData(QStringLiteral("Cardiology")) > 0);
    status->setCurrentIndex(0);
    theme->setCurrentIndex(theme->findData(QStringLiteral("Cardiology")));
    QCOMPARE(agreements->model()->rowCount(), 1);
    theme->setCurrentIndex(0);
    auto *overdue = agreements->findChild<QCheckBox *>(QStringLiteral("overdueFilter"));
    overdue->setChecked(true);
    QCOMPARE(agreements->model()->rowCount(), 1);
    QCOMPARE(agreements->model()->index(0, 0).data().toString(),
             QStringLiteral("ATMP, cell and gene therapy: Lund, Skåne and Leiden"));
    overdue->setChecked(false);
    // The partner picker completes from the store; choosing one filters.
    auto *partner = agreements->findChild<QLineEdit *>(QStringLiteral("partnerFilter"));
    partner->setFocus();
    QTest::keyClicks(partner, QStringLiteral("QPS"));
    QTest::keyClick(partner, Qt::Key_Return);
    QTRY_COMPARE(agreements->model()->rowCount(), 2);
    auto *clear = agreements->findChild<QAbstractButton *>(QStringLiteral("clearFilters"));
    QVERIFY(clear->isEnabled());
    clear->click();
    QCOMPARE(agreements->model()->rowCount(), 6);
    QCOMPARE(partner->text(), QString());
    // Countries in use are offered.
    auto *country = agreements->findChild<QComboBox *>(QStringLiteral("countryFilter"));
    QCOMPARE(country->count(), 3);
    country->setCurrentIndex(country->findData(QStringLiteral("NL")));
    QCOMPARE(agreements->model()->rowCount(), 5);
}

void TestTablesAndEditing::ctrlFFocusesTheSearch()
{
    MainWindow window;
    QVERIFY(!m_ui.showSample(window).isEmpty());
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    RecordView *agreements = view(window, QStringLiteral("agreements"));
    agreements->table()->setFocus();
    QTest::keySequence(&window, QKeySequence::Find);
    QTRY_COMPARE(QApplication::focusWidget(), agreements->filterBar()->searchField());
    // Shortcuts show in the menus.
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionFind"))->shortcut(), QKeySequence(QKeySequence::Find));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionUndo"))->shortcut().isEmpty());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionRedo"))
                ->shortcuts()
                .contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionDelete"))->shortcut(),
             QKeySequence(QKeySequence::Delete));
}

void TestTablesAndEditing::clickingAHeaderSortsInSql()
{
    MainWindow window;
    QVERIFY(!m_ui.showSample(window).isEmpty());
    RecordView *agreements = view(window, QStringLiteral("agreements"));
    QHeaderView *header = agreements->table()->horizontalHeader();
    const auto click = [&](int section) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(section) + 10, header->height() / 2));
    };
    click(AgreementTableModel::SignedColumn);
    QCOMPARE(agreements->model()->sortColumn(), int(AgreementTableModel::SignedColumn));
    const Qt::SortOrder first = agreements->model()->sortOrder();
    click(AgreementTableModel::SignedColumn);
    QVERIFY(agreements->model()->sortOrder() != first);
    ListQuery query;
    query.sortKey = QStringLiteral("signed_on");
    query.order = agreements->model()->sortOrder();
    const auto expected = AgreementRepository(*window.database()).list(query);
    for (int row = 0; row < expected->size(); ++row)
        QCOMPARE(agreements->model()->idAt(row), expected->at(row).meta.id);
    // A column that cannot be sorted (the overdue count, which depends on today) leaves the sort (and
    // its indicator) as it was.
    click(AgreementTableModel::OverdueColumn);
    QCOMPARE(agreements->model()->sortColumn(), int(AgreementTableModel::SignedColumn));
    QCOMPARE(header->sortIndicatorSection(), int(AgreementTableModel::SignedColumn));
}

void TestTablesAndEditing::inlineEditWithComboAndDateEditors()
{
    MainWindow window;
    QVERIFY(!m_ui.showSample(window).isEmpty());
    RecordView *agreements = view(window, QStringLiteral("agreements"));
    QTableView *table = agreements->table();
    const int row = rowOf(agreements->model(), 0, QStringLiteral("Cardiology services: SCRO and Cardialysis"));
    const qint64 id = agreements->model()->idAt(row);

    // Status: a combo box of statuses.
    auto *combo = qobject_cast<QComboBox *>(openEditor(table, agreements->model()->index(row, 2)));
    QVERIFY(combo);
    QCOMPARE(combo->count(), allValues<AgreementStatus>().size());
    QCOMPARE(combo->currentData().toString(), QStringLiteral("active"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("completed")));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(AgreementRepository(*window.database()).get(id)->status, AgreementStatus::Completed);

    // Ends: a FuzzyDate editor that shows the interval as you type.
    auto *date = qobject_cast<FuzzyDateEdit *>(openEditor(table, agreements->model()->index(row, 5)));
    QVERIFY(date);
    QTest::keyClicks(date, QStringLiteral("H2 2026"));
    QVERIFY(date->isAcceptable());
    QCOMPARE(date->hint(), QStringLiteral("1 Jul 2026 – 31 Dec 2026"));
    QTest::keyClick(date, Qt::Key_Return);
    QTRY_COMPARE(AgreementRepository(*window.database()).get(id)->endsOn, FuzzyDate::half(2026, 2));
    QCOMPARE(agreements->model()->index(row, 5).data().toString(), QStringLiteral("H2 2026"));

    // Both are on the undo stack; undo and redo walk them.
    QUndoStack *stack = window.undoStack();
    QCOMPARE(stack->count(), 2);
    trigger(window, "actionUndo");
    QCOMPARE(AgreementRepository(*window.database()).get(id)->endsOn, FuzzyDate());
    trigger(window, "actionUndo");
    QCOMPARE(AgreementRepository(*window.database()).get(id)->status, AgreementStatus::Active);
    trigger(window, "actionRedo");
    QCOMPARE(AgreementRepository(*window.database()).get(id)->status, AgreementStatus::Completed);
    QCOMPARE(agreements->model()->index(agreements->model()->rowOfId(id), 2).data().toString(),
             QStringLiteral("Completed"));
    auto *history = window.findChild<QUndoView *>(QStringLiteral("undoView"));
    QVERIFY(history);
    QCOMPARE(history->model()->rowCount(), 3); // <opened>, and the two edits
}

void TestTablesAndEditing::badDateIsRefusedAtTheEditor()
{
    MainWindow window;
    RecordView *milestones = m_ui.showView(window, QStringLiteral("milestones"));
    QVERIFY(milestones);
    const int row = rowOf(milestones->model(), 0, QStringLiteral("Production facility in Lund ready"));
    const qint64 id = milestones->model()->idAt(row);
    auto *date = qobject_cast<FuzzyDateEdit *>(
        openEditor(milestones->table(), milestones->model()->index(row, MilestoneTableModel::DueColumn)));
    QVERIFY(date);
    date->selectAll();
    QTest::keyClicks(date, QStringLiteral("Q5 2024"));
    QVERIFY(!date->isAcceptable());
    QCOMPARE(date->hint(), QStringLiteral("not a date"));
    QTest::keyClick(date, Qt::Key_Return);
    // The editor stays open and the message says what to type; nothing is written.
    QCOMPARE(QApplication::focusWidget(), date);
    QVERIFY2(window.messageText().contains(QStringLiteral("Q5 2024")), qPrintable(window.messageText()));
    QCOMPARE(MilestoneRepository(*window.database()).get(id)->due, FuzzyDate::quarter(2024, 3));
    QTest::keyClick(date, Qt::Key_Escape);
    QCOMPARE(window.undoStack()->count(), 0);
    QVERIFY(MilestoneRepository(*window.database()).history(id)->isEmpty());
}

void TestTablesAndEditing::refusalMessagesSayWhatToType_data()
{
    QTest::addColumn<QString>("viewId");
    QTest::addColumn<QString>("rowText");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty name") << QStringLiteral("partners") << QStringLiteral("QPS")
                                << int(PartnerTableModel::NameColumn) << QString() << QStringLiteral("needs a name");
    QTest::newRow("duplicate partner in the same country")
        << QStringLiteral("partners") << QStringLiteral("QPS") << int(PartnerTableModel::NameColumn)
        << QStringLiteral("Cardialysis") << QStringLiteral("already a partner called “Cardialysis” in NL");
    QTest::newRow("country code") << QStringLiteral("partners") << QStringLiteral("QPS")
                                  << int(PartnerTableModel::CountryColumn) << QStringLiteral("Holland")
                                  << QStringLiteral("two-letter ISO code");
    QTest::newRow("empty title") << QStringLiteral("agreements")
                                 << QStringLiteral("Cardiology services: SCRO and Cardialysis")
                                 << int(AgreementTableModel::TitleColumn) << QStringLiteral(" ")
                                 << QStringLiteral("needs a title");
}

void TestTablesAndEditing::refusalMessagesSayWhatToType()
{
    QFETCH(QString, viewId);
    QFETCH(QString, rowText);
    QFETCH(int, column);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    MainWindow window;
    const QString path = m_ui.showSample(window);
    QVERIFY(!path.isEmpty());
    QVERIFY(window.showView(viewId));
    RecordView *records = view(window, viewId);
    const int row = rowOf(records->model(), 0, rowText);
    QVERIFY(row >= 0);
    auto *edit = qobject_cast<QLineEdit *>(openEditor(records->table(), records->model()->index(row, column)));
    QVERIFY(edit);
    edit->selectAll();
    if (typed.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, typed);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY2(window.messageText().contains(message), qPrintable(window.messageText()));
    QCOMPARE(window.undoStack()->count(), 0);
    QVERIFY(m_ui.errors.isEmpty());
    // The table shows what is stored.
    QCOMPARE(records->model()->index(row, 0).data().toString(), rowText);
}

void TestTablesAndEditing::formEditAppliesAsOneUndoableChange()
{
    MainWindow window;
    RecordView *partners = m_ui.showView(window, QStringLiteral("partners"));
    QVERIFY(partners);
    const int row = rowOf(partners->model(), 0, QStringLiteral("CTC"));
    QVERIFY(partners->selectId(partners->model()->idAt(row)));
    const qint64 id = partners->currentId();
    auto *form = window.findChild<PartnerForm *>(QStringLiteral("partnerForm"));
    QTRY_VERIFY(form->isVisible());
    QCOMPARE(form->recordId(), id);
    auto *name = form->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *city = form->findChild<QLineEdit *>(QStringLiteral("cityEdit"));
    auto *apply = form->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QCOMPARE(name->text(), QStringLiteral("CTC"));
    QVERIFY(!apply->isEnabled());
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("CTC Clinical Trial Consultants"));
    QTest::keyClicks(city, QStringLiteral("Uppsala"));
    QVERIFY(apply->isEnabled());
    apply->click();
    const auto stored = PartnerRepository(*window.database()).get(id);
    QCOMPARE(stored->name, QStringLiteral("CTC Clinical Trial Consultants"));
    QCOMPARE(stored->city, QStringLiteral("Uppsala"));
    QCOMPARE(window.undoStack()->count(), 1);
    QCOMPARE(window.undoStack()->text(0),
             QStringLiteral("Edit name, city of partner “CTC Clinical Trial Consultants”"));
    // The table follows, and the row stays current.
    QCOMPARE(partners->currentId(), id);
    QCOMPARE(partners->model()->index(partners->model()->rowOfId(id), PartnerTableModel::CityColumn).data().toString(),
             QStringLiteral("Uppsala"));
    trigger(window, "actionUndo");
    QCOMPARE(PartnerRepository(*window.database()).get(id)->name, QStringLiteral("CTC"));
    QCOMPARE(PartnerRepository(*window.database()).get(id)->city, QString());
    QTRY_COMPARE(name->text(), QStringLiteral("CTC"));
    trigger(window, "actionRedo");
    QCOMPARE(PartnerRepository(*window.database()).get(id)->city, QStringLiteral("Uppsala"));
}

void TestTablesAndEditing::formRefusesEndBeforeStartAndKeepsTheEdits()
{
    MainWindow window;
    QVERIFY(!m_ui.showSample(window).isEmpty());
    RecordView *agreements = view(window, QStringLiteral("agreements"));
    const qint64 id = agreements->model()->idAt(0);
    QVERIFY(agreements->selectId(id));
    auto *form = window.findChild<AgreementForm *>(QStringLiteral("agreementForm"));
    QTRY_VERIFY(form->isVisible());
    auto *starts = form->findChild<FuzzyDateEdit *>(QStringLiteral("startsEdit"));
    auto *ends = form->findChild<FuzzyDateEdit *>(QStringLiteral("endsEdit"));
    QTest::keyClicks(starts, QStringLiteral("2023"));
    QTest::keyClicks(ends, QStringLiteral("Q2 2022"));
    QVERIFY(!form->apply());
    QVERIFY2(form->message().contains(QStringLiteral("before the start")), qPrintable(form->message()));
    QVERIFY(window.messageText().contains(QStringLiteral("type an end on or after the start")));
    QCOMPARE(ends->text(), QStringLiteral("Q2 2022")); // kept, to be corrected
    QCOMPARE(AgreementRepository(*window.database()).get(id)->startsOn, FuzzyDate());
    // A bad date in a form is refused the same way.
    ends->clear();
    QTest::keyClicks(ends, QStringLiteral("sometime soon"));
    QVERIFY(!form->apply());
    QVERIFY(form->message().contains(QStringLiteral("sometime soon")));
    ends->clear();
    QTest::keyClicks(ends, QStringLiteral("2030"));
    QVERIFY(form->apply());
    const auto stored = AgreementRepository(*window.database()).get(id);
    QCOMPARE(stored->startsOn, FuzzyDate::year(2023));
    QCOMPARE(stored->endsOn, FuzzyDate::year(2030));
    QCOMPARE(window.undoStack()->count(), 1);
}

void TestTablesAndEditing::agreementFormEditsPartiesAndShowsSlips()
{
    MainWindow window;
    QVERIFY(!m_ui.showSample(window).isEmpty());
    RecordView *agreements = view(window, QStringLiteral("agreements"));
    const int row = rowOf(agreements->model(), 0, QStringLiteral("Cardiology services: SCRO and Cardialysis"));
    const qint64 id = agreements->model()->idAt(row);
    QVERIFY(agreements->selectId(id));
    auto *form = window.findChild<AgreementForm *>(QStringLiteral("agreementForm"));
    QTRY_VERIFY(form->isVisible());
    // Long one-line fields show their beginning (seen in a real window: the themes showed their end).
    for (const char *name : {"titleEdit", "themesEdit"})
        QCOMPARE(form->findChild<QLineEdit *>(QLatin1String(name))->cursorPosition(), 0);
    PartyListModel *parties = form->partiesModel();
    QCOMPARE(parties->rowCount(), 2);
    // Add a party with the picker, give it a role and its own signing date.
    auto *picker = form->findChild<QLineEdit *>(QStringLiteral("newPartyPicker"));
    QTest::keyClicks(picker, QStringLiteral("Health~Holland"));
    form->findChild<QPushButton *>(QStringLiteral("addPartyButton"))->click();
    QCOMPARE(parties->rowCount(), 3);
    auto *partiesTable = form->findChild<QTableView *>(QStringLiteral("partiesTable"));
    auto *role = qobject_cast<QComboBox *>(openEditor(partiesTable, parties->index(2, PartyListModel::RoleColumn)));
    QVERIFY(role);
    role->setCurrentIndex(role->findData(QStringLiteral("observer")));
    QTest::keyClick(role, Qt::Key_Return);
    QTRY_COMPARE(parties->index(2, PartyListModel::RoleColumn).data().toString(), QStringLiteral("Observer"));
    auto *signedOn =
        qobject_cast<FuzzyDateEdit *>(openEditor(partiesTable, parties->index(2, PartyListModel::SignedColumn)));
    QVERIFY(signedOn);
    QTest::keyClicks(signedOn, QStringLiteral("12 September 2023"));
    QTest::keyClick(signedOn, Qt::Key_Return);
    QTRY_COMPARE(parties->index(2, PartyListModel::SignedColumn).data().toString(),
                 QStringLiteral("12 September 2023"));
    // The same partner twice is refused.
    QTest::keyClicks(picker, QStringLiteral("SCRO"));
    form->findChild<QPushButton *>(QStringLiteral("addPartyButton"))->click();
    QCOMPARE(parties->rowCount(), 3);
    QVERIFY(window.messageText().contains(QStringLiteral("party already")));
    QVERIFY(form->apply());
    const auto stored = AgreementRepository(*window.database()).get(id);
    QCOMPARE(stored->parties.size(), 3);
    QCOMPARE(stored->parties.at(2).role, PartyRole::Observer);
    QCOMPARE(stored->parties.at(2).signedOn, FuzzyDate::day(2023, 9, 12));
    QTRY_COMPARE(agreements->model()
                     ->index(agreements->model()->rowOfId(id), AgreementTableModel::PartiesColumn)
                     .data()
                     .toString(),
                 QStringLiteral("SCRO, Cardialysis, Health~Holland"));

    // Its milestones are edited in place; a new due date is a slip in the history.
    auto *milestones = form->milestonesTable();
    QCOMPARE(milestones->model()->rowCount(), 2);
    const int septal = rowOf(milestones->model(), 0, QStringLiteral("Septal-defect closure device tested in humans"));
    auto *due = qobject_cast<FuzzyDateEdit *>(
        openEditor(milestones, milestones->model()->index(septal, MilestoneTableModel::DueColumn)));
    QVERIFY(due);
    QTest::keyClicks(due, QStringLiteral("Q4 2025"));
    QTest::keyClick(due, Qt::Key_Return);
    const auto septalRow = [&] {
        return rowOf(milestones->model(), 0, QStringLiteral("Septal-defect closure device tested in humans"));
    };
    QTRY_COMPARE(milestones->model()->index(septalRow(), MilestoneTableModel::DueColumn).data().toString(),
                 QStringLiteral("Q4 2025"));
    due = qobject_cast<FuzzyDateEdit *>(
        openEditor(milestones, milestones->model()->index(septalRow(), MilestoneTableModel::DueColumn)));
    QVERIFY(due);
    due->selectAll();
    QTest::keyClicks(due, QStringLiteral("H1 2026"));
    QTest::keyClick(due, Qt::Key_Return);
    QTRY_COMPARE(milestones->model()->index(septalRow(), MilestoneTableModel::DueColumn).data().toString(),
                 QStringLiteral("H1 2026"));
    milestones->setCurrentIndex(milestones->model()->index(septalRow(), 0));
    auto *history = form->findChild<QListWidget *>(QStringLiteral("historyList"));
    QTRY_COMPARE(history->count(), 2);
    QVERIFY2(history->item(1)->text().contains(QStringLiteral("Q4 2025 → H1 2026")),
             qPrintable(history->item(1)->text()));
    // Undo takes the slip out of the history again.
    QCOMPARE(window.undoStack()->count(), 3);
    trigger(window, "actionUndo");
    const qint64 milestoneId =
        static_cast<MilestoneTableModel *>(milestones->model())
            ->idAt(rowOf(milestones->model(), 0, QStringLiteral("Septal-defect closure device tested in humans")));
    QCOMPARE(MilestoneRepository(*window.database()).history(milestoneId)->size(), 1);
    QCOMPARE(MilestoneRepository(*window.database()).get(milestoneId)->due, FuzzyDate::quarter(2025, 4));
}

void TestTablesAndEditing::addNamesTheNewRowAndUndoRemovesIt()
{
    MainWindow window;
    RecordView *partners = m_ui.showView(window, QStringLiteral("partners"));
    QVERIFY(partners);
    trigger(window, "actionAdd");
    const qint64 id = partners->currentId();
    QVERIFY(id > 0);
    QCOMPARE(PartnerRepository(*window.database()).get(id)->name, QStringLiteral("New partner"));
    // The name cell is being edited: type the real name.
    auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("Karolinska Institutet"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(PartnerRepository(*window.database()).get(id)->name, QStringLiteral("Karolinska Institutet"));
    QCOMPARE(partners->model()->rowCount(), 13);
    QCOMPARE(window.undoStack()->count(), 2);
    trigger(window, "actionUndo");
    trigger(window, "actionUndo");
    QVERIFY(!PartnerRepository(*window.database()).get(id));
    QCOMPARE(partners->model()->rowCount(), 12);
    trigger(window, "actionRedo");
    QCOMPARE(PartnerRepository(*window.database()).get(id)->name, QStringLiteral("New partner"));

    // A milestone is added to the agreement in context.
    trigger(window, "actionView_agreements");
    RecordView *agreements = view(window, QStringLiteral("agreements"));
    const qint64 agreement = agreements->model()->idAt(0);
    QVERIFY(agreements->selectId(agreement));
    trigger(window, "actionView_milestones");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    RecordView *milestones = view(window, QStringLiteral("milestones"));
    milestones->table()->clearSelection();
    milestones->table()->setCurrentIndex({});
    trigger(window, "actionAdd");
    const auto added = MilestoneRepository(*window.database()).get(milestones->currentId());
    QVERIFY(added);
    QCOMPARE(added->agreementId, agreement);
}

void TestTablesAndEditing::duplicateCopiesTheSelection()
{
    MainWindow window;
    QVERIFY(!m_ui.showSample(window).isEmpty());
    RecordView *agreements = view(window, QStringLiteral("agreements"));
    const int row = rowOf(agreements->model(), 0, QStringLiteral("Cardiology services: SCRO and Cardialysis"));
    QVERIFY(agreements->selectId(agreements->model()->idAt(row)));
    trigger(window, "actionDuplicate");
    QCOMPARE(agreements->model()->rowCount(), 7);
    const qint64 copy = agreements->currentId();
    const auto stored = AgreementRepository(*window.database()).get(copy);
    QCOMPARE(stored->title, QStringLiteral("Cardiology services: SCRO and Cardialysis (copy)"));
    QCOMPARE(stored->parties.size(), 2);
    QCOMPARE(stored->status, AgreementStatus::Draft);
    trigger(window, "actionUndo");
    QCOMPARE(agreements->model()->rowCount(), 6);
}

void TestTablesAndEditing::multiRowDeleteAsksAndUndoRestoresEverything()
{
    MainWindow window;
    QVERIFY(!m_ui.showSample(window).isEmpty());
    Database &db = *window.database();
    RecordView *agreements = view(window, QStringLiteral("agreements"));
    const int atmp =
        rowOf(agreements->model(), 0, QStringLiteral("ATMP, cell and gene therapy: Lund, Skåne and Leiden"));
    const int trials =
        rowOf(agreements->model(), 0, QStringLiteral("Clinical trials: Uppsala Clinical Research Center and ECRI"));
    const qint64 atmpId = agreements->model()->idAt(atmp);
    const qint64 trialsId = agreements->model()->idAt(trials);
    const auto before = AgreementRepository(db).get(atmpId);
    const auto milestonesBefore = MilestoneRepository(db).list({});
    const qint64 slipped = MilestoneRepository(db).listForAgreement(trialsId)->first().meta.id;
    const auto historyBefore = MilestoneRepository(db).history(slipped);
    QCOMPARE(historyBefore->size(), 1);

    QTableView *table = agreements->table();
    table->setFocus();
    table->selectionModel()->select(agreements->model()->index(atmp, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->selectionModel()->select(agreements->model()->index(trials, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    // Cancelled: nothing happens.
    m_ui.answer = QMessageBox::Cancel;
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_ui.questions.size(), 1);
    QVERIFY2(m_ui.questions.first().contains(QStringLiteral("Delete 2 agreements?")),
             qPrintable(m_ui.questions.first()));
    QVERIFY(m_ui.questions.first().contains(QStringLiteral("8 milestones")));
    QVERIFY(
        m_ui.questions.first().contains(QStringLiteral("ATMP, cell and gene therapy: Lund, Skåne and Leiden, with 5 "
                                                       "milestones")));
    QCOMPARE(agreements->model()->rowCount(), 6);
    // Confirmed: both go, with their milestones.
    m_ui.answer = QMessageBox::Yes;
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(agreements->model()->rowCount(), 4);
    QVERIFY(!AgreementRepository(db).get(atmpId));
    QCOMPARE(MilestoneRepository(db).list({})->size(), milestonesBefore->size() - 8);
    // Undo brings everything back with the same ids, versions and history.
    trigger(window, "actionUndo");
    QCOMPARE(agreements->model()->rowCount(), 6);
    const auto restored = AgreementRepository(db).get(atmpId);
    QVERIFY(restored);
    QCOMPARE(restored->title, before->title);
    QCOMPARE(restored->parties.size(), before->parties.size());
    QCOMPARE(restored->themes, before->themes);
    QCOMPARE(restored->meta.version, before->meta.version);
    QCOMPARE(restored->meta.createdAt, before->meta.createdAt);
    const auto milestonesAfter = MilestoneRepository(db).list({});
    QCOMPARE(milestonesAfter->size(), milestonesBefore->size());
    for (int i = 0; i < milestonesAfter->size(); ++i) {
        QCOMPARE(milestonesAfter->at(i).meta.id, milestonesBefore->at(i).meta.id);
        QCOMPARE(milestonesAfter->at(i).title, milestonesBefore->at(i).title);
    }
    const auto historyAfter = MilestoneRepository(db).history(slipped);
    QCOMPARE(historyAfter->size(), 1);
    QCOMPARE(historyAfter->first().id, historyBefore->first().id);
    QCOMPARE(historyAfter->first().newStatus, historyBefore->first().newStatus);
    trigger(window, "actionRedo");
    QCOMPARE(agreements->model()->rowCount(), 4);
    QVERIFY(m_ui.errors.isEmpty());
}

void TestTablesAndEditing::partnerInUseCannotBeDeletedButItsAgreementsOpen()
{
    MainWindow window;
    RecordView *partners = m_ui.showView(window, QStringLiteral("partners"));
    QVERIFY(partners);
    const qint64 ctc = partners->model()->idAt(rowOf(partners->model(), 0, QStringLiteral("CTC")));
    QVERIFY(partners->selectId(ctc));
    m_ui.answer = QMessageBox::Open;
    trigger(window, "actionDelete");
    QCOMPARE(m_ui.questions.size(), 1);
    QVERIFY2(m_ui.questions.first().contains(QStringLiteral("cannot be deleted while party to agreements")),
             qPrintable(m_ui.questions.first()));
    QVERIFY(m_ui.questions.first().contains(QStringLiteral("Early-phase clinical research: CTC and QPS")));
    QVERIFY(PartnerRepository(*window.database()).get(ctc));
    // "Open" shows the agreements it is party to.
    QCOMPARE(window.currentViewId(), QStringLiteral("agreements"));
    RecordView *agreements = view(window, QStringLiteral("agreements"));
    QCOMPARE(agreements->model()->rowCount(), 2);
    QCOMPARE(agreements->model()->query().filters.value(QStringLiteral("partner")), QString::number(ctc));

    // A partner without agreements goes, with its contacts, and comes back on undo.
    trigger(window, "actionView_partners");
    const qint64 government =
        partners->model()->idAt(rowOf(partners->model(), 0, QStringLiteral("Government Offices of Sweden")));
    QVERIFY(partners->selectId(government));
    m_ui.answer = QMessageBox::Yes;
    trigger(window, "actionDelete");
    QVERIFY(m_ui.questions.last().contains(QStringLiteral("Its contact goes with it.")));
    QVERIFY(!PartnerRepository(*window.database()).get(government));
    trigger(window, "actionUndo");
    QVERIFY(PartnerRepository(*window.database()).get(government));
    QCOMPARE(ContactRepository(*window.database()).listForPartner(government)->size(), 1);
}

void TestTablesAndEditing::conflictIsReportedAndTheStoredTruthShown()
{
    MainWindow window;
    const QString path = m_ui.showSample(window);
    QVERIFY(!path.isEmpty());
    RecordView *agreements = view(window, QStringLiteral("agreements"));
    const int row = rowOf(agreements->model(), 0, QStringLiteral("Cardiology services: SCRO and Cardialysis"));
    const qint64 id = agreements->model()->idAt(row);
    // Another program changes the agreement behind the window's back.
    {
        auto other = Database::open(path);
        QVERIFY(other);
        Agreement changed = *AgreementRepository(**other).get(id);
        changed.title = QStringLiteral("Cardiology services (changed elsewhere)");
        QVERIFY(AgreementRepository(**other).update(changed));
    }
    auto *combo = qobject_cast<QComboBox *>(openEditor(agreements->table(), agreements->model()->index(row, 2)));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(QStringLiteral("ended")));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(m_ui.errors.size(), 1);
    QVERIFY2(m_ui.errors.first().contains(QStringLiteral("Someone else changed")), qPrintable(m_ui.errors.first()));
    QCOMPARE(window.undoStack()->count(), 0);
    const int now = agreements->model()->rowOfId(id);
    QCOMPARE(agreements->model()->index(now, 0).data().toString(),
             QStringLiteral("Cardiology services (changed elsewhere)"));
    QCOMPARE(agreements->model()->index(now, 2).data().toString(), QStringLiteral("Active"));
    QCOMPARE(AgreementRepository(*window.database()).get(id)->status, AgreementStatus::Active);

    // Undo that meets someone else's change reports it and leaves the stack.
    QVERIFY(agreements->selectId(id));
    combo = qobject_cast<QComboBox *>(openEditor(agreements->table(), agreements->model()->index(now, 2)));
    combo->setCurrentIndex(combo->findData(QStringLiteral("ended")));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(window.undoStack()->count(), 1);
    {
        auto other = Database::open(path);
        Agreement changed = *AgreementRepository(**other).get(id);
        changed.notes = QStringLiteral("noted elsewhere");
        QVERIFY(AgreementRepository(**other).update(changed));
    }
    trigger(window, "actionUndo");
    QCOMPARE(m_ui.errors.size(), 2);
    QVERIFY(m_ui.errors.last().contains(QStringLiteral("Someone else changed")));
    QCOMPARE(window.undoStack()->count(), 0);
    QCOMPARE(AgreementRepository(*window.database()).get(id)->status, AgreementStatus::Ended);
}

void TestTablesAndEditing::lockedFileIsReported()
{
    MainWindow window;
    const QString path = m_ui.showSample(window);
    QVERIFY(!path.isEmpty());
    RecordView *agreements = view(window, QStringLiteral("agreements"));
    const qint64 id = agreements->model()->idAt(0);
    // Another program holds the write lock (longer than Pactline waits for it).
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        locker.setDatabaseName(path);
        QVERIFY(locker.open());
        QSqlQuery lock(locker);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        auto *combo = qobject_cast<QComboBox *>(openEditor(agreements->table(), agreements->model()->index(0, 2)));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(QStringLiteral("ended")));
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_ui.errors.size(), 1, 15000);
        QVERIFY2(m_ui.errors.first().contains(QStringLiteral("locked by another program")),
                 qPrintable(m_ui.errors.first()));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock.finish();
        locker.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    QCOMPARE(window.undoStack()->count(), 0);
    QCOMPARE(agreements->model()->index(agreements->model()->rowOfId(id), 2).data().toString(),
             QStringLiteral("Active"));
    QCOMPARE(AgreementRepository(*window.database()).get(id)->status, AgreementStatus::Active);
}

void TestTablesAndEditing::readOnlyFileOpensWithABannerAndNoEditing()
{
    const QString path = createSamplePortfolio(m_ui.dir(), QStringLiteral("locked.pactline"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = fileChecksum(path);
    {
        MainWindow window;
        QCOMPARE(m_ui.showSample(window, QStringLiteral("locked.pactline")), path);
        QVERIFY(window.isReadOnly());
        auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("read-only")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
        for (const char *action : {"actionAdd", "actionDuplicate", "actionDelete"})
            QVERIFY2(!window.findChild<QAction *>(QLatin1String(action))->isEnabled(), action);
        RecordView *agreements = view(window, QStringLiteral("agreements"));
        QVERIFY(agreements->selectId(agreements->model()->idAt(0)));
        QVERIFY(!(agreements->model()->flags(agreements->model()->index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!agreements->model()->setData(agreements->model()->index(0, 0), QStringLiteral("Changed")));
        auto *form = window.findChild<AgreementForm *>(QStringLiteral("agreementForm"));
        QTRY_VERIFY(form->isVisible());
        QVERIFY(form->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->isReadOnly());
        QVERIFY(!form->findChild<QComboBox *>(QStringLiteral("statusEdit"))->isEnabled());
        QVERIFY(!form->apply());
        // Browsing still works: filter and sort.
        QTest::keyClicks(agreements->filterBar()->searchField(), QStringLiteral("CTC"));
        QTRY_COMPARE(agreements->model()->rowCount(), 2);
        agreements->model()->sort(AgreementTableModel::SignedColumn, Qt::DescendingOrder);
        QCOMPARE(agreements->model()->rowCount(), 2);
        QTRY_VERIFY(window.statusText().contains(QStringLiteral("1 milestone · 0 overdue")));
    }
    QCOMPARE(fileChecksum(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(m_ui.errors.isEmpty());
}

void TestTablesAndEditing::saveACopyOpenRecentCloseAndDrop()
{
    MainWindow window;
    const QString path = m_ui.showSample(window);
    QVERIFY(!path.isEmpty());
    const QString copy = m_ui.dir().filePath(QStringLiteral("copy"));
    window.setFileChooser([&](const QString &, bool forSaving) { return forSaving ? copy : QString(); });
    trigger(window, "actionSaveCopy");
    const QString copyFile = copy + QStringLiteral(".pactline");
    QVERIFY(QFile::exists(copyFile));
    {
        auto opened = Database::open(copyFile, Database::Mode::ReadOnly);
        QVERIFY(opened);
        QCOMPARE(*AgreementRepository(**opened).count(), qint64(6));
    }
    // Saving over an existing file is refused.
    trigger(window, "actionSaveCopy");
    QCOMPARE(m_ui.errors.size(), 1);
    QVERIFY(m_ui.errors.first().contains(QStringLiteral("already exists")));

    trigger(window, "actionClose");
    QVERIFY(!window.database());
    QCOMPARE(window.statusText(), QStringLiteral("No portfolio open"));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionClose"))->isEnabled());

    // Open Recent lists the portfolio opened before.
    auto *recent = window.findChild<QMenu *>(QStringLiteral("menuOpenRecent"));
    emit recent->aboutToShow();
    QVERIFY(!recent->actions().isEmpty());
    QCOMPARE(recent->actions().first()->toolTip(), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    recent->actions().first()->trigger();
    QVERIFY(window.database());
    QCOMPARE(QFileInfo(window.database()->path()).absoluteFilePath(), QFileInfo(path).absoluteFilePath());

    // A .pactline file dropped on the window opens.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(copyFile)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QCOMPARE(window.database()->path(), copyFile);
    // Something else is not taken.
    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(m_ui.dir().filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent other(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    other.setAccepted(false);
    QApplication::sendEvent(&window, &other);
    QVERIFY(!other.isAccepted());

    // Others can add to the File menu, before Close.
    auto *exportPdf = new QAction(QStringLiteral("Export PDF…"), &window);
    window.addFileActions({exportPdf});
    const QList<QAction *> items = window.fileMenu()->actions();
    QVERIFY(items.indexOf(exportPdf) < items.indexOf(window.findChild<QAction *>(QStringLiteral("actionClose"))));
    QVERIFY(items.indexOf(exportPdf) > items.indexOf(window.findChild<QAction *>(QStringLiteral("actionSaveCopy"))));
}

void TestTablesAndEditing::columnsSortAndLayoutPersist()
{
    {
        MainWindow window;
        QVERIFY(!m_ui.showSample(window).isEmpty());
        RecordView *agreements = view(window, QStringLiteral("agreements"));
        agreements->setColumnShown(AgreementTableModel::ThemesColumn, false);
        agreements->setColumnShown(AgreementTableModel::StartsColumn, true);
        agreements->table()->horizontalHeader()->resizeSection(AgreementTableModel::TitleColumn, 377);
        agreements->table()->horizontalHeader()->moveSection(AgreementTableModel::StatusColumn, 1);
        agreements->table()->sortByColumn(AgreementTableModel::SignedColumn, Qt::DescendingOrder);
        window.showView(QStringLiteral("milestones"));
        window.close();
    }
    MainWindow window;
    QVERIFY(!m_ui.showSample(window, QStringLiteral("again.pactline")).isEmpty());
    QCOMPARE(window.currentViewId(), QStringLiteral("milestones"));
    RecordView *agreements = view(window, QStringLiteral("agreements"));
    QVERIFY(!agreements->isColumnShown(AgreementTableModel::ThemesColumn));
    QVERIFY(agreements->isColumnShown(AgreementTableModel::StartsColumn));
    QCOMPARE(agreements->table()->horizontalHeader()->sectionSize(AgreementTableModel::TitleColumn), 377);
    QCOMPARE(agreements->table()->horizontalHeader()->visualIndex(AgreementTableModel::StatusColumn), 1);
    QCOMPARE(agreements->model()->sortColumn(), int(AgreementTableModel::SignedColumn));
    QCOMPARE(agreements->model()->sortOrder(), Qt::DescendingOrder);
    // Its rows are read, in that order, once it is shown.
    QVERIFY(window.showView(QStringLiteral("agreements")));
    QCOMPARE(agreements->model()->index(0, AgreementTableModel::SignedColumn).data().toString(),
             QStringLiteral("12 September 2023"));
}

void TestTablesAndEditing::selectionIsSharedWithOtherViews()
{
    MainWindow window;
    QVERIFY(!m_ui.showSample(window).isEmpty());
    QSignalSpy agreementSelected(window.selection(), &RecordSelection::agreementSelected);
    RecordView *agreements = view(window, QStringLiteral("agreements"));
    const qint64 id = agreements->model()->idAt(3);
    QVERIFY(agreements->selectId(id));
    QCOMPARE(agreementSelected.count(), 1);
    QCOMPARE(agreementSelected.first().first().toLongLong(), id);
    // Selecting from elsewhere (the timeline) moves the table and the detail pane.
    const qint64 other = agreements->model()->idAt(1);
    window.selection()->selectAgreement(other);
    QCOMPARE(agreements->currentId(), other);
    QCOMPARE(window.findChild<AgreementForm *>(QStringLiteral("agreementForm"))->recordId(), other);
    // Another view plugs in and shows in the sidebar and the View menu.
    auto *notes = new QLabel(QStringLiteral("notes"));
    window.addView(QStringLiteral("notes"), QStringLiteral("Notes"), notes);
    QVERIFY(window.viewIds().contains(QStringLiteral("notes")));
    QVERIFY(window.showView(QStringLiteral("notes")));
    QVERIFY(notes->isVisible());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionView_notes")));
    window.selection()->selectMilestone(5);
    QCOMPARE(window.findChild<QWidget *>(QStringLiteral("milestoneForm"))->isVisible(), true);
}

QTEST_MAIN(TestTablesAndEditing)
#include "tst_tablesandediting.moc"
