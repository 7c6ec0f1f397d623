// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/findanything.h"

#include <QFrame>
#include <QPointer>

class QAction;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class WindowContext;

// Edit > Find Anything… (Ctrl+K): a box near the top of the window that searches partners,
// agreements, milestones, events and contacts together (FindAnything) as the user types, a short
// pause after the last key, and lists the hits under their kind. Up and Down choose, Enter or a
// click opens the record in its view, selected and in the Details pane (a contact: its partner,
// with the contact chosen in the partner's form); Escape, or focus leaving the box, closes it.
class FindAnythingBox final : public QFrame
{
    Q_OBJECT

public:
    // Adds the action to the Edit menu and the box to the window.
    static FindAnythingBox *addTo(WindowContext &context);

    // Shows the box, over the top of the window's view, with its text selected.
    void popUp();
    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *results() const { return m_results; }
    // The hits shown now, in their order.
    QList<FindAnything::Hit> hits() const { return m_hits; }
    // The hit chosen with Up and Down (null when none).
    const FindAnything::Hit *currentHit() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FindAnythingBox(WindowContext &context);
    void search();
    void showHits(const QList<FindAnything::Hit> &hits, const QString &message);
    void moveCurrent(int steps);
    void openCurrent();
    void open(const FindAnything::Hit &hit);
    void place();
    void dismiss();
    static QString kindTitle(FindAnything::Kind kind);

    WindowContext &m_context;
    QAction *m_action;
    QLineEdit *m_search;
    QTreeWidget *m_results;
    QTimer *m_pause;
    QString m_searched; // the text the hits shown are for
    QList<FindAnything::Hit> m_hits;
    QPointer<QWidget> m_returnFocus; // where the focus was before the box showed
};
