// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Pactline in Swedish: the real main window with Swedish menus, the report dialog in Swedish with its
// period as Swedish dates, Swedish FuzzyDates in a list cell and in the Details form, and the status
// bar's counts with Swedish (and English) plurals.
#include "domain/uilanguage.h"
#include "mainwindow.h"
#include "models/milestonetablemodel.h"
#include "records/fuzzydateedit.h"
#include "records/recordview.h"
#include "report/reportdialog.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/milestonerepository.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestSwedishInterface final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindowMenusAreSwedish();
    void reportDialogIsSwedish();
    void datesInTheWindowAreSwedish();
    void statusBarCountsHaveSwedishPlurals();
    void statusBarCountsHaveEnglishPlurals();
    void cleanupTestCase();

private:
    // A portfolio with one agreement and `milestones` milestones, one of them overdue.
    QString portfolioWith(int milestones, const QString &name) const;
    // Opens a portfolio of that many milestones (a file named after the language) at the agreements.
    void openWithMilestones(MainWindow &window, int milestones, const char *language) const;
    static QString milestonePart(MainWindow &window);

    TestSupport::WindowFixture m_ui;
};

void TestSwedishInterface::initTestCase()
{
    m_ui.start();
    QVERIFY(m_ui.dir().isValid());
    UiLanguage::apply(QStringLiteral("sv"));
    QCOMPARE(QLocale().language(), QLocale::Swedish);
}

void TestSwedishInterface::mainWindowMenusAreSwedish()
{
    MainWindow window;
    QCOMPARE(TestSupport::mainMenuTexts(window),
             QStringList({QStringLiteral("&Arkiv"), QStringLiteral("&Redigera"), QStringLiteral("&Visa"),
                          QStringLiteral("&Språk"), QStringLiteral("&Ångra")}));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionLanguage_nl"))->text(),
             QStringLiteral("&Nederlands")); // each language by its own name
}

void TestSwedishInterface::reportDialogIsSwedish()
{
    ReportDialog dialog({{1, QStringLiteral("Första avtalet")}}, QString());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Rapport"));
    auto *from = dialog.findChild<QLineEdit *>(QStringLiteral("reportFrom"));
    auto *to = dialog.findChild<QLineEdit *>(QStringLiteral("reportTo"));
    QVERIFY(from && to);
    static const QRegularExpression swedishDay(QStringLiteral(
        "^[0-9]{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) "
        "[0-9]{4}$"));
    QVERIFY2(swedishDay.match(from->text()).hasMatch(), qPrintable(from->text()));
    QVERIFY2(swedishDay.match(to->text()).hasMatch(), qPrintable(to->text()));
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem())); // the Swedish dates read back
    dialog.setKind(ReportOptions::Kind::Progress);
    dialog.setPeriod(QStringLiteral("maj 2024"), QStringLiteral("2024-Q1"));
    QCOMPARE(dialog.problem(), QStringLiteral("Perioden börjar efter att den slutar: maj 2024 ligger efter K1 2024."));
}

void TestSwedishInterface::datesInTheWindowAreSwedish()
{
    MainWindow window;
    QVERIFY(window.openFile(TestSupport::createSamplePortfolio(m_ui.dir())));
    QVERIFY(window.showView(QStringLiteral("milestones")));
    RecordView *view = window.recordView(QStringLiteral("milestones"));
    const RecordTableModel *model = view->model();
    int lund = -1;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, MilestoneTableModel::TitleColumn).data().toString() ==
            QStringLiteral("Production facility in Lund ready"))
            lund = row;
    QVERIFY(lund >= 0);
    QCOMPARE(model->index(lund, MilestoneTableModel::DueColumn).data().toString(), QStringLiteral("K3 2024"));
    QVERIFY(view->selectId(model->idAt(lund)));
    auto *due = window.findChild<FuzzyDateEdit *>(QStringLiteral("dueEdit"));
    QVERIFY(due);
    QTRY_COMPARE(due->text(), QStringLiteral("K3 2024"));
    QCOMPARE(due->hint(), QStringLiteral("1 juli 2024 – 30 sep. 2024"));
}

QString TestSwedishInterface::portfolioWith(int milestones, const QString &name) const
{
    const QString path = m_ui.dir().filePath(name);
    auto db = Database::create(path);
    if (!db)
        return {};
    Agreement agreement;
    agreement.title = QStringLiteral("Samarbete");
    agreement.status = AgreementStatus::Active;
    agreement.signedOn = FuzzyDate::month(2019, 5);
    const auto stored = AgreementRepository(**db).create(agreement);
    if (!stored)
        return {};
    for (int i = 0; i < milestones; ++i) {
        Milestone milestone;
        milestone.agreementId = stored->meta.id;
        milestone.title = QStringLiteral("Steg %1").arg(i + 1);
        milestone.due = i == 0 ? FuzzyDate::year(2020) : FuzzyDate::year(2200);
        if (!MilestoneRepository(**db).create(milestone))
            return {};
    }
    return path;
}

void TestSwedishInterface::openWithMilestones(MainWindow &window, int milestones, const char *language) const
{
    QVERIFY(window.openFile(
        portfolioWith(milestones, QStringLiteral("%1%2.pactline").arg(QLatin1String(language)).arg(milestones))));
    QVERIFY(window.showView(QStringLiteral("agreements")));
}

QString TestSwedishInterface::milestonePart(MainWindow &window)
{
    // "1 av 1 avtal · 1 milstolpe · 1 försenade": the part between the dots, once counted.
    if (!QTest::qWaitFor([&window] { return window.statusText().count(QStringLiteral(" · ")) == 2; }))
        return window.statusText();
    return window.statusText().section(QStringLiteral(" · "), 1, 1);
}

void TestSwedishInterface::statusBarCountsHaveSwedishPlurals()
{
    for (const auto &[count, expected] : {std::pair{1, "1 milstolpe"}, std::pair{2, "2 milstolpar"}}) {
        MainWindow window;
        openWithMilestones(window, count, "sv");
        QCOMPARE(milestonePart(window), QString::fromUtf8(expected));
        QVERIFY2(window.statusText().startsWith(QStringLiteral("1 av 1 avtal")), qPrintable(window.statusText()));
    }
}

void TestSwedishInterface::statusBarCountsHaveEnglishPlurals()
{
    UiLanguage::apply(QStringLiteral("en"));
    for (const auto &[count, expected] : {std::pair{1, "1 milestone"}, std::pair{2, "2 milestones"}}) {
        MainWindow window;
        openWithMilestones(window, count, "en");
        QCOMPARE(milestonePart(window), QString::fromUtf8(expected));
    }
    UiLanguage::apply(QStringLiteral("sv"));
}

void TestSwedishInterface::cleanupTestCase()
{
    QLocale::setDefault(QLocale::system());
    UiLanguage::install(QLocale());
    m_ui.finish();
}

QTEST_MAIN(TestSwedishInterface)
#include "tst_swedishinterface.moc"
