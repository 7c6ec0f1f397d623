// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/icalendarexport.h"
#include "exchange/portfoliojson.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/milestonerepository.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {

// Parses an .ics file with Python's icalendar and returns its VEVENTs as JSON objects.
constexpr auto ParseScript = R"(
import icalendar, json, sys
calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for e in calendar.walk('VEVENT'):
    events.append({'uid': str(e['UID']), 'summary': str(e['SUMMARY']), 'start': e['DTSTART'].dt.isoformat(),
                   'end': e['DTEND'].dt.isoformat(), 'description': str(e.get('DESCRIPTION', '')),
                   'location': str(e.get('LOCATION', '')), 'categories': e['CATEGORIES'].to_ical().decode()})
print(json.dumps({'version': str(calendar['VERSION']), 'events': events}))
)";

} // namespace

class TestICalendarExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void folding_data();
    void folding();
    void escaping();
    void parsesWithPythonIcalendar();
    void uidsAreStable();

private:
    QJsonObject parsed(const QByteArray &ics);

    TestSupport::SampleFixture m_sample;
    QString m_python;
};

void TestICalendarExport::initTestCase()
{
    QVERIFY(m_sample.open());
    // A milestone and an event with long text in several scripts, to be folded and escaped.
    Milestone long_;
    long_.agreementId = 1;
    long_.title = QStringLiteral("Åtgärdsplan för samarbetet, steg 2; förväntat: ökad rörlighet för forskare ") +
                  QStringLiteral("🧬").repeated(40);
    long_.due = FuzzyDate::half(2025, 2);
    long_.notes = QStringLiteral("First line\nSecond line, with a comma; and a backslash \\ here");
    long_.location = QStringLiteral("Malmö, Skåne");
    QVERIFY(MilestoneRepository(*m_sample.db).create(long_));
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
}

QJsonObject TestICalendarExport::parsed(const QByteArray &ics)
{
    const QString path = m_sample.dir->filePath(QStringLiteral("parsed.ics"));
    if (!TestSupport::writeFile(path, ics))
        return {};
    QProcess python;
    python.start(m_python, {QStringLiteral("-c"), QLatin1String(ParseScript), path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning() << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

void TestICalendarExport::folding_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("short") << QStringLiteral("SUMMARY:Short");
    QTest::newRow("exactly 75") << QStringLiteral("SUMMARY:") + QString(67, QLatin1Char('x'));
    QTest::newRow("long ascii") << QStringLiteral("DESCRIPTION:") + QString(400, QLatin1Char('a'));
    QTest::newRow("two-byte letters") << QStringLiteral("SUMMARY:") + QString(200, QChar(0x00E5));
    QTest::newRow("four-byte emoji") << QStringLiteral("SUMMARY:x") + QStringLiteral("🧬").repeated(60);
}

void TestICalendarExport::folding()
{
    QFETCH(QString, line);
    const QByteArray folded = ICalendarExport::foldedLine(line);
    QVERIFY(folded.endsWith("\r\n"));
    const QList<QByteArray> physical = folded.chopped(2).split('\n');
    QByteArray unfolded;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray part = physical.at(i);
        if (part.endsWith('\r'))
            part.chop(1);
        QVERIFY2(part.size() <= 75, part.constData());
        if (i > 0) {
            QVERIFY(part.startsWith(' '));
            part.remove(0, 1);
        }
        // Never inside a UTF-8 character: every physical line is valid UTF-8 on its own.
        QCOMPARE(QString::fromUtf8(part).toUtf8(), part);
        QVERIFY(!QString::fromUtf8(part).contains(QChar::ReplacementCharacter));
        unfolded += part;
    }
    QCOMPARE(QString::fromUtf8(unfolded), line);
    QCOMPARE(physical.size() > 1, line.toUtf8().size() > 75);
}

void TestICalendarExport::escaping()
{
    QCOMPARE(ICalendarExport::escaped(QStringLiteral("a,b;c\\d\ne\r\nf\x01g")),
             QStringLiteral("a\\,b\\;c\\\\d\\ne\\nfg"));
}

void TestICalendarExport::parsesWithPythonIcalendar()
{
    if (m_python.isEmpty() ||
        QProcess::execute(m_python, {QStringLiteral("-c"), QStringLiteral("import icalendar")}) != 0)
        QSKIP("Python's icalendar is not installed (Debian: python3-icalendar)");
    const Result<QByteArray> ics = ICalendarExport::write(*m_sample.db);
    QVERIFY(ics);
    const QJsonObject calendar = parsed(*ics);
    QCOMPARE(calendar.value(QLatin1String("version")).toString(), QStringLiteral("2.0"));
    const QJsonArray events = calendar.value(QLatin1String("events")).toArray();

    int dated = 0;
    const QList<Milestone> milestones = MilestoneRepository(*m_sample.db).list().value();
    for (const Milestone &m : milestones)
        dated += m.due.isValid() ? 1 : 0;
    const QList<Event> storedEvents = EventRepository(*m_sample.db).list().value();
    for (const Event &e : storedEvents)
        dated += e.date.isValid() ? 1 : 0;
    QVERIFY(dated >= 5);
    QCOMPARE(events.size(), dated);

    QSet<QString> uids;
    QJsonObject lund;
    QJsonObject longOne;
    QJsonObject followUp;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        uids.insert(event.value(QLatin1String("uid")).toString());
        const QString summary = event.value(QLatin1String("summary")).toString();
        if (summary == QLatin1String("Production facility in Lund ready"))
            lund = event;
        if (summary.startsWith(QStringLiteral("Åtgärdsplan")))
            longOne = event;
        if (summary.startsWith(QLatin1String("Follow-up")))
            followUp = event;
    }
    QCOMPARE(uids.size(), events.size());
    // Q3 2024: July 1 up to (not including) October 1.
    QCOMPARE(lund.value(QLatin1String("start")).toString(), QStringLiteral("2024-07-01"));
    QCOMPARE(lund.value(QLatin1String("end")).toString(), QStringLiteral("2024-10-01"));
    QCOMPARE(lund.value(QLatin1String("categories")).toString(), QStringLiteral("Milestone"));
    // A day: that day only.
    QCOMPARE(followUp.value(QLatin1String("start")).toString(), QStringLiteral("2023-09-12"));
    QCOMPARE(followUp.value(QLatin1String("end")).toString(), QStringLiteral("2023-09-13"));
    QCOMPARE(followUp.value(QLatin1String("categories")).toString(), QStringLiteral("Event"));
    // Folded and escaped text comes back whole.
    QVERIFY(longOne.value(QLatin1String("summary")).toString().endsWith(QStringLiteral("🧬").repeated(40)));
    QCOMPARE(longOne.value(QLatin1String("location")).toString(), QStringLiteral("Malmö, Skåne"));
    QVERIFY(longOne.value(QLatin1String("description"))
                .toString()
                .endsWith(QStringLiteral("First line\nSecond line, with a comma; and a backslash \\ here")));
    QCOMPARE(longOne.value(QLatin1String("start")).toString(), QStringLiteral("2025-07-01"));
    QCOMPARE(longOne.value(QLatin1String("end")).toString(), QStringLiteral("2026-01-01"));
}

void TestICalendarExport::uidsAreStable()
{
    const QByteArray first = ICalendarExport::write(*m_sample.db).value();
    QCOMPARE(ICalendarExport::write(*m_sample.db).value(), first);
    // The same portfolio through JSON in a new file gives the same UIDs (ids and times are kept).
    auto copy = Database::create(m_sample.dir->filePath(QStringLiteral("copy.pactline")));
    QVERIFY(copy);
    QVERIFY(PortfolioJson::importInto(**copy, PortfolioJson::load(*m_sample.db).value()));
    const QByteArray again = ICalendarExport::write(**copy).value();
    const auto uidLines = [](const QByteArray &ics) {
        QList<QByteArray> uids;
        for (const QByteArray &line : ics.split('\n'))
            if (line.startsWith("UID:"))
                uids << line.trimmed();
        return uids;
    };
    QVERIFY(!uidLines(first).isEmpty());
    QCOMPARE(uidLines(again), uidLines(first));
    QVERIFY(uidLines(first).contains("UID:milestone-2-20221001T120000Z@pactline"));
}

QTEST_GUILESS_MAIN(TestICalendarExport)
#include "tst_icalendarexport.moc"
