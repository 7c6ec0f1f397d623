// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class Database;
class FilterBar;
class QAction;
class QComboBox;
class TimelineWidget;
class WindowContext;

// The Timeline view: a tool bar (group by, zoom in and out, fit all, fit selection, export as PNG
// or SVG) and the agreements' filter bar over the TimelineWidget.
class TimelineView final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    // Adds a Timeline view to the main window (sidebar and View menu), on its portfolio, sharing its
    // selection (both ways) and its undo stack; double-click shows the record in the detail pane.
    static TimelineView *addTo(WindowContext &context);

    TimelineWidget *timeline() const { return m_timeline; }
    FilterBar *filterBar() const { return m_filterBar; }
    void setDatabase(Database *db);

    // Seams for tests: the file an export goes to (empty: cancelled), and how errors are shown.
    using FileChooser = std::function<QString(const QString &caption, const QString &suggestedName)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    using ErrorReporter = std::function<void(const QString &message)>;
    void setErrorReporter(ErrorReporter reporter);

    // Asks for a file and writes the current timeline to it ("png" or "svg"); true when written.
    bool exportAs(const QString &format);

private:
    void groupByChosen(int index);

    TimelineWidget *m_timeline = nullptr;
    FilterBar *m_filterBar = nullptr;
    QComboBox *m_groupBy = nullptr;
    FileChooser m_chooseFile;
    ErrorReporter m_reportError;
};
