// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The reports in the real main window: File > Export PDF…, Print Preview… and Print… act on the
// open portfolio, the agreements view's filter and the selected agreement, and are off without a
// portfolio.
#include "mainwindow.h"
#include "models/recordtablemodel.h"
#include "records/recordview.h"
#include "recordselection.h"
#include "report/reportactions.h"
#include "report/reportdialog.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestReportMenu : public QObject
{
    Q_OBJECT

private slots:
    void fileMenuHasTheReports();
    void exportFollowsTheWindow();
};

void TestReportMenu::fileMenuHasTheReports()
{
    QTemporaryDir dir;
    MainWindow window;
    window.setErrorReporter([](const QString &title, const QString &message) {
        QFAIL(qPrintable(title + QStringLiteral(": ") + message));
    });
    const QStringList names{QStringLiteral("actionExportPdf"), QStringLiteral("actionPrintPreview"),
                            QStringLiteral("actionPrint")};
    QList<QAction *> actions;
    for (const QString &name : names) {
        auto *action = window.findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(window.fileMenu()->actions().contains(action), qPrintable(name));
        QVERIFY2(!action->isEnabled(), qPrintable(name)); // no portfolio yet
        actions << action;
    }
    QVERIFY(window.openFile(createSamplePortfolio(dir)));
    for (QAction *action : std::as_const(actions))
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
    window.closePortfolio();
    for (QAction *action : std::as_const(actions))
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
}

void TestReportMenu::exportFollowsTheWindow()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(window.openFile(createSamplePortfolio(dir)));
    auto *reports = window.findChild<ReportActions *>(QStringLiteral("reportActions"));
    QVERIFY(reports);
    QStringList errors;
    reports->setErrorReporter([&errors](const QString &, const QString &message) { errors << message; });
    reports->setFileChooser([&dir](const QString &, const QString &suggested) { return dir.filePath(suggested); });

    // The agreements view is filtered to the completed ones and the MSA is selected.
    window.recordView(QStringLiteral("agreements"))
        ->model()
        ->setFilter(QStringLiteral("status"), QStringLiteral("completed"));
    window.selection()->selectAgreement(5);
    QString filterText;
    qint64 offeredAgreement = 0;
    reports->setOptionsAsker([&](ReportDialog &dialog) {
        filterText = dialog.findChild<QRadioButton *>(QStringLiteral("reportScopeFilter"))->text();
        offeredAgreement = dialog.findChild<QComboBox *>(QStringLiteral("reportAgreement"))->currentData().toLongLong();
        dialog.findChild<QPushButton *>(QStringLiteral("reportOk"))->click();
        return true;
    });
    QSignalSpy exported(reports, &ReportActions::pdfExported);
    window.findChild<QAction *>(QStringLiteral("actionExportPdf"))->trigger();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(exported.count(), 1);
    QVERIFY2(filterText.contains(QStringLiteral("Status: Completed")), qPrintable(filterText));
    QCOMPARE(offeredAgreement, 5);
    const QString path = exported.at(0).at(0).toString();
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("sample – Portfolio report.pdf"));
    // The status bar confirms where it went.
    QVERIFY2(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)),
             qPrintable(window.statusBar()->currentMessage()));

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished());
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(QStringLiteral("Agreements covered Status: Completed")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Early-phase clinical research: CTC and QPS")));
    QVERIFY(!text.contains(QStringLiteral("ATMP, cell and gene therapy")));
}

QTEST_MAIN(TestReportMenu)
#include "tst_reportmenu.moc"
