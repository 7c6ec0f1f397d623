// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a portfolio of an earlier release in the real main window (offscreen): it is upgraded on a
// thread of its own behind a progress dialog, which counts up to the last statement; then it opens.
#include "files/upgradeprogress.h"
#include "mainwindow.h"
#include "store/database.h"
#include "store/migrations.h"
#include "testsupport.h"

#include <QFile>
#include <QProgressDialog>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestUpgradeProgress : public QObject
{
    Q_OBJECT

private slots:
    void olderPortfolioIsUpgradedWithProgress();
    void currentPortfolioOpensWithoutUpgrade();
};

void TestUpgradeProgress::olderPortfolioIsUpgradedWithProgress()
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = createVersion1Portfolio(dir);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QStringList errors;
    window.setErrorReporter([&](const QString &, const QString &message) { errors << message; });
    auto *upgrade = window.findChild<UpgradeProgress *>(QStringLiteral("upgradeProgress"));
    QVERIFY(upgrade);
    QList<std::pair<int, int>> heard;
    bool dialogShown = false;
    connect(upgrade, &UpgradeProgress::progressed, this, [&](int done, int total) {
        heard.append({done, total});
        if (auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("upgradeProgressDialog")))
            dialogShown = dialog->isVisible() && dialog->maximum() == total;
    });
    QVERIFY(window.openFile(path));
    QCOMPARE(errors, QStringList());
    QCOMPARE(window.database()->schemaVersion(), Migrations::currentVersion());
    QVERIFY(QFile::exists(path + QStringLiteral(".before-v%1").arg(Migrations::currentVersion())));
    // From none to all statements of steps 2 to the last, counting up, while the dialog showed it.
    QVERIFY(heard.size() > 2);
    QCOMPARE(heard.first().first, 0);
    const int total = heard.first().second;
    QVERIFY(total > 10);
    for (int i = 1; i < heard.size(); ++i) {
        QCOMPARE(heard.at(i).second, total);
        QCOMPARE(heard.at(i).first, heard.at(i - 1).first + 1);
    }
    QCOMPARE(heard.last().first, total);
    QVERIFY(dialogShown);
    QVERIFY(!window.findChild<QProgressDialog *>(QStringLiteral("upgradeProgressDialog")));
}

void TestUpgradeProgress::currentPortfolioOpensWithoutUpgrade()
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = createSamplePortfolio(dir);
    MainWindow window;
    auto *upgrade = window.findChild<UpgradeProgress *>(QStringLiteral("upgradeProgress"));
    int heard = 0;
    connect(upgrade, &UpgradeProgress::progressed, this, [&] { ++heard; });
    QVERIFY(window.openFile(path));
    QCOMPARE(heard, 0);
    QVERIFY(!upgrade->upgradeIfOlder(path));
}

QTEST_MAIN(TestUpgradeProgress)
#include "tst_upgradeprogress.moc"
