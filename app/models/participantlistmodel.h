// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"

#include <QAbstractTableModel>
#include <QPointer>

class Database;

// Who takes part in an event: an organisation (a partner) or a person (a contact).
struct Participant
{
    enum class Kind
    {
        Partner,
        Contact
    };
    Kind kind = Kind::Partner;
    qint64 id = 0;

    bool operator==(const Participant &other) const { return kind == other.kind && id == other.id; }
    bool operator!=(const Participant &other) const { return !(*this == other); }
};

// The participants of one event, by name: its partners, then its contacts (with the partner each
// works for), in the order they were added. It follows the store by itself, as row insertions and
// removals that keep a view's current row. Read-only: participants are added and removed as edits
// of the event.
class ParticipantListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        NameColumn,
        KindColumn,
        ColumnCount
    };

    explicit ParticipantListModel(QObject *parent = nullptr);

    // The event whose participants are shown (0: none). The same event again keeps the rows as they are.
    void setEvent(Database *db, qint64 eventId);
    qint64 eventId() const { return m_eventId; }

    Participant participantAt(int row) const;
    QString nameAt(int row) const;
    int rowOf(const Participant &participant) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // The store failed to give the participants.
    void storeFailed(const QString &message);

private:
    struct Row
    {
        Participant who;
        QString name;
        QString kind;
    };

    bool isCell(const QModelIndex &index) const;
    void onStoreChanged(const QStringList &tables);
    Result<QList<Row>> fetch() const;
    void refresh();

    QPointer<Database> m_db;
    qint64 m_eventId = 0;
    QList<Row> m_rows;
};
