// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/csvimport.h"

#include "domain/countries.h"
#include "domain/textkey.h"

#include <QCoreApplication>
#include <QSet>

namespace {

template<typename E>
QString displayNames()
{
    QStringList names;
    for (E value : allValues<E>())
        names << displayNameOf(value);
    return names.join(QStringLiteral(", "));
}

template<typename E>
QString enumNoun()
{
    if constexpr (std::is_same_v<E, PartnerKind> || std::is_same_v<E, AgreementKind>)
        return QCoreApplication::translate("CsvImport", "kind");
    return QCoreApplication::translate("CsvImport", "status");
}

} // namespace

template<typename E>
std::optional<E> CsvImport::enumField(const QStringList &fields, const QString &key, int row, E fallback)
{
    const QString text = cell(fields, key);
    if (text.isEmpty())
        return fallback;
    // The same few words come back on every row: each is looked up once.
    QHash<QString, int> &memo = m_enumMemo[key];
    auto known = memo.constFind(text);
    if (known == memo.constEnd()) {
        const std::optional<E> value = enumFromText<E>(text);
        known = memo.insert(text, value ? int(*value) : -1);
    }
    if (known.value() < 0) {
        addIssue(ImportIssue::Severity::Error, row, headerOf(key), text,
                 QCoreApplication::translate("CsvImport", "“%1” is not a %2 Pactline knows; use one of: %3.")
                     .arg(text, enumNoun<E>(), displayNames<E>()));
        return std::nullopt;
    }
    return E(known.value());
}

void CsvImport::validatePartner(const QStringList &fields, int row)
{
    const qsizetype errorsBefore = m_errorCount;
    Partner partner;
    partner.name = cell(fields, QStringLiteral("name"));
    if (partner.name.isEmpty()) {
        addIssue(ImportIssue::Severity::Error, row, headerOf(QStringLiteral("name")), QString(),
                 QCoreApplication::translate("CsvImport", "a partner needs a name, e.g. “Lund University”."));
        return;
    }
    partner.shortName = cell(fields, QStringLiteral("short_name"));
    partner.kind =
        enumField<PartnerKind>(fields, QStringLiteral("kind"), row, PartnerKind::Other).value_or(PartnerKind::Other);
    const QString country = cell(fields, QStringLiteral("country"));
    const Countries::Parsed parsed = Countries::parse(country);
    partner.country = parsed.code;
    if (!parsed.isAcceptable())
        addIssue(ImportIssue::Severity::Error, row, headerOf(QStringLiteral("country")), country, parsed.problem);
    partner.city = cell(fields, QStringLiteral("city"));
    partner.website = cell(fields, QStringLiteral("website"));
    partner.notes = cell(fields, QStringLiteral("notes"), true);

    const qsizetype choiceIndex = choiceFor(partner.name);
    const PartnerChoice choice = choiceIndex >= 0 ? m_choices.at(choiceIndex) : PartnerChoice();
    if (choiceIndex >= 0 && choice.action == PartnerChoice::Action::Link) {
        if (choice.partnerId == 0) {
            addIssue(ImportIssue::Severity::Error, row, headerOf(QStringLiteral("name")), partner.name,
                     QCoreApplication::translate(
                         "CsvImport",
                         "%1 partners in the portfolio have this name or short name; choose whether this row is one "
                         "of them or a new partner.")
                         .arg(choice.candidates.size()));
            return;
        }
        if (m_errorCount == errorsBefore) {
            addIssue(ImportIssue::Severity::Warning, row, headerOf(QStringLiteral("name")), partner.name,
                     QCoreApplication::translate("CsvImport", "already in the portfolio (#%1); not added again.")
                         .arg(choice.partnerId));
            ++m_rowsSkipped;
        }
        return;
    }
    if (choiceIndex >= 0 && choice.action == PartnerChoice::Action::Skip) {
        ++m_rowsSkipped;
        return;
    }
    const QString uniqueKey = TextKey::folded(partner.name) + QChar(0x1f) + partner.country;
    if (const auto earlier = m_partnerRowByName.constFind(uniqueKey); earlier != m_partnerRowByName.constEnd()) {
        addIssue(
            ImportIssue::Severity::Error, row, headerOf(QStringLiteral("name")), partner.name,
            QCoreApplication::translate(
                "CsvImport", "row %1 already adds a partner with this name in %2; a name may be used once per country.")
                .arg(earlier.value())
                .arg(partner.country.isEmpty() ? QCoreApplication::translate("CsvImport", "no country")
                                               : partner.country));
        return;
    }
    m_partnerRowByName.insert(uniqueKey, row);
    if (const auto existing = m_existingPartners.constFind(uniqueKey); existing != m_existingPartners.constEnd()) {
        addIssue(ImportIssue::Severity::Error, row, headerOf(QStringLiteral("name")), partner.name,
                 QCoreApplication::translate(
                     "CsvImport",
                     "the portfolio already has a partner with this name in %1 (#%2); a name may be used once per "
                     "country.")
                     .arg(partner.country.isEmpty() ? QCoreApplication::translate("CsvImport", "no country")
                                                    : partner.country)
                     .arg(existing.value()));
        return;
    }
    if (m_errorCount == errorsBefore)
        m_plan.partners.append(partner);
}

void CsvImport::validateAgreement(const QStringList &fields, int row)
{
    const qsizetype errorsBefore = m_errorCount;
    Agreement agreement;
    agreement.title = cell(fields, QStringLiteral("title"));
    if (agreement.title.isEmpty()) {
        addIssue(ImportIssue::Severity::Error, row, headerOf(QStringLiteral("title")), QString(),
                 QCoreApplication::translate("CsvImport",
                                             "an agreement needs a title, e.g. “Declaration of intent on ATMP”."));
        return;
    }
    const QString titleKey = TextKey::folded(agreement.title);
    if (const auto existing = m_agreementsByKey.constFind(titleKey); existing != m_agreementsByKey.constEnd()) {
        addIssue(
            ImportIssue::Severity::Warning, row, headerOf(QStringLiteral("title")), agreement.title,
            QCoreApplication::translate(
                "CsvImport", "an agreement with this title is already in the portfolio (#%1); this row is left out.")
                .arg(existing->constFirst()));
        ++m_rowsSkipped;
        return;
    }
    if (const auto earlier = m_newAgreementByKey.constFind(titleKey); earlier != m_newAgreementByKey.constEnd()) {
        addIssue(ImportIssue::Severity::Error, row, headerOf(QStringLiteral("title")), agreement.title,
                 QCoreApplication::translate(
                     "CsvImport",
                     "another row already adds an agreement with this title; titles must differ so that milestones "
                     "and successors can name their agreement."));
        return;
    }
    agreement.kind = enumField<AgreementKind>(fields, QStringLiteral("kind"), row, AgreementKind::Other)
                         .value_or(AgreementKind::Other);
    agreement.status = enumField<AgreementStatus>(fields, QStringLiteral("status"), row, AgreementStatus::Draft)
                           .value_or(AgreementStatus::Draft);
    agreement.signedOn = dateField(fields, QStringLiteral("signed_on"), row);
    agreement.startsOn = dateField(fields, QStringLiteral("starts_on"), row);
    agreement.endsOn = dateField(fields, QStringLiteral("ends_on"), row);
    if (agreement.startsOn.isValid() && agreement.endsOn.isValid() &&
        agreement.endsOn.last() < agreement.startsOn.first())
        addIssue(ImportIssue::Severity::Error, row, headerOf(QStringLiteral("ends_on")),
                 cell(fields, QStringLiteral("ends_on")),
                 QCoreApplication::translate("CsvImport", "the end is before the start (%1).")
                     .arg(agreement.startsOn.toString()));

    QSet<qint64> parties;
    for (const QString &name : splitList(cell(fields, QStringLiteral("parties")))) {
        const qsizetype choiceIndex = choiceFor(name);
        if (choiceIndex < 0)
            continue;
        const PartnerChoice &choice = m_choices.at(choiceIndex);
        AgreementParty party;
        if (choice.action == PartnerChoice::Action::Skip)
            continue;
        if (choice.action == PartnerChoice::Action::Link) {
            if (choice.partnerId == 0) {
                addIssue(ImportIssue::Severity::Error, row, headerOf(QStringLiteral("parties")), name,
                         QCoreApplication::translate(
                             "CsvImport",
                             "%1 partners in the portfolio have this name or short name; choose which one is meant.")
                             .arg(choice.candidates.size()));
                continue;
            }
            party.partnerId = choice.partnerId;
        } else {
            qsizetype index = m_partnerForChoice.value(choiceIndex, -1);
            if (index < 0) {
                Partner partner;
                partner.name = choice.name;
                index = m_plan.partners.size();
                m_plan.partners.append(partner);
                m_partnerForChoice.insert(choiceIndex, index);
            }
            party.partnerId = -(index + 1);
        }
        if (parties.contains(party.partnerId)) {
            addIssue(ImportIssue::Severity::Error, row, headerOf(QStringLiteral("parties")), name,
                     QCoreApplication::translate("CsvImport", "this partner is listed twice among the parties."));
            continue;
        }
        parties.insert(party.partnerId);
        agreement.parties.append(party);
    }
    agreement.themes = splitList(cell(fields, QStringLiteral("themes")));
    agreement.summary = cell(fields, QStringLiteral("summary"), true);
    agreement.notes = cell(fields, QStringLiteral("notes"), true);
    if (m_errorCount != errorsBefore)
        return;
    const QString predecessor = cell(fields, QStringLiteral("predecessor"));
    if (!predecessor.isEmpty())
        m_pendingPredecessors.append({m_plan.agreements.size(), {predecessor, row}});
    m_newAgreementByKey.insert(titleKey, m_plan.agreements.size());
    m_plan.agreements.append(agreement);
}

void CsvImport::resolvePredecessors()
{
    const QString column = headerOf(QStringLiteral("predecessor"));
    for (const auto &[index, where] : std::as_const(m_pendingPredecessors)) {
        const auto &[title, row] = where;
        const QString key = TextKey::folded(title);
        if (const auto inFile = m_newAgreementByKey.constFind(key); inFile != m_newAgreementByKey.constEnd()) {
            if (inFile.value() == index)
                addIssue(ImportIssue::Severity::Error, row, column, title,
                         QCoreApplication::translate("CsvImport", "an agreement cannot be its own predecessor."));
            else
                m_plan.agreements[index].predecessorId = -(inFile.value() + 1);
            continue;
        }
        const QList<qint64> existing = m_agreementsByKey.value(key);
        if (existing.size() == 1)
            m_plan.agreements[index].predecessorId = existing.constFirst();
        else if (existing.isEmpty())
            addIssue(ImportIssue::Severity::Error, row, column, title,
                     QCoreApplication::translate(
                         "CsvImport", "neither the file nor the portfolio has an agreement with this title."));
        else
            addIssue(
                ImportIssue::Severity::Error, row, column, title,
                QCoreApplication::translate(
                    "CsvImport", "%1 agreements in the portfolio have this title; rename one so that it can be named.")
                    .arg(existing.size()));
    }
    // Predecessors within the file must not go round in a circle.
    for (qsizetype start = 0; start < m_plan.agreements.size(); ++start) {
        qsizetype current = start;
        for (qsizetype steps = 0; steps <= m_plan.agreements.size(); ++steps) {
            const qint64 next = m_plan.agreements.at(current).predecessorId;
            if (next >= 0)
                break;
            current = -next - 1;
            if (current == start) {
                addIssue(ImportIssue::Severity::Error, 0, column, m_plan.agreements.at(start).title,
                         QCoreApplication::translate("CsvImport",
                                                     "the predecessors of this agreement go round in a circle."));
                break;
            }
        }
    }
}

void CsvImport::validateMilestone(const QStringList &fields, int row)
{
    const qsizetype errorsBefore = m_errorCount;
    Milestone milestone;
    const QString agreementTitle = cell(fields, QStringLiteral("agreement"));
    milestone.title = cell(fields, QStringLiteral("title"));
    if (agreementTitle.isEmpty())
        addIssue(ImportIssue::Severity::Error, row, headerOf(QStringLiteral("agreement")), QString(),
                 QCoreApplication::translate("CsvImport",
                                             "a milestone belongs to an agreement; give the agreement's title."));
    if (milestone.title.isEmpty())
        addIssue(ImportIssue::Severity::Error, row, headerOf(QStringLiteral("title")), QString(),
                 QCoreApplication::translate("CsvImport",
                                             "a milestone needs a title, e.g. “Production facility in Lund ready”."));
    milestone.due = dateField(fields, QStringLiteral("due"), row);
    milestone.status = enumField<MilestoneStatus>(fields, QStringLiteral("status"), row, MilestoneStatus::Planned)
                           .value_or(MilestoneStatus::Planned);
    milestone.achievedOn = dateField(fields, QStringLiteral("achieved_on"), row);
    milestone.location = cell(fields, QStringLiteral("location"));
    milestone.notes = cell(fields, QStringLiteral("notes"), true);
    if (agreementTitle.isEmpty())
        return;
    // Rows of one agreement usually follow each other: the last title is resolved once.
    if (agreementTitle != m_lastAgreementTitle || m_lastAgreementId == 0) {
        m_lastAgreementTitle.clear();
        m_lastAgreementId = 0;
        const QString key = TextKey::folded(agreementTitle);
        const QList<qint64> existing = m_agreementsByKey.value(key);
        if (existing.size() > 1) {
            addIssue(ImportIssue::Severity::Error, row, headerOf(QStringLiteral("agreement")), agreementTitle,
                     QCoreApplication::translate(
                         "CsvImport",
                         "%1 agreements in the portfolio have this title; rename one so that milestones can name it.")
                         .arg(existing.size()));
            return;
        }
        if (existing.size() == 1) {
            m_lastAgreementId = existing.constFirst();
        } else {
            qsizetype index = m_newAgreementByKey.value(key, -1);
            if (index < 0) {
                Agreement agreement;
                agreement.title = agreementTitle;
                index = m_plan.agreements.size();
                m_plan.agreements.append(agreement);
                m_newAgreementByKey.insert(key, index);
            }
            m_lastAgreementId = -(index + 1);
        }
        m_lastAgreementTitle = agreementTitle;
    }
    if (m_errorCount != errorsBefore)
        return;
    milestone.agreementId = m_lastAgreementId;
    m_plan.milestones.append(milestone);
}
