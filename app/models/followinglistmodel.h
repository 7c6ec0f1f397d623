// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/rowdiff.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QAbstractTableModel>
#include <QPointer>

// A table model of the rows one record owns (a partner's contacts, an event's participants) that
// follows the store by itself: fresh rows come in as row insertions and removals (RowDiff) that
// keep a view's current row and open editors, and rows whose content changed as dataChanged.
template<typename Row>
class FollowingListModel : public QAbstractTableModel
{
public:
    explicit FollowingListModel(int columns, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columns(columns)
    {}

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_columns; }

protected:
    // Whether the index is a cell of this model.
    bool isCell(const QModelIndex &index) const
    {
        return index.isValid() && index.model() == this && index.row() < rowCount() && index.column() < m_columns;
    }

    // The owner's rows as stored now.
    virtual Result<QList<Row>> fetch() const = 0;
    // Whether a change of these tables can change the rows.
    virtual bool touches(const QStringList &tables) const = 0;
    // A row's identity, and whether two rows of one show the same.
    virtual qint64 keyOf(const Row &row) const = 0;
    virtual bool sameRow(const Row &a, const Row &b) const = 0;
    // Reports a store failure (through the subclass's signal).
    virtual void failed(const QString &message) = 0;
    // Forgets what went with the owner shown until now (called while the model resets).
    virtual void forgetOwner() {}
    // Sees the fresh rows before they are taken.
    virtual void arriving(const QList<Row> &rows) { Q_UNUSED(rows) }

    // Shows the rows of another owner (0: none); the same one again keeps the rows as they are.
    void showOwner(Database *db, qint64 ownerId)
    {
        if (m_db == db && m_ownerId == ownerId)
            return;
        if (m_db)
            disconnect(m_db, nullptr, this, nullptr);
        beginResetModel();
        m_db = db;
        m_ownerId = ownerId;
        forgetOwner();
        m_rows.clear();
        const Result<QList<Row>> fresh = fetch();
        if (fresh)
            m_rows = *fresh;
        endResetModel();
        if (m_db)
            connect(m_db, &Database::changed, this, [this](const QStringList &tables) {
                if (touches(tables))
                    refresh();
            });
        if (!fresh)
            failed(fresh.error().message);
    }

    void refresh()
    {
        const Result<QList<Row>> fresh = fetch();
        if (!fresh) {
            failed(fresh.error().message);
            return;
        }
        const QList<Row> &rows = *fresh;
        arriving(rows);
        QList<qint64> before;
        QList<qint64> after;
        for (const Row &row : std::as_const(m_rows))
            before << keyOf(row);
        for (const Row &row : rows)
            after << keyOf(row);
        const RowDiff diff = RowDiff::between(before, after);
        if (diff.reordered) {
            beginResetModel();
            m_rows = rows;
            endResetModel();
            return;
        }
        for (int row : diff.removed) {
            beginRemoveRows(QModelIndex(), row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        for (int row : diff.inserted) {
            beginInsertRows(QModelIndex(), row, row);
            m_rows.insert(row, rows.at(row));
            endInsertRows();
        }
        for (int row = 0; row < m_rows.size(); ++row) {
            if (!sameRow(m_rows.at(row), rows.at(row))) {
                m_rows[row] = rows.at(row);
                emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
        }
    }

    const int m_columns;
    QPointer<Database> m_db;
    qint64 m_ownerId = 0;
    QList<Row> m_rows;
};
