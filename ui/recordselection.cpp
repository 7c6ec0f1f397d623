// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordselection.h"

#include <QScopedValueRollback>

RecordSelection::RecordSelection(QObject *parent)
    : QObject(parent)
{}

bool RecordSelection::select(Kind kind, qint64 id, qint64 &last)
{
    const Kind shown = id > 0 ? kind : Kind::None;
    if (m_kind == shown && m_id == id && last == id)
        return false;
    const bool currentChangedNow = m_kind != shown || m_id != id;
    if (currentChangedNow && m_guard) {
        // A change asked for while the guard asks its question is refused as well.
        const bool allowed = !m_asking && [&] {
            const QScopedValueRollback<bool> asking(m_asking, true);
            return m_guard(shown, id);
        }();
        if (!allowed) {
            emit changeRefused();
            return false;
        }
    }
    last = id;
    m_kind = shown;
    m_id = id;
    if (currentChangedNow)
        emit currentChanged(m_kind, m_id);
    return true;
}

void RecordSelection::selectPartner(qint64 id)
{
    if (select(Kind::Partner, id, m_partner))
        emit partnerSelected(id);
}

void RecordSelection::selectAgreement(qint64 id)
{
    if (select(Kind::Agreement, id, m_agreement))
        emit agreementSelected(id);
}

void RecordSelection::selectMilestone(qint64 id)
{
    if (select(Kind::Milestone, id, m_milestone))
        emit milestoneSelected(id);
}

void RecordSelection::selectEvent(qint64 id)
{
    if (select(Kind::Event, id, m_event))
        emit eventSelected(id);
}

void RecordSelection::selectRecord(Kind kind, qint64 id)
{
    switch (kind) {
    case Kind::Partner:
        selectPartner(id);
        break;
    case Kind::Agreement:
        selectAgreement(id);
        break;
    case Kind::Milestone:
        selectMilestone(id);
        break;
    case Kind::Event:
        selectEvent(id);
        break;
    case Kind::None:
        break;
    }
}

void RecordSelection::clear()
{
    m_partner = m_agreement = m_milestone = m_event = 0;
    if (m_kind == Kind::None && m_id == 0)
        return;
    m_kind = Kind::None;
    m_id = 0;
    emit currentChanged(m_kind, m_id);
}
