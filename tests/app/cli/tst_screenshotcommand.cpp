// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `pactline screenshot` through the real binary, without a display: a PNG of the requested size
// that shows something (not one flat colour), for each view; usage errors exit 2 and write nothing.
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestScreenshotCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesAPngOfEachView_data();
    void writesAPngOfEachView();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void helpListsIt();

private:
    QTemporaryDir m_dir;
    QString m_portfolio;
};

void TestScreenshotCommand::initTestCase()
{
    m_portfolio = createSamplePortfolio(m_dir);
}

void TestScreenshotCommand::writesAPngOfEachView_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("partners") << QStringLiteral("partners") << QString() << QSize(1280, 800);
    QTest::newRow("agreements") << QStringLiteral("agreements") << QStringLiteral("1440x900") << QSize(1440, 900);
    QTest::newRow("milestones") << QStringLiteral("milestones") << QString() << QSize(1280, 800);
    QTest::newRow("events") << QStringLiteral("events") << QStringLiteral("1280x720") << QSize(1280, 720);
}

void TestScreenshotCommand::writesAPngOfEachView()
{
    QFETCH(QString, view);
    QFETCH(QString, size);
    QFETCH(QSize, expected);
    const QString out = m_dir.filePath(view + QStringLiteral(".png"));
    QStringList arguments{QStringLiteral("screenshot"), m_portfolio, QStringLiteral("--view"), view,
                          QStringLiteral("-o"),         out};
    if (!size.isEmpty())
        arguments << QStringLiteral("--size") << size;
    const QByteArray before = fileChecksum(m_portfolio);
    const ProcessResult result = runPactline(arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(out));
    const QImage image(out);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), expected);
    // Not blank: many colours, and dark text on the light background.
    QSet<QRgb> colours;
    int dark = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) {
            const QRgb pixel = image.pixel(x, y);
            colours.insert(pixel);
            dark += qGray(pixel) < 80 ? 1 : 0;
        }
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    QVERIFY(dark > 500);
    // Looking changes nothing, and leaves nothing behind but the picture.
    QCOMPARE(fileChecksum(m_portfolio), before);
    QStringList left = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    left.removeAll(QFileInfo(m_portfolio).fileName());
    left.removeIf([](const QString &name) { return name.endsWith(QLatin1String(".png")); });
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(", "))));
}

void TestScreenshotCommand::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("never.png");
    QTest::newRow("unknown view") << QStringList{QStringLiteral("--view"), QStringLiteral("gantt"),
                                                 QStringLiteral("-o"), out}
                                  << QStringLiteral("not a view; choose one of: partners, agreements");
    QTest::newRow("bad size") << QStringList{QStringLiteral("--view"), QStringLiteral("partners"),
                                             QStringLiteral("-o"),     out,
                                             QStringLiteral("--size"), QStringLiteral("big")}
                              << QStringLiteral("is not a window size");
    QTest::newRow("no output") << QStringList{QStringLiteral("--view"), QStringLiteral("partners")}
                               << QStringLiteral("-o OUT.png");
}

void TestScreenshotCommand::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const ProcessResult result = runPactline(QStringList{QStringLiteral("screenshot"), m_portfolio} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(QStringLiteral("never.png")));
    // A file that is not a portfolio is refused with the store's message.
    const QString junk = m_dir.filePath(QStringLiteral("junk.pactline"));
    QVERIFY(writeFile(junk, "not a portfolio"));
    const ProcessResult bad =
        runPactline({QStringLiteral("screenshot"), junk, QStringLiteral("--view"), QStringLiteral("partners"),
                     QStringLiteral("-o"), m_dir.filePath(QStringLiteral("junk.png"))});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("not a Pactline portfolio")), qPrintable(bad.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("junk.png"))));
}

void TestScreenshotCommand::helpListsIt()
{
    const ProcessResult help = runPactline({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("pactline screenshot FILE --view VIEW -o OUT.png [--size 1280x800]")));
    const ProcessResult own = runPactline({QStringLiteral("screenshot"), QStringLiteral("--help")});
    QCOMPARE(own.exitCode, 0);
    QVERIFY(own.out.contains(QStringLiteral("--view")));
}

QTEST_GUILESS_MAIN(TestScreenshotCommand)
#include "tst_screenshotcommand.moc"
