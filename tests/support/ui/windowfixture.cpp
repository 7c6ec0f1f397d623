// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include "mainwindow.h"
#include "records/recordview.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace {

// Every UI test runs in QStandardPaths' test mode, so that its settings, recent files and backups
// (and WindowFixture's clearing of the settings) never touch the user's own.
void enableTestMode()
{
    QStandardPaths::setTestModeEnabled(true);
}
Q_COREAPP_STARTUP_FUNCTION(enableTestMode)

} // namespace

namespace TestSupport {

void WindowFixture::start()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    errors.clear();
    questions.clear();
    answers.clear();
    answer = QMessageBox::Cancel;
}

void WindowFixture::finish()
{
    m_dir.reset();
    QSettings().clear();
}

void WindowFixture::listenTo(MainWindow &window)
{
    window.setErrorReporter([this](const QString &, const QString &message) { errors << message; });
    window.setQuestionAsker(
        [this](const QString &, const QString &text, const QString &details, QMessageBox::StandardButtons) {
            questions << text + QLatin1Char('\n') + details;
            return answers.isEmpty() ? answer : answers.takeFirst();
        });
}

QString WindowFixture::openSample(MainWindow &window, const QString &name)
{
    listenTo(window);
    const QString path =
        QFile::exists(m_dir->filePath(name)) ? m_dir->filePath(name) : createSamplePortfolio(*m_dir, name);
    return window.openFile(path) ? path : QString();
}

QString WindowFixture::showSample(MainWindow &window, const QString &name)
{
    const QString path = openSample(window, name);
    if (path.isEmpty())
        return {};
    window.show();
    return QTest::qWaitForWindowExposed(&window) ? path : QString();
}

std::unique_ptr<MainWindow> strictSampleWindow(const QTemporaryDir &dir)
{
    static int copies = 0;
    const QString path = createSamplePortfolio(dir, QStringLiteral("sample-%1.pactline").arg(++copies));
    if (path.isEmpty())
        return nullptr;
    auto window = std::make_unique<MainWindow>();
    window->setErrorReporter([](const QString &title, const QString &message) {
        QFAIL(qPrintable(title + QStringLiteral(": ") + message));
    });
    return window->openFile(path) ? std::move(window) : nullptr;
}

RecordView *WindowFixture::showView(MainWindow &window, const QString &id)
{
    if (showSample(window).isEmpty())
        return nullptr;
    trigger(window, (QStringLiteral("actionView_") + id).toLatin1().constData());
    return QTest::currentTestFailed() ? nullptr : view(window, id);
}

QStringList mainMenuTexts(MainWindow &window)
{
    const auto *language = window.findChild<QMenu *>(QStringLiteral("menuLanguage"));
    const auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
    return {window.fileMenu()->title(), window.editMenu()->title(), window.viewMenu()->title(),
            language ? language->title() : QString(), undo ? undo->text() : QString()};
}

void trigger(MainWindow &window, const char *action)
{
    QAction *found = window.findChild<QAction *>(QLatin1String(action));
    QVERIFY2(found, action);
    QVERIFY2(found->isEnabled(), action);
    found->trigger();
}

RecordView *view(MainWindow &window, const QString &id)
{
    return window.findChild<RecordView *>(id + QStringLiteral("View"));
}

QWidget *openEditor(QTableView *table, const QModelIndex &index)
{
    table->setFocus();
    table->setCurrentIndex(index);
    table->scrollTo(index);
    QTest::keyClick(table, Qt::Key_Return); // Enter edits
    return QApplication::focusWidget() != table ? QApplication::focusWidget() : nullptr;
}

} // namespace TestSupport
