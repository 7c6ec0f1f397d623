// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The "app" group: the real `pactline FILE` on the big portfolio in a real window, timed from
// outside as a user sees it. The app's launch probe (PACTLINE_REPORT_FIRST_ROWS, ui/launchprobe.h)
// says when the first rows are painted, when the status bar's counts are shown, and how long the
// Timeline view then takes to its first frame with lanes. Runs under $DISPLAY, or under an Xvfb
// (with openbox, when installed) of its own; skipped when there is neither.
#include "benchcontext.h"
#include "benchgroup.h"

#include "store/database.h"
#include "store/milestonerepository.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

constexpr int Runs = 3;
constexpr int LaunchTimeoutMs = 180000;

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

[[noreturn]] void fail(const QString &message)
{
    qFatal("pactline-bench: app: %s", qPrintable(message));
}

// An X display for the app: the one we run under, or an Xvfb started here (stopped on destruction).
class Display
{
public:
    Display()
    {
        m_name = qEnvironmentVariable("DISPLAY");
        if (!m_name.isEmpty())
            return;
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        if (xvfb.isEmpty())
            return;
        for (int number = 90; number < 130 && m_name.isEmpty(); ++number) {
            const QString socket = QStringLiteral("/tmp/.X11-unix/X%1").arg(number);
            if (QFile::exists(socket) || QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(number)))
                continue;
            m_server = std::make_unique<QProcess>();
            m_server->start(xvfb, {QStringLiteral(":%1").arg(number), QStringLiteral("-screen"), QStringLiteral("0"),
                                   QStringLiteral("1600x1000x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
            for (int waited = 0; waited < 100 && !QFile::exists(socket); ++waited)
                QThread::msleep(50);
            if (QFile::exists(socket))
                m_name = QStringLiteral(":%1").arg(number);
            else
                stop(m_server);
        }
        if (m_name.isEmpty())
            return;
        if (const QString openbox = QStandardPaths::findExecutable(QStringLiteral("openbox")); !openbox.isEmpty()) {
            m_windowManager = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("DISPLAY"), m_name);
            m_windowManager->setProcessEnvironment(env);
            m_windowManager->start(openbox, {});
            QThread::msleep(500);
        }
        err() << "pactline-bench: app: started Xvfb " << m_name
              << (m_windowManager ? " with openbox" : " without a window manager") << Qt::endl;
    }
    ~Display()
    {
        stop(m_windowManager);
        stop(m_server);
    }

    QString name() const { return m_name; }

private:
    static void stop(std::unique_ptr<QProcess> &process)
    {
        if (!process)
            return;
        process->terminate();
        if (!process->waitForFinished(3000))
            process->kill();
        process->waitForFinished(3000);
        process.reset();
    }

    QString m_name;
    std::unique_ptr<QProcess> m_server;
    std::unique_ptr<QProcess> m_windowManager;
};

struct Launch
{
    double toRowsMs = 0;
    double toCountsMs = 0;
    double timelineMs = 0;
};

// What the status bar must say on Agreements: the counts of a query of our own.
QStringList expectedCounts(const QString &path)
{
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened)
        fail(opened.error().message);
    const auto count = [&](const QString &sql, const QVariantList &values = {}) {
        QSqlQuery q = (*opened)->prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        if (!q.exec() || !q.next())
            fail(QStringLiteral("reference count failed: %1").arg(sql));
        return q.value(0).toLongLong();
    };
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    return {QLocale().toString(count(QStringLiteral("SELECT count(*) FROM agreement"))),
            QLocale().toString(count(QStringLiteral("SELECT count(*) FROM milestone"))),
            QLocale().toString(count(QStringLiteral("SELECT count(*) FROM milestone WHERE due_last < ? AND ") +
                                         MilestoneRepository::openCondition(),
                                     {today}))};
}

Launch launch(const QString &app, const QString &portfolio, const QString &display, const QStringList &expected)
{
    QTemporaryDir home;
    if (!home.isValid())
        fail(QStringLiteral("no temporary folder"));
    // Fresh settings (first window, Agreements in front), with the daily automatic backup off: a copy
    // of the whole file would run beside every launch measured here.
    const QString config = home.filePath(QStringLiteral("config"));
    QDir().mkpath(config + QStringLiteral("/Pactline"));
    QFile settings(config + QStringLiteral("/Pactline/Pactline.conf"));
    if (!settings.open(QIODevice::WriteOnly) || settings.write("[backups]\nkeep=0\n") < 0)
        fail(QStringLiteral("cannot write the settings"));
    settings.close();
    const QString report = home.filePath(QStringLiteral("probe.txt"));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("PACTLINE_REPORT_FIRST_ROWS"), report);
    env.insert(QStringLiteral("PACTLINE_PROBE_TIMELINE"), QStringLiteral("1"));
    env.insert(QStringLiteral("PACTLINE_PROBE_QUIT"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    process.start(app, {portfolio});
    if (!process.waitForFinished(LaunchTimeoutMs) || process.exitCode() != 0)
        fail(QStringLiteral("pactline did not finish within %1 s (exit %2)")
                 .arg(LaunchTimeoutMs / 1000)
                 .arg(process.exitCode()));

    QFile lines(report);
    if (!lines.open(QIODevice::ReadOnly | QIODevice::Text))
        fail(QStringLiteral("the launch probe wrote nothing"));
    Launch result{-1, -1, -1};
    while (!lines.atEnd()) {
        const QString line = QString::fromUtf8(lines.readLine()).trimmed();
        const QStringList fields = line.split(QLatin1Char(' '));
        if (fields.size() < 4)
            fail(QStringLiteral("odd probe line: %1").arg(line));
        const qint64 at = fields.at(1).toLongLong();
        const QString what = fields.mid(3).join(QLatin1Char(' '));
        if (fields.at(0) == QLatin1String("first_rows")) {
            if (what.toLongLong() <= 0)
                fail(QStringLiteral("no rows painted: %1").arg(line));
            result.toRowsMs = double(at - started);
        } else if (fields.at(0) == QLatin1String("status_counts")) {
            for (const QString &figure : expected)
                if (!what.contains(figure))
                    fail(QStringLiteral("the status bar says “%1”, without the reference count %2").arg(what, figure));
            result.toCountsMs = double(at - started);
        } else if (fields.at(0) == QLatin1String("timeline_frame")) {
            if (what.toLongLong() <= 0)
                fail(QStringLiteral("the timeline's first frame holds no lanes: %1").arg(line));
            result.timelineMs = fields.at(2).toDouble();
        }
        err() << "pactline-bench: app: " << line << Qt::endl;
    }
    if (result.toRowsMs < 0 || result.toCountsMs < 0 || result.timelineMs < 0)
        fail(QStringLiteral("the launch probe missed a moment"));
    return result;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

static BenchGroup::Registrar registrar("app", [](BenchContext &context) {
    const QString portfolio = context.bigPortfolio();
    const Display display;
    if (display.name().isEmpty()) {
        err() << "pactline-bench: app: skipped: no DISPLAY and no Xvfb to start" << Qt::endl;
        return;
    }
    const QStringList expected = expectedCounts(portfolio);
    std::vector<double> rows;
    std::vector<double> counts;
    std::vector<double> timeline;
    for (int run = 0; run < Runs; ++run) {
        const Launch result = launch(QStringLiteral(PACTLINE_APP_PATH), portfolio, display.name(), expected);
        rows.push_back(result.toRowsMs);
        counts.push_back(result.toCountsMs);
        timeline.push_back(result.timelineMs);
    }
    BenchContext::report(QStringLiteral("app.launch_to_rows_ms"), median(rows), QStringLiteral("ms"));
    BenchContext::report(QStringLiteral("app.status_counts_ms"), median(counts), QStringLiteral("ms"));
    BenchContext::report(QStringLiteral("timeline.open_view_ms"), median(timeline), QStringLiteral("ms"));
});
