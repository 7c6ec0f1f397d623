// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/contactlistmodel.h"

#include "models/cellvalue.h"
#include "models/recordtablemodel.h"
#include "store/contactrepository.h"

#include <algorithm>

namespace {

// The contact's text in each column, in column order.
constexpr QString Contact::*Fields[ContactListModel::ColumnCount] = {&Contact::name, &Contact::role, &Contact::email,
                                                                     &Contact::phone, &Contact::notes};

QString field(const Contact &contact, int column)
{
    return column >= 0 && column < ContactListModel::ColumnCount ? contact.*Fields[column] : QString();
}

} // namespace

ContactListModel::ContactListModel(QObject *parent)
    : FollowingListModel(ColumnCount, parent)
{}

void ContactListModel::setPartner(Database *db, qint64 partnerId)
{
    showOwner(db, partnerId);
}

void ContactListModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly)
        discardDraft();
}

Contact ContactListModel::contactAt(int row) const
{
    if (row >= 0 && row < m_rows.size())
        return m_rows.at(row);
    if (isDraft(row))
        return *m_draft;
    return {};
}

int ContactListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).meta.id == id)
            return row;
    return -1;
}

QModelIndex ContactListModel::addDraft()
{
    if (!m_db || m_ownerId <= 0 || m_readOnly)
        return {};
    const int row = int(m_rows.size());
    if (!m_draft) {
        beginInsertRows(QModelIndex(), row, row);
        m_draft = Contact();
        m_draft->partnerId = m_ownerId;
        endInsertRows();
    }
    return index(row, NameColumn);
}

void ContactListModel::discardDraft()
{
    if (!m_draft)
        return;
    const int row = int(m_rows.size());
    beginRemoveRows(QModelIndex(), row, row);
    m_draft.reset();
    endRemoveRows();
}

QString ContactListModel::problem(const QModelIndex &index, const QVariant &value) const
{
    if (!isCell(index))
        return {};
    if (const Result<void> valid = ContactRepository::validate(withValue(index.row(), index.column(), value)); !valid)
        return valid.error().message;
    return {};
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + (m_draft ? 1 : 0);
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Contact contact = contactAt(index.row());
    switch (role) {
    case RecordTableModel::IdRole:
        return contact.meta.id;
    case Qt::DisplayRole:
        // Notes may have several lines; the cell shows them as one.
        return index.column() == NotesColumn ? contact.notes.simplified() : field(contact, index.column());
    case Qt::EditRole:
        return field(contact, index.column());
    case Qt::ToolTipRole:
        if (isDraft(index.row()))
            return tr("A new contact: type the name and press Enter to add it, or Escape to leave it out.");
        return index.column() == NotesColumn && !contact.notes.isEmpty() ? QVariant(contact.notes) : QVariant();
    default:
        return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return CellValue::header(*this, {tr("Name"), tr("Role"), tr("E-mail"), tr("Phone"), tr("Notes")}, section,
                             orientation, role);
}

Qt::ItemFlags ContactListModel::flags(const QModelIndex &index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    // A draft gets its name first; the other fields once it is stored.
    if (!m_readOnly && (!isDraft(index.row()) || index.column() == NameColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ContactListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const bool draft = isDraft(index.row());
    const Contact before = contactAt(index.row());
    const Contact after = withValue(index.row(), index.column(), value);
    if (!draft && field(after, index.column()) == field(before, index.column()))
        return true;
    if (const Result<void> valid = ContactRepository::validate(after); !valid) {
        emit editRefused(valid.error().message);
        return false;
    }
    m_storingDraft = draft;
    const Result<void> written = write(before, after);
    if (written)
        refresh();
    m_storingDraft = false;
    if (!written) {
        if (written.error().kind == StoreError::Kind::Invalid) {
            emit editRefused(written.error().message);
        } else {
            refresh();
            emit storeFailed(written.error().message);
        }
        return false;
    }
    return true;
}

bool ContactListModel::touches(const QStringList &tables) const
{
    return tables.contains(QStringLiteral("contact"));
}

qint64 ContactListModel::keyOf(const Contact &row) const
{
    return row.meta.id;
}

bool ContactListModel::sameRow(const Contact &a, const Contact &b) const
{
    return a.meta.id == b.meta.id && a.meta.version == b.meta.version && a.partnerId == b.partnerId &&
           a.name == b.name && a.role == b.role && a.email == b.email && a.phone == b.phone && a.notes == b.notes;
}

void ContactListModel::failed(const QString &message)
{
    emit storeFailed(message);
}

void ContactListModel::forgetOwner()
{
    m_draft.reset();
}

Result<QList<Contact>> ContactListModel::fetch() const
{
    if (!m_db || m_ownerId <= 0)
        return QList<Contact>();
    Result<QList<Contact>> contacts = ContactRepository(*m_db).listForPartner(m_ownerId);
    if (!contacts)
        return contacts;
    // In the order they were added: rows do not move while they are edited.
    std::sort(contacts->begin(), contacts->end(),
              [](const Contact &a, const Contact &b) { return a.meta.id < b.meta.id; });
    return contacts;
}

void ContactListModel::arriving(const QList<Contact> &rows)
{
    // The draft just stored is the newest contact: it stays in its row (and in its editor's).
    if (m_draft && m_storingDraft && !rows.isEmpty() && rowOfId(rows.constLast().meta.id) < 0) {
        const int row = int(m_rows.size());
        m_rows.append(rows.constLast());
        m_draft.reset();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

Contact ContactListModel::withValue(int row, int column, const QVariant &value) const
{
    Contact contact = contactAt(row);
    // Notes keep their spaces and line breaks; the other fields are trimmed.
    if (column >= 0 && column < ColumnCount)
        contact.*Fields[column] = column == NotesColumn ? value.toString() : value.toString().trimmed();
    return contact;
}

Result<void> ContactListModel::write(const Contact &before, const Contact &after)
{
    if (m_writer)
        return m_writer(before, after);
    if (!m_db)
        return StoreError{StoreError::Kind::NotFound, tr("No portfolio is open.")};
    const ContactRepository contacts(*m_db);
    const Result<Contact> stored = before.meta.isStored() ? contacts.update(after) : contacts.create(after);
    if (!stored)
        return stored.error();
    return {};
}
