// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Who made a change (history, trash): the user name from the environment, or the home folder's name
// where a session sets none (seen in a real window: the Trash's "By" column was empty).
#include "domain/osuser.h"

#include <QDir>
#include <QFileInfo>
#include <QtTest>

class TestOsUser : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        for (const char *name : {"USER", "USERNAME", "LOGNAME"})
            qunsetenv(name);
    }
    void userFirst()
    {
        qputenv("USER", "ingrid");
        qputenv("LOGNAME", "other");
        QCOMPARE(osUserName(), QStringLiteral("ingrid"));
    }
    void windowsName()
    {
        qputenv("USERNAME", "lars");
        QCOMPARE(osUserName(), QStringLiteral("lars"));
    }
    void logName()
    {
        qputenv("LOGNAME", "anna");
        QCOMPARE(osUserName(), QStringLiteral("anna"));
    }
    void homeFolderWhenNoneIsSet()
    {
        cleanup();
        QCOMPARE(osUserName(), QFileInfo(QDir::homePath()).fileName());
        QVERIFY(!osUserName().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOsUser)
#include "tst_osuser.moc"
