// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/participantpicker.h"

#include "records/partnerpicker.h"
#include "store/contactrepository.h"
#include "store/partnerrepository.h"

#include <QHash>

namespace {

constexpr int Offered = 12; // completions of each kind

QString contactLabel(const QString &name, const QString &partnerName)
{
    return partnerName.isEmpty() ? name : QStringLiteral("%1 — %2").arg(name, partnerName);
}

} // namespace

ParticipantPicker::ParticipantPicker(QWidget *parent)
    : RecordPicker(parent)
{
    setObjectName(QStringLiteral("participantPicker"));
    setPlaceholderText(tr("Type the name of a partner or a contact"));
}

std::optional<Participant> ParticipantPicker::participant() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty() || !m_db)
        return std::nullopt;
    if (const auto it = m_offered.constFind(typed); it != m_offered.constEnd())
        return *it;
    if (const auto partner = PartnerRepository(*m_db).findByName(typed); partner && *partner > 0)
        return Participant{Participant::Kind::Partner, *partner};
    ListQuery query;
    query.search = typed;
    const auto contacts = ContactRepository(*m_db).list(query);
    if (!contacts)
        return std::nullopt;
    std::optional<Participant> found;
    for (const Contact &contact : *contacts) {
        if (contact.name.compare(typed, Qt::CaseInsensitive) != 0)
            continue;
        if (found)
            return std::nullopt; // two people of that name: pick one from the completions
        found = Participant{Participant::Kind::Contact, contact.meta.id};
    }
    return found;
}

QStringList ParticipantPicker::offer(Database &db, const QString &typed)
{
    ListQuery query;
    query.search = typed;
    query.limit = Offered;
    QStringList labels;
    if (const auto partners = PartnerRepository(db).list(query)) {
        for (const Partner &partner : *partners) {
            const QString label = PartnerPicker::labelFor(partner.name, partner.country);
            m_offered.insert(label, {Participant::Kind::Partner, partner.meta.id});
            labels << label;
        }
    }
    if (const auto contacts = ContactRepository(db).list(query)) {
        QList<qint64> partnerIds;
        for (const Contact &contact : *contacts)
            partnerIds << contact.partnerId;
        QHash<qint64, QString> partnerNames;
        if (const auto partners = PartnerRepository(db).getMany(partnerIds))
            for (const Partner &partner : *partners)
                partnerNames.insert(partner.meta.id, partner.name);
        for (const Contact &contact : *contacts) {
            const QString label = contactLabel(contact.name, partnerNames.value(contact.partnerId));
            m_offered.insert(label, {Participant::Kind::Contact, contact.meta.id});
            labels << label;
        }
    }
    return labels;
}
