// Help > About Pactline, About Qt and Date Formats on the real main window: the actions, what About
// says (versions of Pactline, Qt and SQLite, the licences), and a date formats page whose every example
// FuzzyDate::parse reads as the date it stands for.
#include "domain/fuzzydate.h"
#include "help/helppages.h"
#include "mainwindow.h"
#include "store/database.h"
#include "version/pactlineversion.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <memory>

class TestHelpPages final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpIsTheLastMenu();
    void aboutSaysWhatAndWhich();
    void aboutQtOpensQtsBox();
    void dateFormatsListWhatTheParserReads();
    void cleanupTestCase();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestHelpPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestHelpPages::helpIsTheLastMenu()
{
    auto *help = m_window->findChild<QMenu *>(QStringLiteral("menuHelp"));
    QVERIFY(help);
    QCOMPARE(m_window->menuBar()->actions().constLast(), help->menuAction());
    auto *about = m_window->findChild<QAction *>(QStringLiteral("actionAbout"));
    auto *formats = m_window->findChild<QAction *>(QStringLiteral("actionDateFormats"));
    QVERIFY(about && formats);
    QVERIFY(help->actions().contains(about));
    QVERIFY(help->actions().contains(formats));
    QCOMPARE(about->text(), QStringLiteral("&About Pactline"));
    QCOMPARE(formats->text(), QStringLiteral("&Date Formats"));
    auto *aboutQt = m_window->findChild<QAction *>(QStringLiteral("actionAboutQt"));
    QVERIFY(aboutQt && help->actions().contains(aboutQt));
    QCOMPARE(aboutQt->text(), QStringLiteral("About &Qt"));
    QCOMPARE(aboutQt->menuRole(), QAction::AboutQtRole);
}

void TestHelpPages::aboutSaysWhatAndWhich()
{
    m_window->findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("aboutDialog"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    const QString text = box->text();
    QVERIFY2(text.contains(QStringLiteral("Pactline " PACTLINE_VERSION)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(text.contains(QStringLiteral("international collaborations")));
    QVERIFY(text.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))));
    QVERIFY(!Database::sqliteVersion().isEmpty());
    QVERIFY2(text.contains(QStringLiteral("SQLite %1").arg(Database::sqliteVersion())), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later; Qt under the LGPL-3.0")));
    box->close();
    QVERIFY(!box->isVisible());
}

void TestHelpPages::aboutQtOpensQtsBox()
{
    // Qt's own box is modal: note its title and close it from the event loop it runs.
    QString title;
    QTimer::singleShot(0, this, [&title] {
        if (QWidget *box = QApplication::activeModalWidget()) {
            title = box->windowTitle();
            box->close();
        }
    });
    m_window->findChild<QAction *>(QStringLiteral("actionAboutQt"))->trigger();
    QCOMPARE(title, QStringLiteral("About Qt"));
}

void TestHelpPages::dateFormatsListWhatTheParserReads()
{
    m_window->findChild<QAction *>(QStringLiteral("actionDateFormats"))->trigger();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("dateFormatsDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *page = dialog->findChild<QTextBrowser *>(QStringLiteral("dateFormatsPage"));
    QVERIFY(page);
    const QString shown = page->toPlainText();

    // Every example on the page is one the parser reads, as the date it stands for.
    const QList<HelpPages::DateExample> examples = HelpPages::dateFormatExamples();
    QStringList texts;
    for (const HelpPages::DateExample &example : examples) {
        QVERIFY2(shown.contains(example.text), qPrintable(example.text));
        QString error;
        const FuzzyDate parsed = FuzzyDate::parse(example.text, &error);
        QVERIFY2(parsed == example.date, qPrintable(example.text + QStringLiteral(": ") + error));
        texts << example.text;
    }
    // The forms a user meets first, in the three languages, are all there.
    for (const char *form :
         {"2023-09-12", "12 September 2023", "12 september 2023", "2023-09", "September 2023", "september 2023",
          "Q3 2024", "2024-Q3", "3e kwartaal 2024", "K3 2024", "H2 2025", "2025-H2", "2e helft 2025", "2022"})
        QVERIFY2(texts.contains(QString::fromUtf8(form)), form);
    // Each precision has a row.
    for (const char *period : {"A day", "A month", "A quarter", "A half year", "A year"})
        QVERIFY2(shown.contains(QLatin1String(period)), period);
    dialog->close();
}

void TestHelpPages::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(TestHelpPages)
#include "tst_helppages.moc"
