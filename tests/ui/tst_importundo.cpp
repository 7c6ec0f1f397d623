// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Undo of an import checks versions like every other edit: a partner imported through the real wizard
// in the real main window and changed since (as a colleague's Pactline on the same file would) is not
// deleted behind the user's back. Undo names it and asks: delete anyway, keep the changed ones, cancel.
#include "exchange/importundo.h"
#include "import/importundocommand.h"
#include "import/importwizard.h"
#include "mainwindow.h"
#include "store/database.h"
#include "store/partnerrepository.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QFile>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace TestSupport;

class TestImportUndo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void unchangedImportUndoesWithoutAsking();
    void editUndoneSinceIsNoChange();
    void cancelLeavesTheImport();
    void keepTheChangedOnes();
    void deleteAnyway();

private:
    // Imports two new partners through the wizard; the command on the undo stack.
    ImportUndoCommand *importTwoPartners();
    qint64 idOf(const QString &name) const;
    bool rename(const QString &from, const QString &to) const;
    void undoAnswering(ImportUndoCommand::UndoChoice choice);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QList<QList<ImportedRowChange>> m_asked;
};

void TestImportUndo::init()
{
    m_window = strictSampleWindow(m_dir);
    QVERIFY(m_window);
    m_asked.clear();
}

void TestImportUndo::cleanup()
{
    m_window.reset();
}

ImportUndoCommand *TestImportUndo::importTwoPartners()
{
    const QString csv = m_dir.filePath(QStringLiteral("partners.csv"));
    if (!writeFile(csv, "Name,Kind,Country\nNorrsken Labs,company,SE\nPolder Robotics,company,NL\n"))
        return nullptr;
    ImportWizard wizard(*m_window->database(), m_window->undoStack(), m_window.get());
    wizard.setProfilesPath(m_dir.filePath(QStringLiteral("profiles.json")));
    wizard.setFileChooser([csv] { return csv; });
    wizard.setErrorReporter([](const QString &title, const QString &message) {
        QFAIL(qPrintable(title + QStringLiteral(": ") + message));
    });
    wizard.show();
    wizard.findChild<QRadioButton *>(QStringLiteral("target-partners"))->click();
    wizard.findChild<QAbstractButton *>(QStringLiteral("chooseFile"))->click();
    if (!wizard.waitUntilIdle())
        return nullptr;
    for (int step = 0; step < 5 && wizard.currentId() != int(ImportWizard::CheckPage); ++step) {
        wizard.next();
        wizard.waitUntilIdle();
    }
    wizard.waitUntilIdle();
    const int before = m_window->undoStack()->count();
    wizard.button(QWizard::FinishButton)->click();
    QUndoStack *stack = m_window->undoStack();
    if (stack->count() != before + 1)
        return nullptr;
    auto *command = dynamic_cast<ImportUndoCommand *>(const_cast<QUndoCommand *>(stack->command(before)));
    if (command)
        command->setUndoAsker([this](const QList<ImportedRowChange> &changed) {
            m_asked << changed;
            return ImportUndoCommand::UndoChoice::Cancel;
        });
    return command;
}

qint64 TestImportUndo::idOf(const QString &name) const
{
    return PartnerRepository(*m_window->database()).findByName(name).value();
}

bool TestImportUndo::rename(const QString &from, const QString &to) const
{
    const PartnerRepository partners(*m_window->database());
    auto partner = partners.get(idOf(from));
    if (!partner)
        return false;
    partner->name = to;
    return bool(partners.update(*partner));
}

void TestImportUndo::undoAnswering(ImportUndoCommand::UndoChoice choice)
{
    auto *command = dynamic_cast<ImportUndoCommand *>(
        const_cast<QUndoCommand *>(m_window->undoStack()->command(m_window->undoStack()->index() - 1)));
    QVERIFY(command);
    command->setUndoAsker([this, choice](const QList<ImportedRowChange> &changed) {
        m_asked << changed;
        return choice;
    });
    m_window->undoStack()->undo();
}

void TestImportUndo::unchangedImportUndoesWithoutAsking()
{
    QVERIFY(importTwoPartners());
    QVERIFY(idOf(QStringLiteral("Norrsken Labs")) > 0);
    m_window->undoStack()->undo();
    QVERIFY(m_asked.isEmpty());
    QCOMPARE(idOf(QStringLiteral("Norrsken Labs")), 0);
    QCOMPARE(idOf(QStringLiteral("Polder Robotics")), 0);
}

void TestImportUndo::editUndoneSinceIsNoChange()
{
    QVERIFY(importTwoPartners());
    QVERIFY(rename(QStringLiteral("Norrsken Labs"), QStringLiteral("Norrsken")));
    QVERIFY(rename(QStringLiteral("Norrsken"), QStringLiteral("Norrsken Labs"))); // the version moved on twice
    m_window->undoStack()->undo();
    QVERIFY(m_asked.isEmpty());
    QCOMPARE(idOf(QStringLiteral("Norrsken Labs")), 0);
}

void TestImportUndo::cancelLeavesTheImport()
{
    QVERIFY(importTwoPartners());
    QVERIFY(rename(QStringLiteral("Norrsken Labs"), QStringLiteral("Norrsken Labs AB")));
    QUndoStack *stack = m_window->undoStack();
    const int index = stack->index();
    undoAnswering(ImportUndoCommand::UndoChoice::Cancel);
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.constFirst().size(), 1);
    const ImportedRowChange changed = m_asked.constFirst().constFirst();
    QCOMPARE(changed.table, QStringLiteral("partner"));
    QCOMPARE(changed.name, QStringLiteral("Norrsken Labs AB"));
    QVERIFY2(ImportUndo::describe(changed).contains(QStringLiteral("Norrsken Labs AB")),
             qPrintable(ImportUndo::describe(changed)));
    QVERIFY(idOf(QStringLiteral("Norrsken Labs AB")) > 0);
    QVERIFY(idOf(QStringLiteral("Polder Robotics")) > 0);
    // The stack is put back: the import can be undone again later.
    QTRY_COMPARE(stack->index(), index);
    QVERIFY(stack->canUndo());
    QVERIFY(idOf(QStringLiteral("Polder Robotics")) > 0);
}

void TestImportUndo::keepTheChangedOnes()
{
    QVERIFY(importTwoPartners());
    QVERIFY(rename(QStringLiteral("Norrsken Labs"), QStringLiteral("Norrsken Labs AB")));
    const qint64 kept = idOf(QStringLiteral("Norrsken Labs AB"));
    undoAnswering(ImportUndoCommand::UndoChoice::KeepChanged);
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(idOf(QStringLiteral("Norrsken Labs AB")), kept);
    QCOMPARE(idOf(QStringLiteral("Polder Robotics")), 0);
    // Redo brings back what undo removed, and leaves the kept one as it is.
    m_window->undoStack()->redo();
    QVERIFY(idOf(QStringLiteral("Polder Robotics")) > 0);
    QCOMPARE(idOf(QStringLiteral("Norrsken Labs AB")), kept);
    QCOMPARE(idOf(QStringLiteral("Norrsken Labs")), 0);
}

void TestImportUndo::deleteAnyway()
{
    QVERIFY(importTwoPartners());
    QVERIFY(rename(QStringLiteral("Norrsken Labs"), QStringLiteral("Norrsken Labs AB")));
    undoAnswering(ImportUndoCommand::UndoChoice::DeleteAnyway);
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(idOf(QStringLiteral("Norrsken Labs AB")), 0);
    QCOMPARE(idOf(QStringLiteral("Polder Robotics")), 0);
}

QTEST_MAIN(TestImportUndo)
#include "tst_importundo.moc"
