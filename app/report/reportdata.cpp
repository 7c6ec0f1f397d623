// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportdata.h"

#include "report/reportformat.h"
#include "store/agreementrepository.h"
#include "store/contactrepository.h"
#include "store/contentcheck.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {

bool dueOrder(const Milestone &a, const Milestone &b)
{
    if (a.due.isValid() != b.due.isValid())
        return a.due.isValid();
    if (a.due != b.due)
        return a.due < b.due;
    return a.meta.id < b.meta.id;
}

} // namespace

Result<ReportData> ReportData::load(Database &db, const ListQuery &filter)
{
    if (auto refused = ContentCheck::refuseUnknownCodes(db.connection()); !refused)
        return refused.error();
    ReportData data;
    data.portfolioName = db.displayName();
    data.wholePortfolio = filter.search.trimmed().isEmpty() && filter.filters.isEmpty();
    ListQuery query;
    query.search = filter.search;
    query.filters = filter.filters;
    query.sortKey = QStringLiteral("signed_on");
    auto agreements = AgreementRepository(db).listWithDetails(query);
    if (!agreements)
        return agreements.error();
    data.agreements = std::move(*agreements);
    if (auto loaded = data.loadDetails(db, data.wholePortfolio); !loaded)
        return loaded.error();
    return data;
}

Result<ReportData> ReportData::loadToReport(Database &db, const ListQuery &filter)
{
    Result<ReportData> data = load(db, filter);
    if (data && data->agreements.isEmpty())
        return StoreError{StoreError::Kind::Invalid,
                          data->wholePortfolio
                              ? QCoreApplication::translate(
                                    "ReportData", "The portfolio has no agreements yet: there is nothing to report.")
                              : QCoreApplication::translate(
                                    "ReportData", "No agreement matches the filter: there is nothing to report.")};
    return data;
}

Result<ReportData> ReportData::loadAgreement(Database &db, qint64 agreementId)
{
    if (auto refused = ContentCheck::refuseUnknownCodes(db.connection()); !refused)
        return refused.error();
    ReportData data;
    data.portfolioName = db.displayName();
    data.wholePortfolio = false;
    auto agreement = AgreementRepository(db).get(agreementId);
    if (!agreement) {
        if (agreement.error().kind == StoreError::Kind::NotFound)
            return StoreError{
                StoreError::Kind::NotFound,
                QCoreApplication::translate("ReportData", "There is no agreement with id %1 in this portfolio.")
                    .arg(agreementId)};
        return agreement.error();
    }
    data.agreements.append(std::move(*agreement));
    if (auto loaded = data.loadDetails(db, false); !loaded)
        return loaded.error();
    return data;
}

Result<void> ReportData::loadDetails(Database &db, bool allPartners)
{
    const PartnerRepository partnerRepository(db);
    const ContactRepository contactRepository(db);
    const MilestoneRepository milestoneRepository(db);
    const EventRepository eventRepository(db);

    QSet<qint64> partnerIds;
    QList<qint64> predecessors;
    QList<qint64> milestoneIds;
    for (const Agreement &agreement : std::as_const(agreements)) {
        for (const AgreementParty &party : agreement.parties)
            partnerIds.insert(party.partnerId);
        if (agreement.predecessorId > 0)
            predecessors.append(agreement.predecessorId);
        if (agreement.signingEventId > 0 && !events.contains(agreement.signingEventId)) {
            auto event = eventRepository.get(agreement.signingEventId);
            if (!event)
                return event.error();
            events.insert(agreement.signingEventId, std::move(*event));
        }
        auto list = milestoneRepository.listForAgreement(agreement.meta.id);
        if (!list)
            return list.error();
        std::sort(list->begin(), list->end(), dueOrder);
        for (const Milestone &milestone : std::as_const(*list))
            milestoneIds.append(milestone.meta.id);
        milestones.insert(agreement.meta.id, std::move(*list));
    }
    auto changes = milestoneRepository.historyFor(milestoneIds);
    if (!changes)
        return changes.error();
    for (MilestoneChange &change : *changes)
        history[change.milestoneId].append(std::move(change));
    auto titles = AgreementRepository(db).titles(predecessors);
    if (!titles)
        return titles.error();
    predecessorTitles = std::move(*titles);

    if (allPartners) {
        auto all = partnerRepository.list();
        if (!all)
            return all.error();
        for (Partner &partner : *all)
            partners.insert(partner.meta.id, std::move(partner));
    } else {
        auto some = partnerRepository.getMany(QList<qint64>(partnerIds.cbegin(), partnerIds.cend()));
        if (!some)
            return some.error();
        for (Partner &partner : *some)
            partners.insert(partner.meta.id, std::move(partner));
    }
    for (auto it = partners.cbegin(); it != partners.cend(); ++it) {
        auto list = contactRepository.listForPartner(it.key());
        if (!list)
            return list.error();
        if (!list->isEmpty())
            contacts.insert(it.key(), std::move(*list));
    }
    return {};
}

QString ReportData::partnerName(qint64 partnerId) const
{
    return partners.value(partnerId).name;
}

const Milestone *ReportData::nextMilestone(qint64 agreementId) const
{
    const auto it = milestones.constFind(agreementId);
    if (it == milestones.cend())
        return nullptr;
    for (const Milestone &milestone : *it)
        if (isOpen(milestone.status))
            return &milestone;
    return nullptr;
}

QString ReportData::describeFilter(Database &db, const ListQuery &filter)
{
    QStringList parts;
    const auto value = [&](const char *key) { return filter.filters.value(QLatin1String(key)); };
    if (const auto status = enumFromCode<AgreementStatus>(value("status")))
        parts << QCoreApplication::translate("ReportData", "Status: %1").arg(displayNameOf(*status));
    if (const auto kind = enumFromCode<AgreementKind>(value("kind")))
        parts << QCoreApplication::translate("ReportData", "Kind: %1").arg(displayNameOf(*kind));
    if (const QString partner = value("partner"); !partner.isEmpty()) {
        const auto found = PartnerRepository(db).get(partner.toLongLong());
        parts << QCoreApplication::translate("ReportData", "Partner: %1").arg(found ? found->name : partner);
    }
    if (const QString country = value("country"); !country.isEmpty())
        parts << QCoreApplication::translate("ReportData", "Country: %1").arg(ReportFormat::countryName(country));
    if (const QString theme = value("theme"); !theme.isEmpty())
        parts << QCoreApplication::translate("ReportData", "Theme: %1").arg(theme);
    if (value("overdue") == QLatin1String("1"))
        parts << QCoreApplication::translate("ReportData", "With overdue milestones");
    // Filters the report has no words for are shown as they are.
    static const QStringList described{QStringLiteral("status"),  QStringLiteral("kind"),  QStringLiteral("partner"),
                                       QStringLiteral("country"), QStringLiteral("theme"), QStringLiteral("overdue")};
    for (auto it = filter.filters.cbegin(); it != filter.filters.cend(); ++it)
        if (!described.contains(it.key()) && !it.value().isEmpty())
            parts << QStringLiteral("%1: %2").arg(it.key(), it.value());
    if (!filter.search.trimmed().isEmpty())
        parts << QCoreApplication::translate("ReportData", "Search: “%1”").arg(filter.search.trimmed());
    return parts.join(QStringLiteral(" · "));
}

QList<std::pair<QString, QList<Partner>>> ReportData::partnersByCountry() const
{
    QHash<QString, QList<Partner>> byCode;
    for (const Partner &partner : partners)
        byCode[partner.country.trimmed().toUpper()].append(partner);
    QList<std::pair<QString, QList<Partner>>> result;
    for (auto it = byCode.begin(); it != byCode.end(); ++it) {
        std::sort(it->begin(), it->end(),
                  [](const Partner &a, const Partner &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
        result.append({it.key(), std::move(*it)});
    }
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        if (a.first.isEmpty() != b.first.isEmpty())
            return b.first.isEmpty();
        return QString::localeAwareCompare(ReportFormat::countryName(a.first), ReportFormat::countryName(b.first)) < 0;
    });
    return result;
}
