// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

class MainWindow;
class TimelineWidget;

// A launch probe for pactline-bench, off unless PACTLINE_REPORT_FIRST_ROWS names a file (or "-",
// standard output). It writes a line for each moment, with the wall-clock time in ms since the epoch
// (comparable with the clock of the process that started this one, so that the time before main()
// counts too) and the ms since main() began:
//   first_rows <epoch ms> <ms since main> <rows>      the first rows of the list in front are painted
//   status_counts <epoch ms> <ms since main> <text>   the status bar's counts are painted, complete
//                                                      (no "…" of a count still running)
// With PACTLINE_PROBE_TIMELINE=1 it then switches to the Timeline view and writes
//   timeline_frame <epoch ms> <ms since the switch> <lanes>   its first frame with lanes is painted
// and with PACTLINE_PROBE_QUIT=1 it quits once its last line is written.
class LaunchProbe final : public QObject
{
    Q_OBJECT

public:
    // Installs a probe on the window (before it opens its portfolio) when the environment asks for one.
    static void installFromEnvironment(MainWindow &window, const QElapsedTimer &sinceMain);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    LaunchProbe(MainWindow &window, QString output, const QElapsedTimer &sinceMain);
    void write(const QString &name, qint64 sinceStart, const QString &what);
    void checkRows();
    void checkStatus();
    void checkTimeline();
    void startTimeline();
    void finishIfDone();

    MainWindow &m_window;
    QString m_output;
    QElapsedTimer m_sinceMain;
    QElapsedTimer m_sinceTimeline;
    QPointer<TimelineWidget> m_timeline;
    bool m_probeTimeline = false;
    bool m_quit = false;
    bool m_rowsDone = false;
    bool m_statusDone = false;
    bool m_timelineStarted = false;
    bool m_timelineDone = false;
};
