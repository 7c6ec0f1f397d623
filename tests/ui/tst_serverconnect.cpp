// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Connect to Server… against the tests' own PostgreSQL server: the dialog's Test button says
// what it found or exactly what went wrong; the window opens the portfolio on the server, names it
// user@host/database, remembers it under Open Recent without its password, and asks again (with the
// reason) where the password is not known.
#include "mainwindow.h"
#include "pgserver.h"
#include "records/recordview.h"
#include "server/connectdialog.h"
#include "store/database.h"
#include "store/serveraddress.h"
#include "testbackend.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

namespace {

// A new database on the server holding the sample, and its address (without a password).
ServerAddress sampleOnServer(const QString &name)
{
    const QString url = TestBackend::newServerSample(name);
    return url.isEmpty() ? ServerAddress() : *ServerAddress::parse(url);
}

// Clicks Test Connection and waits for its answer.
bool testConnection(ConnectDialog &dialog)
{
    QSignalSpy tested(&dialog, &ConnectDialog::tested);
    dialog.findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
    if (!tested.wait(30000))
        return false;
    return tested.constFirst().constFirst().toBool();
}

} // namespace

class TestServerConnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        PG_SERVER_OR_SKIP(TestBackend::server());
        // The superuser's password reaches libpq only through Pactline here.
        qunsetenv("PGPASSWORD");
    }
    void init() { m_fixture.start(); }
    void cleanup() { m_fixture.finish(); }

    void testSaysWhatItFoundOrWhatWentWrong()
    {
        ServerAddress address = sampleOnServer(QStringLiteral("dialogtest"));
        address.password = TestBackend::server().superuserPassword();
        ConnectDialog dialog;
        dialog.setAddress(address);
        QVERIFY2(testConnection(dialog), qPrintable(dialog.testResult()));
        QVERIFY2(dialog.testResult().startsWith(QStringLiteral("Connected")), qPrintable(dialog.testResult()));
        QVERIFY(dialog.testResult().contains(address.displayName()));

        ServerAddress wrong = address;
        wrong.password = QStringLiteral("not the password");
        dialog.setAddress(wrong);
        QVERIFY(!testConnection(dialog));
        QVERIFY2(dialog.testResult().contains(QStringLiteral("refused the password")), qPrintable(dialog.testResult()));

        ServerAddress nowhere = address;
        nowhere.port = TestBackend::server().port() == 1 ? 2 : 1;
        dialog.setAddress(nowhere);
        QVERIFY(!testConnection(dialog));
        QVERIFY2(dialog.testResult().contains(QStringLiteral("Could not connect")), qPrintable(dialog.testResult()));

        ServerAddress missing = address;
        missing.database = QStringLiteral("no_such_database");
        dialog.setAddress(missing);
        QVERIFY(!testConnection(dialog));
        QVERIFY2(dialog.testResult().contains(QStringLiteral("no_such_database")), qPrintable(dialog.testResult()));
    }

    void testSaysWhatIsWrongWithTls()
    {
        ServerAddress address = sampleOnServer(QStringLiteral("dialogtls"));
        address.password = TestBackend::server().superuserPassword();
        address.sslMode = QStringLiteral("require");
        ConnectDialog dialog;
        dialog.setAddress(address);
        QVERIFY(!testConnection(dialog));
        QVERIFY2(dialog.testResult().contains(QStringLiteral("offers no encrypted connection (TLS)")),
                 qPrintable(dialog.testResult()));

        PgServer other({true, QStringLiteral("db.example.org")});
        PG_SERVER_OR_SKIP(other);
        ServerAddress elsewhere = other.superuserAddress(QStringLiteral("localhost"));
        elsewhere.sslMode = QStringLiteral("verify-full");
        elsewhere.sslRootCert = other.certificate();
        dialog.setAddress(elsewhere);
        QVERIFY(!testConnection(dialog));
        QVERIFY2(dialog.testResult().contains(QStringLiteral("The certificate of the server is not for “localhost”")),
                 qPrintable(dialog.testResult()));
    }

    void windowOpensThePortfolioOnTheServer()
    {
        const ServerAddress address = sampleOnServer(QStringLiteral("windowopen"));
        const QString password = TestBackend::server().superuserPassword();
        MainWindow window;
        m_fixture.listenTo(window);
        int asked = 0;
        window.setServerDialogRunner([&](ConnectDialog &dialog) {
            ++asked;
            ServerAddress filled = address;
            filled.password = password;
            dialog.setAddress(filled);
            dialog.findChild<QCheckBox *>(QStringLiteral("keepPassword"))->setChecked(false);
            return true;
        });
        TestSupport::trigger(window, "actionConnectToServer");
        QCOMPARE(asked, 1);
        QVERIFY2(window.database(), qPrintable(m_fixture.errors.join(QLatin1Char('\n'))));
        QVERIFY(window.database()->isOnServer());
        QVERIFY2(window.windowTitle().contains(address.displayName()), qPrintable(window.windowTitle()));
        // The status bar says where the portfolio lives, as the title does.
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusLocation"))->text(), address.displayName());
        RecordView *agreements = TestSupport::view(window, QStringLiteral("agreements"));
        QVERIFY(agreements);
        window.showView(QStringLiteral("agreements"));
        QTRY_VERIFY(agreements->model()->rowCount() > 0);

        // Open Recent holds the server's URL, never its password.
        const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
        QCOMPARE(recent.value(0), address.url());
        QVERIFY(!recent.join(QString()).contains(password));

        // Closed and opened again from Open Recent: this run still knows the password.
        QVERIFY(window.closePortfolio());
        QVERIFY(window.openFile(recent.value(0)));
        QCOMPARE(asked, 1);
        QVERIFY(window.database()->isOnServer());
        QVERIFY(m_fixture.errors.isEmpty());
    }

    void aServerWhosePasswordIsNotKnownAsksAgainWithTheReason()
    {
        const ServerAddress address = sampleOnServer(QStringLiteral("unknownpassword"));
        MainWindow window;
        m_fixture.listenTo(window);
        QString shown;
        window.setServerDialogRunner([&](ConnectDialog &dialog) {
            shown = dialog.testResult();
            return false;
        });
        QVERIFY(!window.openFile(address.url()));
        QVERIFY2(shown.contains(QStringLiteral("refused the password")), qPrintable(shown));
        QVERIFY(!window.database());
        // The dialog said it; no second message box.
        QVERIFY(m_fixture.errors.isEmpty());
    }

    void aReaderSeesTheBannerAndCannotEdit()
    {
        const ServerAddress address = sampleOnServer(QStringLiteral("readerwindow"));
        QString output;
        QVERIFY2(TestBackend::server().psql(
                     address.database,
                     QStringLiteral("CREATE ROLE carl LOGIN PASSWORD 'carl-secret'; GRANT %1_reader TO carl;")
                         .arg(address.database),
                     &output),
                 qPrintable(output));
        MainWindow window;
        m_fixture.listenTo(window);
        window.setServerDialogRunner([&](ConnectDialog &dialog) {
            ServerAddress reader = address;
            reader.user = QStringLiteral("carl");
            reader.password = QStringLiteral("carl-secret");
            dialog.setAddress(reader);
            dialog.findChild<QCheckBox *>(QStringLiteral("keepPassword"))->setChecked(false);
            return true;
        });
        TestSupport::trigger(window, "actionConnectToServer");
        QVERIFY2(window.database(), qPrintable(m_fixture.errors.join(QLatin1Char('\n'))));
        QVERIFY(window.isReadOnly());
        auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner);
        QVERIFY2(banner->text().contains(QStringLiteral("reader's role")), qPrintable(banner->text()));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionAdd"))->isEnabled());
    }

    void publishingCopiesTheFileToTheServerAndGoesOnThere()
    {
        MainWindow window;
        const QString file = m_fixture.openSample(window);
        QVERIFY(!file.isEmpty());
        const int agreements = TestSupport::view(window, QStringLiteral("agreements"))->model()->rowCount();
        ServerAddress address = *ServerAddress::parse(TestBackend::newServerDatabase(QStringLiteral("published")));
        address.password = TestBackend::server().superuserPassword();
        window.setServerDialogRunner([&](ConnectDialog &dialog) {
            dialog.setAddress(address);
            dialog.findChild<QCheckBox *>(QStringLiteral("keepPassword"))->setChecked(false);
            return true;
        });
        TestSupport::trigger(window, "actionPublishToServer");
        QVERIFY2(window.database() && window.database()->isOnServer(),
                 qPrintable(m_fixture.errors.join(QLatin1Char('\n'))));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Published to")),
                 qPrintable(window.statusBar()->currentMessage()));
        RecordView *view = TestSupport::view(window, QStringLiteral("agreements"));
        window.showView(QStringLiteral("agreements"));
        QTRY_COMPARE(view->model()->rowCount(), agreements);

        // Publishing into a database that holds a portfolio already is refused, and said.
        QVERIFY(window.openFile(file));
        TestSupport::trigger(window, "actionPublishToServer");
        QVERIFY(!window.database()->isOnServer());
        QVERIFY(!m_fixture.errors.isEmpty());
    }

private:
    TestSupport::WindowFixture m_fixture;
};

QTEST_MAIN(TestServerConnect)
#include "tst_serverconnect.moc"
