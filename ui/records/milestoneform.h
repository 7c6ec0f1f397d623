// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/storedrecordform.h"
#include "store/milestonerepository.h"

class QLineEdit;
class QListWidget;
class QLabel;

// The milestone in the detail pane: its fields, a reason for a change of due date or status
// (kept in the history), and that history.
class MilestoneForm final : public StoredRecordForm<Milestone, MilestoneRepository>
{
    Q_OBJECT

public:
    explicit MilestoneForm(QWidget *parent = nullptr);

signals:
    void agreementOpened(qint64 agreementId);

protected:
    void showLoaded(Database &db) override;
    Result<void> save(Database &db, RecordWriter &writer) override;
    QStringList watchedTables() const override;
    void applyReadOnly(bool readOnly) override;

private:
    QLabel *m_agreement;
    QLineEdit *m_reason;
    QListWidget *m_history;
};
