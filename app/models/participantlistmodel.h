// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/followinglistmodel.h"

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

// A row of ParticipantListModel: who, by name, and as what they take part.
struct ParticipantRow
{
    Participant who;
    QString name;
    QString kind;
};

// The participants of one event, by name: its partners, then its contacts (with the partner each
// works for), in the order they were added. It follows the store by itself, as row insertions and
// removals that keep a view's current row. Read-only: participants are added and removed as edits
// of the event.
class ParticipantListModel final : public FollowingListModel<ParticipantRow>
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
    qint64 eventId() const { return m_ownerId; }

    Participant participantAt(int row) const;
    QString nameAt(int row) const;
    int rowOf(const Participant &participant) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // The store failed to give the participants.
    void storeFailed(const QString &message);

private:
    Result<QList<ParticipantRow>> fetch() const override;
    bool touches(const QStringList &tables) const override;
    qint64 keyOf(const ParticipantRow &row) const override;
    bool sameRow(const ParticipantRow &a, const ParticipantRow &b) const override;
    void failed(const QString &message) override;
};
