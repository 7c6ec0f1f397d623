// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Smoke test of the real main window, offscreen: it opens a portfolio, shows its agreements,
// and refuses a bad file with a message while keeping the open portfolio.
#include "mainwindow.h"
#include "store/database.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsThePortfolio();
    void refusesABadFileAndKeepsTheOpenOne();
    void fileMenuHasNewOpenQuit();

private:
    static bool anyViewShows(const QWidget &window, const QString &text);
    QTemporaryDir m_dir;
};

bool TestMainWindow::anyViewShows(const QWidget &window, const QString &text)
{
    for (const QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column)
                if (model->index(row, column).data().toString() == text)
                    return true;
    }
    return false;
}

void TestMainWindow::showsThePortfolio()
{
    const QString path = createSamplePortfolio(m_dir, QStringLiteral("Nordic life science.pactline"));
    MainWindow window;
    QSignalSpy opened(&window.notifier(), &WindowNotifier::portfolioOpened);
    QVERIFY(window.openFile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(opened.count(), 1);
    QVERIFY2(window.windowTitle().contains(QStringLiteral("Nordic life science")), qPrintable(window.windowTitle()));
    QVERIFY(window.database());
    const QLabel *location = window.findChild<QLabel *>(QStringLiteral("statusLocation"));
    QCOMPARE(location->text(), window.database()->displayName());
    QCOMPARE(location->toolTip(), QDir::toNativeSeparators(path));
    QTRY_VERIFY(anyViewShows(window, QStringLiteral("ATMP, cell and gene therapy: Lund, Skåne and Leiden")));
    QTRY_VERIFY(
        anyViewShows(window, QStringLiteral("Master Service Agreement: multicentre early-phase trials, CTC and QPS")));
}

void TestMainWindow::refusesABadFileAndKeepsTheOpenOne()
{
    const QString good = createSamplePortfolio(m_dir, QStringLiteral("good.pactline"));
    const QString bad = m_dir.filePath(QStringLiteral("bad.pactline"));
    QVERIFY(writeFile(bad, "this is not a portfolio"));
    const QByteArray before = fileChecksum(bad);

    MainWindow window;
    QStringList errors;
    window.setErrorReporter([&](const QString &, const QString &message) { errors << message; });
    QVERIFY(window.openFile(good));
    QVERIFY(!window.openFile(bad));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("not a Pactline portfolio")), qPrintable(errors.first()));
    QCOMPARE(window.database()->path(), good);
    QVERIFY(window.windowTitle().contains(QStringLiteral("good")));
    QCOMPARE(fileChecksum(bad), before);
}

void TestMainWindow::fileMenuHasNewOpenQuit()
{
    MainWindow window;
    for (const char *name : {"actionNew", "actionOpen", "actionQuit"}) {
        const auto *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->shortcut().isEmpty(), name);
    }
    // File > Open through the chooser seam opens the chosen file.
    const QString path = createSamplePortfolio(m_dir, QStringLiteral("chosen.pactline"));
    window.setFileChooser([&](const QString &, bool) { return path; });
    window.findChild<QAction *>(QStringLiteral("actionOpen"))->trigger();
    QVERIFY(window.database());
    QCOMPARE(window.database()->path(), path);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
