// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Save a Copy As… in the real main window (offscreen): the copy holds the whole portfolio (the
// same JSON export, the trash and the history) while the window stays on the original; on a bigger
// portfolio the progress dialog shows, and its Cancel leaves no copy behind.
#include "generatedrows.h"
#include "mainwindow.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/trashrepository.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace TestSupport;

namespace {

// How wide the status bar's message may be: it is drawn left of the widgets shown in the bar. The
// counts, a permanent widget stretched across the bar, once left it no room, so that the user saw
// none of the messages that currentMessage() held.
int messageRoom(QStatusBar *bar)
{
    QCoreApplication::processEvents();
    int right = bar->width();
    for (const QWidget *widget : bar->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        if (widget->isVisible())
            right = qMin(right, widget->x());
    return right;
}

} // namespace

class TestSaveCopy : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_ui.start(); }
    void cleanup() { m_ui.finish(); }
    void savedCopyIsTheWholePortfolio();
    void cancelLeavesNoCopy_data();
    void cancelLeavesNoCopy();

private:
    WindowFixture m_ui;
};

void TestSaveCopy::savedCopyIsTheWholePortfolio()
{
    MainWindow window;
    const QString path = m_ui.showSample(window);
    QVERIFY(!path.isEmpty());
    Database &db = *window.database();
    const qint64 last = AgreementRepository(db).list()->constLast().meta.id;
    QVERIFY(TrashRepository(db).moveToTrash(QStringLiteral("agreement"), {last}));
    const QString copy = m_ui.dir().filePath(QStringLiteral("copy.pactline"));
    window.setFileChooser([&](const QString &, bool forSaving) { return forSaving ? copy : QString(); });
    trigger(window, "actionSaveCopy");
    QCOMPARE(m_ui.errors, QStringList());
    QVERIFY(QFile::exists(copy));
    QCOMPARE(window.database()->path(), path);
    QVERIFY(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(copy)));
    QVERIFY2(messageRoom(window.statusBar()) > window.statusBar()->width() / 2,
             qPrintable(QString::number(messageRoom(window.statusBar()))));
    QVERIFY(!window.findChild<QProgressDialog *>(QStringLiteral("copyProgressDialog")));

    const QByteArray json = jsonExport(path, m_ui.dir().filePath(QStringLiteral("sample.json")));
    QVERIFY(json.startsWith('{'));
    QCOMPARE(jsonExport(copy, m_ui.dir().filePath(QStringLiteral("copy.json"))), json);
    for (const QString &table : {QStringLiteral("trash"), QStringLiteral("history")}) {
        const QStringList rows = rowsOf(path, table);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rowsOf(copy, table), rows);
    }
}

void TestSaveCopy::cancelLeavesNoCopy_data()
{
    QTest::addColumn<QString>("at");
    QTest::addColumn<bool>("busy");
    QTest::newRow("while the records go in") << QStringLiteral("record") << false;
    // Then the bar cannot tell how long the indexes take: it shows that it is busy.
    QTest::newRow("while the indexes are made") << QStringLiteral("search indexes") << true;
}

void TestSaveCopy::cancelLeavesNoCopy()
{
    QFETCH(QString, at);
    QFETCH(bool, busy);
    const QString path = createSamplePortfolio(m_ui.dir(), QStringLiteral("big.pactline"));
    QVERIFY(!path.isEmpty());
    // 5,000 more agreements with 60,000 milestones, so that the copy takes a while.
    const QString problem = runOnFile(path, GeneratedRows{5000, 60000}.statements());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    MainWindow window;
    QVERIFY(!m_ui.showSample(window, QStringLiteral("big.pactline")).isEmpty());
    const QString copy = m_ui.dir().filePath(QStringLiteral("copy.pactline"));
    window.setFileChooser([&](const QString &, bool forSaving) { return forSaving ? copy : QString(); });
    const QStringList before = QDir(m_ui.dir().path()).entryList(QDir::Files | QDir::Hidden);

    // Cancel as soon as the dialog shows how far the copy is.
    QString shown;
    bool wasBusy = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("copyProgressDialog"));
        if (dialog && dialog->isVisible() && shown.isEmpty() && dialog->labelText().contains(at)) {
            shown = dialog->labelText();
            wasBusy = dialog->maximum() == 0;
            auto *cancel = dialog->findChild<QPushButton *>();
            QVERIFY(cancel);
            cancel->click();
        }
    });
    poll.start(20);
    trigger(window, "actionSaveCopy");
    poll.stop();
    QVERIFY2(shown.contains(QLatin1String("copy.pactline")), qPrintable(shown));
    QCOMPARE(wasBusy, busy);
    QCOMPARE(m_ui.errors, QStringList());
    QVERIFY(!QFile::exists(copy));
    QCOMPARE(QDir(m_ui.dir().path()).entryList(QDir::Files | QDir::Hidden), before);
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("The copy was cancelled; nothing was saved."));
    QVERIFY(!window.findChild<QProgressDialog *>(QStringLiteral("copyProgressDialog")));
    // The window goes on with the original.
    QCOMPARE(window.database()->path(), path);
    QVERIFY(AgreementRepository(*window.database()).count());
}

QTEST_MAIN(TestSaveCopy)
#include "tst_savecopy.moc"
