// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The first hour of a new user, on the real main window offscreen: the paths that lost typed work
// or crashed (switching portfolios, leaving a changed form in every way), messages tied to their
// cause, undo that says what it undid, and two windows on one file.
#include "mainwindow.h"
#include "models/agreementtablemodel.h"
#include "models/milestonetablemodel.h"
#include "models/partnertablemodel.h"
#include "models/partylistmodel.h"
#include "records/agreementform.h"
#include "records/fuzzydateedit.h"
#include "records/partnerform.h"
#include "records/recordview.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/partnerrepository.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace TestSupport;

class TestFirstHour : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addAfterSwitchingPortfoliosDoesNotCrash();
    void leavingAChangedFormAsksFirst_data();
    void leavingAChangedFormAsksFirst();
    void quittingWithAChangedFormAsksFirst();
    void undoWithAChangedFormAsksFirst();
    void aFormsMessageGoesWithItsCauseAndMovesNothing();
    void aListsMessageGoesWhenTheUserMovesOn();
    void milestoneListSaysWhyADateIsRefused();
    void aConflictKeepsWhatWasTyped();
    void undoSaysWhatItUndidAndShowsTheRecord();
    void twoWindowsOnOneFile();
    void aPartyPickedFromTheCompletionsIsAddedOnce();

private:
    static void clickRow(QTableView *table, int row);
    // The agreement form, after a click on that row of the agreements (null when the view is missing).
    AgreementForm *clickAgreement(MainWindow &window, int row);
    static QListWidget *sidebar(MainWindow &window);
    static void clickSidebar(MainWindow &window, const QString &viewId);

    TestSupport::WindowFixture m_ui;
};

void TestFirstHour::init()
{
    m_ui.start();
}

void TestFirstHour::cleanup()
{
    m_ui.finish();
}

void TestFirstHour::clickRow(QTableView *table, int row)
{
    const QModelIndex index = table->model()->index(row, 0);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

AgreementForm *TestFirstHour::clickAgreement(MainWindow &window, int row)
{
    RecordView *agreements = m_ui.showView(window, QStringLiteral("agreements"));
    if (!agreements)
        return nullptr;
    clickRow(agreements->table(), row);
    return window.findChild<AgreementForm *>();
}

QListWidget *TestFirstHour::sidebar(MainWindow &window)
{
    return window.findChild<QListWidget *>(QStringLiteral("viewList"));
}

void TestFirstHour::clickSidebar(MainWindow &window, const QString &viewId)
{
    // Seen in a real window: a click on the view list switched the view before the question, so that
    // Cancel left the partner's form beside the agreements.
    QListWidget *list = sidebar(window);
    const QString title =
        window.findChild<QAction *>(QStringLiteral("actionView_") + viewId)->text().remove(QLatin1Char('&'));
    const QList<QListWidgetItem *> items = list->findItems(title, Qt::MatchExactly);
    QVERIFY2(items.size() == 1, qPrintable(title));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(items.first()).center());
}

void TestFirstHour::addAfterSwitchingPortfoliosDoesNotCrash()
{
    // Seen: open the sample, Ctrl+2, click the first agreement, Ctrl+N, Ctrl+2, Insert: SIGSEGV in
    // the agreement form's milestone list, still bound to the closed portfolio.
    MainWindow window;
    AgreementForm *form = clickAgreement(window, 0);
    QVERIFY(form);
    QVERIFY(form->recordId() > 0);

    const QString fresh = m_ui.dir().filePath(QStringLiteral("fresh.pactline"));
    window.setFileChooser([&](const QString &, bool) { return fresh; });
    trigger(window, "actionNew");
    QCOMPARE(window.database()->path(), fresh);
    trigger(window, "actionView_agreements");
    trigger(window, "actionAdd");

    const auto agreements = AgreementRepository(*window.database()).list();
    QVERIFY(agreements.ok());
    QCOMPARE(agreements->size(), 1);
    form = window.findChild<AgreementForm *>();
    QCOMPARE(form->recordId(), agreements->constFirst().meta.id);
    QCOMPARE(form->milestonesModel()->database(), window.database());
    QVERIFY2(m_ui.errors.isEmpty(), qPrintable(m_ui.errors.join(QLatin1Char('\n'))));
}

void TestFirstHour::leavingAChangedFormAsksFirst_data()
{
    QTest::addColumn<QString>("way");
    QTest::addColumn<int>("answer");
    for (const char *way : {"row", "view", "sidebar", "new", "open", "close"}) {
        QTest::addRow("%s, cancel", way) << QString::fromLatin1(way) << int(QMessageBox::Cancel);
        QTest::addRow("%s, discard", way) << QString::fromLatin1(way) << int(QMessageBox::Discard);
        QTest::addRow("%s, apply", way) << QString::fromLatin1(way) << int(QMessageBox::Apply);
    }
}

void TestFirstHour::leavingAChangedFormAsksFirst()
{
    // Seen: a Website and Notes typed into a partner's form, not applied, were dropped without a
    // word by clicking another row, another view, File > New or Open, or closing.
    QFETCH(QString, way);
    QFETCH(int, answer);
    MainWindow window;
    const QString path = m_ui.showSample(window);
    trigger(window, "actionView_partners");
    QTableView *table = view(window, QStringLiteral("partners"))->table();
    clickRow(table, 0);
    auto *form = window.findChild<PartnerForm *>();
    const qint64 partnerId = form->recordId();
    QVERIFY(partnerId > 0);
    auto *website = form->findChild<QLineEdit *>(QStringLiteral("websiteEdit"));
    website->setFocus();
    QTest::keyClicks(website, QStringLiteral("https://example.org"));
    QTest::keyClicks(form->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit")), QStringLiteral("Met in Lund"));
    QVERIFY(form->isDirty());

    const QString other = createSamplePortfolio(m_ui.dir(), QStringLiteral("other.pactline"));
    window.setFileChooser([&](const QString &, bool forSaving) {
        return forSaving ? m_ui.dir().filePath(QStringLiteral("new.pactline")) : other;
    });
    m_ui.answers << QMessageBox::StandardButton(answer);
    if (way == QLatin1String("row"))
        clickRow(table, 1);
    else if (way == QLatin1String("view"))
        trigger(window, "actionView_agreements");
    else if (way == QLatin1String("sidebar"))
        clickSidebar(window, QStringLiteral("agreements"));
    else if (way == QLatin1String("new"))
        trigger(window, "actionNew");
    else if (way == QLatin1String("open"))
        trigger(window, "actionOpen");
    else
        trigger(window, "actionClose");
    QCOMPARE(m_ui.questions.size(), 1);
    QVERIFY2(m_ui.questions.first().contains(QStringLiteral("not applied")), qPrintable(m_ui.questions.first()));
    QApplication::processEvents();

    const auto stored = [&] {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        return db ? PartnerRepository(**db).get(partnerId) : Result<Partner>(db.error());
    };
    if (answer == QMessageBox::Cancel) {
        // Still there, with the typing.
        QCOMPARE(window.database()->path(), path);
        QCOMPARE(window.currentViewId(), QStringLiteral("partners"));
        QCOMPARE(sidebar(window)->currentItem()->text(), QStringLiteral("Partners"));
        // Seen in a real window: the clicked row stayed highlighted beside the partners.
        QTRY_COMPARE(sidebar(window)->selectedItems().size(), 1);
        QCOMPARE(sidebar(window)->selectedItems().first()->text(), QStringLiteral("Partners"));
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("viewStack"))->currentWidget(),
                 view(window, QStringLiteral("partners")));
        QCOMPARE(form->recordId(), partnerId);
        QVERIFY(form->isDirty());
        QCOMPARE(website->text(), QStringLiteral("https://example.org"));
        QTRY_COMPARE(view(window, QStringLiteral("partners"))->currentId(), partnerId);
        QVERIFY(stored()->website.isEmpty());
        return;
    }
    QVERIFY(!form->isDirty());
    const Result<Partner> after = stored();
    QVERIFY(after.ok());
    if (answer == QMessageBox::Apply) {
        QCOMPARE(after->website, QStringLiteral("https://example.org"));
        QVERIFY(after->notes.contains(QStringLiteral("Met in Lund")));
    } else {
        QVERIFY(after->website.isEmpty());
    }
    if (way == QLatin1String("view") || way == QLatin1String("sidebar"))
        QCOMPARE(window.currentViewId(), QStringLiteral("agreements"));
    else if (way == QLatin1String("row"))
        QVERIFY(view(window, QStringLiteral("partners"))->currentId() != partnerId);
    else if (way == QLatin1String("close"))
        QVERIFY(!window.database());
    else
        QVERIFY(window.database()->path() != path);
}

void TestFirstHour::quittingWithAChangedFormAsksFirst()
{
    MainWindow window;
    AgreementForm *form = clickAgreement(window, 0);
    QVERIFY(form);
    auto *title = form->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Renamed before quitting"));
    m_ui.answers << QMessageBox::Cancel;
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QCOMPARE(title->text(), QStringLiteral("Renamed before quitting"));
    m_ui.answers << QMessageBox::Apply;
    QVERIFY(window.close());
    QCOMPARE(m_ui.questions.size(), 2);
    const auto agreement = AgreementRepository(*window.database()).get(form->recordId());
    QCOMPARE(agreement->title, QStringLiteral("Renamed before quitting"));
}

void TestFirstHour::undoWithAChangedFormAsksFirst()
{
    // Found by the monkey test: Edit > Undo of adding a partner, while its form held typing, deleted
    // the partner and the typing without a word. An undo that leaves the record keeps the typing.
    MainWindow window;
    QVERIFY(!m_ui.showSample(window).isEmpty());
    trigger(window, "actionView_partners");
    trigger(window, "actionAdd");
    auto *form = window.findChild<PartnerForm *>();
    const qint64 added = form->recordId();
    QVERIFY(added > 0);
    auto *website = form->findChild<QLineEdit *>(QStringLiteral("websiteEdit"));
    website->setFocus();
    QTest::keyClicks(website, QStringLiteral("https://example.org"));
    QVERIFY(form->isDirty());

    m_ui.answers << QMessageBox::Cancel;
    trigger(window, "actionUndo");
    QCOMPARE(m_ui.questions.size(), 1);
    QVERIFY(form->isDirty());
    QCOMPARE(website->text(), QStringLiteral("https://example.org"));
    QVERIFY(PartnerRepository(*window.database()).get(added).ok());

    m_ui.answers << QMessageBox::Discard;
    trigger(window, "actionUndo");
    QCOMPARE(m_ui.questions.size(), 2);
    QVERIFY(!PartnerRepository(*window.database()).get(added).ok());
    QVERIFY(!form->isDirty());
}

void TestFirstHour::aFormsMessageGoesWithItsCauseAndMovesNothing()
{
    // Seen: "Q5 2025 is not a date" stayed after a valid date was applied, and each message pushed
    // the form down so that click targets jumped.
    MainWindow window;
    AgreementForm *form = clickAgreement(window, 0);
    QVERIFY(form);
    auto *ends = form->findChild<FuzzyDateEdit *>(QStringLiteral("endsEdit"));
    auto *apply = form->findChild<QPushButton *>(QStringLiteral("applyButton"));
    const QRect applyBefore = apply->geometry();
    const QRect endsBefore = ends->geometry();
    ends->setFocus();
    ends->selectAll();
    QTest::keyClicks(ends, QStringLiteral("Q5 2025"));
    apply->click();
    QVERIFY2(form->message().contains(QStringLiteral("Q5 2025")), qPrintable(form->message()));
    QCOMPARE(window.messageText(), form->message());
    QCOMPARE(apply->geometry(), applyBefore);
    QCOMPARE(ends->geometry(), endsBefore);
    // Fixing the date takes the message away, before anything is applied.
    QTest::keyClick(ends, Qt::Key_Backspace);
    QTest::keyClick(ends, Qt::Key_Backspace);
    QTest::keyClick(ends, Qt::Key_Backspace);
    QTest::keyClick(ends, Qt::Key_Backspace);
    QTest::keyClick(ends, Qt::Key_Backspace);
    QTest::keyClick(ends, Qt::Key_Backspace);
    QTest::keyClick(ends, Qt::Key_Backspace);
    QTest::keyClicks(ends, QStringLiteral("Q4 2030"));
    QVERIFY2(form->message().isEmpty(), qPrintable(form->message()));
    QVERIFY(form->apply());
    QVERIFY(form->message().isEmpty());

    // A party refused twice: the message goes with the next successful list edit, and with Apply.
    auto *picker = form->findChild<QLineEdit *>(QStringLiteral("newPartyPicker"));
    auto *addParty = form->findChild<QPushButton *>(QStringLiteral("addPartyButton"));
    const QString firstParty = form->partiesModel()->index(0, 0).data().toString().section(QStringLiteral(" ("), 0, 0);
    QTest::keyClicks(picker, firstParty);
    addParty->click();
    QVERIFY2(form->message().contains(QStringLiteral("party already")), qPrintable(form->message()));
    QCOMPARE(apply->geometry(), applyBefore);
    // The field is cleared after a refusal of a party it already has, so that the next one can be typed.
    picker->clear();
    QTest::keyClicks(picker, QStringLiteral("Health~Holland"));
    addParty->click();
    QVERIFY2(form->message().isEmpty(), qPrintable(form->message()));
    QVERIFY(picker->text().isEmpty());
    QVERIFY(form->apply());
}

void TestFirstHour::aListsMessageGoesWhenTheUserMovesOn()
{
    // Seen: a refusal followed the user to other records.
    MainWindow window;
    RecordView *partners = m_ui.showView(window, QStringLiteral("partners"));
    QVERIFY(partners);
    partners->table()->setFocus();
    partners->table()->setCurrentIndex(partners->model()->index(0, 0));
    QTest::keyClick(partners->table(), Qt::Key_Return);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QCOMPARE(editor->objectName(), QStringLiteral("textEditor"));
    QVERIFY(editor);
    editor->clear();
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY2(window.messageText().contains(QStringLiteral("needs a name")), qPrintable(window.messageText()));
    clickRow(partners->table(), 1);
    QVERIFY2(window.messageText().isEmpty(), qPrintable(window.messageText()));

    // Deleting a partner that is a party is refused in a question; nothing lingers afterwards.
    m_ui.answers << QMessageBox::Cancel;
    int party = -1;
    for (int row = 0; row < partners->model()->rowCount() && party < 0; ++row)
        if (partners->model()->index(row, PartnerTableModel::AgreementsColumn).data().toInt() > 0)
            party = row;
    QVERIFY(party >= 0);
    clickRow(partners->table(), party);
    trigger(window, "actionDelete");
    QCOMPARE(m_ui.questions.size(), 1);
    clickRow(partners->table(), party == 0 ? 1 : 0);
    QVERIFY2(window.messageText().isEmpty(), qPrintable(window.messageText()));
}

void TestFirstHour::milestoneListSaysWhyADateIsRefused()
{
    // Seen: in the agreement form's milestone list, an invalid date turned the cell pink, Enter did
    // nothing, the reason was only in a tooltip, and clicking away discarded the text.
    MainWindow window;
    RecordView *agreements = m_ui.showView(window, QStringLiteral("agreements"));
    QVERIFY(agreements);
    int withMilestones = -1;
    for (int row = 0; row < agreements->model()->rowCount() && withMilestones < 0; ++row)
        if (agreements->model()->index(row, AgreementTableModel::MilestonesColumn).data().toInt() > 0)
            withMilestones = row;
    clickRow(agreements->table(), withMilestones);
    auto *form = window.findChild<AgreementForm *>();
    QTableView *milestones = form->milestonesTable();
    QTRY_VERIFY(milestones->model()->rowCount() > 0);
    const QModelIndex due = milestones->model()->index(0, MilestoneTableModel::DueColumn);
    const qint64 milestoneId = form->milestonesModel()->idAt(0);
    milestones->setFocus();
    milestones->setCurrentIndex(due);
    milestones->edit(due);
    auto *editor = qobject_cast<FuzzyDateEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Q5 2025"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY2(form->message().contains(QStringLiteral("Q5 2025")), qPrintable(form->message()));
    // Clicking elsewhere keeps the text to correct.
    form->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setFocus();
    QApplication::processEvents();
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->text(), QStringLiteral("Q5 2025"));
    editor->setFocus();
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Q4 2031"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(form->milestonesModel()->indexOfId(milestoneId, MilestoneTableModel::DueColumn).data().toString(),
                 QStringLiteral("Q4 2031"));
    QVERIFY2(form->message().isEmpty(), qPrintable(form->message()));
}

void TestFirstHour::aConflictKeepsWhatWasTyped()
{
    // Seen: a refused conflicting edit lost the typed text and said "reload it" where there is no
    // Reload. Since concurrent editing (tst_concurrentediting), a change of other fields merges, and
    // a change of the same field asks; cancelled, the typed text stays.
    MainWindow window;
    const QString path = m_ui.showSample(window);
    trigger(window, "actionView_partners");
    clickRow(view(window, QStringLiteral("partners"))->table(), 0);
    auto *form = window.findChild<PartnerForm *>();
    const qint64 id = form->recordId();
    auto *city = form->findChild<QLineEdit *>(QStringLiteral("cityEdit"));
    city->setFocus();
    city->selectAll();
    QTest::keyClicks(city, QStringLiteral("Uppsala"));
    {
        auto other = Database::open(path);
        QVERIFY(other);
        Partner changed = *PartnerRepository(**other).get(id);
        changed.website = QStringLiteral("https://changed.elsewhere.example");
        QVERIFY(PartnerRepository(**other).update(changed));
    }
    // Apply merges: both changes stay; Undo takes back the city only.
    QVERIFY(form->apply());
    QCOMPARE(PartnerRepository(*window.database()).get(id)->city, QStringLiteral("Uppsala"));
    QCOMPARE(PartnerRepository(*window.database()).get(id)->website,
             QStringLiteral("https://changed.elsewhere.example"));
    QVERIFY(form->message().isEmpty());
    trigger(window, "actionUndo");
    QVERIFY(PartnerRepository(*window.database()).get(id)->city != QStringLiteral("Uppsala"));
    QCOMPARE(PartnerRepository(*window.database()).get(id)->website,
             QStringLiteral("https://changed.elsewhere.example"));
    // The same field changed elsewhere, the question cancelled: the typed text stays, then Revert
    // shows what is stored.
    city->setFocus();
    city->selectAll();
    QTest::keyClicks(city, QStringLiteral("Malmo"));
    {
        auto other = Database::open(path);
        Partner changed = *PartnerRepository(**other).get(id);
        changed.city = QStringLiteral("Lund");
        QVERIFY(PartnerRepository(**other).update(changed));
    }
    QTimer::singleShot(0, this, [] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    QVERIFY(!form->apply());
    QCOMPARE(city->text(), QStringLiteral("Malmo"));
    QVERIFY(form->isDirty());
    QVERIFY2(form->message().contains(QStringLiteral("Revert")), qPrintable(form->message()));
    QVERIFY2(!form->message().contains(QStringLiteral("reload"), Qt::CaseInsensitive), qPrintable(form->message()));
    form->revert();
    QVERIFY(form->message().isEmpty());
    QCOMPARE(city->text(), QStringLiteral("Lund"));
}

void TestFirstHour::undoSaysWhatItUndidAndShowsTheRecord()
{
    // Seen: undoing an edit of a record that is not in the current view changed nothing visible and
    // said nothing; every Undo History entry read "Edit agreement “…”" without the field.
    MainWindow window;
    RecordView *agreements = m_ui.showView(window, QStringLiteral("agreements"));
    QVERIFY(agreements);
    clickRow(agreements->table(), 2);
    const qint64 id = agreements->currentId();
    auto *form = window.findChild<AgreementForm *>();
    auto *title = form->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    const QString before = title->text();
    auto *status = form->findChild<QComboBox *>(QStringLiteral("statusEdit"));
    status->setCurrentIndex(status->findData(QStringLiteral("ended")));
    emit status->activated(status->currentIndex());
    QVERIFY(form->apply());
    QCOMPARE(window.undoStack()->text(0), QStringLiteral("Edit status of agreement “%1”").arg(before));

    trigger(window, "actionView_partners");
    clickRow(view(window, QStringLiteral("partners"))->table(), 3);
    trigger(window, "actionUndo");
    QCOMPARE(AgreementRepository(*window.database()).get(id)->status == AgreementStatus::Ended, false);
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Undone: Edit status of agreement “%1”").arg(before));
    QCOMPARE(window.currentViewId(), QStringLiteral("agreements"));
    QCOMPARE(agreements->currentId(), id);
    QCOMPARE(form->recordId(), id);

    trigger(window, "actionView_events");
    trigger(window, "actionRedo");
    QCOMPARE(AgreementRepository(*window.database()).get(id)->status, AgreementStatus::Ended);
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Redone: Edit status of agreement “%1”").arg(before));
    QCOMPARE(window.currentViewId(), QStringLiteral("agreements"));
    QCOMPARE(status->currentData().toString(), QStringLiteral("ended"));

    // Two fields at once are both named; an add that is undone leaves nothing to show, only the text.
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Renamed"));
    status->setCurrentIndex(status->findData(QStringLiteral("active")));
    emit status->activated(status->currentIndex());
    QVERIFY(form->apply());
    QCOMPARE(window.undoStack()->text(1), QStringLiteral("Edit title, status of agreement “Renamed”"));
    trigger(window, "actionAdd");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    trigger(window, "actionUndo");
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Undone: Add agreement"));
}

void TestFirstHour::twoWindowsOnOneFile()
{
    // Seen: no sign that the file was open elsewhere, and the other window kept showing the old
    // value until a click.
    MainWindow first;
    const QString path = m_ui.showSample(first);
    auto *firstBanner = first.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(!firstBanner->isVisible());
    MainWindow second;
    QCOMPARE(m_ui.showSample(second), path);
    auto *banner = second.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("also open in another Pactline")), qPrintable(banner->text()));

    // An edit applied in the first shows in the second's list and form without a click.
    for (MainWindow *window : {&first, &second}) {
        trigger(*window, "actionView_partners");
        clickRow(view(*window, QStringLiteral("partners"))->table(), 0);
    }
    auto *form = first.findChild<PartnerForm *>();
    const qint64 id = form->recordId();
    QCOMPARE(second.findChild<PartnerForm *>()->recordId(), id);
    auto *city = form->findChild<QLineEdit *>(QStringLiteral("cityEdit"));
    city->setFocus();
    city->selectAll();
    QTest::keyClicks(city, QStringLiteral("Visby"));
    QVERIFY(form->apply());
    RecordView *partners = view(second, QStringLiteral("partners"));
    QTRY_COMPARE_WITH_TIMEOUT(
        partners->model()->index(partners->model()->rowOfId(id), PartnerTableModel::CityColumn).data().toString(),
        QStringLiteral("Visby"), 5000);
    QTRY_COMPARE(second.findChild<PartnerForm *>()->findChild<QLineEdit *>(QStringLiteral("cityEdit"))->text(),
                 QStringLiteral("Visby"));
    QCOMPARE(partners->currentId(), id);

    // When the first closes the file, the second holds it and the notice goes.
    QVERIFY(first.closePortfolio());
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
}

void TestFirstHour::aPartyPickedFromTheCompletionsIsAddedOnce()
{
    // Seen in a real window: a partner picked from the completions with Enter was added, then the
    // completion wrote its name back into the field, and "Add party" said it was a party already.
    MainWindow window;
    AgreementForm *form = clickAgreement(window, 1);
    QVERIFY(form);
    const int parties = form->partiesModel()->rowCount();
    auto *picker = form->findChild<QLineEdit *>(QStringLiteral("newPartyPicker"));
    picker->setFocus();
    QTest::keyClicks(picker, QStringLiteral("Health"));
    QCompleter *completer = picker->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_COMPARE(form->partiesModel()->rowCount(), parties + 1);
    QTRY_COMPARE(picker->text(), QString());
    QTest::qWait(50);
    QCOMPARE(picker->text(), QString());
    QVERIFY2(form->message().isEmpty(), qPrintable(form->message()));
}

QTEST_MAIN(TestFirstHour)
#include "tst_firsthour.moc"
