// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class MainWindow;
class QAction;
class QIODevice;

// File > Export Table as CSV… (the current list with its filter, sort and visible columns), Export
// Portfolio as JSON… (everything, in the documented format that imports back into an identical
// portfolio) and Export Calendar (.ics)… (milestones and events). Files are written whole or not at all.
class ExportActions final : public QObject
{
    Q_OBJECT

public:
    explicit ExportActions(MainWindow &window);

    // Adds the actions to the main window's File menu.
    static ExportActions *addTo(MainWindow &window);

    QAction *csvAction() const { return m_csv; }
    QAction *jsonAction() const { return m_json; }
    QAction *calendarAction() const { return m_calendar; }

    // Seams for tests: the file to write (empty: cancelled), how errors are shown.
    using FileChooser =
        std::function<QString(const QString &caption, const QString &suggestedName, const QString &filter)>;
    using ErrorReporter = std::function<void(const QString &title, const QString &message)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }

    void exportCsv();
    void exportJson();
    void exportCalendar();
    // Enables what fits the window: a portfolio, and for CSV a list as the current view.
    void updateEnabled();

signals:
    void exported(const QString &path);

private:
    bool save(const QString &caption, const QString &suggestedName, const QString &filter,
              const std::function<bool(QIODevice &device, QString *error)> &write);

    MainWindow &m_window;
    QAction *m_csv;
    QAction *m_json;
    QAction *m_calendar;
    FileChooser m_chooseFile;
    ErrorReporter m_reportError;
};
