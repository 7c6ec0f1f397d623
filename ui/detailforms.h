// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordselection.h"

#include <QList>
#include <QStackedWidget>

class AgreementForm;
class Database;
class EventForm;
class MilestoneForm;
class PartnerForm;
class QLabel;
class RecordForm;
class UndoRecordWriter;

// The pages of the main window's Details pane: the form of each kind of record, and a note while
// no record is selected.
class DetailForms final : public QStackedWidget
{
    Q_OBJECT

public:
    explicit DetailForms(QWidget *parent = nullptr);

    PartnerForm *partnerForm() const { return m_partner; }
    AgreementForm *agreementForm() const { return m_agreement; }
    MilestoneForm *milestoneForm() const { return m_milestone; }
    QList<RecordForm *> forms() const;
    RecordSelection::Kind kindOf(const RecordForm *form) const;
    // The form with changes not applied yet (null when none).
    RecordForm *changedForm() const;

    // Shows the record in the form of its kind (the note for none).
    void showRecord(RecordSelection::Kind kind, qint64 id);
    bool isShowingRecord() const;
    // The portfolio the forms read and write (null: none, when it closes), and whether it is read-only.
    void setContext(Database *db, UndoRecordWriter *writer);
    void setReadOnly(bool readOnly);

signals:
    // A form could not write a change.
    void storeFailed(const QString &message);
    // A form saved an edit merged with someone else's change (RecordForm::changesMerged).
    void changesMerged(const QString &message);

private:
    QLabel *m_none;
    PartnerForm *m_partner;
    AgreementForm *m_agreement;
    MilestoneForm *m_milestone;
    EventForm *m_event;
};
