// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/storedrecordform.h"
#include "store/milestonerepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

// The milestone in the detail pane: its fields, a reason for a change of due date or status
// (kept in the history), and that history.
class MilestoneForm final : public StoredRecordForm<Milestone, MilestoneRepository>
{
    Q_OBJECT

public:
    explicit MilestoneForm(QWidget *parent = nullptr);

    // One line of a milestone's history: the date of the change, what changed, and why.
    static QString historyLine(const MilestoneChange &change);

signals:
    void agreementOpened(qint64 agreementId);

protected:
    void showLoaded(Database &db) override;
    // With the reason typed, for the milestone's history.
    Result<void> write(Database &db, RecordWriter &writer, const Milestone &before,
                       const Milestone &after) const override;
    QStringList watchedTables() const override;
    void applyReadOnly(bool readOnly) override;

private:
    QLabel *m_agreement = new QLabel(this);
    QLineEdit *m_reason = new QLineEdit(this);
    QListWidget *m_history = new QListWidget(this);
};
