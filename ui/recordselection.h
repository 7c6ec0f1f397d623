// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

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

    // Asked before the current record changes; false keeps the current one (e.g. the user chose to
    // stay in a form with changes not applied yet), and changeRefused() tells the views to return.
    using Guard = std::function<bool(Kind kind, qint64 id)>;
    void setGuard(Guard guard) { m_guard = std::move(guard); }

    Kind kind() const { return m_kind; }
    // The current record (0 when none).
    qint64 id() const { return m_id; }
    // The last partner, agreement, milestone or event selected (0 when none since the last clear()).
    qint64 partnerId() const { return m_partner; }
    qint64 agreementId() const { return m_agreement; }
    qint64 milestoneId() const { return m_milestone; }
    qint64 eventId() const { return m_event; }

public slots:
    void selectPartner(qint64 id) { selectRecord(Kind::Partner, id); }
    void selectAgreement(qint64 id) { selectRecord(Kind::Agreement, id); }
    void selectMilestone(qint64 id) { selectRecord(Kind::Milestone, id); }
    void selectEvent(qint64 id) { selectRecord(Kind::Event, id); }
    // Selects the record of that kind (nothing for Kind::None).
    void selectRecord(RecordSelection::Kind kind, qint64 id);
    void clear();

signals:
    void partnerSelected(qint64 id);
    void agreementSelected(qint64 id);
    void milestoneSelected(qint64 id);
    void eventSelected(qint64 id);
    // The current record changed (kind None and id 0: nothing is selected).
    void currentChanged(RecordSelection::Kind kind, qint64 id);
    // The guard kept the current record: views that moved on their own should show it again.
    void changeRefused();

private:
    bool select(Kind kind, qint64 id, qint64 &last);

    Guard m_guard;
    bool m_asking = false;
    Kind m_kind = Kind::None;
    qint64 m_id = 0;
    qint64 m_partner = 0;
    qint64 m_agreement = 0;
    qint64 m_milestone = 0;
    qint64 m_event = 0;
};
