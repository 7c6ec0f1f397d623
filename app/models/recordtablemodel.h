// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/backgroundcounter.h"
#include "store/listquery.h"
#include "store/listwindow.h"
#include "store/storeerror.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

class Database;
class RecordWriter;

// A table of stored records (partners, agreements, milestones, events) that loads lazily: rows
// come from the repositories in pages of ids, sorted and filtered in SQL, and only a bounded number
// of pages stays in memory. Short lists (up to setSmallListLimit() rows; with a costly filter such
// as search text or "overdue", up to a page) keep all their ids, so that a change in the store turns
// into precise row signals. Long lists reset instead, and are counted on a BackgroundCounter (when
// the model has one) while their first rows already show. Edits made through setData() go to a
// RecordWriter (the UI's writes undo commands).
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, // qint64: the row's record id
        EditorRole,                // int (Editor): how a cell is edited
        ChoicesRole,               // QVariantList of QStringList{code, display name} for Editor::Choice
        OverdueRole,               // bool: the row is (or holds) an overdue milestone
    };
    enum class Editor
    {
        None,
        Text,
        Choice,
        FuzzyDate,
        Partner, // EditRole: a partner id
    };

    struct Column
    {
        QString key;     // stable, for settings: "title", "status", ...
        QString title;   // header text
        QString sortKey; // the repository's sort key; empty: not sortable
        Editor editor = Editor::None;
        bool hidden = false; // until the user shows it
    };

    explicit RecordTableModel(QObject *parent = nullptr);
    ~RecordTableModel() override;

    // The portfolio shown (nullptr: none). The model follows its changes.
    void setDatabase(Database *db);
    Database *database() const;
    // Where edits go; without one, the model writes through the repositories itself.
    void setWriter(RecordWriter *writer) { m_writer = writer; }
    // Counts costly filters on another thread; without one, it counts them here and now.
    void setCounter(BackgroundCounter *counter) { m_counter = counter; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    const QList<Column> &columns() const { return m_columns; }
    int columnOfKey(const QString &key) const;

    // Search text and filters (the repository's filter keys; an empty value removes a filter).
    void setSearch(const QString &text);
    void setFilter(const QString &key, const QString &value);
    void setQuery(const QString &search, const QMap<QString, QString> &filters);
    ListQuery query() const { return m_query; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_query.order; }

    // Rows in the list with the current filter (exact once isCountExact()), and in the whole table
    // (exact once isTotalExact(); a long list's are counted on the BackgroundCounter, if it has one).
    qint64 filteredCount() const { return m_count; }
    bool isCountExact() const { return m_countExact; }
    qint64 totalCount() const { return m_total; }
    bool isTotalExact() const { return m_totalKnown; }

    qint64 idAt(int row) const;
    // The row of a record with the current sort and filter, or -1 when it is not listed. In a long
    // list this asks the store where it stands (costly under a costly filter), and counts the list
    // at once when the record stands past the rows known before its count arrived; loadedRowOfId()
    // only looks among the rows in memory.
    int rowOfId(qint64 id);
    int loadedRowOfId(qint64 id) const;
    // Whether the current filter is costly to count (search text, "overdue").
    bool hasCostlyFilter() const { return isCostly(m_query); }
    QModelIndex indexOfId(qint64 id, int column = 0);
    // Reloads everything from the store (a reset).
    void reload();

    // Tuning, for tests and benchmarks.
    void setSmallListLimit(int rows) { m_smallListLimit = rows; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    void setMaxCachedPages(int pages) { m_maxPages = qMax(2, pages); }
    int cachedPageCount() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // An edit was refused before it reached the store; the message says what to type instead.
    void editRefused(const QString &message);
    // The store failed (a conflict, a locked file, ...); the model reloaded to show the stored truth.
    void storeFailed(const QString &message);
    // The filtered or total count changed or became exact.
    void countsChanged();

protected:
    // What a subclass supplies: its columns, the tables it shows, and access to its repository.
    void setColumns(QList<Column> columns) { m_columns = std::move(columns); }
    void setDefaultSort(int column, Qt::SortOrder order = Qt::AscendingOrder);
    virtual QStringList watchedTables() const = 0;
    // Counts the rows of a query; the job may run on a BackgroundCounter's thread, so it must not
    // touch the model.
    virtual std::function<Result<QList<qint64>>(Database &db)> countJob(const ListQuery &query) const = 0;
    virtual Result<QList<qint64>> fetchIds(Database &db, const ListQuery &query, const ListWindow &window) const = 0;
    virtual Result<qint64> fetchPosition(Database &db, const ListQuery &query, qint64 id) const = 0;
    // Loads the rows of these ids into the subclass's cache, and forgets them again.
    virtual Result<void> loadRows(Database &db, const QList<qint64> &ids) = 0;
    virtual void dropRows(const QList<qint64> &ids) = 0;
    virtual void dropAllRows() = 0;
    // A loaded row's cell. Only called for ids whose rows are loaded.
    virtual QVariant cellData(qint64 id, int column, int role) const = 0;
    // Validates and writes an edit of a loaded row; a refusal is an Invalid StoreError.
    virtual Result<void> writeCell(Database &db, RecordWriter &writer, qint64 id, int column,
                                   const QVariant &value) = 0;
    // Whether counting this query may take long on a big table.
    virtual bool isCostly(const ListQuery &query) const;

private:
    void onStoreChanged(const QStringList &tables);
    void refresh();
    // Reloads for a new search, filter or order, keeping the total count.
    void requery();
    void clearPages();
    // Fills the model from the store; call between beginResetModel() and endResetModel().
    void load();
    void applyIdList(const QList<qint64> &ids);
    static QSet<qint64> longestOrderedRun(const QList<qint64> &current, const QList<qint64> &fresh);
    void fetchNextPage();
    const QList<qint64> *page(int index) const;
    void dropPartialLastPage();
    void requestCount();
    void countArrived(quint64 generation, qint64 count);
    // The rows counted or fetched are all the list's (and the table's, when it is not filtered).
    void countIsExact();
    // Counts the list here and now, instead of waiting for the counting thread.
    void countNow();
    void report(const StoreError &error) const;
    bool isCell(const QModelIndex &index) const;

    // Guarded: a model must never reach a portfolio that was closed under it.
    QPointer<Database> m_db;
    RecordWriter *m_writer = nullptr;
    QPointer<BackgroundCounter> m_counter;
    bool m_readOnly = false;
    QList<Column> m_columns;
    ListQuery m_query;
    int m_sortColumn = 0;

    int m_smallListLimit = 5000;
    int m_pageSize = 128;
    int m_maxPages = 24;

    bool m_small = true;    // all ids of the list are in m_allIds
    QList<qint64> m_allIds; // short lists only
    qint64 m_count = 0;     // rows the model shows
    bool m_countExact = true;
    qint64 m_total = 0;
    bool m_totalKnown = false; // m_total is right for the store as it is (it changes with the store only)
    quint64 m_generation = 0;  // changes with every reload, so that late counts are ignored
    bool m_fetchQueued = false;

    // Loaded pages: page index -> ids (their rows are loaded in the subclass), least recently used first.
    mutable QHash<int, QList<qint64>> m_pages;
    QList<qint64> m_firstPage; // the ids the first look at a long list found
    mutable QList<int> m_lru;
    std::unique_ptr<RecordWriter> m_directWriter;
};
