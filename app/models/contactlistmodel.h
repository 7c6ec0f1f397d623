// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/contact.h"
#include "models/followinglistmodel.h"

#include <functional>
#include <optional>

// The contacts of one partner, in the order they were added, edited in place: name, role, e-mail,
// phone and notes. It follows the store by itself: a change made anywhere (an edit, an undo, another
// window) shows at once, as row insertions, removals and changes that keep a view's current row. A
// new contact starts as a draft row at the end, stored once it is given a name. Edits are checked
// with the core's contact rules before they go to the writer (the UI's makes undo commands);
// without a writer they are written through the repository.
class ContactListModel final : public FollowingListModel<Contact>
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        NameColumn,
        RoleColumn,
        EmailColumn,
        PhoneColumn,
        NotesColumn,
        ColumnCount
    };

    // Stores `after`; `before` is the contact as shown (not stored yet for a new one).
    using Writer = std::function<Result<void>(const Contact &before, const Contact &after)>;

    explicit ContactListModel(QObject *parent = nullptr);

    // The partner whose contacts are shown (0: none). The same partner again keeps the rows as they are.
    void setPartner(Database *db, qint64 partnerId);
    qint64 partnerId() const { return m_ownerId; }
    void setWriter(Writer writer) { m_writer = std::move(writer); }
    void setReadOnly(bool readOnly);

    // The contact of a row (the draft's is not stored: its id is 0), and the row of a stored one (-1: none).
    Contact contactAt(int row) const;
    qint64 idAt(int row) const { return contactAt(row).meta.id; }
    int rowOfId(qint64 id) const;

    // Adds the draft row for a new contact (or keeps the one there is) and returns its name cell;
    // invalid when there is no partner or the model is read-only.
    QModelIndex addDraft();
    bool hasDraft() const { return m_draft.has_value(); }
    bool isDraft(int row) const { return m_draft && row == m_rows.size(); }
    void discardDraft();

    // Why `value` cannot go into the cell (the core's contact rules); empty when it can.
    QString problem(const QModelIndex &index, const QVariant &value) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // An edit was refused; the message says what to type.
    void editRefused(const QString &message);
    // The store failed (a conflict, a locked file, ...); the rows show what is stored.
    void storeFailed(const QString &message);

private:
    Result<QList<Contact>> fetch() const override;
    bool touches(const QStringList &tables) const override;
    qint64 keyOf(const Contact &row) const override;
    bool sameRow(const Contact &a, const Contact &b) const override;
    void failed(const QString &message) override;
    void forgetOwner() override;
    void arriving(const QList<Contact> &rows) override;
    Contact withValue(int row, int column, const QVariant &value) const;
    Result<void> write(const Contact &before, const Contact &after);

    Writer m_writer;
    bool m_readOnly = false;
    std::optional<Contact> m_draft;
    bool m_storingDraft = false; // while set, the contact the store adds takes the draft's row
};
