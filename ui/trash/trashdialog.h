// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/trashrepository.h"

#include <QDialog>

#include <functional>

class Database;
class QPushButton;
class QTreeWidget;

// Edit > Trash…: what was deleted, newest first (what, when, by whom, what went with it), with
// Restore (also Enter), Delete Permanently (also Delete) and Empty Trash, each asked first when it
// cannot be undone. Follows the portfolio's changes while open (an undo in the window, a delete in
// another window, show at once).
class TrashDialog final : public QDialog
{
    Q_OBJECT

public:
    using QuestionAsker = std::function<bool(const QString &title, const QString &text)>;
    using ErrorReporter = std::function<void(const QString &title, const QString &message)>;

    TrashDialog(Database &db, QWidget *parent = nullptr);

    void setQuestionAsker(QuestionAsker asker) { m_ask = std::move(asker); }
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }

    void refresh();
    void restoreSelected();
    void purgeSelected();
    void emptyTrash();
    QTreeWidget *list() const { return m_list; }

    // What an entry holds, in words: "Agreement “X”", and "3 milestones, 2 parties".
    static QString describe(const TrashEntry &entry);
    static QString describeRest(const TrashEntry &entry);

signals:
    // Rows of `table` came back (the first is `id`), to show them.
    void restored(const QString &table, qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const TrashEntry *selectedEntry() const;
    void updateButtons();

    Database &m_db;
    QList<TrashEntry> m_entries;
    QTreeWidget *m_list;
    QPushButton *m_restore;
    QPushButton *m_purge;
    QPushButton *m_empty;
    QuestionAsker m_ask;
    ErrorReporter m_reportError;
};
