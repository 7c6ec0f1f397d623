// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Two Pactlines on one file: the real main window edits in its forms while a second connection to
// the same file plays the colleague. Edits of different fields merge without asking (the status bar
// says so); fields both changed are asked about in the merge dialog, and each choice lands as
// chosen; Cancel keeps the edit in the form; deleting a record changed since it was shown asks first.
#include "mainwindow.h"
#include "records/agreementform.h"
#include "records/mergedialog.h"
#include "records/milestoneform.h"
#include "records/partnerform.h"
#include "records/recordview.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace TestSupport;

class TestConcurrentEditing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editsOfOtherFieldsMergeWithoutAsking();
    void aChangeElsewhereIsToldBeforeApply();
    void anAgreementsPartiesAndDatesMergeAroundItsTitle();
    void fieldsBothChangedAreAskedAndLandAsChosen();
    void theDialogIsUsedWithTheKeyboard();
    void cancelKeepsTheEditInTheForm();
    void aChangeWhileAskingIsMergedAgain();
    void deletingARecordChangedSinceItWasShownAsks();

private:
    // Opens the sample and clicks the first row of the view; the form of that record.
    template<typename Form>
    Form *showFirst(MainWindow &window, const QString &viewId);
    // Types into a line of the form (all of it replaced).
    static void type(QWidget *form, const char *name, const QString &text);
    // Changes the record through a second connection to the file, as a colleague would.
    template<typename Repository, typename Change>
    void colleagueChanges(qint64 id, Change change);
    // Types `mine` as the partner's city in its form while a colleague stores `theirs`.
    void cityConflict(PartnerForm *form, const QString &mine, const QString &theirs);
    // Answers the merge dialog when it shows (and writes down what it showed).
    void whenAsked(std::function<void(MergeDialog &)> answer);
    static QString shownText(MergeDialog &dialog);

    TestSupport::WindowFixture m_ui;
    QString m_path;
    int m_dialogs = 0;
    QString m_dialogText;
};

void TestConcurrentEditing::init()
{
    m_ui.start();
    m_dialogs = 0;
    m_dialogText.clear();
}

void TestConcurrentEditing::cleanup()
{
    m_ui.finish();
}

template<typename Form>
Form *TestConcurrentEditing::showFirst(MainWindow &window, const QString &viewId)
{
    RecordView *records = m_ui.showView(window, viewId);
    if (!records)
        return nullptr;
    m_path = window.database()->path();
    QTableView *table = records->table();
    const QModelIndex index = table->model()->index(0, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    Form *form = window.findChild<Form *>();
    return form && form->recordId() > 0 ? form : nullptr;
}

void TestConcurrentEditing::type(QWidget *form, const char *name, const QString &text)
{
    auto *line = form->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(line, name);
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, text);
}

template<typename Repository, typename Change>
void TestConcurrentEditing::colleagueChanges(qint64 id, Change change)
{
    auto other = Database::open(m_path);
    QVERIFY(other);
    auto record = *Repository(**other).get(id);
    change(record, **other);
    QVERIFY(Repository(**other).update(record));
}

void TestConcurrentEditing::cityConflict(PartnerForm *form, const QString &mine, const QString &theirs)
{
    type(form, "cityEdit", mine);
    colleagueChanges<PartnerRepository>(form->recordId(),
                                        [theirs](Partner &partner, Database &) { partner.city = theirs; });
}

void TestConcurrentEditing::whenAsked(std::function<void(MergeDialog &)> answer)
{
    QTimer::singleShot(0, this, [this, answer] {
        auto *dialog = qobject_cast<MergeDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        ++m_dialogs;
        m_dialogText = shownText(*dialog);
        answer(*dialog);
        if (dialog->isVisible()) // a failed check in the answer left it open
            dialog->reject();
    });
}

QString TestConcurrentEditing::shownText(MergeDialog &dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts << label->text();
    for (const QRadioButton *button : dialog.findChildren<QRadioButton *>())
        texts << button->text();
    return texts.join(QLatin1Char('\n'));
}

void TestConcurrentEditing::editsOfOtherFieldsMergeWithoutAsking()
{
    MainWindow window;
    auto *form = showFirst<PartnerForm>(window, QStringLiteral("partners"));
    QVERIFY(form);
    const qint64 id = form->recordId();
    type(form, "cityEdit", QStringLiteral("Uppsala"));
    colleagueChanges<PartnerRepository>(id, [](Partner &partner, Database &) {
        partner.website = QStringLiteral("https://changed.elsewhere.example");
    });
    whenAsked([](MergeDialog &dialog) { dialog.reject(); });

    QVERIFY(form->apply());
    QCOMPARE(m_dialogs, 0);
    const Partner stored = *PartnerRepository(*window.database()).get(id);
    QCOMPARE(stored.city, QStringLiteral("Uppsala"));
    QCOMPARE(stored.website, QStringLiteral("https://changed.elsewhere.example"));
    QVERIFY(!form->isDirty());
    QVERIFY(form->message().isEmpty());
    QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("websiteEdit"))->text(), stored.website);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("website")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY2(m_ui.errors.isEmpty(), qPrintable(m_ui.errors.join(QLatin1Char('\n'))));
    // Undo takes back the edit only: the colleague's website stays.
    trigger(window, "actionUndo");
    const Partner undone = *PartnerRepository(*window.database()).get(id);
    QVERIFY(undone.city != QStringLiteral("Uppsala"));
    QCOMPARE(undone.website, QStringLiteral("https://changed.elsewhere.example"));
}

void TestConcurrentEditing::aChangeElsewhereIsToldBeforeApply()
{
    MainWindow window;
    auto *form = showFirst<PartnerForm>(window, QStringLiteral("partners"));
    QVERIFY(form);
    type(form, "cityEdit", QStringLiteral("Uppsala"));
    QVERIFY(form->message().isEmpty());
    colleagueChanges<PartnerRepository>(form->recordId(), [](Partner &partner, Database &) {
        partner.website = QStringLiteral("https://changed.elsewhere.example");
    });
    // The window hears of the commit (a file's change counter is asked every second); the form says
    // what changed, and keeps what was typed.
    QTRY_VERIFY_WITH_TIMEOUT(form->message().contains(QStringLiteral("https://changed.elsewhere.example")), 5000);
    QVERIFY(form->isDirty());
    QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("cityEdit"))->text(), QStringLiteral("Uppsala"));
    QVERIFY(form->apply());
    QCOMPARE(m_dialogs, 0);
    QVERIFY(form->message().isEmpty());
    QVERIFY2(m_ui.errors.isEmpty(), qPrintable(m_ui.errors.join(QLatin1Char('\n'))));
}

void TestConcurrentEditing::anAgreementsPartiesAndDatesMergeAroundItsTitle()
{
    MainWindow window;
    auto *form = showFirst<AgreementForm>(window, QStringLiteral("agreements"));
    QVERIFY(form);
    const qint64 id = form->recordId();
    type(form, "titleEdit", QStringLiteral("Declaration of intent, as renamed here"));
    qint64 added = 0;
    colleagueChanges<AgreementRepository>(id, [&added](Agreement &agreement, Database &db) {
        // The list held first: a range-for over *temporary would read a destroyed Result.
        const Result<QList<Partner>> partners = PartnerRepository(db).list();
        for (const Partner &partner : *partners) {
            const bool party = std::any_of(agreement.parties.cbegin(), agreement.parties.cend(),
                                           [&](const AgreementParty &p) { return p.partnerId == partner.meta.id; });
            if (!party) {
                added = partner.meta.id;
                break;
            }
        }
        agreement.parties << AgreementParty{added, PartyRole::Observer, FuzzyDate::year(2024)};
        agreement.endsOn = FuzzyDate::quarter(2031, 2);
        agreement.themes << QStringLiteral("Added elsewhere");
    });
    QVERIFY(added > 0);
    whenAsked([](MergeDialog &dialog) { dialog.reject(); });

    QVERIFY(form->apply());
    QCOMPARE(m_dialogs, 0);
    const Agreement stored = *AgreementRepository(*window.database()).get(id);
    QCOMPARE(stored.title, QStringLiteral("Declaration of intent, as renamed here"));
    QVERIFY(std::any_of(stored.parties.cbegin(), stored.parties.cend(),
                        [&](const AgreementParty &p) { return p.partnerId == added; }));
    QCOMPARE(stored.endsOn, FuzzyDate::quarter(2031, 2));
    QVERIFY(stored.themes.contains(QStringLiteral("Added elsewhere")));
}

void TestConcurrentEditing::fieldsBothChangedAreAskedAndLandAsChosen()
{
    MainWindow window;
    auto *form = showFirst<PartnerForm>(window, QStringLiteral("partners"));
    QVERIFY(form);
    const qint64 id = form->recordId();
    const QString originalCity = PartnerRepository(*window.database()).get(id)->city;

    // Theirs for the city, mine for the short name; their website comes along unasked.
    type(form, "cityEdit", QStringLiteral("Uppsala"));
    type(form, "shortNameEdit", QStringLiteral("R&D"));
    colleagueChanges<PartnerRepository>(id, [](Partner &partner, Database &) {
        partner.city = QStringLiteral("Lund");
        partner.shortName = QStringLiteral("Theirs");
        partner.website = QStringLiteral("https://theirs.example");
    });
    whenAsked([](MergeDialog &dialog) {
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("mine_short_name"))->isChecked());
        dialog.findChild<QRadioButton *>(QStringLiteral("theirs_city"))->click();
        dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    });
    QVERIFY(form->apply());
    QCOMPARE(m_dialogs, 1);
    for (const QString &shown :
         QStringList{QStringLiteral("Original: ") + originalCity, QStringLiteral("Yours: Uppsala"),
                     QStringLiteral("Theirs: Lund"), QStringLiteral("Yours: R&&D"), QStringLiteral("Theirs: Theirs"),
                     QStringLiteral("website")})
        QVERIFY2(m_dialogText.contains(shown), qPrintable(shown + QStringLiteral(" in:\n") + m_dialogText));
    Partner stored = *PartnerRepository(*window.database()).get(id);
    QCOMPARE(stored.city, QStringLiteral("Lund"));
    QCOMPARE(stored.shortName, QStringLiteral("R&D"));
    QCOMPARE(stored.website, QStringLiteral("https://theirs.example"));
    QVERIFY(!form->isDirty());

    // All theirs, then all mine: the last choice for everything lands.
    cityConflict(form, QStringLiteral("Malmo"), QStringLiteral("Goteborg"));
    whenAsked([](MergeDialog &dialog) {
        dialog.findChild<QPushButton *>(QStringLiteral("allTheirsButton"))->click();
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("theirs_city"))->isChecked());
        dialog.findChild<QPushButton *>(QStringLiteral("allMineButton"))->click();
        dialog.accept();
    });
    QVERIFY(form->apply());
    QCOMPARE(m_dialogs, 2);
    stored = *PartnerRepository(*window.database()).get(id);
    QCOMPARE(stored.city, QStringLiteral("Malmo"));
    QVERIFY2(m_ui.errors.isEmpty(), qPrintable(m_ui.errors.join(QLatin1Char('\n'))));
}

void TestConcurrentEditing::theDialogIsUsedWithTheKeyboard()
{
    // A choice and a date both changed: the arrow keys move between yours and theirs, Tab to the
    // next field, Return saves.
    MainWindow window;
    auto *form = showFirst<MilestoneForm>(window, QStringLiteral("milestones"));
    QVERIFY(form);
    const qint64 id = form->recordId();
    const Milestone original = *MilestoneRepository(*window.database()).get(id);
    QList<MilestoneStatus> others;
    for (MilestoneStatus status : allValues<MilestoneStatus>())
        if (status != original.status && status != MilestoneStatus::Achieved)
            others << status;
    auto *status = form->findChild<QComboBox *>(QStringLiteral("statusEdit"));
    status->setCurrentIndex(status->findData(codeOf(others.at(0))));
    emit status->activated(status->currentIndex());
    type(form, "dueEdit", QStringLiteral("Q1 2030"));
    colleagueChanges<MilestoneRepository>(id, [&](Milestone &milestone, Database &) {
        milestone.status = others.at(1);
        milestone.due = FuzzyDate::quarter(2031, 4);
    });
    whenAsked([](MergeDialog &dialog) {
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(QApplication::focusWidget(), dialog.findChild<QRadioButton *>(QStringLiteral("mine_due")));
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Down);
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("theirs_due"))->isChecked());
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
        QCOMPARE(dialog.focusWidget(), dialog.findChild<QRadioButton *>(QStringLiteral("mine_status")));
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Return);
    });
    QVERIFY(form->apply());
    QCOMPARE(m_dialogs, 1);
    const Milestone stored = *MilestoneRepository(*window.database()).get(id);
    QCOMPARE(stored.due, FuzzyDate::quarter(2031, 4));
    QCOMPARE(stored.status, others.at(0));
}

void TestConcurrentEditing::cancelKeepsTheEditInTheForm()
{
    MainWindow window;
    auto *form = showFirst<PartnerForm>(window, QStringLiteral("partners"));
    QVERIFY(form);
    const qint64 id = form->recordId();
    cityConflict(form, QStringLiteral("Uppsala"), QStringLiteral("Lund"));
    whenAsked([](MergeDialog &dialog) { dialog.reject(); });
    QVERIFY(!form->apply());
    QCOMPARE(m_dialogs, 1);
    auto *city = form->findChild<QLineEdit *>(QStringLiteral("cityEdit"));
    QCOMPARE(city->text(), QStringLiteral("Uppsala"));
    QVERIFY(form->isDirty());
    QVERIFY2(form->message().contains(QStringLiteral("Revert")), qPrintable(form->message()));
    QCOMPARE(PartnerRepository(*window.database()).get(id)->city, QStringLiteral("Lund"));
    QVERIFY2(m_ui.errors.isEmpty(), qPrintable(m_ui.errors.join(QLatin1Char('\n'))));

    // Apply asks again; mine this time.
    whenAsked([](MergeDialog &dialog) { dialog.accept(); });
    QVERIFY(form->apply());
    QCOMPARE(m_dialogs, 2);
    QCOMPARE(PartnerRepository(*window.database()).get(id)->city, QStringLiteral("Uppsala"));
    QVERIFY(form->message().isEmpty());

    // A conflict cancelled, then Revert: the form shows what is stored.
    cityConflict(form, QStringLiteral("Malmo"), QStringLiteral("Kiruna"));
    whenAsked([](MergeDialog &dialog) { dialog.reject(); });
    QVERIFY(!form->apply());
    form->revert();
    QVERIFY(form->message().isEmpty());
    QCOMPARE(city->text(), QStringLiteral("Kiruna"));
}

void TestConcurrentEditing::aChangeWhileAskingIsMergedAgain()
{
    // The colleague changes the record once more while the dialog asks: the merged record carries
    // the version seen before, so its save conflicts, and the edit stays in the form to merge again.
    MainWindow window;
    auto *form = showFirst<PartnerForm>(window, QStringLiteral("partners"));
    QVERIFY(form);
    const qint64 id = form->recordId();
    cityConflict(form, QStringLiteral("Uppsala"), QStringLiteral("Lund"));
    whenAsked([this, id](MergeDialog &dialog) {
        colleagueChanges<PartnerRepository>(
            id, [](Partner &partner, Database &) { partner.notes = QStringLiteral("noted while asking"); });
        dialog.accept();
    });
    QVERIFY(!form->apply());
    QCOMPARE(m_dialogs, 1);
    QVERIFY(form->isDirty());
    QVERIFY2(form->message().contains(QStringLiteral("Apply merges them again")), qPrintable(form->message()));
    QCOMPARE(PartnerRepository(*window.database()).get(id)->city, QStringLiteral("Lund"));

    whenAsked([](MergeDialog &dialog) { dialog.accept(); });
    QVERIFY(form->apply());
    QCOMPARE(m_dialogs, 2);
    const Partner stored = *PartnerRepository(*window.database()).get(id);
    QCOMPARE(stored.city, QStringLiteral("Uppsala"));
    QCOMPARE(stored.notes, QStringLiteral("noted while asking"));
    QVERIFY2(m_ui.errors.isEmpty(), qPrintable(m_ui.errors.join(QLatin1Char('\n'))));
}

void TestConcurrentEditing::deletingARecordChangedSinceItWasShownAsks()
{
    MainWindow window;
    auto *form = showFirst<MilestoneForm>(window, QStringLiteral("milestones"));
    QVERIFY(form);
    const qint64 id = form->recordId();
    colleagueChanges<MilestoneRepository>(
        id, [](Milestone &milestone, Database &) { milestone.location = QStringLiteral("Changed elsewhere"); });

    // Kept: nothing deleted, and the form shows their change.
    m_ui.answer = QMessageBox::Cancel;
    trigger(window, "actionDelete");
    QCOMPARE(m_ui.questions.size(), 1);
    QVERIFY2(m_ui.questions.constFirst().contains(QStringLiteral("Someone else changed")),
             qPrintable(m_ui.questions.constFirst()));
    QVERIFY2(m_ui.questions.constFirst().contains(QStringLiteral("→ Changed elsewhere")),
             qPrintable(m_ui.questions.constFirst()));
    QVERIFY(MilestoneRepository(*window.database()).get(id));
    QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("locationEdit"))->text(), QStringLiteral("Changed elsewhere"));

    // Unchanged since: the usual question only.
    trigger(window, "actionDelete");
    QCOMPARE(m_ui.questions.size(), 2);
    QVERIFY(!m_ui.questions.at(1).contains(QStringLiteral("Someone else changed")));

    // Changed again, and deleted anyway.
    colleagueChanges<MilestoneRepository>(
        id, [](Milestone &milestone, Database &) { milestone.notes = QStringLiteral("noted elsewhere"); });
    m_ui.answer = QMessageBox::Yes;
    trigger(window, "actionDelete");
    QCOMPARE(m_ui.questions.size(), 3);
    QVERIFY(m_ui.questions.at(2).contains(QStringLiteral("Someone else changed")));
    QVERIFY(!MilestoneRepository(*window.database()).get(id));
    QVERIFY2(m_ui.errors.isEmpty(), qPrintable(m_ui.errors.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestConcurrentEditing)
#include "tst_concurrentediting.moc"
