#pragma once

#include "domain/event.h"
#include "records/recordform.h"

class FuzzyDateEdit;
class PartnerPicker;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

// The event in the detail pane: its fields and the organisations taking part.
class EventForm final : public RecordForm
{
    Q_OBJECT

public:
    explicit EventForm(QWidget *parent = nullptr);

    QString recordTitle() const override { return m_loaded.title; }

protected:
    bool load(Database &db, qint64 id) override;
    Result<void> save(Database &db, RecordWriter &writer) override;
    QStringList watchedTables() const override;
    void applyReadOnly(bool readOnly) override;
    bool refreshBase(Database &db) override;

private:
    void addParticipant();
    void removeParticipant();

    Event m_loaded;
    QLineEdit *m_title;
    FuzzyDateEdit *m_date;
    QLineEdit *m_place;
    QPlainTextEdit *m_notes;
    QListWidget *m_participants;
    PartnerPicker *m_newParticipant;
    QWidget *m_participantButtons;
};
