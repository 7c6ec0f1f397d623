// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class Database;
class FilterBar;
class NoticeOverlay;
class RecordDelegate;
class RecordTableModel;
class QAbstractItemView;
class QTableView;

// One list of records: the filter bar over a QTableView of a RecordTableModel, with the editors,
// a column chooser on the header, and the current record and selection kept by id (so that they
// survive the model reloading). Does not own the model. The model reads the portfolio only once
// the list is first shown (showRecords()), so that a list never looked at costs nothing.
class RecordView final : public QWidget
{
    Q_OBJECT

public:
    // `id`: "partners", "agreements", "milestones" or "events".
    RecordView(const QString &id, RecordTableModel *model, QWidget *parent = nullptr);

    QString id() const { return m_id; }
    RecordTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }

    // The portfolio to list (nullptr: none, at once). A portfolio is only read, for the rows and the
    // filter's choices, by showRecords().
    void setDatabase(Database *db);
    // Loads the model from the portfolio, the first time the list is shown; afterwards it does nothing.
    void showRecords();
    // Whether the model has read the portfolio given to setDatabase().
    bool isLoaded() const;
    // The current record (in a list not yet loaded: the one it selects once it loads).
    qint64 currentId() const;
    QList<qint64> selectedIds() const;
    // Makes the record current and selected, scrolled into view; false when it is not listed. A list
    // not yet loaded selects it once it loads.
    bool selectId(qint64 id);
    // Starts editing a column of the current row.
    void editCurrent(int column);

    // Column order, widths, hidden columns and sort, for the settings.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);
    // Shows or hides a column (the column chooser).
    void setColumnShown(int column, bool shown);
    bool isColumnShown(int column) const;

    // Makes Enter start editing the current cell of any item view.
    static void editOnEnter(QAbstractItemView *view);

    // A message over the bottom of the list (a refused edit, what to do first); it moves nothing and
    // goes when the user moves to another row, changes the filter, or an edit succeeds.
    void showMessage(const QString &text);
    QString message() const;

signals:
    void currentIdChanged(qint64 id);
    void selectionChanged();
    // The store failed (a conflict, a locked file); the message says why and is shown in the list.
    void storeFailed(const QString &message);

private:
    void showColumnMenu(const QPoint &position);
    void keepSortIndicator();
    void rememberSelection();
    void restoreSelection();
    int rowAfterReload(qint64 id) const;
    void announceCurrent();

    QString m_id;
    RecordTableModel *m_model;
    QPointer<Database> m_unread; // given to setDatabase(), not yet read
    qint64 m_selectOnLoad = 0;
    FilterBar *m_filterBar;
    QTableView *m_table;
    RecordDelegate *m_delegate;
    NoticeOverlay *m_message;
    qint64 m_currentId = 0;
    qint64 m_rememberedCurrent = 0;
    QList<qint64> m_rememberedSelection;
    bool m_restoring = false;
};
