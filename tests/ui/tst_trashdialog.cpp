// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The trash in the real main window: Delete moves a record to the trash, Undo takes it out again
// (no duplicate left there), Edit > Trash… lists what was deleted and restores it (Enter), deletes
// an entry for good (Delete) and empties the trash, each asked first.
#include "mainwindow.h"
#include "records/recordview.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/trashrepository.h"
#include "testsupport.h"
#include "trash/trashdialog.h"

#include <QAction>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestTrashDialog : public QObject
{
    Q_OBJECT

private slots:
    void deleteUndoRestorePurgeEmpty();
};

void TestTrashDialog::deleteUndoRestorePurgeEmpty()
{
    QTemporaryDir dir;
    const QString path = TestSupport::createSamplePortfolio(dir);
    MainWindow window;
    QStringList questions;
    QStringList errors;
    window.setQuestionAsker(
        [&questions](const QString &, const QString &text, const QString &details, QMessageBox::StandardButtons) {
            questions << text + QLatin1Char('\n') + details;
            return QMessageBox::Yes;
        });
    window.setErrorReporter([&errors](const QString &, const QString &message) { errors << message; });
    QVERIFY(window.openFile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Database &db = *window.database();
    const TrashRepository trash(db);
    const auto action = [&window](const char *name) { return window.findChild<QAction *>(QLatin1String(name)); };
    QVERIFY(action("actionTrash"));
    QVERIFY(action("actionTrash")->isEnabled());

    // Delete an agreement through Edit > Delete…: it goes to the trash with its milestones.
    ListQuery early;
    early.search = QStringLiteral("Early-phase clinical research");
    const Agreement loi = AgreementRepository(db).list(early)->first();
    QVERIFY(window.showView(QStringLiteral("agreements")));
    RecordView *agreements = window.recordView(QStringLiteral("agreements"));
    QVERIFY(agreements->selectId(loi.meta.id));
    action("actionDelete")->trigger();
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.first().startsWith(QStringLiteral("Delete 1 agreement?")), qPrintable(questions.first()));
    QVERIFY2(questions.first().contains(QStringLiteral("Edit ▸ Trash…")), qPrintable(questions.first()));
    QVERIFY(!AgreementRepository(db).get(loi.meta.id));
    QCOMPARE(*trash.count(), qint64(1));

    // Undo brings it back and leaves nothing in the trash; redo deletes it again.
    action("actionUndo")->trigger();
    QCOMPARE(AgreementRepository(db).get(loi.meta.id)->meta.version, loi.meta.version);
    QCOMPARE(*trash.count(), qint64(0));
    action("actionRedo")->trigger();
    QVERIFY(!AgreementRepository(db).get(loi.meta.id));
    QCOMPARE(*trash.count(), qint64(1));

    // Edit > Trash… lists it; Enter restores it and shows it in its list.
    action("actionTrash")->trigger();
    auto *dialog = window.findChild<TrashDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTreeWidget *list = dialog->list();
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Agreement “%1”").arg(loi.title));
    QVERIFY2(list->topLevelItem(0)->text(3).contains(QStringLiteral("1 milestone")),
             qPrintable(list->topLevelItem(0)->text(3)));
    QCOMPARE(list->currentItem(), list->topLevelItem(0));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(AgreementRepository(db).get(loi.meta.id));
    QCOMPARE(*trash.count(), qint64(0));
    QCOMPARE(list->topLevelItemCount(), 0);
    QCOMPARE(window.currentViewId(), QStringLiteral("agreements"));
    QCOMPARE(agreements->selectedIds(), QList<qint64>{loi.meta.id});
    // Undoing the delete now finds it back already: nothing to do, nothing reported.
    action("actionUndo")->trigger();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(AgreementRepository(db).get(loi.meta.id));

    // Two events deleted: the open dialog follows. Delete removes one for good, after asking.
    QStringList asked;
    bool answer = false;
    dialog->setQuestionAsker([&](const QString &, const QString &text) {
        asked << text;
        return answer;
    });
    const QList<Event> events = *EventRepository(db).list({});
    QVERIFY(events.size() >= 2);
    QVERIFY(window.showView(QStringLiteral("events")));
    for (int i = 0; i < 2; ++i) {
        QVERIFY(window.recordView(QStringLiteral("events"))->selectId(events.at(i).meta.id));
        action("actionDelete")->trigger();
    }
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Event “%1”").arg(events.at(1).title));
    list->setCurrentItem(list->topLevelItem(0));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QStringLiteral("for good")), qPrintable(asked.first()));
    QCOMPARE(list->topLevelItemCount(), 2); // declined
    answer = true;
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(*trash.count(), qint64(1));
    // Undoing that delete cannot bring it back now: said, not hidden.
    action("actionUndo")->trigger();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("no longer in the trash")), qPrintable(errors.first()));

    // Empty Trash names the count.
    auto *empty = dialog->findChild<QPushButton *>(QStringLiteral("emptyTrash"));
    QVERIFY(empty->isEnabled());
    QTest::mouseClick(empty, Qt::LeftButton);
    QCOMPARE(asked.last(), QStringLiteral("Delete the 1 deleted item in the trash for good? This cannot be undone."));
    QCOMPARE(*trash.count(), qint64(0));
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(!empty->isEnabled());

    // Closing the portfolio closes the dialog; a read-only one has no trash to open.
    QVERIFY(window.closePortfolio());
    QTest::qWait(0);
    QVERIFY(!window.findChild<TrashDialog *>());
    QVERIFY(!action("actionTrash")->isEnabled());
}

QTEST_MAIN(TestTrashDialog)
#include "tst_trashdialog.moc"
