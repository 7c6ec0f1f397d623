// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Exports and backups in the real main window, offscreen: the current list as CSV with its filter
// and columns, the portfolio as JSON and as a calendar; the automatic backup on open, the Backups
// dialog, and restoring a backup through the normal Open.
#include "exchange/autobackup.h"
#include "exchange/csvreader.h"
#include "exchange/portfoliojson.h"
#include "files/backupactions.h"
#include "files/backupdialog.h"
#include "files/exportactions.h"
#include "mainwindow.h"
#include "models/recordtablemodel.h"
#include "records/filterbar.h"
#include "records/recordview.h"
#include "store/database.h"
#include "store/partnerrepository.h"
#include "testsupport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace TestSupport;

class TestExchangeActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportsTheListOnScreen();
    void exportsThePortfolioAsJsonAndCalendar();
    void backupOnOpenAndRestoreThroughOpen();
    void backupsDialog();

private:
    QByteArray read(const QString &path);
    qint64 partners() { return PartnerRepository(*m_window->database()).count().value(); }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    ExportActions *m_exports = nullptr;
    BackupActions *m_backups = nullptr;
    QString m_chosen;
};

void TestExchangeActions::initTestCase()
{
    AutoBackup::setKeepSetting(AutoBackup::DefaultKeep);
}

void TestExchangeActions::init()
{
    static int count = 0;
    const QDir folder(m_dir.filePath(QString::number(++count)));
    QVERIFY(folder.mkpath(QStringLiteral(".")));
    m_path = createSamplePortfolio(m_dir, QStringLiteral("%1/Portfolio.pactline").arg(count));
    m_window = std::make_unique<MainWindow>();
    m_window->setErrorReporter([](const QString &title, const QString &message) {
        QFAIL(qPrintable(title + QStringLiteral(": ") + message));
    });
    m_exports = m_window->findChild<ExportActions *>(QStringLiteral("exportActions"));
    m_backups = m_window->findChild<BackupActions *>(QStringLiteral("backupActions"));
    QVERIFY(m_exports && m_backups);
    m_exports->setFileChooser([this](const QString &, const QString &, const QString &) { return m_chosen; });
    m_exports->setErrorReporter([](const QString &title, const QString &message) {
        QFAIL(qPrintable(title + QStringLiteral(": ") + message));
    });
    m_backups->setErrorReporter([](const QString &title, const QString &message) {
        QFAIL(qPrintable(title + QStringLiteral(": ") + message));
    });
    QVERIFY(m_window->openFile(m_path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestExchangeActions::cleanup()
{
    m_backups->waitForBackup();
    m_window.reset();
}

QByteArray TestExchangeActions::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestExchangeActions::exportsTheListOnScreen()
{
    QVERIFY(m_window->showView(QStringLiteral("partners")));
    RecordView *view = m_window->recordView(QStringLiteral("partners"));
    QVERIFY(view);
    // What is on screen: a search, a hidden column, a moved column, sorted by city descending.
    QLineEdit *search = view->filterBar()->searchField();
    QVERIFY(search);
    search->setText(QStringLiteral("university"));
    QTRY_VERIFY(view->model()->query().search == QLatin1String("university"));
    const int kind = view->model()->columnOfKey(QStringLiteral("kind"));
    const int city = view->model()->columnOfKey(QStringLiteral("city"));
    view->setColumnShown(kind, false);
    view->table()->horizontalHeader()->moveSection(view->table()->horizontalHeader()->visualIndex(city), 0);
    view->model()->sort(city, Qt::DescendingOrder);

    m_chosen = m_dir.filePath(QStringLiteral("partners-view.csv"));
    QSignalSpy exported(m_exports, &ExportActions::exported);
    m_exports->updateEnabled();
    QVERIFY(m_exports->csvAction()->isEnabled());
    m_exports->csvAction()->trigger();
    QCOMPARE(exported.count(), 1);
    const CsvTable table = CsvReader::read(read(m_chosen));
    QVERIFY(table.ok());
    QCOMPARE(table.header.value(0), QStringLiteral("City"));
    QVERIFY(!table.header.contains(QStringLiteral("Kind")));
    QVERIFY(table.header.contains(QStringLiteral("Name")));
    const int name = int(table.header.indexOf(QStringLiteral("Name")));
    QStringList names;
    for (const QStringList &row : table.rows)
        names << row.at(name);
    // Lund, Leiden, then no city at all.
    QCOMPARE(names, QStringList({QStringLiteral("Lund University"), QStringLiteral("Leiden University Medical Center"),
                                 QStringLiteral("Skåne University Hospital")}));

    // The timeline is no list: the CSV action is off there.
    if (m_window->viewIds().contains(QStringLiteral("timeline"))) {
        QVERIFY(m_window->showView(QStringLiteral("timeline")));
        m_exports->updateEnabled();
        QVERIFY(!m_exports->csvAction()->isEnabled());
    }
}

void TestExchangeActions::exportsThePortfolioAsJsonAndCalendar()
{
    m_chosen = m_dir.filePath(QStringLiteral("portfolio.json"));
    m_exports->jsonAction()->trigger();
    QCOMPARE(read(m_chosen), PortfolioJson::write(PortfolioJson::load(*m_window->database()).value()));
    m_chosen = m_dir.filePath(QStringLiteral("portfolio.ics"));
    m_exports->calendarAction()->trigger();
    const QByteArray calendar = read(m_chosen);
    QVERIFY(calendar.startsWith("BEGIN:VCALENDAR\r\n"));
    QCOMPARE(calendar.count("BEGIN:VEVENT"), 4);
    // Cancelling the file dialog writes nothing.
    m_chosen.clear();
    QSignalSpy exported(m_exports, &ExportActions::exported);
    m_exports->jsonAction()->trigger();
    QCOMPARE(exported.count(), 0);
}

void TestExchangeActions::backupOnOpenAndRestoreThroughOpen()
{
    // Opening took the first backup, on its own thread.
    m_backups->waitForBackup();
    QTRY_COMPARE(AutoBackup::list(m_path).size(), 1);
    const QString backup = AutoBackup::list(m_path).constFirst().path;
    QCOMPARE(AutoBackup::backupOf(backup)->first, QFileInfo(m_path).absoluteFilePath());

    Partner added;
    added.name = QStringLiteral("Added after the backup");
    QVERIFY(PartnerRepository(*m_window->database()).create(added));
    QCOMPARE(partners(), 13);

    // Opening the backup asks; declining opens nothing and keeps the portfolio as it is.
    QStringList questions;
    bool answer = false;
    m_backups->setQuestionAsker([&](const QString &, const QString &text) {
        questions << text;
        return answer;
    });
    QVERIFY(!m_window->openFile(backup));
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.at(0).contains(QStringLiteral("is an automatic backup of “Portfolio.pactline”")),
             qPrintable(questions.at(0)));
    QCOMPARE(m_window->database()->path(), m_path);
    QCOMPARE(partners(), 13);

    // Accepting restores the portfolio from it and opens the portfolio, not the backup.
    answer = true;
    m_backups->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(60); });
    QVERIFY(m_window->openFile(backup));
    QCOMPARE(QFileInfo(m_window->database()->path()).absoluteFilePath(), QFileInfo(m_path).absoluteFilePath());
    QCOMPARE(partners(), 12);
    // The state before the restore was kept as a backup.
    m_backups->waitForBackup();
    bool kept = false;
    for (const AutoBackup::Backup &b : AutoBackup::list(m_path)) {
        auto db = Database::open(b.path, Database::Mode::ReadOnly);
        kept = kept || (db && PartnerRepository(**db).count().value() == 13);
    }
    QVERIFY(kept);
}

void TestExchangeActions::backupsDialog()
{
    m_backups->waitForBackup();
    QTRY_COMPARE(AutoBackup::list(m_path).size(), 1);
    BackupDialog dialog(*m_backups, m_path, m_window.get());
    QCOMPARE(dialog.list()->topLevelItemCount(), 1);
    QCOMPARE(dialog.keep()->value(), AutoBackup::DefaultKeep);
    dialog.keep()->setValue(2);
    QCOMPARE(AutoBackup::keepSetting(), 2);
    QTest::qWait(1100); // backups are named by the second
    dialog.backUpNow();
    QCOMPARE(dialog.list()->topLevelItemCount(), 2);
    QTest::qWait(1100);
    dialog.backUpNow();
    QCOMPARE(dialog.list()->topLevelItemCount(), 2); // keeps the newest two
    const QString folder = qEnvironmentVariable("PACTLINE_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QDir(folder).filePath(QStringLiteral("backups-dialog.png"))));
    }
    AutoBackup::setKeepSetting(AutoBackup::DefaultKeep);
}

QTEST_MAIN(TestExchangeActions)
#include "tst_exchangeactions.moc"
