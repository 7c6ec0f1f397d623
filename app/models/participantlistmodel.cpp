// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/participantlistmodel.h"

#include "models/rowdiff.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/partnerrepository.h"

#include <QHash>

namespace {

// One number per participant, for RowDiff: partners even, contacts odd.
qint64 keyOf(const Participant &participant)
{
    return participant.id * 2 + (participant.kind == Participant::Kind::Contact ? 1 : 0);
}

} // namespace

ParticipantListModel::ParticipantListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ParticipantListModel::setEvent(Database *db, qint64 eventId)
{
    if (m_db == db && m_eventId == eventId)
        return;
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    beginResetModel();
    m_db = db;
    m_eventId = eventId;
    m_rows.clear();
    const Result<QList<Row>> fresh = fetch();
    if (fresh)
        m_rows = *fresh;
    endResetModel();
    if (m_db)
        connect(m_db, &Database::changed, this, &ParticipantListModel::onStoreChanged);
    if (!fresh)
        emit storeFailed(fresh.error().message);
}

Participant ParticipantListModel::participantAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).who : Participant();
}

QString ParticipantListModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

int ParticipantListModel::rowOf(const Participant &participant) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).who == participant)
            return row;
    return -1;
}

bool ParticipantListModel::isCell(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() < rowCount() && index.column() < ColumnCount;
}

int ParticipantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantListModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() == NameColumn ? row.name : row.kind;
    return {};
}

QVariant ParticipantListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Participant");
    case KindColumn:
        return tr("Taking part as");
    default:
        return {};
    }
}

Qt::ItemFlags ParticipantListModel::flags(const QModelIndex &index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void ParticipantListModel::onStoreChanged(const QStringList &tables)
{
    static const QStringList watched{QStringLiteral("event"), QStringLiteral("event_partner"),
                                     QStringLiteral("event_contact"), QStringLiteral("partner"),
                                     QStringLiteral("contact")};
    for (const QString &table : tables) {
        if (watched.contains(table)) {
            refresh();
            return;
        }
    }
}

Result<QList<ParticipantListModel::Row>> ParticipantListModel::fetch() const
{
    QList<Row> rows;
    if (!m_db || m_eventId <= 0)
        return rows;
    const Result<Event> event = EventRepository(*m_db).get(m_eventId);
    if (!event)
        return event.error().kind == StoreError::Kind::NotFound ? Result<QList<Row>>(rows) : event.error();
    const ContactRepository contactRepository(*m_db);
    QList<Contact> contacts;
    QList<qint64> partnerIds = event->partnerIds;
    for (qint64 id : event->contactIds) {
        const Result<Contact> contact = contactRepository.get(id);
        if (!contact)
            return contact.error();
        contacts << *contact;
        partnerIds << contact->partnerId;
    }
    const Result<QList<Partner>> partners = PartnerRepository(*m_db).getMany(partnerIds);
    if (!partners)
        return partners.error();
    QHash<qint64, Partner> partnerById;
    for (const Partner &partner : *partners)
        partnerById.insert(partner.meta.id, partner);
    for (qint64 id : event->partnerIds) {
        const Partner partner = partnerById.value(id);
        const QString name =
            partner.country.isEmpty() ? partner.name : QStringLiteral("%1 (%2)").arg(partner.name, partner.country);
        rows << Row{{Participant::Kind::Partner, id}, name, tr("Organisation")};
    }
    for (const Contact &contact : std::as_const(contacts))
        rows << Row{{Participant::Kind::Contact, contact.meta.id},
                    contact.name,
                    tr("Contact at %1").arg(partnerById.value(contact.partnerId).name)};
    return rows;
}

void ParticipantListModel::refresh()
{
    const Result<QList<Row>> fresh = fetch();
    if (!fresh) {
        emit storeFailed(fresh.error().message);
        return;
    }
    const QList<Row> &rows = *fresh;
    QList<qint64> before;
    QList<qint64> after;
    for (const Row &row : std::as_const(m_rows))
        before << keyOf(row.who);
    for (const Row &row : rows)
        after << keyOf(row.who);
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
        if (m_rows.at(row).name != rows.at(row).name || m_rows.at(row).kind != rows.at(row).kind) {
            m_rows[row] = rows.at(row);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}
