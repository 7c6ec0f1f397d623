// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QAction;
class WindowContext;

// The base of a feature's actions in the main window (File ▸ Export…, File ▸ Backups…, Edit ▸ Trash…,
// File ▸ Repair Values…, the partner form's personal data): owned by the window, on its context, with
// a seam for tests on how errors are shown (a warning box over the window by default).
class WindowActions : public QObject
{
    Q_OBJECT

public:
    using ErrorReporter = std::function<void(const QString &title, const QString &message)>;
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }

    WindowContext &context() const { return m_context; }

protected:
    WindowActions(WindowContext &context, const QString &objectName);

    // An action of this set, named for the tests and the tool bar, that runs `run`.
    QAction *newAction(const QString &text, const QString &name, const QString &statusTip,
                       const std::function<void()> &run);

    void reportError(const QString &title, const QString &message) const { m_reportError(title, message); }

private:
    WindowContext &m_context;
    ErrorReporter m_reportError;
};
