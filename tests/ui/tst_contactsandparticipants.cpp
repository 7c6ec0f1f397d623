// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Contacts in the partner form and participants in the event form (issue 9, item 5), on the real
// main window offscreen, driven as a user would: buttons, the context menu's actions and the keys
// alone (Insert, Delete, F2, Enter, Tab, Escape), each change checked in the store and undone and
// redone through Edit > Undo and Redo.
#include "mainwindow.h"
#include "models/contactlistmodel.h"
#include "models/participantlistmodel.h"
#include "models/recordtablemodel.h"
#include "records/eventform.h"
#include "records/formtable.h"
#include "records/partnerform.h"
#include "records/recordview.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/partnerrepository.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace TestSupport;

class TestContactsAndParticipants : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addEditUndoRedoAndRemoveAContact();
    void anEmptyNameOrABadAddressIsRefusedAndTheTypingKept();
    void keyboardAloneAddsAContactAndLeavesTheWindowsKeysAlone();
    void removingAContactTakesThemOutOfTheirEvents();
    void eventParticipantsAddedAndRemovedWithUndo();
    void participantsChangeBesideFieldsNotAppliedYet();
    void readOnlyFileOffersNoContactOrParticipantEditing();

private:
    QString openSample(MainWindow &window);
    PartnerForm *showPartner(MainWindow &window, const QString &name);
    EventForm *showEvent(MainWindow &window, const QString &titlePrefix);
    // openSample(), then showPartner() or showEvent().
    PartnerForm *openAtPartner(MainWindow &window, const QString &name)
    {
        return openSample(window).isEmpty() ? nullptr : showPartner(window, name);
    }
    EventForm *openAtEvent(MainWindow &window, const QString &titlePrefix)
    {
        return openSample(window).isEmpty() ? nullptr : showEvent(window, titlePrefix);
    }
    static QLineEdit *cellEditor(FormTable *table);
    static qint64 partnerId(MainWindow &window, const QString &name);

    TestSupport::WindowFixture m_ui;
};

void TestContactsAndParticipants::init()
{
    m_ui.start();
}

void TestContactsAndParticipants::cleanup()
{
    QCOMPARE(m_ui.errors, QStringList());
    m_ui.finish();
}

QString TestContactsAndParticipants::openSample(MainWindow &window)
{
    const QString path = m_ui.showSample(window);
    return !path.isEmpty() && QTest::qWaitForWindowActive(&window) ? path : QString();
}

qint64 TestContactsAndParticipants::partnerId(MainWindow &window, const QString &name)
{
    const auto id = PartnerRepository(*window.database()).findByName(name);
    return id ? *id : 0;
}

PartnerForm *TestContactsAndParticipants::showPartner(MainWindow &window, const QString &name)
{
    trigger(window, "actionView_partners");
    RecordView *partners = window.findChild<RecordView *>(QStringLiteral("partnersView"));
    if (!partners || !partners->selectId(partnerId(window, name)))
        return nullptr;
    auto *form = window.findChild<PartnerForm *>(QStringLiteral("partnerForm"));
    if (!form || !QTest::qWaitFor([form] { return form->isVisible(); }))
        return nullptr;
    return form;
}

EventForm *TestContactsAndParticipants::showEvent(MainWindow &window, const QString &titlePrefix)
{
    trigger(window, "actionView_events");
    RecordView *events = window.findChild<RecordView *>(QStringLiteral("eventsView"));
    if (!events)
        return nullptr;
    for (int row = 0; row < events->model()->rowCount(); ++row) {
        if (events->model()->index(row, 0).data().toString().startsWith(titlePrefix)) {
            events->selectId(events->model()->idAt(row));
            auto *form = window.findChild<EventForm *>(QStringLiteral("eventForm"));
            if (!form || !QTest::qWaitFor([form] { return form->isVisible(); }))
                return nullptr;
            return form;
        }
    }
    return nullptr;
}

// The open cell editor of a table, if one has the focus.
QLineEdit *TestContactsAndParticipants::cellEditor(FormTable *table)
{
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    return editor && table->isAncestorOf(editor) ? editor : nullptr;
}

void TestContactsAndParticipants::addEditUndoRedoAndRemoveAContact()
{
    MainWindow window;
    PartnerForm *form = openAtPartner(window, QStringLiteral("Lund University"));
    QVERIFY(form);
    const qint64 lund = partnerId(window, QStringLiteral("Lund University"));
    auto *table = form->findChild<FormTable *>(QStringLiteral("contactsTable"));
    QVERIFY(table);
    ContactListModel *model = form->contactsModel();
    QCOMPARE(table->model(), model);
    QCOMPARE(model->rowCount(), 0);
    const ContactRepository contacts(*window.database());
    QUndoStack *undo = window.undoStack();

    // Add: a new row with its name cell open; Enter stores it, as one command.
    form->findChild<QPushButton *>(QStringLiteral("addContactButton"))->click();
    QLineEdit *editor = cellEditor(table);
    QVERIFY(editor);
    QCOMPARE(table->currentIndex(), model->index(0, ContactListModel::NameColumn));
    QTest::keyClicks(editor, QStringLiteral("Anna Svensson"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(contacts.listForPartner(lund)->size(), 1);
    const Contact anna = contacts.listForPartner(lund)->first();
    QCOMPARE(anna.name, QStringLiteral("Anna Svensson"));
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undo->text(0), QStringLiteral("Add contact “Anna Svensson” to “Lund University”"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(0), anna.meta.id);
    QVERIFY(!cellEditor(table));

    // Edit the e-mail in place: F2 on the cell, type, Enter.
    table->setFocus();
    table->setCurrentIndex(model->index(0, ContactListModel::EmailColumn));
    QTest::keyClick(table, Qt::Key_F2);
    editor = cellEditor(table);
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("anna.svensson@med.lu.se"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(contacts.get(anna.meta.id)->email, QStringLiteral("anna.svensson@med.lu.se"));
    QCOMPARE(undo->count(), 2);
    QCOMPARE(undo->text(1), QStringLiteral("Edit the e-mail of “Anna Svensson”"));
    QCOMPARE(model->index(0, ContactListModel::EmailColumn).data().toString(),
             QStringLiteral("anna.svensson@med.lu.se"));

    // Notes have a column too; a double-click edits as well.
    const QModelIndex notes = model->index(0, ContactListModel::NotesColumn);
    table->scrollTo(notes);
    const QPoint notesCell = table->visualRect(notes).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, notesCell);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, notesCell);
    editor = cellEditor(table);
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Met at the follow-up"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(contacts.get(anna.meta.id)->notes, QStringLiteral("Met at the follow-up"));
    QCOMPARE(undo->text(2), QStringLiteral("Edit the notes on “Anna Svensson”"));

    // Undo each, then redo each: the store and the list follow.
    trigger(window, "actionUndo");
    QCOMPARE(contacts.get(anna.meta.id)->notes, QString());
    trigger(window, "actionUndo");
    QCOMPARE(contacts.get(anna.meta.id)->email, QString());
    QCOMPARE(model->index(0, ContactListModel::EmailColumn).data().toString(), QString());
    trigger(window, "actionUndo");
    QVERIFY(!contacts.get(anna.meta.id));
    QCOMPARE(contacts.listForPartner(lund)->size(), 0);
    QCOMPARE(model->rowCount(), 0);
    trigger(window, "actionRedo");
    QCOMPARE(contacts.get(anna.meta.id)->name, QStringLiteral("Anna Svensson"));
    QCOMPARE(model->rowCount(), 1);
    trigger(window, "actionRedo");
    QCOMPARE(contacts.get(anna.meta.id)->email, QStringLiteral("anna.svensson@med.lu.se"));
    QCOMPARE(model->index(0, ContactListModel::EmailColumn).data().toString(),
             QStringLiteral("anna.svensson@med.lu.se"));
    QCOMPARE(undo->index(), 2);

    // Remove with the button; undo brings the contact back with its fields.
    table->setFocus();
    table->selectRow(0);
    auto *remove = form->findChild<QPushButton *>(QStringLiteral("removeContactButton"));
    QVERIFY(remove->isEnabled());
    remove->click();
    QVERIFY(!contacts.get(anna.meta.id));
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(undo->text(undo->index() - 1), QStringLiteral("Remove contact “Anna Svensson”"));
    trigger(window, "actionUndo");
    QCOMPARE(contacts.get(anna.meta.id)->email, QStringLiteral("anna.svensson@med.lu.se"));
    QCOMPARE(model->rowCount(), 1);
    // The partner itself was never in question.
    QVERIFY(PartnerRepository(*window.database()).get(lund));
    QCOMPARE(m_ui.questions, QStringList());
}

void TestContactsAndParticipants::anEmptyNameOrABadAddressIsRefusedAndTheTypingKept()
{
    MainWindow window;
    PartnerForm *form = openAtPartner(window, QStringLiteral("Lund University"));
    QVERIFY(form);
    const qint64 lund = partnerId(window, QStringLiteral("Lund University"));
    auto *table = form->findChild<FormTable *>(QStringLiteral("contactsTable"));
    ContactListModel *model = form->contactsModel();
    const ContactRepository contacts(*window.database());

    // A new contact without a name: refused where the user looks, nothing stored, the row stays open.
    form->findChild<QPushButton *>(QStringLiteral("addContactButton"))->click();
    QLineEdit *editor = cellEditor(table);
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("   "));
    QTest::keyClick(editor, Qt::Key_Return); // Enter commits once the editor has seen the key
    QTRY_COMPARE(form->message(), QStringLiteral("A contact needs a name."));
    QVERIFY(window.messageText().contains(QStringLiteral("A contact needs a name.")));
    QCOMPARE(cellEditor(table), editor);
    QCOMPARE(editor->text(), QStringLiteral("   "));
    QCOMPARE(contacts.listForPartner(lund)->size(), 0);
    QCOMPARE(window.undoStack()->count(), 0);
    // Escape leaves the new row out.
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_COMPARE(model->rowCount(), 0);
    QVERIFY(!model->hasDraft());
    QCOMPARE(contacts.listForPartner(lund)->size(), 0);

    // An existing contact: a bad address is refused with its reason, and the typing stays even
    // when the user clicks elsewhere.
    form = showPartner(window, QStringLiteral("Health~Holland"));
    QVERIFY(form);
    QCOMPARE(model->rowCount(), 1);
    const qint64 hans = model->idAt(0);
    table->setFocus();
    table->setCurrentIndex(model->index(0, ContactListModel::EmailColumn));
    QTest::keyClick(table, Qt::Key_Return);
    editor = cellEditor(table);
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("hans at health-holland"));
    QTest::keyClick(editor, Qt::Key_Tab);
    QVERIFY2(form->message().contains(QStringLiteral("“hans at health-holland” is not an e-mail address")),
             qPrintable(form->message()));
    QCOMPARE(cellEditor(table), editor);
    QCOMPARE(editor->toolTip(), form->message());
    auto *city = form->findChild<QLineEdit *>(QStringLiteral("cityEdit"));
    city->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(city->hasFocus());
    QCOMPARE(table->indexWidget(model->index(0, ContactListModel::EmailColumn)), editor);
    QCOMPARE(editor->text(), QStringLiteral("hans at health-holland"));
    QCOMPARE(contacts.get(hans)->email, QString());
    // Corrected, it is taken, and the message goes.
    editor->setFocus(Qt::MouseFocusReason);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("hans@health-holland.com"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(contacts.get(hans)->email, QStringLiteral("hans@health-holland.com"));
    QCOMPARE(form->message(), QString());
    QVERIFY(!table->indexWidget(model->index(0, ContactListModel::EmailColumn)));

    // A name emptied is refused the same way; the stored name stays.
    table->setFocus();
    table->setCurrentIndex(model->index(0, ContactListModel::NameColumn));
    QTest::keyClick(table, Qt::Key_F2);
    editor = cellEditor(table);
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClick(editor, Qt::Key_Return); // Enter commits once the editor has seen the key
    QTRY_COMPARE(form->message(), QStringLiteral("A contact needs a name."));
    QCOMPARE(cellEditor(table), editor);
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(contacts.get(hans)->name, QStringLiteral("Hans Schikan"));
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Hans Schikan"));
    QCOMPARE(window.undoStack()->count(), 1);
}

void TestContactsAndParticipants::keyboardAloneAddsAContactAndLeavesTheWindowsKeysAlone()
{
    MainWindow window;
    PartnerForm *form = openAtPartner(window, QStringLiteral("Lund University"));
    QVERIFY(form);
    const qint64 lund = partnerId(window, QStringLiteral("Lund University"));
    const qint64 partnersBefore = *PartnerRepository(*window.database()).count();
    auto *table = form->findChild<FormTable *>(QStringLiteral("contactsTable"));
    ContactListModel *model = form->contactsModel();
    const ContactRepository contacts(*window.database());

    // Tab from the partner's notes reaches the contacts.
    auto *notes = form->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
    notes->setFocus(Qt::TabFocusReason);
    QTest::keyClick(notes, Qt::Key_Tab);
    QTRY_VERIFY(table->hasFocus());

    // Insert adds a contact here (not a partner); Tab takes the name and goes on to the role.
    QTest::keyClick(table, Qt::Key_Insert);
    QLineEdit *editor = cellEditor(table);
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Per Nilsson"));
    QTest::keyClick(editor, Qt::Key_Tab);
    QTRY_COMPARE(contacts.listForPartner(lund)->size(), 1);
    const qint64 per = contacts.listForPartner(lund)->first().meta.id;
    QTRY_VERIFY(cellEditor(table));
    QCOMPARE(table->currentIndex(), model->index(0, ContactListModel::RoleColumn));
    QTest::keyClicks(cellEditor(table), QStringLiteral("Vice-rector"));
    QTest::keyClick(cellEditor(table), Qt::Key_Return);
    QTRY_COMPARE(contacts.get(per)->role, QStringLiteral("Vice-rector"));
    QCOMPARE(window.undoStack()->count(), 2);
    QCOMPARE(window.undoStack()->text(1), QStringLiteral("Edit the role of “Per Nilsson”"));
    QCOMPARE(*PartnerRepository(*window.database()).count(), partnersBefore);

    // Ctrl+Z from the table undoes the last change.
    QVERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(contacts.get(per)->role, QString());

    // Delete removes the contact, not the partner (no question asked).
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(!contacts.get(per));
    QCOMPARE(m_ui.questions, QStringList());
    QVERIFY(PartnerRepository(*window.database()).get(lund));

    // The context menu's actions do the same as the keys.
    auto *addAction = table->findChild<QAction *>(QStringLiteral("addContactAction"));
    QVERIFY(addAction && table->actions().contains(addAction));
    QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
    addAction->trigger();
    QVERIFY(cellEditor(table));
    QTest::keyClicks(cellEditor(table), QStringLiteral("Eva Berg"));
    QTest::keyClick(cellEditor(table), Qt::Key_Return);
    QTRY_COMPARE(contacts.listForPartner(lund)->size(), 1);
    table->setFocus();
    table->selectRow(0);
    table->setCurrentIndex(model->index(0, ContactListModel::PhoneColumn));
    table->findChild<QAction *>(QStringLiteral("editContactAction"))->trigger();
    QVERIFY(cellEditor(table));
    QTest::keyClicks(cellEditor(table), QStringLiteral("+46 46 222 00 00"));
    QTest::keyClick(cellEditor(table), Qt::Key_Return);
    QTRY_COMPARE(contacts.listForPartner(lund)->first().phone, QStringLiteral("+46 46 222 00 00"));
    table->selectRow(0);
    table->findChild<QAction *>(QStringLiteral("removeContactAction"))->trigger();
    QCOMPARE(contacts.listForPartner(lund)->size(), 0);
}

void TestContactsAndParticipants::removingAContactTakesThemOutOfTheirEvents()
{
    MainWindow window;
    PartnerForm *form = openAtPartner(window, QStringLiteral("Health~Holland"));
    QVERIFY(form);
    ContactListModel *model = form->contactsModel();
    QCOMPARE(model->rowCount(), 1);
    const qint64 hans = model->idAt(0);
    const EventRepository events(*window.database());
    ListQuery attended;
    attended.filters.insert(QStringLiteral("contact"), QString::number(hans));
    const QList<Event> before = *events.list(attended);
    QCOMPARE(before.size(), 1);
    const qint64 followUp = before.first().meta.id;
    const QList<qint64> contactsBefore = events.get(followUp)->contactIds;
    QCOMPARE(contactsBefore.size(), 2);
    QVERIFY(contactsBefore.contains(hans));

    // A click on Add contact while the list has no current row yet opens the new row (not the first).
    auto *table = form->findChild<FormTable *>(QStringLiteral("contactsTable"));
    auto *add = form->findChild<QPushButton *>(QStringLiteral("addContactButton"));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(cellEditor(table));
    QCOMPARE(table->currentIndex(), model->index(1, ContactListModel::NameColumn));
    QTest::keyClick(cellEditor(table), Qt::Key_Escape);
    QCOMPARE(model->rowCount(), 1);

    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(!ContactRepository(*window.database()).get(hans));
    QCOMPARE(events.get(followUp)->contactIds.size(), 1);
    QVERIFY(!events.get(followUp)->contactIds.contains(hans));
    QCOMPARE(window.undoStack()->count(), 1);
    QCOMPARE(window.undoStack()->text(0), QStringLiteral("Remove contact “Hans Schikan”"));

    trigger(window, "actionUndo");
    QCOMPARE(ContactRepository(*window.database()).get(hans)->name, QStringLiteral("Hans Schikan"));
    QCOMPARE(events.get(followUp)->contactIds, contactsBefore);
    QCOMPARE(model->rowCount(), 1);
    trigger(window, "actionRedo");
    QVERIFY(!ContactRepository(*window.database()).get(hans));
    QVERIFY(!events.get(followUp)->contactIds.contains(hans));
    trigger(window, "actionUndo");
    QCOMPARE(events.get(followUp)->contactIds, contactsBefore);
}

void TestContactsAndParticipants::eventParticipantsAddedAndRemovedWithUndo()
{
    MainWindow window;
    EventForm *form = openAtEvent(window, QStringLiteral("State visit"));
    QVERIFY(form);
    const qint64 eventId = form->recordId();
    const EventRepository events(*window.database());
    ParticipantListModel *model = form->participantsModel();
    auto *table = form->findChild<FormTable *>(QStringLiteral("participantsTable"));
    QVERIFY(table);
    QCOMPARE(table->model(), model);
    QCOMPARE(model->rowCount(), 9);
    QCOMPARE(events.get(eventId)->contactIds.size(), 0);
    auto *picker = form->findChild<QLineEdit *>(QStringLiteral("newParticipantPicker"));
    auto *add = form->findChild<QPushButton *>(QStringLiteral("addParticipantButton"));
    QUndoStack *undo = window.undoStack();
    const qint64 necstGen = partnerId(window, QStringLiteral("NecstGen"));

    // A partner, by its name and the Add button.
    QTest::keyClicks(picker, QStringLiteral("NecstGen"));
    add->click();
    QVERIFY(events.get(eventId)->partnerIds.contains(necstGen));
    QCOMPARE(model->rowCount(), 10);
    QCOMPARE(model->nameAt(9), QStringLiteral("NecstGen (NL)"));
    QCOMPARE(picker->text(), QString());
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undo->text(0),
             QStringLiteral("Add “NecstGen” to the participants of “State visit from the Netherlands to Sweden”"));

    // A contact, picked from the completions with the keyboard.
    picker->setFocus();
    QTest::keyClicks(picker, QStringLiteral("schik"));
    QCompleter *completer = picker->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionModel()->index(0, 0).data().toString(),
             QStringLiteral("Hans Schikan — Health~Holland"));
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_COMPARE(events.get(eventId)->contactIds.size(), 1);
    const qint64 hans = events.get(eventId)->contactIds.first();
    QCOMPARE(ContactRepository(*window.database()).get(hans)->name, QStringLiteral("Hans Schikan"));
    QCOMPARE(model->rowCount(), 11);
    QCOMPARE(model->nameAt(10), QStringLiteral("Hans Schikan"));
    QCOMPARE(model->index(10, ParticipantListModel::KindColumn).data().toString(),
             QStringLiteral("Contact at Health~Holland"));
    QCOMPARE(undo->count(), 2);
    QTRY_COMPARE(picker->text(), QString());

    // Someone who takes part already, or no one: refused with the reason, nothing changes.
    QTest::keyClicks(picker, QStringLiteral("Hans Schikan"));
    QTest::keyClick(picker, Qt::Key_Return);
    QCOMPARE(form->message(), QStringLiteral("Hans Schikan takes part already."));
    QCOMPARE(picker->text(), QStringLiteral("Hans Schikan"));
    picker->clear();
    QTest::keyClicks(picker, QStringLiteral("Nobody at all"));
    add->click();
    QVERIFY(form->message().contains(QStringLiteral("There is no partner or contact “Nobody at all”")));
    QVERIFY(window.messageText().contains(QStringLiteral("Nobody at all")));
    QCOMPARE(undo->count(), 2);
    picker->clear();

    // Removed with Delete in the list (the event itself stays, nothing is asked). The offscreen
    // platform leaves the window inactive after the completions' popup.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    table->setFocus();
    table->selectRow(model->rowOf({Participant::Kind::Partner, necstGen}));
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(!events.get(eventId)->partnerIds.contains(necstGen));
    QCOMPARE(model->rowCount(), 10);
    QCOMPARE(undo->text(2),
             QStringLiteral("Remove “NecstGen” from the participants of “State visit from the Netherlands to Sweden”"));
    QCOMPARE(m_ui.questions, QStringList());
    QVERIFY(events.get(eventId));
    // The contact with the button.
    table->selectRow(model->rowOf({Participant::Kind::Contact, hans}));
    form->findChild<QPushButton *>(QStringLiteral("removeParticipantButton"))->click();
    QCOMPARE(events.get(eventId)->contactIds.size(), 0);
    QCOMPARE(model->rowCount(), 9);

    // Undo brings both back, in turn; redo takes them out again.
    trigger(window, "actionUndo");
    QCOMPARE(events.get(eventId)->contactIds, QList<qint64>{hans});
    trigger(window, "actionUndo");
    QVERIFY(events.get(eventId)->partnerIds.contains(necstGen));
    QCOMPARE(model->rowCount(), 11);
    trigger(window, "actionRedo");
    QVERIFY(!events.get(eventId)->partnerIds.contains(necstGen));
    QCOMPARE(model->rowCount(), 10);
    // Undo all the way: as it was.
    trigger(window, "actionUndo");
    trigger(window, "actionUndo");
    trigger(window, "actionUndo");
    QCOMPARE(events.get(eventId)->partnerIds.size(), 9);
    QCOMPARE(events.get(eventId)->contactIds.size(), 0);
    QCOMPARE(model->rowCount(), 9);
}

void TestContactsAndParticipants::participantsChangeBesideFieldsNotAppliedYet()
{
    MainWindow window;
    EventForm *form = openAtEvent(window, QStringLiteral("State visit"));
    QVERIFY(form);
    const qint64 eventId = form->recordId();
    const EventRepository events(*window.database());
    auto *place = form->findChild<QLineEdit *>(QStringLiteral("placeEdit"));
    place->selectAll();
    QTest::keyClicks(place, QStringLiteral("Stockholm and Lund"));
    QVERIFY(form->isDirty());

    // A participant added meanwhile is stored at once and shown; the typed place stays to apply.
    auto *picker = form->findChild<QLineEdit *>(QStringLiteral("newParticipantPicker"));
    QTest::keyClicks(picker, QStringLiteral("Health~Holland"));
    form->findChild<QPushButton *>(QStringLiteral("addParticipantButton"))->click();
    const qint64 holland = partnerId(window, QStringLiteral("Health~Holland"));
    QVERIFY(events.get(eventId)->partnerIds.contains(holland));
    QCOMPARE(form->participantsModel()->rowCount(), 10);
    QCOMPARE(place->text(), QStringLiteral("Stockholm and Lund"));
    QVERIFY(form->isDirty());
    // Undone while the place is still typed: the list follows, the typing stays.
    trigger(window, "actionUndo");
    QVERIFY(!events.get(eventId)->partnerIds.contains(holland));
    QCOMPARE(form->participantsModel()->rowCount(), 9);
    trigger(window, "actionRedo");
    QCOMPARE(place->text(), QStringLiteral("Stockholm and Lund"));

    // Applying the place keeps the participant (no conflict with the participant's own change).
    QVERIFY2(form->apply(), qPrintable(form->message()));
    const Event stored = *events.get(eventId);
    QCOMPARE(stored.place, QStringLiteral("Stockholm and Lund"));
    QVERIFY(stored.partnerIds.contains(holland));
    QCOMPARE(window.undoStack()->count(), 2);
    trigger(window, "actionUndo");
    QCOMPARE(events.get(eventId)->place, QStringLiteral("Sweden"));
    QVERIFY(events.get(eventId)->partnerIds.contains(holland));
}

void TestContactsAndParticipants::readOnlyFileOffersNoContactOrParticipantEditing()
{
    const QString path = createSamplePortfolio(m_ui.dir());
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    MainWindow window;
    QCOMPARE(m_ui.showSample(window), path);
    QVERIFY(window.isReadOnly());
    PartnerForm *form = showPartner(window, QStringLiteral("Health~Holland"));
    QVERIFY(form);
    auto *table = form->findChild<FormTable *>(QStringLiteral("contactsTable"));
    QVERIFY(!form->findChild<QPushButton *>(QStringLiteral("addContactButton"))->isEnabled());
    QVERIFY(!(form->contactsModel()->flags(form->contactsModel()->index(0, 0)) & Qt::ItemIsEditable));
    table->setFocus();
    table->setCurrentIndex(form->contactsModel()->index(0, 0));
    QTest::keyClick(table, Qt::Key_F2);
    QVERIFY(!cellEditor(table));
    QTest::keyClick(table, Qt::Key_Insert);
    QCOMPARE(form->contactsModel()->rowCount(), 1);
    EventForm *eventForm = showEvent(window, QStringLiteral("Follow-up"));
    QVERIFY(eventForm);
    QVERIFY(!eventForm->findChild<QPushButton *>(QStringLiteral("addParticipantButton"))->isEnabled());
    QVERIFY(!eventForm->findChild<QPushButton *>(QStringLiteral("removeParticipantButton"))->isEnabled());
    QCOMPARE(window.undoStack()->count(), 0);
}

QTEST_MAIN(TestContactsAndParticipants)
#include "tst_contactsandparticipants.moc"
