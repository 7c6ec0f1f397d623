// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/milestonetablemodel.h"
#include "models/partylistmodel.h"
#include "records/partnerpicker.h"
#include "records/recorddelegate.h"
#include "records/storedrecordform.h"
#include "store/agreementrepository.h"

#include <QComboBox>
#include <QListWidget>

class QTableView;

// The agreement in the detail pane: its fields and its parties (each with a role and its own
// signing date), applied together; its milestones, edited in place (each edit undoable), with
// the slip history of the selected one.
class AgreementForm final : public StoredRecordForm<Agreement, AgreementRepository>
{
    Q_OBJECT

public:
    explicit AgreementForm(QWidget *parent = nullptr);

    QTableView *milestonesTable() const { return m_milestones; }
    MilestoneTableModel *milestonesModel() const { return m_milestoneModel; }
    PartyListModel *partiesModel() const { return m_parties; }

signals:
    // The user asked to add or delete milestones of this agreement, or to open one.
    void addMilestoneRequested(qint64 agreementId);
    void removeMilestonesRequested(const QList<qint64> &milestoneIds);
    void milestoneOpened(qint64 milestoneId);

protected:
    void showLoaded(Database &db) override;
    // The fields and the parties as edited.
    Result<Agreement> edited(const Agreement &base) const override;
    QStringList watchedTables() const override;
    void applyReadOnly(bool readOnly) override;
    void bindDatabase(Database *db) override;

private:
    void addParty();
    void removeParty();
    void showHistory();
    QList<qint64> selectedMilestones() const;

    QComboBox *m_signingEvent = new QComboBox(this);
    PartyListModel *m_parties = new PartyListModel(this);
    QTableView *m_partiesTable;
    PartnerPicker *m_newParty = new PartnerPicker(this);
    QWidget *m_partyButtons;
    RecordDelegate *m_delegate = new RecordDelegate(this);
    MilestoneTableModel *m_milestoneModel = new MilestoneTableModel(this);
    QTableView *m_milestones;
    QWidget *m_milestoneButtons;
    QListWidget *m_history = new QListWidget(this);
};
