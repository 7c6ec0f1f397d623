// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Pactline in Dutch: the core's and the main window's texts once Dutch is installed, the choice of
// language in View > Language (stored for the next start), a start in Dutch from the environment
// (LANGUAGE, LC_ALL) and a progress report whose PDF has Dutch headings.
#include "domain/enums.h"
#include "domain/uilanguage.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QAction>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using TestSupport::ProcessResult;

class TestDutchInterface final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void coreTextsAreDutch();
    void mainWindowMenusAreDutch();
    void languageChoiceIsKeptForTheNextStart();
    void chosenLanguagesAreSpoken();
    void startsInDutchFromTheEnvironment_data();
    void startsInDutchFromTheEnvironment();
    void progressReportHasDutchHeadings();
    void cleanupTestCase();

private:
    // Runs pactline with these environment variables set (and restored afterwards).
    static ProcessResult runWith(const QList<std::pair<QByteArray, QByteArray>> &env, const QStringList &arguments);
    static QString pdfText(const QString &pdf);

    TestSupport::WindowFixture m_ui;
};

void TestDutchInterface::initTestCase()
{
    m_ui.start();
    QVERIFY(m_ui.dir().isValid());
    UiLanguage::install(QLocale(QLocale::Dutch, QLocale::Netherlands));
}

void TestDutchInterface::coreTextsAreDutch()
{
    QCOMPARE(displayNameOf(AgreementStatus::Signed), QStringLiteral("Ondertekend"));
    QCOMPARE(displayNameOf(MilestoneStatus::AtRisk), QStringLiteral("In gevaar"));
    QCOMPARE(QCoreApplication::translate("CsvImport", "%n agreement(s)", nullptr, 1), QStringLiteral("1 overeenkomst"));
    QCOMPARE(QCoreApplication::translate("CsvImport", "%n agreement(s)", nullptr, 3),
             QStringLiteral("3 overeenkomsten"));
}

void TestDutchInterface::mainWindowMenusAreDutch()
{
    MainWindow window;
    QCOMPARE(TestSupport::mainMenuTexts(window),
             QStringList({QStringLiteral("&Bestand"), QStringLiteral("Be&werken"), QStringLiteral("Beel&d"),
                          QStringLiteral("&Taal"), QStringLiteral("&Ongedaan maken")}));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionOpen"))->text(), QStringLiteral("&Openen…"));
    QVERIFY(
        window.viewMenu()->actions().contains(window.findChild<QMenu *>(QStringLiteral("menuLanguage"))->menuAction()));
}

void TestDutchInterface::languageChoiceIsKeptForTheNextStart()
{
    MainWindow window;
    auto *system = window.findChild<QAction *>(QStringLiteral("actionLanguage_system"));
    auto *dutch = window.findChild<QAction *>(QStringLiteral("actionLanguage_nl"));
    auto *swedish = window.findChild<QAction *>(QStringLiteral("actionLanguage_sv"));
    QVERIFY(system && dutch && swedish && window.findChild<QAction *>(QStringLiteral("actionLanguage_en")));
    QVERIFY(system->isChecked());
    QCOMPARE(system->text(), QStringLiteral("&Systeemtaal"));
    QCOMPARE(swedish->text(), QStringLiteral("S&venska")); // each language by its own name

    dutch->trigger();
    QVERIFY(dutch->isChecked());
    QVERIFY(!system->isChecked());
    QCOMPARE(UiLanguage::chosen(), QStringLiteral("nl"));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("De taal verandert wanneer Pactline opnieuw start."));
    {
        MainWindow next;
        QVERIFY(next.findChild<QAction *>(QStringLiteral("actionLanguage_nl"))->isChecked());
    }

    system->trigger();
    QCOMPARE(UiLanguage::chosen(), QString());
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
}

void TestDutchInterface::chosenLanguagesAreSpoken()
{
    QCOMPARE(UiLanguage::preferred(QStringLiteral("nl")).language(), QLocale::Dutch);
    QCOMPARE(UiLanguage::preferred(QStringLiteral("sv")).language(), QLocale::Swedish);
    QCOMPARE(UiLanguage::preferred(QStringLiteral("en")).language(), QLocale::English);
    QCOMPARE(UiLanguage::of(UiLanguage::preferred(QStringLiteral("nl"))), UiLanguage::Language::Dutch);
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
    QCOMPARE(UiLanguage::chosen(), QString()); // a language Pactline does not speak: the system's
    QSettings().remove(QStringLiteral("ui/language"));
}

ProcessResult TestDutchInterface::runWith(const QList<std::pair<QByteArray, QByteArray>> &env,
                                          const QStringList &arguments)
{
    QList<std::pair<QByteArray, QByteArray>> before;
    for (const auto &[name, value] : env) {
        before.append({name, qgetenv(name.constData())});
        qputenv(name.constData(), value);
    }
    const ProcessResult result = TestSupport::runPactline(arguments);
    for (const auto &[name, value] : before) {
        if (value.isEmpty())
            qunsetenv(name.constData());
        else
            qputenv(name.constData(), value);
    }
    return result;
}

QString TestDutchInterface::pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    // pdftotext breaks lines where the layout does; one line reads more simply.
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

void TestDutchInterface::startsInDutchFromTheEnvironment_data()
{
    QTest::addColumn<QByteArray>("language");
    QTest::addColumn<QByteArray>("lcAll");
    QTest::newRow("LANGUAGE=nl") << QByteArray("nl") << QByteArray("C.UTF-8");
    QTest::newRow("LANGUAGE=de:nl") << QByteArray("de:nl") << QByteArray("C.UTF-8");
    QTest::newRow("LC_ALL=nl_NL") << QByteArray() << QByteArray("nl_NL.UTF-8");
    QTest::newRow("LC_ALL=nl_BE") << QByteArray() << QByteArray("nl_BE.UTF-8");
}

void TestDutchInterface::startsInDutchFromTheEnvironment()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    QSKIP("Windows and macOS take the language from the system's settings, not from LANGUAGE or LC_ALL");
#endif
    QFETCH(QByteArray, language);
    QFETCH(QByteArray, lcAll);
    const ProcessResult r = runWith({{"LANGUAGE", language}, {"LC_ALL", lcAll}}, {QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Pactline: partners, overeenkomsten en mijlpalen van internationale "
                                           "samenwerkingen.")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Opdrachten (draaien zonder beeldscherm):")), qPrintable(r.out));
}

void TestDutchInterface::progressReportHasDutchHeadings()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    QSKIP("Windows and macOS take the language from the system's settings, not from LC_ALL");
#endif
    const QString portfolio = TestSupport::createSamplePortfolio(m_ui.dir());
    QVERIFY(!portfolio.isEmpty());
    const QString pdf = m_ui.dir().filePath(QStringLiteral("voortgang.pdf"));
    const ProcessResult r = runWith({{"LANGUAGE", QByteArray()}, {"LC_ALL", "nl_NL.UTF-8"}},
                                    {QStringLiteral("report"), QStringLiteral("--kind"), QStringLiteral("progress"),
                                     QStringLiteral("--from"), QStringLiteral("2022"), QStringLiteral("--to"),
                                     QStringLiteral("2024"), QStringLiteral("-o"), pdf, portfolio});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("Geschreven naar ")), qPrintable(r.out));
    const QString text = pdfText(pdf);
    for (const QString &heading : {QStringLiteral("Voortgangsrapport, januari 2022 – december 2024"),
                                   QStringLiteral("overeenkomsten ondertekend"), QStringLiteral("Over dit rapport"),
                                   QStringLiteral("Pagina 1 van")})
        QVERIFY2(text.contains(heading), qPrintable(heading + QStringLiteral(" is not in: ") + text.left(1500)));
    QVERIFY2(!text.contains(QStringLiteral("Progress report")), qPrintable(text.left(1500)));
}

void TestDutchInterface::cleanupTestCase()
{
    UiLanguage::install(QLocale());
    m_ui.finish();
}

QTEST_MAIN(TestDutchInterface)
#include "tst_dutchinterface.moc"
