// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/recorddiff.h"

#include "domain/recordfields.h"

namespace {

// Adds the name of a field of the table's records (RecordFields) when its two values differ.
class Diff
{
public:
    explicit Diff(const char *table)
        : m_table(QLatin1String(table))
    {}
    template<typename T>
    Diff &field(const T &a, const T &b, const char *column)
    {
        if (!(a == b))
            m_names << RecordFields::label(m_table, QLatin1String(column));
        return *this;
    }
    QStringList names() const { return m_names; }

private:
    QString m_table;
    QStringList m_names;
};

bool sameParties(const QList<AgreementParty> &a, const QList<AgreementParty> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i)
        if (a.at(i).partnerId != b.at(i).partnerId || a.at(i).role != b.at(i).role ||
            a.at(i).signedOn != b.at(i).signedOn)
            return false;
    return true;
}

} // namespace

namespace RecordDiff {

QStringList changedFields(const Partner &a, const Partner &b)
{
    return Diff("partner")
        .field(a.name, b.name, "name")
        .field(a.shortName, b.shortName, "short_name")
        .field(a.kind, b.kind, "kind")
        .field(a.country, b.country, "country")
        .field(a.city, b.city, "city")
        .field(a.website, b.website, "website")
        .field(a.notes, b.notes, "notes")
        .names();
}

QStringList changedFields(const Contact &a, const Contact &b)
{
    return Diff("contact")
        .field(a.partnerId, b.partnerId, "partner_id")
        .field(a.name, b.name, "name")
        .field(a.role, b.role, "role")
        .field(a.email, b.email, "email")
        .field(a.phone, b.phone, "phone")
        .field(a.notes, b.notes, "notes")
        .names();
}

QStringList changedFields(const Agreement &a, const Agreement &b)
{
    QStringList names = Diff("agreement")
                            .field(a.title, b.title, "title")
                            .field(a.kind, b.kind, "kind")
                            .field(a.status, b.status, "status")
                            .field(a.signedOn, b.signedOn, "signed_on")
                            .field(a.startsOn, b.startsOn, "starts_on")
                            .field(a.endsOn, b.endsOn, "ends_on")
                            .field(a.signingEventId, b.signingEventId, "signing_event_id")
                            .field(a.predecessorId, b.predecessorId, "predecessor_id")
                            .field(a.themes, b.themes, "themes")
                            .field(a.summary, b.summary, "summary")
                            .field(a.notes, b.notes, "notes")
                            .names();
    if (!sameParties(a.parties, b.parties))
        names << RecordFields::label(QStringLiteral("agreement"), QStringLiteral("parties"));
    return names;
}

QStringList changedFields(const Milestone &a, const Milestone &b)
{
    return Diff("milestone")
        .field(a.agreementId, b.agreementId, "agreement_id")
        .field(a.title, b.title, "title")
        .field(a.due, b.due, "due")
        .field(a.status, b.status, "status")
        .field(a.achievedOn, b.achievedOn, "achieved_on")
        .field(a.location, b.location, "location")
        .field(a.notes, b.notes, "notes")
        .names();
}

QStringList changedFields(const Event &a, const Event &b)
{
    return Diff("event")
        .field(a.title, b.title, "title")
        .field(a.date, b.date, "date")
        .field(a.place, b.place, "place")
        .field(a.notes, b.notes, "notes")
        .field(a.partnerIds, b.partnerIds, "partners")
        .field(a.contactIds, b.contactIds, "contacts")
        .names();
}

} // namespace RecordDiff
