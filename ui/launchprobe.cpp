// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "launchprobe.h"

#include "mainwindow.h"
#include "models/recordtablemodel.h"
#include "records/recordview.h"
#include "timeline/timelinewidget.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

constexpr QChar Ellipsis(0x2026);

} // namespace

void LaunchProbe::installFromEnvironment(MainWindow &window, const QElapsedTimer &sinceMain)
{
    const QString output = qEnvironmentVariable("PACTLINE_REPORT_FIRST_ROWS");
    if (!output.isEmpty())
        new LaunchProbe(window, output, sinceMain);
}

LaunchProbe::LaunchProbe(MainWindow &window, QString output, const QElapsedTimer &sinceMain)
    : QObject(&window)
    , m_window(window)
    , m_output(std::move(output))
    , m_sinceMain(sinceMain)
    , m_timeline(window.findChild<TimelineWidget *>())
    , m_probeTimeline(qEnvironmentVariableIntValue("PACTLINE_PROBE_TIMELINE") == 1)
    , m_quit(qEnvironmentVariableIntValue("PACTLINE_PROBE_QUIT") == 1)
{
    setObjectName(QStringLiteral("launchProbe"));
    for (const QString &id : window.viewIds())
        if (RecordView *view = window.recordView(id))
            view->table()->viewport()->installEventFilter(this);
    if (auto *status = window.findChild<QLabel *>(QStringLiteral("statusCounts")))
        status->installEventFilter(this);
    if (m_timeline)
        m_timeline->viewport()->installEventFilter(this);
}

bool LaunchProbe::eventFilter(QObject *watched, QEvent *event)
{
    // Checked once the paint (and the flush to the window it belongs to) is over.
    if (event->type() == QEvent::Paint) {
        if (m_timeline && watched == m_timeline->viewport()) {
            if (m_timelineStarted && !m_timelineDone)
                QTimer::singleShot(0, this, &LaunchProbe::checkTimeline);
        } else if (qobject_cast<QLabel *>(watched)) {
            if (!m_statusDone)
                QTimer::singleShot(0, this, &LaunchProbe::checkStatus);
        } else if (!m_rowsDone) {
            QTimer::singleShot(0, this, &LaunchProbe::checkRows);
        }
    }
    return QObject::eventFilter(watched, event);
}

void LaunchProbe::checkRows()
{
    if (m_rowsDone)
        return;
    const RecordView *view = m_window.recordView(m_window.currentViewId());
    if (!view || !view->table()->isVisible() || view->model()->rowCount() == 0)
        return;
    m_rowsDone = true;
    write(QStringLiteral("first_rows"), m_sinceMain.elapsed(), QString::number(view->model()->rowCount()));
    finishIfDone();
}

void LaunchProbe::checkStatus()
{
    const QString text = m_window.statusText();
    if (m_statusDone || text.isEmpty() || text.contains(Ellipsis) || !m_window.database())
        return;
    m_statusDone = true;
    write(QStringLiteral("status_counts"), m_sinceMain.elapsed(), text);
    finishIfDone();
}

void LaunchProbe::checkTimeline()
{
    if (m_timelineDone || !m_timeline)
        return;
    const TimelineLayout &layout = m_timeline->currentLayout();
    const auto lanes = std::count_if(layout.rows().cbegin(), layout.rows().cend(),
                                     [](const TimelineLayout::Row &row) { return row.agreementId != 0; });
    if (lanes == 0)
        return;
    m_timelineDone = true;
    write(QStringLiteral("timeline_frame"), m_sinceTimeline.elapsed(), QString::number(lanes));
    finishIfDone();
}

void LaunchProbe::startTimeline()
{
    m_timelineStarted = true;
    m_sinceTimeline.start();
    m_window.showView(QStringLiteral("timeline"));
}

void LaunchProbe::finishIfDone()
{
    if (!m_rowsDone || !m_statusDone)
        return;
    if (m_probeTimeline && m_timeline && !m_timelineStarted) {
        // From the next turn of the event loop, as a click would.
        QTimer::singleShot(0, this, &LaunchProbe::startTimeline);
        return;
    }
    if (m_quit && (!m_probeTimeline || m_timelineDone))
        QTimer::singleShot(0, qApp, &QApplication::quit);
}

void LaunchProbe::write(const QString &name, qint64 sinceStart, const QString &what)
{
    const QString line =
        QStringLiteral("%1 %2 %3 %4\n").arg(name).arg(QDateTime::currentMSecsSinceEpoch()).arg(sinceStart).arg(what);
    if (m_output == QLatin1String("-")) {
        QTextStream out(stdout);
        out << line;
        out.flush();
        return;
    }
    QFile file(m_output);
    if (file.open(QIODevice::Append | QIODevice::Text))
        file.write(line.toUtf8());
}
