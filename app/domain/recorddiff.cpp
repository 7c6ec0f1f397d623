// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/recorddiff.h"

#include <QCoreApplication>

namespace {

// Adds the field's name when the two values differ.
class Diff
{
public:
    template<typename T>
    Diff &field(const T &a, const T &b, const char *name)
    {
        if (!(a == b))
            m_names << QCoreApplication::translate("Fields", name);
        return *this;
    }
    QStringList names() const { return m_names; }

private:
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
    return Diff()
        .field(a.name, b.name, QT_TRANSLATE_NOOP("Fields", "name"))
        .field(a.shortName, b.shortName, QT_TRANSLATE_NOOP("Fields", "short name"))
        .field(a.kind, b.kind, QT_TRANSLATE_NOOP("Fields", "kind"))
        .field(a.country, b.country, QT_TRANSLATE_NOOP("Fields", "country"))
        .field(a.city, b.city, QT_TRANSLATE_NOOP("Fields", "city"))
        .field(a.website, b.website, QT_TRANSLATE_NOOP("Fields", "website"))
        .field(a.notes, b.notes, QT_TRANSLATE_NOOP("Fields", "notes"))
        .names();
}

QStringList changedFields(const Contact &a, const Contact &b)
{
    return Diff()
        .field(a.partnerId, b.partnerId, QT_TRANSLATE_NOOP("Fields", "partner"))
        .field(a.name, b.name, QT_TRANSLATE_NOOP("Fields", "name"))
        .field(a.role, b.role, QT_TRANSLATE_NOOP("Fields", "role"))
        .field(a.email, b.email, QT_TRANSLATE_NOOP("Fields", "e-mail"))
        .field(a.phone, b.phone, QT_TRANSLATE_NOOP("Fields", "phone"))
        .field(a.notes, b.notes, QT_TRANSLATE_NOOP("Fields", "notes"))
        .names();
}

QStringList changedFields(const Agreement &a, const Agreement &b)
{
    QStringList names = Diff()
                            .field(a.title, b.title, QT_TRANSLATE_NOOP("Fields", "title"))
                            .field(a.kind, b.kind, QT_TRANSLATE_NOOP("Fields", "kind"))
                            .field(a.status, b.status, QT_TRANSLATE_NOOP("Fields", "status"))
                            .field(a.signedOn, b.signedOn, QT_TRANSLATE_NOOP("Fields", "signing date"))
                            .field(a.startsOn, b.startsOn, QT_TRANSLATE_NOOP("Fields", "start"))
                            .field(a.endsOn, b.endsOn, QT_TRANSLATE_NOOP("Fields", "end"))
                            .field(a.signingEventId, b.signingEventId, QT_TRANSLATE_NOOP("Fields", "signing event"))
                            .field(a.predecessorId, b.predecessorId, QT_TRANSLATE_NOOP("Fields", "predecessor"))
                            .field(a.themes, b.themes, QT_TRANSLATE_NOOP("Fields", "themes"))
                            .field(a.summary, b.summary, QT_TRANSLATE_NOOP("Fields", "summary"))
                            .field(a.notes, b.notes, QT_TRANSLATE_NOOP("Fields", "notes"))
                            .names();
    if (!sameParties(a.parties, b.parties))
        names << QCoreApplication::translate("Fields", "parties");
    return names;
}

QStringList changedFields(const Milestone &a, const Milestone &b)
{
    return Diff()
        .field(a.agreementId, b.agreementId, QT_TRANSLATE_NOOP("Fields", "agreement"))
        .field(a.title, b.title, QT_TRANSLATE_NOOP("Fields", "title"))
        .field(a.due, b.due, QT_TRANSLATE_NOOP("Fields", "due date"))
        .field(a.status, b.status, QT_TRANSLATE_NOOP("Fields", "status"))
        .field(a.achievedOn, b.achievedOn, QT_TRANSLATE_NOOP("Fields", "achieved date"))
        .field(a.location, b.location, QT_TRANSLATE_NOOP("Fields", "location"))
        .field(a.notes, b.notes, QT_TRANSLATE_NOOP("Fields", "notes"))
        .names();
}

QStringList changedFields(const Event &a, const Event &b)
{
    return Diff()
        .field(a.title, b.title, QT_TRANSLATE_NOOP("Fields", "title"))
        .field(a.date, b.date, QT_TRANSLATE_NOOP("Fields", "date"))
        .field(a.place, b.place, QT_TRANSLATE_NOOP("Fields", "place"))
        .field(a.notes, b.notes, QT_TRANSLATE_NOOP("Fields", "notes"))
        .field(a.partnerIds, b.partnerIds, QT_TRANSLATE_NOOP("Fields", "participating partners"))
        .field(a.contactIds, b.contactIds, QT_TRANSLATE_NOOP("Fields", "participating people"))
        .names();
}

} // namespace RecordDiff
