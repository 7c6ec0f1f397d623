// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyle>
#include <QToolBar>

class QMainWindow;

// The main tool bar: the everyday actions of the menus (new, open, add, delete, undo, redo, find,
// export PDF) with icons from the desktop's theme, or Qt's own where the theme has none, short labels
// beside them and tooltips that say the shortcut; and the timeline's zoom in and out, enabled while the
// timeline is shown.
class MainToolBar final : public QToolBar
{
    Q_OBJECT

public:
    // Adds the tool bar to the window, whose menus must already hold the actions.
    static MainToolBar *addTo(QMainWindow &window);

private:
    explicit MainToolBar(QMainWindow &window);
    void addFromWindow(const char *name, const QString &label, const QString &themeIcon,
                       QStyle::StandardPixmap fallback);
    // A button that triggers the timeline view's action `timelineAction`.
    void addTimelineZoom(const char *name, const QString &label, const QString &themeIcon, const char *timelineAction);

    QMainWindow &m_window;
};
