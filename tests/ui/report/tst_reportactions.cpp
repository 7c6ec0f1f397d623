// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export PDF…, Print… and Print Preview…: the options dialog and the three actions, driven
// through their seams on the sample portfolio; the PDFs checked with poppler's tools.
#include "report/reportactions.h"
#include "report/reportdialog.h"
#include "store/database.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TestSupport;

class TestReportActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dialogDefaults();
    void dialogRefusesWhatCannotBeReported();
    void exportWritesTheChosenReport();
    void exportKeepsTheMainWindowsFilter();
    void exportSummarisesTheSelectedAgreement();
    void cancellingWritesNothing();
    void exportToAFolderIsRefused();
    void printGoesToThePrinter();
    void previewShowsEveryPage();
    void withoutAPortfolioTheActionsAreOff();

private:
    // The text of a PDF (skips the test when pdftotext is missing).
    QString pdfText(const QString &path);
    int pdfPages(const QString &path);
    // Answers the options dialog: the kind, then `configure`, then OK.
    void answer(ReportOptions::Kind kind, const std::function<void(ReportDialog &)> &configure = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QWidget> m_window;
    ReportActions *m_actions = nullptr;
    ListQuery m_filter;
    qint64 m_selected = 0;
    QStringList m_errors;
    int m_asked = 0;
    int m_chosen = 0;
};

void TestReportActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = openSamplePortfolio(*m_dir);
    QVERIFY(m_db);
    m_window = std::make_unique<QWidget>();
    m_actions = new ReportActions(m_window.get());
    m_filter = {};
    m_selected = 0;
    m_errors.clear();
    m_asked = 0;
    m_chosen = 0;
    m_actions->setSources([this] { return m_db.get(); }, [this] { return m_filter; }, [this] { return m_selected; });
    m_actions->setErrorReporter(
        [this](const QString &title, const QString &message) { m_errors << title + QStringLiteral(": ") + message; });
    m_actions->setOptionsAsker([this](ReportDialog &) {
        ++m_asked;
        return true;
    });
    m_actions->setFileChooser([this](const QString &, const QString &) {
        ++m_chosen;
        return m_dir->filePath(QStringLiteral("report"));
    });
}

void TestReportActions::cleanup()
{
    m_window.reset();
    m_db.reset();
}

QString TestReportActions::pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        QTest::qSkip("pdftotext (poppler-utils) is not installed", __FILE__, __LINE__);
    QProcess process;
    process.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    process.waitForFinished();
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

int TestReportActions::pdfPages(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (tool.isEmpty())
        return -1;
    QProcess process;
    process.start(tool, {path});
    process.waitForFinished();
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    const qsizetype at = info.indexOf(QStringLiteral("Pages:"));
    return at < 0 ? 0 : info.mid(at + 6).section(QLatin1Char('\n'), 0, 0).trimmed().toInt();
}

void TestReportActions::answer(ReportOptions::Kind kind, const std::function<void(ReportDialog &)> &configure)
{
    m_actions->setOptionsAsker([this, kind, configure](ReportDialog &dialog) {
        ++m_asked;
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("reportKind"));
        combo->setCurrentIndex(combo->findData(int(kind)));
        if (configure)
            configure(dialog);
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("reportOk"));
        if (!ok->isEnabled())
            return false;
        ok->click();
        return dialog.result() == QDialog::Accepted;
    });
}

void TestReportActions::dialogDefaults()
{
    ReportDialog dialog({{1, QStringLiteral("First")}, {2, QStringLiteral("Second")}}, QString());
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("reportKind"));
    auto *agreement = dialog.findChild<QComboBox *>(QStringLiteral("reportAgreement"));
    auto *from = dialog.findChild<QLineEdit *>(QStringLiteral("reportFrom"));
    auto *to = dialog.findChild<QLineEdit *>(QStringLiteral("reportTo"));
    auto *filtered = dialog.findChild<QRadioButton *>(QStringLiteral("reportScopeFilter"));
    auto *whole = dialog.findChild<QRadioButton *>(QStringLiteral("reportScopeAll"));
    auto *paper = dialog.findChild<QComboBox *>(QStringLiteral("reportPaper"));
    QVERIFY(kind && agreement && from && to && filtered && whole && paper);
    QCOMPARE(kind->currentData().toInt(), int(ReportOptions::Kind::Portfolio));
    QVERIFY(!agreement->isEnabled());
    QVERIFY(!from->isEnabled() && !to->isEnabled());
    // Nothing filtered: the whole portfolio, and the filter choice is off.
    QVERIFY(whole->isChecked());
    QVERIFY(!filtered->isEnabled());
    QCOMPARE(paper->currentText(), QStringLiteral("A4"));
    // The period defaults to the last twelve months.
    kind->setCurrentIndex(kind->findData(int(ReportOptions::Kind::Progress)));
    QVERIFY(from->isEnabled() && to->isEnabled());
    const ReportOptions options = dialog.options({});
    QCOMPARE(options.to, QDate::currentDate());
    QCOMPARE(options.from, QDate::currentDate().addMonths(-12).addDays(1));
    QCOMPARE(options.kind, ReportOptions::Kind::Progress);
}

void TestReportActions::dialogRefusesWhatCannotBeReported()
{
    ReportDialog dialog({{7, QStringLiteral("Only")}}, QStringLiteral("Status: Active"));
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("reportOk"));
    dialog.setKind(ReportOptions::Kind::Progress);
    dialog.setPeriod(QStringLiteral("2024"), QStringLiteral("June 2023"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(dialog.problem().contains(QStringLiteral("starts after it ends")), qPrintable(dialog.problem()));
    dialog.setPeriod(QStringLiteral("2023"), QStringLiteral("someday"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(dialog.problem().startsWith(QStringLiteral("To:")), qPrintable(dialog.problem()));
    dialog.setPeriod(QStringLiteral("Q4 2022"), QStringLiteral("H1 2023"));
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.problem().isEmpty());
    ListQuery filter;
    filter.filters.insert(QStringLiteral("status"), QStringLiteral("active"));
    const ReportOptions options = dialog.options(filter);
    QCOMPARE(options.from, QDate(2022, 10, 1));
    QCOMPARE(options.to, QDate(2023, 6, 30));
    QCOMPARE(options.filter.filters.value(QStringLiteral("status")), QStringLiteral("active"));
    dialog.findChild<QRadioButton *>(QStringLiteral("reportScopeAll"))->setChecked(true);
    QVERIFY(dialog.options(filter).filter.filters.isEmpty());

    ReportDialog empty({}, QString());
    empty.setKind(ReportOptions::Kind::Agreement);
    QVERIFY(!empty.findChild<QPushButton *>(QStringLiteral("reportOk"))->isEnabled());
    QVERIFY(!empty.problem().isEmpty());
}

void TestReportActions::exportWritesTheChosenReport()
{
    answer(ReportOptions::Kind::Progress, [](ReportDialog &dialog) {
        dialog.setPeriod(QStringLiteral("October 2022"), QStringLiteral("September 2023"));
    });
    QSignalSpy exported(m_actions, &ReportActions::pdfExported);
    m_actions->exportAction()->trigger();
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    QCOMPARE(exported.count(), 1);
    const QString path = exported.at(0).at(0).toString();
    QCOMPARE(path, m_dir->filePath(QStringLiteral("report.pdf")));
    QVERIFY(QFileInfo::exists(path));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("October 2022 – September 2023")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Achieved on 12 September 2023: Joint articles submitted for publication.")),
             qPrintable(text));
    QCOMPARE(pdfPages(path), exported.at(0).at(1).toInt());
}

void TestReportActions::exportKeepsTheMainWindowsFilter()
{
    m_filter.filters.insert(QStringLiteral("status"), QStringLiteral("completed"));
    answer(ReportOptions::Kind::Portfolio, [](ReportDialog &dialog) {
        auto *filtered = dialog.findChild<QRadioButton *>(QStringLiteral("reportScopeFilter"));
        QVERIFY(filtered->isEnabled() && filtered->isChecked());
        QVERIFY(filtered->text().contains(QStringLiteral("Status: Completed")));
    });
    QSignalSpy exported(m_actions, &ReportActions::pdfExported);
    m_actions->exportPdf();
    QCOMPARE(exported.count(), 1);
    const QString text = pdfText(exported.at(0).at(0).toString());
    QVERIFY2(text.contains(QStringLiteral("Status: Completed")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Early-phase clinical research: CTC and QPS")));
    QVERIFY(!text.contains(QStringLiteral("Cardiology services")));
    QVERIFY(!text.contains(QStringLiteral("Hans Schikan"))); // only the partners of the agreements shown
}

void TestReportActions::exportSummarisesTheSelectedAgreement()
{
    m_selected = 4;
    answer(ReportOptions::Kind::Agreement, [](ReportDialog &dialog) {
        auto *agreement = dialog.findChild<QComboBox *>(QStringLiteral("reportAgreement"));
        QVERIFY(agreement->isEnabled());
        QCOMPARE(agreement->currentData().toLongLong(), 4);
    });
    QSignalSpy exported(m_actions, &ReportActions::pdfExported);
    m_actions->exportPdf();
    QCOMPARE(exported.count(), 1);
    const QString text = pdfText(exported.at(0).at(0).toString());
    QVERIFY2(text.contains(QStringLiteral("Agreement summary Cardiology services: SCRO and Cardialysis")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Septal-defect closure device tested in humans")));
}

void TestReportActions::cancellingWritesNothing()
{
    m_actions->setOptionsAsker([this](ReportDialog &) {
        ++m_asked;
        return false;
    });
    m_actions->exportPdf();
    QCOMPARE(m_asked, 1);
    QCOMPARE(m_chosen, 0);
    m_actions->setOptionsAsker([](ReportDialog &) { return true; });
    m_actions->setFileChooser([this](const QString &, const QString &) {
        ++m_chosen;
        return QString();
    });
    QSignalSpy exported(m_actions, &ReportActions::pdfExported);
    m_actions->exportPdf();
    QCOMPARE(m_chosen, 1);
    QCOMPARE(exported.count(), 0);
    QVERIFY(m_errors.isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.pdf")}), QStringList());
}

void TestReportActions::exportToAFolderIsRefused()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.pdf")));
    m_actions->setFileChooser(
        [this](const QString &, const QString &) { return m_dir->filePath(QStringLiteral("folder.pdf")); });
    QSignalSpy exported(m_actions, &ReportActions::pdfExported);
    m_actions->exportPdf();
    QCOMPARE(exported.count(), 0);
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.constFirst().contains(QStringLiteral("is a folder")), qPrintable(m_errors.constFirst()));
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("folder.pdf"))).isEmpty());
}

void TestReportActions::printGoesToThePrinter()
{
    const QString path = m_dir->filePath(QStringLiteral("printed.pdf"));
    m_actions->setPrintSetup([&path](QPrinter &printer) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        return true;
    });
    QSignalSpy printed(m_actions, &ReportActions::printed);
    m_actions->printAction()->trigger();
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    QCOMPARE(printed.count(), 1);
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Portfolio report")) &&
                 text.contains(QStringLiteral("3.1 ATMP, cell and gene therapy: Lund, Skåne and Leiden")),
             qPrintable(text));
    QCOMPARE(pdfPages(path), printed.at(0).at(0).toInt());

    m_actions->setPrintSetup([](QPrinter &) { return false; });
    m_actions->print();
    QCOMPARE(printed.count(), 1);
}

void TestReportActions::previewShowsEveryPage()
{
    int pages = -1;
    m_actions->setPreviewRunner([&pages](QPrintPreviewDialog &dialog) {
        auto *widget = dialog.findChild<QPrintPreviewWidget *>();
        QVERIFY(widget);
        widget->updatePreview();
        pages = widget->pageCount();
    });
    m_actions->previewAction()->trigger();
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    // The same pages as the PDF of the same report.
    answer(ReportOptions::Kind::Portfolio);
    QSignalSpy exported(m_actions, &ReportActions::pdfExported);
    m_actions->exportPdf();
    QCOMPARE(exported.count(), 1);
    QVERIFY(pages > 3);
    QCOMPARE(pages, exported.at(0).at(1).toInt());
}

void TestReportActions::withoutAPortfolioTheActionsAreOff()
{
    QCOMPARE(m_actions->actions(),
             QList<QAction *>({m_actions->exportAction(), m_actions->previewAction(), m_actions->printAction()}));
    QVERIFY(m_actions->exportAction()->isEnabled());
    Database *db = m_db.get();
    m_actions->setSources([&db] { return db; });
    db = nullptr;
    QVERIFY(m_actions->exportAction()->isEnabled());
    m_actions->updateEnabled();
    QVERIFY(!m_actions->exportAction()->isEnabled());
    QVERIFY(!m_actions->printAction()->isEnabled());
    m_actions->exportPdf();
    QCOMPARE(m_asked, 0);
    QCOMPARE(m_errors.size(), 1);
    QVERIFY(m_errors.constFirst().contains(QStringLiteral("Open a portfolio first")));
}

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"
