// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on a portfolio on a network drive: it says so, opens it read-only and offers to
// save a copy on this computer, which it then opens for editing. No network file system can be mounted
// where this runs: the window is given a share path (//host/…), which Linux resolves as a local one.
#include "mainwindow.h"
#include "store/database.h"
#include "testsupport.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestNetworkDriveWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensReadOnlyAndSaysWhy();
    void savesACopyAndOpensIt();
};

void TestNetworkDriveWindow::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("//host/… is a local path only on Linux");
#endif
}

void TestNetworkDriveWindow::opensReadOnlyAndSaysWhy()
{
    QTemporaryDir dir;
    const QString local = createSamplePortfolio(dir);
    const QByteArray before = fileChecksum(local);
    MainWindow window;
    QStringList asked;
    window.setQuestionAsker(
        [&asked](const QString &title, const QString &text, const QString &, QMessageBox::StandardButtons buttons) {
            asked << title + QLatin1Char('\n') + text;
            return buttons.testFlag(QMessageBox::Save) ? QMessageBox::Cancel : QMessageBox::NoButton;
        });
    QVERIFY(window.openFile(QLatin1Char('/') + local));
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.constFirst().contains(QStringLiteral("network drive")), qPrintable(asked.constFirst()));
    QVERIFY(window.isReadOnly());
    const auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner && !banner->isHidden());
    QVERIFY2(banner->text().contains(QStringLiteral("network drive")), qPrintable(banner->text()));
    window.closePortfolio();
    QCOMPARE(fileChecksum(local), before);
}

void TestNetworkDriveWindow::savesACopyAndOpensIt()
{
    QTemporaryDir dir;
    const QString local = createSamplePortfolio(dir);
    const QString copy = dir.filePath(QStringLiteral("mine.pactline"));
    MainWindow window;
    window.setQuestionAsker(
        [](const QString &, const QString &, const QString &, QMessageBox::StandardButtons buttons) {
            return buttons.testFlag(QMessageBox::Save) ? QMessageBox::Save : QMessageBox::Cancel;
        });
    window.setFileChooser([&copy](const QString &, bool forSaving) { return forSaving ? copy : QString(); });
    QStringList errors;
    window.setErrorReporter([&errors](const QString &, const QString &message) { errors << message; });
    QVERIFY(window.openFile(QLatin1Char('/') + local));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(window.database());
    QCOMPARE(window.database()->path(), copy);
    QVERIFY(!window.isReadOnly());
}

QTEST_MAIN(TestNetworkDriveWindow)
#include "tst_networkdrivewindow.moc"
