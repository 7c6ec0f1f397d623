// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Repair in the real main window: a file refused for its values (written with the `sqlite3` shell)
// offers Open Read-Only, Repair… and Cancel; Repair… repairs and upgrades it, and it opens writable.
// On a current file, File ▸ Repair Values… is one undo step.
#include "mainwindow.h"
#include "repair/repairdialog.h"
#include "repair/repairoffer.h"
#include "store/database.h"
#include "store/migrations.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace TestSupport;

namespace {

// A status and a partner's kind that Pactline does not know, in the first agreement and partner.
constexpr char UnknownCodes[] = "UPDATE agreement SET status = 'paused' WHERE id = (SELECT min(id) FROM agreement); "
                                "UPDATE partner SET kind = 'startup' WHERE id = (SELECT min(id) FROM partner)";

} // namespace

class TestRepairWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusedFileOpensReadOnlyWhenAsked();
    void cancelOpensNothing();
    void repairUpgradesAndOpensWritable();
    void repairOfACurrentFileIsOneUndoStep();

private:
    static QString value(const QString &path, const QString &sql);
    // Chooses, in the dialog, this value for the bad value whose sentence holds sentencePart.
    static bool choose(RepairDialog &dialog, const QString &sentencePart, const QString &choice);
    QString m_old;
    QStringList m_refusals;
    TestSupport::WindowFixture m_ui;
};

void TestRepairWindow::init()
{
    m_ui.start();
    m_old = createVersion1Portfolio(m_ui.dir());
    QCOMPARE(changeAroundChecks(m_old, QLatin1String(UnknownCodes)).exitCode, 0);
    m_refusals.clear();
}

QString TestRepairWindow::value(const QString &path, const QString &sql)
{
    return runSqlite({path, sql}).out.trimmed();
}

bool TestRepairWindow::choose(RepairDialog &dialog, const QString &sentencePart, const QString &choice)
{
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        auto *combo = qobject_cast<QComboBox *>(label->buddy());
        if (!combo || !label->text().contains(sentencePart))
            continue;
        // Every value starts as “Leave as it is”.
        if (combo->currentIndex() != 0)
            return false;
        const int index = combo->findData(choice);
        combo->setCurrentIndex(index);
        return index > 0;
    }
    return false;
}

void TestRepairWindow::refusedFileOpensReadOnlyWhenAsked()
{
    const QByteArray before = fileChecksum(m_old);
    MainWindow window;
    m_ui.listenTo(window);
    auto *offer = window.findChild<RepairOffer *>();
    QVERIFY(offer);
    offer->setAsker([this](const QString &refusal) {
        m_refusals << refusal;
        return RepairOffer::Answer::OpenReadOnly;
    });
    QVERIFY(window.openFile(m_old));
    QCOMPARE(m_refusals.size(), 1);
    QVERIFY2(m_refusals.constFirst().contains(QStringLiteral("“paused”")), qPrintable(m_refusals.constFirst()));
    QVERIFY(window.isReadOnly());
    QCOMPARE(window.database()->schemaVersion(), 1);
    QVERIFY(m_ui.errors.isEmpty());
    window.closePortfolio();
    QCOMPARE(fileChecksum(m_old), before);
}

void TestRepairWindow::cancelOpensNothing()
{
    const QByteArray before = fileChecksum(m_old);
    MainWindow window;
    m_ui.listenTo(window);
    window.findChild<RepairOffer *>()->setAsker([](const QString &) { return RepairOffer::Answer::Cancel; });
    QVERIFY(!window.openFile(m_old));
    QVERIFY(!window.database());
    QVERIFY(m_ui.errors.isEmpty());
    QCOMPARE(fileChecksum(m_old), before);
}

void TestRepairWindow::repairUpgradesAndOpensWritable()
{
    MainWindow window;
    m_ui.listenTo(window);
    auto *offer = window.findChild<RepairOffer *>();
    offer->setAsker([](const QString &) { return RepairOffer::Answer::Repair; });
    int dialogs = 0;
    offer->setDialogRunner([&dialogs](RepairDialog &dialog) {
        ++dialogs;
        return dialog.choices().size() == 2 && choose(dialog, QStringLiteral("“paused”"), QStringLiteral("signed")) &&
               choose(dialog, QStringLiteral("“startup”"), QStringLiteral("company")) && dialog.changes().size() == 2;
    });
    QVERIFY(window.openFile(m_old));
    QCOMPARE(dialogs, 1);
    QVERIFY2(m_ui.errors.isEmpty(), qPrintable(m_ui.errors.join(QLatin1Char('\n'))));
    QVERIFY(!window.isReadOnly());
    QCOMPARE(window.database()->schemaVersion(), Migrations::currentVersion());
    QCOMPARE(window.undoStack()->count(), 0); // the upgrade follows the repair: nothing to undo
    window.closePortfolio();
    QCOMPARE(value(m_old, QStringLiteral("SELECT status FROM agreement ORDER BY id LIMIT 1")),
             QStringLiteral("signed"));
    QCOMPARE(value(m_old, QStringLiteral("SELECT kind FROM partner ORDER BY id LIMIT 1")), QStringLiteral("company"));
}

void TestRepairWindow::repairOfACurrentFileIsOneUndoStep()
{
    const QString path = createSamplePortfolio(m_ui.dir());
    QCOMPARE(changeAroundChecks(path, QLatin1String(UnknownCodes)).exitCode, 0);
    MainWindow window;
    m_ui.listenTo(window);
    auto *offer = window.findChild<RepairOffer *>();
    offer->setAsker([this](const QString &refusal) {
        m_refusals << refusal;
        return RepairOffer::Answer::Cancel;
    });
    // Only the status: the partner's kind is left as it is.
    offer->setDialogRunner(
        [](RepairDialog &dialog) { return choose(dialog, QStringLiteral("“paused”"), QStringLiteral("negotiating")); });
    QVERIFY(window.openFile(path));
    QVERIFY(m_refusals.isEmpty()); // a current file is not refused
    QVERIFY(!window.isReadOnly());
    QAction *repair = window.findChild<QAction *>(QStringLiteral("actionRepairValues"));
    QVERIFY(repair && repair->isEnabled());
    QVERIFY(window.fileMenu()->actions().contains(repair));
    repair->trigger();
    QVERIFY2(m_ui.errors.isEmpty(), qPrintable(m_ui.errors.join(QLatin1Char('\n'))));
    const QString status = QStringLiteral("SELECT status FROM agreement ORDER BY id LIMIT 1");
    QCOMPARE(value(path, status), QStringLiteral("negotiating"));
    QCOMPARE(value(path, QStringLiteral("SELECT kind FROM partner ORDER BY id LIMIT 1")), QStringLiteral("startup"));
    QCOMPARE(window.undoStack()->count(), 1);
    window.undoStack()->undo();
    QVERIFY2(m_ui.errors.isEmpty(), qPrintable(m_ui.errors.join(QLatin1Char('\n'))));
    QCOMPARE(value(path, status), QStringLiteral("paused"));
    window.undoStack()->redo();
    QCOMPARE(value(path, status), QStringLiteral("negotiating"));
}

QTEST_MAIN(TestRepairWindow)
#include "tst_repairwindow.moc"
