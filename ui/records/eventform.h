// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/participantlistmodel.h"
#include "records/formtable.h"
#include "records/participantpicker.h"
#include "records/storedrecordform.h"
#include "store/eventrepository.h"

class QAction;
class QPushButton;

// The event in the detail pane: its fields (applied together) and the partners and contacts taking
// part (added and removed one change at a time, each an undo command at once).
class EventForm final : public StoredRecordForm<Event, EventRepository>
{
    Q_OBJECT

public:
    explicit EventForm(QWidget *parent = nullptr);

    ParticipantListModel *participantsModel() const { return m_participantModel; }

protected:
    void showLoaded(Database &db) override;
    Result<void> save(Database &db, RecordWriter &writer) override;
    QStringList watchedTables() const override;
    void applyReadOnly(bool readOnly) override;

private:
    void createParticipants();
    void addParticipant();
    void removeParticipants();
    void updateParticipantActions();
    void refuse(const QString &message);

    ParticipantListModel *m_participantModel = new ParticipantListModel(this);
    FormTable *m_participants = new FormTable(this);
    ParticipantPicker *m_newParticipant = new ParticipantPicker(this);
    QWidget *m_participantButtons = new QWidget(this);
    QPushButton *m_removeParticipant = nullptr;
    QAction *m_removeParticipantAction = nullptr;
};
