// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordselection.h"

#include <QScopedValueRollback>

#include <utility>

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

void RecordSelection::selectRecord(Kind kind, qint64 id)
{
    if (kind == Kind::None)
        return;
    // Each kind's last selection and the signal that says it changed, in the order of Kind.
    const std::pair<qint64 RecordSelection::*, void (RecordSelection::*)(qint64)> kinds[] = {
        {&RecordSelection::m_partner, &RecordSelection::partnerSelected},
        {&RecordSelection::m_agreement, &RecordSelection::agreementSelected},
        {&RecordSelection::m_milestone, &RecordSelection::milestoneSelected},
        {&RecordSelection::m_event, &RecordSelection::eventSelected}};
    const auto [last, selected] = kinds[int(kind) - int(Kind::Partner)];
    if (select(kind, id, this->*last))
        emit(this->*selected)(id);
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
