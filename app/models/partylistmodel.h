// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/agreement.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

// The parties of an agreement being edited in a form: partner, role and the party's own
// signing date, editable with the RecordTableModel roles (EditorRole, ChoicesRole). Nothing is
// stored until the form applies parties().
class PartyListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        PartnerColumn,
        RoleColumn,
        SignedColumn,
    };

    explicit PartyListModel(QObject *parent = nullptr);

    // `names`: how to show each partner id.
    void setParties(const QList<AgreementParty> &parties, const QHash<qint64, QString> &names);
    QList<AgreementParty> parties() const { return m_parties; }
    // Adds a party (a signatory without a date); false when the partner is a party already.
    bool addParty(qint64 partnerId, const QString &name);
    // How to name a partner picked in a cell.
    void setNameLookup(std::function<QString(qint64 partnerId)> lookup) { m_lookup = std::move(lookup); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_parties.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 3; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

signals:
    // An edit was refused; the message says what to type.
    void editRefused(const QString &message);
    // The parties changed (by an edit, an addition or a removal).
    void partiesEdited();

private:
    QList<AgreementParty> m_parties;
    QHash<qint64, QString> m_names;
    std::function<QString(qint64)> m_lookup;
};
