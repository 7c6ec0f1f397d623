#pragma once

#include <QObject>

// The record the user is looking at, shared by all views: the tables, the detail pane and the
// timeline follow it and drive it. Selecting what is already selected emits nothing.
class RecordSelection final : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        None,
        Partner,
        Agreement,
        Milestone,
        Event
    };

    explicit RecordSelection(QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    // The current record (0 when none).
    qint64 id() const { return m_id; }
    // The last partner, agreement, milestone or event selected (0 when none since the last clear()).
    qint64 partnerId() const { return m_partner; }
    qint64 agreementId() const { return m_agreement; }
    qint64 milestoneId() const { return m_milestone; }
    qint64 eventId() const { return m_event; }

public slots:
    void selectPartner(qint64 id);
    void selectAgreement(qint64 id);
    void selectMilestone(qint64 id);
    void selectEvent(qint64 id);
    void clear();

signals:
    void partnerSelected(qint64 id);
    void agreementSelected(qint64 id);
    void milestoneSelected(qint64 id);
    void eventSelected(qint64 id);
    // The current record changed (kind None and id 0: nothing is selected).
    void currentChanged(RecordSelection::Kind kind, qint64 id);

private:
    bool select(Kind kind, qint64 id, qint64 &last);

    Kind m_kind = Kind::None;
    qint64 m_id = 0;
    qint64 m_partner = 0;
    qint64 m_agreement = 0;
    qint64 m_milestone = 0;
    qint64 m_event = 0;
};
