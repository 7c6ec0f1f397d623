// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/enums.h"

#include "domain/codetable.h"

#include <QCoreApplication>
#include <QHash>

namespace {

// The names are translated in context "Enums".
template<typename E>
struct Table;

template<>
struct Table<PartnerKind>
{
    static constexpr CodeTable<PartnerKind, 8> entries{{
        {PartnerKind::University, "university", QT_TRANSLATE_NOOP("Enums", "University")},
        {PartnerKind::UniversityHospital, "university_hospital", QT_TRANSLATE_NOOP("Enums", "University hospital")},
        {PartnerKind::ResearchInstitute, "research_institute", QT_TRANSLATE_NOOP("Enums", "Research institute")},
        {PartnerKind::Company, "company", QT_TRANSLATE_NOOP("Enums", "Company")},
        {PartnerKind::Government, "government", QT_TRANSLATE_NOOP("Enums", "Government")},
        {PartnerKind::Funder, "funder", QT_TRANSLATE_NOOP("Enums", "Funder")},
        {PartnerKind::Network, "network", QT_TRANSLATE_NOOP("Enums", "Network")},
        {PartnerKind::Other, "other", QT_TRANSLATE_NOOP("Enums", "Other")},
    }};
};

template<>
struct Table<AgreementKind>
{
    static constexpr CodeTable<AgreementKind, 6> entries{{
        {AgreementKind::DeclarationOfIntent, "declaration_of_intent",
         QT_TRANSLATE_NOOP("Enums", "Declaration of intent")},
        {AgreementKind::LetterOfIntent, "letter_of_intent", QT_TRANSLATE_NOOP("Enums", "Letter of intent")},
        {AgreementKind::Mou, "mou", QT_TRANSLATE_NOOP("Enums", "Memorandum of understanding")},
        {AgreementKind::Msa, "msa", QT_TRANSLATE_NOOP("Enums", "Master service agreement")},
        {AgreementKind::CollaborationAgreement, "collaboration_agreement",
         QT_TRANSLATE_NOOP("Enums", "Collaboration agreement")},
        {AgreementKind::Other, "other", QT_TRANSLATE_NOOP("Enums", "Other")},
    }};
};

template<>
struct Table<AgreementStatus>
{
    static constexpr CodeTable<AgreementStatus, 6> entries{{
        {AgreementStatus::Draft, "draft", QT_TRANSLATE_NOOP("Enums", "Draft")},
        {AgreementStatus::Negotiating, "negotiating", QT_TRANSLATE_NOOP("Enums", "Negotiating")},
        {AgreementStatus::Signed, "signed", QT_TRANSLATE_NOOP("Enums", "Signed")},
        {AgreementStatus::Active, "active", QT_TRANSLATE_NOOP("Enums", "Active")},
        {AgreementStatus::Completed, "completed", QT_TRANSLATE_NOOP("Enums", "Completed")},
        {AgreementStatus::Ended, "ended", QT_TRANSLATE_NOOP("Enums", "Ended")},
    }};
};

template<>
struct Table<PartyRole>
{
    static constexpr CodeTable<PartyRole, 4> entries{{
        {PartyRole::Signatory, "signatory", QT_TRANSLATE_NOOP("Enums", "Signatory")},
        {PartyRole::Lead, "lead", QT_TRANSLATE_NOOP("Enums", "Lead")},
        {PartyRole::Partner, "partner", QT_TRANSLATE_NOOP("Enums", "Partner")},
        {PartyRole::Observer, "observer", QT_TRANSLATE_NOOP("Enums", "Observer")},
    }};
};

template<>
struct Table<MilestoneStatus>
{
    static constexpr CodeTable<MilestoneStatus, 6> entries{{
        {MilestoneStatus::Planned, "planned", QT_TRANSLATE_NOOP("Enums", "Planned")},
        {MilestoneStatus::OnTrack, "on_track", QT_TRANSLATE_NOOP("Enums", "On track")},
        {MilestoneStatus::AtRisk, "at_risk", QT_TRANSLATE_NOOP("Enums", "At risk")},
        {MilestoneStatus::Achieved, "achieved", QT_TRANSLATE_NOOP("Enums", "Achieved")},
        {MilestoneStatus::Missed, "missed", QT_TRANSLATE_NOOP("Enums", "Missed")},
        {MilestoneStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Enums", "Cancelled")},
    }};
};

template<typename E>
const CodeEntry<E> &entryOf(E value)
{
    const CodeEntry<E> *entry = entryIn(Table<E>::entries, value);
    return entry ? *entry : Table<E>::entries.front();
}

} // namespace

template<typename E>
QList<E> allValues()
{
    return valuesIn(Table<E>::entries);
}

template<typename E>
QString codeOf(E value)
{
    // Made once and shared: exports and bulk imports write codes a hundred thousand times.
    static const QHash<E, QString> codes = [] {
        QHash<E, QString> made;
        for (const auto &e : Table<E>::entries)
            made.insert(e.value, QString::fromLatin1(e.code));
        return made;
    }();
    const auto it = codes.constFind(value);
    return it != codes.constEnd() ? *it : QString::fromLatin1(entryOf(value).code);
}

template<typename E>
std::optional<E> enumFromCode(const QString &code)
{
    return valueIn(Table<E>::entries, code);
}

template<typename E>
QString displayNameOf(E value)
{
    return QCoreApplication::translate("Enums", entryOf(value).name);
}

template<typename E>
std::optional<E> enumFromText(const QString &text)
{
    const QString t = text.trimmed();
    QString asCode = t.toLower();
    asCode.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const auto &e : Table<E>::entries) {
        if (asCode == QLatin1String(e.code) || t.compare(QLatin1String(e.name), Qt::CaseInsensitive) == 0 ||
            t.compare(QCoreApplication::translate("Enums", e.name), Qt::CaseInsensitive) == 0)
            return e.value;
    }
    return std::nullopt;
}

bool isOpen(MilestoneStatus status)
{
    return status == MilestoneStatus::Planned || status == MilestoneStatus::OnTrack ||
           status == MilestoneStatus::AtRisk;
}

#define PACTLINE_INSTANTIATE_ENUM(E)                                                                                   \
    template QList<E> allValues<E>();                                                                                  \
    template QString codeOf<E>(E);                                                                                     \
    template std::optional<E> enumFromCode<E>(const QString &);                                                        \
    template QString displayNameOf<E>(E);                                                                              \
    template std::optional<E> enumFromText<E>(const QString &);

PACTLINE_INSTANTIATE_ENUM(PartnerKind)
PACTLINE_INSTANTIATE_ENUM(AgreementKind)
PACTLINE_INSTANTIATE_ENUM(AgreementStatus)
PACTLINE_INSTANTIATE_ENUM(PartyRole)
PACTLINE_INSTANTIATE_ENUM(MilestoneStatus)
