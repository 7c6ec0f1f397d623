// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/historyentry.h"
#include "recordselection.h"

#include <QDockWidget>
#include <QJsonObject>
#include <QList>
#include <QPointer>

class Database;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QUndoStack;
class WindowContext;

// View ▸ History: the recorded changes of the selected record, or of the whole portfolio filtered
// by record kind, person and period, newest first, each with its fields' old and new values as the
// forms show them. "Restore This Value" and "Restore This Version" write a previous value or the
// whole version before a change back as a new edit on the undo stack.
class HistoryDock final : public QDockWidget
{
    Q_OBJECT

public:
    // Adds the dock to the window, hidden, with its action in the View menu; on the window's
    // portfolio, selection and undo stack.
    explicit HistoryDock(WindowContext &context);

    void setDatabase(Database *db);
    void showRecord(RecordSelection::Kind kind, qint64 id);
    // Reads the entries again (after any change to the portfolio, while shown).
    void reload();

    QTreeWidget *entries() const { return m_tree; }
    // What the dock says when it cannot list or restore (empty when all is well).
    QString message() const;

private:
    void updateButtons();
    void fillPeople();
    void restore(bool wholeVersion);
    const HistoryEntry *selectedEntry(QString *field = nullptr) const;
    void say(const QString &message);

    QPointer<Database> m_db; // null once the portfolio closed, even before portfolioClosed()
    QUndoStack *m_undoStack;
    QString m_recordTable;
    qint64 m_recordId = 0;
    int m_limit = 0;
    QList<HistoryEntry> m_entries;

    QComboBox *m_scope = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_person = nullptr;
    QComboBox *m_period = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_restoreValue = nullptr;
    QPushButton *m_restoreVersion = nullptr;
};
