// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/partylistmodel.h"

#include "models/cellvalue.h"
#include "models/recordtablemodel.h"

PartyListModel::PartyListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PartyListModel::setParties(const QList<AgreementParty> &parties, const QHash<qint64, QString> &names)
{
    beginResetModel();
    m_parties = parties;
    m_names = names;
    endResetModel();
}

bool PartyListModel::addParty(qint64 partnerId, const QString &name)
{
    for (const AgreementParty &party : std::as_const(m_parties))
        if (party.partnerId == partnerId) {
            emit editRefused(tr("%1 is a party already.").arg(name));
            return false;
        }
    m_names.insert(partnerId, name);
    beginInsertRows(QModelIndex(), int(m_parties.size()), int(m_parties.size()));
    m_parties.append({partnerId, PartyRole::Signatory, {}});
    endInsertRows();
    emit partiesEdited();
    return true;
}

QVariant PartyListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_parties.size())
        return {};
    const AgreementParty &party = m_parties.at(index.row());
    const bool edit = role == Qt::EditRole;
    switch (role) {
    case RecordTableModel::IdRole:
        return party.partnerId;
    case RecordTableModel::EditorRole:
        switch (index.column()) {
        case PartnerColumn:
            return int(RecordTableModel::Editor::Partner);
        case RoleColumn:
            return int(RecordTableModel::Editor::Choice);
        default:
            return int(RecordTableModel::Editor::FuzzyDate);
        }
    case RecordTableModel::ChoicesRole:
        return index.column() == RoleColumn ? QVariant(CellValue::choices<PartyRole>()) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == SignedColumn ? QVariant(CellValue::dateInterval(party.signedOn)) : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case PartnerColumn:
            return edit ? QVariant(party.partnerId) : QVariant(m_names.value(party.partnerId));
        case RoleColumn:
            return edit ? codeOf(party.role) : displayNameOf(party.role);
        default:
            return CellValue::dateText(party.signedOn);
        }
    default:
        return {};
    }
}

QVariant PartyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return CellValue::header(*this, {tr("Partner"), tr("Role"), tr("Signed")}, section, orientation, role);
}

Qt::ItemFlags PartyListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool PartyListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_parties.size())
        return false;
    AgreementParty &party = m_parties[index.row()];
    switch (index.column()) {
    case PartnerColumn: {
        const qint64 partnerId = value.toLongLong();
        if (partnerId <= 0) {
            emit editRefused(tr("Choose a partner from the list: type part of its name."));
            return false;
        }
        for (int i = 0; i < m_parties.size(); ++i)
            if (i != index.row() && m_parties.at(i).partnerId == partnerId) {
                emit editRefused(tr("%1 is a party already.").arg(m_names.value(partnerId)));
                return false;
            }
        party.partnerId = partnerId;
        if (!m_names.contains(partnerId) && m_lookup)
            m_names.insert(partnerId, m_lookup(partnerId));
        break;
    }
    case RoleColumn: {
        const Result<PartyRole> chosen = CellValue::choice<PartyRole>(value, tr("role"));
        if (!chosen) {
            emit editRefused(chosen.error().message);
            return false;
        }
        party.role = *chosen;
        break;
    }
    default: {
        const Result<FuzzyDate> date = CellValue::date(value);
        if (!date) {
            emit editRefused(date.error().message);
            return false;
        }
        party.signedOn = *date;
        break;
    }
    }
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(2));
    emit partiesEdited();
    return true;
}

bool PartyListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_parties.size())
        return false;
    beginRemoveRows(QModelIndex(), row, row + count - 1);
    m_parties.remove(row, count);
    endRemoveRows();
    emit partiesEdited();
    return true;
}
