// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "windowactions.h"

#include <functional>

class QAction;
class QIODevice;

// File > Export Table as CSV… (the current list with its filter, sort and visible columns), Export
// Portfolio as JSON… (everything, in the documented format that imports back into an identical
// portfolio) and Export Calendar (.ics)… (milestones and events). Files are written whole or not at all.
class ExportActions final : public WindowActions
{
    Q_OBJECT

public:
    // Adds the actions to the main window's File menu.
    explicit ExportActions(WindowContext &context);

    QAction *csvAction() const { return m_csv; }
    QAction *jsonAction() const { return m_json; }
    QAction *calendarAction() const { return m_calendar; }

    // Seam for tests: the file to write (empty: cancelled).
    using FileChooser =
        std::function<QString(const QString &caption, const QString &suggestedName, const QString &filter)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

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

    QAction *m_csv;
    QAction *m_json;
    QAction *m_calendar;
    FileChooser m_chooseFile;
};
