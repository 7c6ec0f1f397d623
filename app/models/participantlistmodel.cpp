// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/participantlistmodel.h"

#include "models/cellvalue.h"
#include "store/contactrepository.h"
#include "store/eventrepository.h"
#include "store/partnerrepository.h"

#include <QHash>

ParticipantListModel::ParticipantListModel(QObject *parent)
    : FollowingListModel(ColumnCount, parent)
{}

void ParticipantListModel::setEvent(Database *db, qint64 eventId)
{
    showOwner(db, eventId);
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

QVariant ParticipantListModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const ParticipantRow &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() == NameColumn ? row.name : row.kind;
    return {};
}

QVariant ParticipantListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return CellValue::header(*this, {tr("Participant"), tr("Taking part as")}, section, orientation, role);
}

Qt::ItemFlags ParticipantListModel::flags(const QModelIndex &index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool ParticipantListModel::touches(const QStringList &tables) const
{
    static const QStringList watched{QStringLiteral("event"), QStringLiteral("event_partner"),
                                     QStringLiteral("event_contact"), QStringLiteral("partner"),
                                     QStringLiteral("contact")};
    for (const QString &table : tables)
        if (watched.contains(table))
            return true;
    return false;
}

qint64 ParticipantListModel::keyOf(const ParticipantRow &row) const
{
    // Partners even, contacts odd.
    return row.who.id * 2 + (row.who.kind == Participant::Kind::Contact ? 1 : 0);
}

bool ParticipantListModel::sameRow(const ParticipantRow &a, const ParticipantRow &b) const
{
    return a.name == b.name && a.kind == b.kind;
}

void ParticipantListModel::failed(const QString &message)
{
    emit storeFailed(message);
}

Result<QList<ParticipantRow>> ParticipantListModel::fetch() const
{
    QList<ParticipantRow> rows;
    if (!m_db || m_ownerId <= 0)
        return rows;
    const Result<Event> event = EventRepository(*m_db).get(m_ownerId);
    if (!event)
        return event.error().kind == StoreError::Kind::NotFound ? Result<QList<ParticipantRow>>(rows) : event.error();
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
        rows << ParticipantRow{{Participant::Kind::Partner, id}, name, tr("Organisation")};
    }
    for (const Contact &contact : std::as_const(contacts))
        rows << ParticipantRow{{Participant::Kind::Contact, contact.meta.id},
                               contact.name,
                               tr("Contact at %1").arg(partnerById.value(contact.partnerId).name)};
    return rows;
}
