// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Help > User Guide, About Pactline, About Qt and Date Formats on the real main window: the actions, the
// guide's sections and the shortcuts it names, what About says (versions of Pactline, Qt and SQLite, the
// licences) and the text of each licence, and a date formats page whose every example FuzzyDate::parse
// reads as the date it stands for.
#include "domain/fuzzydate.h"
#include "help/helppages.h"
#include "help/licences.h"
#include "help/userguide.h"
#include "mainwindow.h"
#include "store/database.h"
#include "version/pactlineversion.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QKeySequence>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
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
    void aboutShowsEachLicenceText();
    void aboutQtOpensQtsBox();
    void dateFormatsListWhatTheParserReads();
    void userGuideOpensWithItsSections();
    void userGuideShortcutsExist_data();
    void userGuideShortcutsExist();
    void cleanupTestCase();

private:
    // The page of the main window's help window of that object name once it shows; null when it does not.
    QTextBrowser *shownPage(const QString &window, const QString &page) const;

    std::unique_ptr<MainWindow> m_window;
};

void TestHelpPages::initTestCase()
{
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
    for (const char *licence : {"Pactline: GPL-3.0-or-later", "Qt 6: LGPL-3.0", "SQLite: public domain",
                                "OpenSSL 3 (Windows and macOS packages): Apache-2.0",
                                "QtKeychain (Windows and macOS packages): BSD-3-Clause", "PostgreSQL Licence"})
        QVERIFY2(text.contains(QString::fromUtf8(licence)), licence);
    box->close();
    QVERIFY(!box->isVisible());
}

void TestHelpPages::aboutShowsEachLicenceText()
{
    m_window->findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("aboutDialog"));
    QTRY_VERIFY(box->isVisible());
    auto *button = box->findChild<QPushButton *>(QStringLiteral("aboutLicences"));
    QVERIFY(button);
    button->click();
    QTRY_VERIFY(!box->isVisible());
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("licencesDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("licenceList"));
    auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("licenceText"));
    QVERIFY(list && text);
    const QList<Licences::Component> components = Licences::all();
    QCOMPARE(list->count(), components.size());
    // Each component's text is shown when it is chosen, and says what it is.
    const QHash<QString, QString> saying{
        {QStringLiteral("LICENSE"), QStringLiteral("GNU GENERAL PUBLIC LICENSE")},
        {QStringLiteral("LGPL-3.0.txt"), QStringLiteral("GNU LESSER GENERAL PUBLIC LICENSE")},
        {QStringLiteral("SQLite.txt"), QStringLiteral("public domain")},
        {QStringLiteral("PostgreSQL.txt"), QStringLiteral("PostgreSQL")},
        {QStringLiteral("Apache-2.0.txt"), QStringLiteral("Apache License")},
        {QStringLiteral("BSD-3-Clause.txt"), QStringLiteral("Redistribution and use")},
        {QStringLiteral("THIRD-PARTY-NOTICES.txt"), QStringLiteral("Qt 6")}};
    QSet<QString> shown;
    for (int row = 0; row < components.size(); ++row) {
        list->setCurrentRow(row);
        const QString file = components.at(row).text.section(QLatin1Char('/'), -1);
        QVERIFY2(saying.contains(file), qPrintable(file));
        QVERIFY2(text->toPlainText().contains(saying.value(file)), qPrintable(file));
        shown << file;
    }
    // Every licence the packages install is one of them.
    const QStringList packaged =
        QDir(QStringLiteral(PACTLINE_SOURCE_DIR "/packaging/licenses")).entryList({QStringLiteral("*.txt")});
    QVERIFY(!packaged.isEmpty());
    for (const QString &file : packaged)
        QVERIFY2(shown.contains(file), qPrintable(file));
    dialog->close();
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

QTextBrowser *TestHelpPages::shownPage(const QString &window, const QString &page) const
{
    auto *shown = m_window->findChild<QWidget *>(window);
    if (!shown || !QTest::qWaitFor([shown] { return shown->isVisible(); }))
        return nullptr;
    return shown->findChild<QTextBrowser *>(page);
}

void TestHelpPages::dateFormatsListWhatTheParserReads()
{
    m_window->findChild<QAction *>(QStringLiteral("actionDateFormats"))->trigger();
    QTextBrowser *page = shownPage(QStringLiteral("dateFormatsDialog"), QStringLiteral("dateFormatsPage"));
    QVERIFY(page);
    QVERIFY(qobject_cast<QDialog *>(page->window()));
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
    page->window()->close();
}

void TestHelpPages::userGuideOpensWithItsSections()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionUserGuide"));
    QVERIFY(action);
    QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("menuHelp"))->actions().contains(action));
    QCOMPARE(action->text(), QStringLiteral("&User Guide"));
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
#if !defined(Q_OS_MACOS)
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F1));
#endif
    action->trigger();
    QTextBrowser *page = shownPage(QStringLiteral("userGuideWindow"), QStringLiteral("userGuidePage"));
    QVERIFY(page);
    const QString shown = page->toPlainText();
    for (const char *section : {"Portfolios", "The views", "Adding partners, agreements and milestones", "Fuzzy dates",
                                "Import and export", "Reports", "Backups", "Keyboard shortcuts"})
        QVERIFY2(shown.contains(QLatin1String(section)), section);
    QVERIFY(shown.contains(QStringLiteral("A portfolio is")));
    // The guide speaks the language of the user interface.
    QCOMPARE(UserGuide::source(UiLanguage::Language::English), QStringLiteral(":/help/userguide_en.html"));
    QCOMPARE(UserGuide::source(UiLanguage::Language::Dutch), QStringLiteral(":/help/userguide_nl.html"));
    QCOMPARE(UserGuide::source(UiLanguage::Language::Swedish), QStringLiteral(":/help/userguide_sv.html"));
    QWidget *guide = page->window();
    QCOMPARE(guide->objectName(), QStringLiteral("userGuideWindow"));
    guide->close();
    QVERIFY(!guide->isVisible());
}

void TestHelpPages::userGuideShortcutsExist_data()
{
    QTest::addColumn<QString>("source");
    for (const UiLanguage::Language language :
         {UiLanguage::Language::English, UiLanguage::Language::Dutch, UiLanguage::Language::Swedish})
        QTest::newRow(qPrintable(UiLanguage::code(language))) << UserGuide::source(language);
}

void TestHelpPages::userGuideShortcutsExist()
{
    QFETCH(QString, source);
    QFile file(source);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(source));
    const QString html = QString::fromUtf8(file.readAll());
    // Each language's guide has the same eight sections, the ones the table of contents names.
    for (const char *section :
         {"portfolio", "views", "records", "dates", "exchange", "reports", "backups", "shortcuts"})
        QVERIFY2(html.contains(QStringLiteral("<h2><a name=\"%1\"></a>").arg(QLatin1String(section))) &&
                     html.contains(QStringLiteral("<a href=\"#%1\">").arg(QLatin1String(section))),
                 section);
    QCOMPARE(html.count(QStringLiteral("<h2>")), 8);
    QList<QKeySequence> existing;
    for (const QAction *action : m_window->findChildren<QAction *>())
        existing += action->shortcuts();
    static const QRegularExpression key(QStringLiteral("<kbd>(.*?)</kbd>"));
    int named = 0;
    for (auto it = key.globalMatch(html); it.hasNext(); ++named) {
        const QString text = it.next().captured(1);
        const QKeySequence sequence(text, QKeySequence::PortableText);
        QVERIFY2(!sequence.isEmpty() && existing.contains(sequence), qPrintable(text));
    }
    QVERIFY2(named >= 15, qPrintable(QString::number(named)));
}

void TestHelpPages::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(TestHelpPages)
#include "tst_helppages.moc"
