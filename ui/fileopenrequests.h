// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class WindowContext;

// macOS hands a portfolio opened in the Finder (a double-click, Open With, a drop on the Dock icon) to
// the running application as a QFileOpenEvent, not as an argument: this passes each one to the
// window, which opens it as File ▸ Open would (asking first about a form with changes not applied).
class FileOpenRequests final : public QObject
{
    Q_OBJECT

public:
    // Watches the application for file-open requests while it lives.
    explicit FileOpenRequests(WindowContext &context);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    WindowContext &m_context;
};
