// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A portfolio opened from the Finder on macOS reaches the running application as a QFileOpenEvent:
// the main window opens it, and leaves other events alone.
#include "fileopenrequests.h"
#include "mainwindow.h"
#include "store/database.h"
#include "testsupport.h"

#include <QApplication>
#include <QFileOpenEvent>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestFileOpenRequests final : public QObject
{
    Q_OBJECT

private slots:

    void finderOpensAPortfolio()
    {
        const QString first = createSamplePortfolio(m_dir, QStringLiteral("first.pactline"));
        const QString second = createSamplePortfolio(m_dir, QStringLiteral("second.pactline"));
        MainWindow window;
        QStringList errors;
        window.setErrorReporter([&](const QString &, const QString &message) { errors << message; });
        QVERIFY(window.openFile(first));
        new FileOpenRequests(window);

        QFileOpenEvent open(second);
        QVERIFY(QCoreApplication::sendEvent(qApp, &open));
        QVERIFY(window.database());
        QCOMPARE(window.database()->path(), second);

        // A request for a file that is not a portfolio is refused with a message; the open one stays.
        const QString other = m_dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(other, "not a portfolio\n"));
        QFileOpenEvent wrong(other);
        QCoreApplication::sendEvent(qApp, &wrong);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(window.database()->path(), second);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestFileOpenRequests)
#include "tst_fileopenrequests.moc"
