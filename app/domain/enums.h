// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

// Enumerations of the data model. Each value has a stable string code (stored in the
// database and in exchange files, never translated) and a display name (translated).

enum class PartnerKind
{
    University,
    UniversityHospital,
    ResearchInstitute,
    Company,
    Government,
    Funder,
    Network,
    Other
};
enum class AgreementKind
{
    DeclarationOfIntent,
    LetterOfIntent,
    Mou,
    Msa,
    CollaborationAgreement,
    Other
};
enum class AgreementStatus
{
    Draft,
    Negotiating,
    Signed,
    Active,
    Completed,
    Ended
};
enum class PartyRole
{
    Signatory,
    Lead,
    Partner,
    Observer
};
enum class MilestoneStatus
{
    Planned,
    OnTrack,
    AtRisk,
    Achieved,
    Missed,
    Cancelled
};

// Defined for the five enums above (explicit instantiations in enums.cpp).
template<typename E>
QList<E> allValues();
template<typename E>
QString codeOf(E value);
template<typename E>
std::optional<E> enumFromCode(const QString &code);
template<typename E>
QString displayNameOf(E value);
// Accepts a code or a display name, case-insensitively (for imports and typed input).
template<typename E>
std::optional<E> enumFromText(const QString &text);

// Whether a milestone in this status still counts as due (not achieved, missed or cancelled).
bool isOpen(MilestoneStatus status);
