// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on a portfolio on the tests' server, which the test stops and starts: the
// window goes read-only with a banner (and a Retry button) while the server is away, and carries on
// when it is back, without a restart. An edit applied while the server is away stays in the form,
// unapplied and said so, and is stored when applied after the server is back.
#include "mainwindow.h"
#include "pgserver.h"
#include "records/partnerform.h"
#include "records/recordview.h"
#include "store/database.h"
#include "store/partnerrepository.h"
#include "testbackend.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

class TestServerAwayWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { PG_SERVER_OR_SKIP(TestBackend::server()); }
    void init() { m_ui.start(); }
    void cleanup();
    void anEditWhileAwayWaitsInTheFormAndIsStoredAfterwards();
    void anIdleWindowNoticesAndRetryBringsItBack();

private:
    // Opens a new portfolio on the server holding the sample (at m_url) in the window, shown, on its
    // partners; null when it did not open.
    RecordView *showSampleOnServer(MainWindow &window, const QString &name);
    static QLabel *banner(MainWindow &window) { return window.findChild<QLabel *>(QStringLiteral("readOnlyBanner")); }
    static QPushButton *retry(MainWindow &window)
    {
        return window.findChild<QPushButton *>(QStringLiteral("retryServer"));
    }
    static bool mayAdd(MainWindow &window)
    {
        return window.findChild<QAction *>(QStringLiteral("actionAdd"))->isEnabled();
    }

    TestSupport::WindowFixture m_ui;
    QString m_url;
};

// Makes sure the server runs again after a test that stopped it, also when the test failed.
void TestServerAwayWindow::cleanup()
{
    m_ui.finish();
    if (!TestBackend::server().isRunning())
        TestBackend::server().start();
}

RecordView *TestServerAwayWindow::showSampleOnServer(MainWindow &window, const QString &name)
{
    m_url = TestBackend::newServerSample(name);
    m_ui.listenTo(window);
    if (m_url.isEmpty() || !window.openFile(m_url))
        return nullptr;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    window.showView(QStringLiteral("partners"));
    RecordView *records = TestSupport::view(window, QStringLiteral("partners"));
    if (!records || !QTest::qWaitFor([records] { return records->model()->rowCount() > 0; }, 10000))
        return nullptr;
    return records;
}

void TestServerAwayWindow::anEditWhileAwayWaitsInTheFormAndIsStoredAfterwards()
{
    MainWindow window;
    RecordView *records = showSampleOnServer(window, QStringLiteral("window edit away"));
    QVERIFY2(records, qPrintable(m_ui.errors.join(QLatin1Char('\n'))));
    QTableView *table = records->table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
    auto *form = window.findChild<PartnerForm *>();
    QVERIFY(form && form->recordId() > 0);
    const qint64 id = form->recordId();
    auto *city = form->findChild<QLineEdit *>(QStringLiteral("cityEdit"));
    QVERIFY(city);
    city->setFocus();
    city->selectAll();
    QTest::keyClicks(city, QStringLiteral("Uppsala"));
    QVERIFY(form->isDirty());
    QVERIFY(!banner(window)->isVisible());

    QVERIFY(TestBackend::server().stop());
    QVERIFY(!form->apply());
    // Nothing lost: the typed value waits in the form, which says why.
    QVERIFY(form->isDirty());
    QCOMPARE(city->text(), QStringLiteral("Uppsala"));
    QVERIFY2(form->message().contains(QStringLiteral("not reachable")), qPrintable(form->message()));
    // The window pauses editing and says so in its banner, without a message box.
    QVERIFY(window.isReadOnly());
    QVERIFY(!mayAdd(window));
    QVERIFY(banner(window)->isVisible());
    QVERIFY2(banner(window)->text().contains(QStringLiteral("is not reachable; changes are paused")),
             qPrintable(banner(window)->text()));
    QVERIFY2(banner(window)->text().contains(window.database()->displayName()), qPrintable(banner(window)->text()));
    QVERIFY(retry(window)->isVisible());
    QVERIFY2(m_ui.errors.isEmpty(), qPrintable(m_ui.errors.join(QLatin1Char('\n'))));
    // Retry while the server is still away: nothing changes.
    retry(window)->click();
    QVERIFY(window.isReadOnly());
    QVERIFY(banner(window)->isVisible());

    // Back: the window's own retries find it (the longest wait between two is ten seconds).
    QVERIFY(TestBackend::server().start());
    QTRY_VERIFY_WITH_TIMEOUT(!window.isReadOnly(), 15000);
    QVERIFY(!banner(window)->isVisible());
    QVERIFY(!retry(window)->isVisible());
    QVERIFY(mayAdd(window));
    QVERIFY(form->isDirty());
    QCOMPARE(city->text(), QStringLiteral("Uppsala"));
    QVERIFY(form->apply());
    QVERIFY(!form->isDirty());
    auto other = Database::open(m_url);
    QVERIFY(other);
    QCOMPARE(PartnerRepository(**other).get(id)->city, QStringLiteral("Uppsala"));
    QVERIFY2(m_ui.errors.isEmpty(), qPrintable(m_ui.errors.join(QLatin1Char('\n'))));
}

void TestServerAwayWindow::anIdleWindowNoticesAndRetryBringsItBack()
{
    MainWindow window;
    RecordView *records = showSampleOnServer(window, QStringLiteral("window idle away"));
    QVERIFY2(records, qPrintable(m_ui.errors.join(QLatin1Char('\n'))));
    const int rows = records->model()->rowCount();
    // The status bar's counts of the agreements, made on the counting thread's own connection.
    window.showView(QStringLiteral("agreements"));
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains(QStringLiteral("overdue")), 10000);
    window.showView(QStringLiteral("partners"));

    QVERIFY(TestBackend::server().stop());
    QTRY_VERIFY_WITH_TIMEOUT(window.isReadOnly(), 5000);
    QVERIFY(banner(window)->isVisible());
    QVERIFY(!mayAdd(window));

    QVERIFY(TestBackend::server().start());
    QVERIFY(retry(window)->isVisible());
    retry(window)->click();
    // The server is asked off the window's thread; the answer comes back to it.
    QTRY_VERIFY_WITH_TIMEOUT(!window.isReadOnly(), 15000);
    QVERIFY(!banner(window)->isVisible());
    QVERIFY(mayAdd(window));
    // The window follows colleagues' changes again.
    auto colleague = Database::open(m_url);
    QVERIFY(colleague);
    QVERIFY(PartnerRepository(**colleague).create(TestSupport::newPartner(QStringLiteral("Added after the return"))));
    QTRY_COMPARE_WITH_TIMEOUT(records->model()->rowCount(), rows + 1, 5000);
    // That connection went with the server: the counts are made on a new one.
    window.showView(QStringLiteral("agreements"));
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains(QStringLiteral("overdue")), 10000);
    QVERIFY2(m_ui.errors.isEmpty(), qPrintable(m_ui.errors.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestServerAwayWindow)
#include "tst_serverawaywindow.moc"
