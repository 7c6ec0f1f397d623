// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/csvimport.h"

#include "domain/countries.h"
#include "domain/textkey.h"

#include <QCoreApplication>
#include <QSet>

QString CsvImport::choiceField(const QStringList &fields, const QString &key, int row, const ChoiceType &type,
                               const char *noun)
{
    const QString text = cell(fields, key);
    if (text.isEmpty())
        return {};
    // The same few words come back on every row: each is looked up once.
    QHash<QString, QString> &memo = m_choiceMemo[key];
    auto known = memo.constFind(text);
    if (known == memo.constEnd())
        known = memo.insert(text, type.codeFromText(text));
    if (known->isEmpty()) {
        QStringList names;
        for (const QString &code : type.codes())
            names << type.displayName(code);
        addIssue(ImportIssue::Severity::Error, row, headerOf(key), text,
                 QCoreApplication::translate("CsvImport", "“%1” is not a %2 Pactline knows; use one of: %3.")
                     .arg(text, QCoreApplication::translate("Fields", noun), names.join(QStringLiteral(", "))));
    }
    return *known;
}

template<typename T>
void CsvImport::readFields(T &record, const QStringList &fields, int row)
{
    static const QList<std::pair<const EntityField<T> *, QString>> csvFields = [] {
        QList<std::pair<const EntityField<T> *, QString>> list;
        for (const EntityField<T> &field : T::fields())
            if (field.has(InCsv))
                list.append({&field, field.csvKey()});
        return list;
    }();
    for (const auto &[spec, key] : csvFields) {
        const EntityField<T> &field = *spec;
        switch (field.kind) {
        case FieldKind::Line:
            record.*(field.text) = cell(fields, key);
            break;
        case FieldKind::Text:
            record.*(field.text) = cell(fields, key, true);
            break;
        case FieldKind::Country: {
            const QString text = cell(fields, key);
            const Countries::Parsed parsed = Countries::parse(text);
            record.*(field.text) = parsed.code;
            if (!parsed.isAcceptable())
                addIssue(ImportIssue::Severity::Error, row, headerOf(key), text, parsed.problem);
            break;
        }
        case FieldKind::Choice:
            if (const QString code = choiceField(fields, key, row, *field.choice, field.noun); !code.isEmpty())
                field.setCode(record, code);
            break;
        case FieldKind::Date:
            record.*(field.date) = dateField(fields, key, row);
            break;
        case FieldKind::Texts:
            record.*(field.texts) = splitList(cell(fields, key));
            break;
        default: // references and relations name other rows: each record's own code resolves them
            break;
        }
    }
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
    readFields(partner, fields, row);

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
    readFields(agreement, fields, row);
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
    readFields(milestone, fields, row);
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
