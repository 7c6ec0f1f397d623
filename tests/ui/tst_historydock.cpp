// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historydock.h"
#include "mainwindow.h"
#include "models/recordtablemodel.h"
#include "records/partnerform.h"
#include "records/recordview.h"
#include "store/database.h"
#include "store/partnerrepository.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace TestSupport;

// View > History in the real window: a partner edited twice, its history, a previous value and a
// previous version restored as undoable edits.
class TestHistoryDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void restoresAValueAndAVersionAsUndoableEdits();
    void listsTheWholePortfolioByKindAndPerson();

private:
    // Opens the sample, selects partner CTC and edits its name twice (with its city the first time).
    qint64 editCtcTwice(MainWindow &window);
    static void rename(MainWindow &window, const QString &name, const QString &city = {});
    static QTreeWidgetItem *fieldItem(QTreeWidgetItem *entry, const QString &startsWith);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_cityBefore; // CTC's city in the sample
};

void TestHistoryDock::initTestCase()
{
    qputenv("USER", "alice");
}

void TestHistoryDock::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestHistoryDock::rename(MainWindow &window, const QString &name, const QString &city)
{
    auto *form = window.findChild<PartnerForm *>(QStringLiteral("partnerForm"));
    QTRY_VERIFY(form->isVisible());
    auto *nameEdit = form->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, name);
    if (!city.isEmpty()) {
        auto *cityEdit = form->findChild<QLineEdit *>(QStringLiteral("cityEdit"));
        cityEdit->selectAll();
        QTest::keyClicks(cityEdit, city);
    }
    form->findChild<QPushButton *>(QStringLiteral("applyButton"))->click();
}

qint64 TestHistoryDock::editCtcTwice(MainWindow &window)
{
    const QString path = createSamplePortfolio(*m_dir);
    window.setErrorReporter([](const QString &, const QString &message) { QFAIL(qPrintable(message)); });
    if (!window.openFile(path))
        return 0;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 0;
    window.findChild<QAction *>(QStringLiteral("actionView_partners"))->trigger();
    RecordView *partners = window.findChild<RecordView *>(QStringLiteral("partnersView"));
    qint64 id = 0;
    for (int row = 0; row < partners->model()->rowCount(); ++row)
        if (partners->model()->index(row, 0).data().toString() == QLatin1String("CTC"))
            id = partners->model()->idAt(row);
    if (!partners->selectId(id))
        return 0;
    m_cityBefore = PartnerRepository(*window.database()).get(id)->city;
    rename(window, QStringLiteral("CTC Clinical Trial Consultants"), QStringLiteral("Uppsala"));
    rename(window, QStringLiteral("Clinical Trial Consultants"));
    return PartnerRepository(*window.database()).get(id)->name == QLatin1String("Clinical Trial Consultants") ? id : 0;
}

QTreeWidgetItem *TestHistoryDock::fieldItem(QTreeWidgetItem *entry, const QString &startsWith)
{
    for (int i = 0; i < entry->childCount(); ++i)
        if (entry->child(i)->text(0).startsWith(startsWith))
            return entry->child(i);
    return nullptr;
}

void TestHistoryDock::restoresAValueAndAVersionAsUndoableEdits()
{
    MainWindow window;
    const qint64 id = editCtcTwice(window);
    QVERIFY(id > 0);
    const PartnerRepository partners(*window.database());
    QCOMPARE(window.undoStack()->count(), 2);

    QAction *show = window.findChild<QAction *>(QStringLiteral("actionShowHistory"));
    QVERIFY(show);
    QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
    show->trigger();
    auto *dock = window.findChild<HistoryDock *>(QStringLiteral("historyDock"));
    QTRY_VERIFY(dock->isVisible());
    QTreeWidget *tree = dock->entries();
    // Newest first: the second edit, the first edit, the import of the sample.
    QCOMPARE(tree->topLevelItemCount(), 3);
    QVERIFY(tree->topLevelItem(0)->text(0).endsWith(QStringLiteral("changed")));
    QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("alice"));
    QVERIFY(tree->topLevelItem(2)->text(0).endsWith(QStringLiteral("created")));
    QTreeWidgetItem *firstEdit = tree->topLevelItem(1);
    QCOMPARE(firstEdit->childCount(), 2);
    QCOMPARE(firstEdit->child(0)->text(0), QStringLiteral("name: CTC → CTC Clinical Trial Consultants"));
    QCOMPARE(
        firstEdit->child(1)->text(0),
        QStringLiteral("city: %1 → Uppsala").arg(m_cityBefore.isEmpty() ? QStringLiteral("(empty)") : m_cityBefore));

    // The first value of the name, written back as a new, undoable edit.
    auto *restoreValue = dock->findChild<QPushButton *>(QStringLiteral("restoreValueButton"));
    auto *restoreVersion = dock->findChild<QPushButton *>(QStringLiteral("restoreVersionButton"));
    tree->setCurrentItem(fieldItem(firstEdit, QStringLiteral("name: ")));
    QVERIFY(restoreValue->isEnabled());
    restoreValue->click();
    QCOMPARE(dock->message(), QString());
    QCOMPARE(partners.get(id)->name, QStringLiteral("CTC"));
    QCOMPARE(partners.get(id)->city, QStringLiteral("Uppsala"));
    QCOMPARE(window.undoStack()->count(), 3);
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Restore name of partner “Clinical Trial Consultants”"));
    // The restore is in the history too, newest first.
    QTRY_COMPARE(tree->topLevelItemCount(), 4);
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("name: Clinical Trial Consultants → CTC"));

    // Undo brings back the edit.
    window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(partners.get(id)->name, QStringLiteral("Clinical Trial Consultants"));

    // The whole version before the first edit: name and city.
    QTRY_COMPARE(tree->topLevelItemCount(), 5);
    QTreeWidgetItem *first = tree->topLevelItem(3);
    QCOMPARE(first->child(0)->text(0), QStringLiteral("name: CTC → CTC Clinical Trial Consultants"));
    tree->setCurrentItem(first);
    QVERIFY(!restoreValue->isEnabled());
    QVERIFY(restoreVersion->isEnabled());
    restoreVersion->click();
    QCOMPARE(partners.get(id)->name, QStringLiteral("CTC"));
    QCOMPARE(partners.get(id)->city, m_cityBefore);
    QCOMPARE(window.undoStack()->undoText(),
             QStringLiteral("Restore name, city of partner “Clinical Trial Consultants”"));
    window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(partners.get(id)->name, QStringLiteral("Clinical Trial Consultants"));
    QCOMPARE(partners.get(id)->city, QStringLiteral("Uppsala"));
    // A create has nothing before it to restore.
    tree->setCurrentItem(tree->topLevelItem(tree->topLevelItemCount() - 1));
    QVERIFY(!restoreVersion->isEnabled());
}

void TestHistoryDock::listsTheWholePortfolioByKindAndPerson()
{
    MainWindow window;
    QVERIFY(editCtcTwice(window) > 0);
    window.findChild<QAction *>(QStringLiteral("actionShowHistory"))->trigger();
    auto *dock = window.findChild<HistoryDock *>(QStringLiteral("historyDock"));
    QTRY_VERIFY(dock->isVisible());
    auto *scope = dock->findChild<QComboBox *>(QStringLiteral("historyScope"));
    auto *kind = dock->findChild<QComboBox *>(QStringLiteral("historyKind"));
    auto *person = dock->findChild<QComboBox *>(QStringLiteral("historyPerson"));
    QVERIFY(!kind->isEnabled());
    scope->setCurrentIndex(1);
    emit scope->activated(1);
    QVERIFY(kind->isEnabled());
    QTreeWidget *tree = dock->entries();
    QVERIFY(tree->topLevelItemCount() > 3);
    QVERIFY(tree->topLevelItem(0)->text(0).contains(QStringLiteral("partner “Clinical Trial Consultants” changed")));
    kind->setCurrentIndex(kind->findData(QStringLiteral("agreement")));
    emit kind->activated(kind->currentIndex());
    QVERIFY(tree->topLevelItemCount() > 0);
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        QVERIFY2(tree->topLevelItem(i)->text(0).contains(QStringLiteral(": agreement “")),
                 qPrintable(tree->topLevelItem(i)->text(0)));
    // Everyone who changed something, to choose from.
    QVERIFY(person->findData(QStringLiteral("alice")) > 0);
    person->setCurrentIndex(person->findData(QStringLiteral("alice")));
    kind->setCurrentIndex(0);
    emit person->activated(person->currentIndex());
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        QCOMPARE(tree->topLevelItem(i)->text(1), QStringLiteral("alice"));
}

QTEST_MAIN(TestHistoryDock)
#include "tst_historydock.moc"
