// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QPointer>

// A message floating over the bottom of another widget (a form's fields, a list's rows): showing
// or hiding it moves nothing, so what the user was about to click stays where it was. A click on it
// puts it away. Coloured from the palette (tool tip colours), so it reads on light and dark themes.
class NoticeOverlay final : public QLabel
{
    Q_OBJECT

public:
    // `host`: the widget it floats over; the overlay is a child of host's parent widget.
    explicit NoticeOverlay(QWidget *host);

    // Shows the text (empty: hides). `problem`: something was refused, not just information.
    void showNotice(const QString &text, bool problem);
    void clearNotice() { showNotice({}, false); }
    // The text while shown, empty otherwise.
    QString notice() const;
    bool isProblem() const { return m_problem; }

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void place();

    QPointer<QWidget> m_host;
    bool m_problem = false;
};
