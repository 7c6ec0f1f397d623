// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/agreementreport.h"

#include "report/agreementsection.h"
#include "report/reportdata.h"
#include "report/reportformat.h"
#include "report/reportstyle.h"
#include "report/reporttimeline.h"

#include <QCoreApplication>

namespace {

// The days the strip should show: the agreement's dates, its milestones' and their history's.
std::pair<QDate, QDate> extentOf(const ReportData &data, const Agreement &agreement, QDate today)
{
    QDate first = today;
    QDate last = today;
    const auto include = [&](const FuzzyDate &date) {
        if (!date.isValid())
            return;
        first = std::min(first, date.first());
        last = std::max(last, date.last());
    };
    include(agreement.signedOn);
    include(agreement.startsOn);
    include(agreement.endsOn);
    for (const Milestone &milestone : data.milestones.value(agreement.meta.id)) {
        include(milestone.due);
        include(milestone.achievedOn);
        for (const MilestoneChange &change : data.history.value(milestone.meta.id))
            include(change.oldDue);
    }
    return {first, last};
}

} // namespace

Result<ReportDocument> AgreementReport::build(Database &db, const ReportOptions &options)
{
    auto loaded = ReportData::loadAgreement(db, options.agreementId);
    if (!loaded)
        return loaded.error();
    const ReportData &data = *loaded;
    const Agreement &agreement = data.agreements.constFirst();
    const QDate today = options.effectiveToday();
    const ReportFormat format(options.language);
    const AgreementSection section(data, format, today);

    ReportDocument document;
    document.title = QCoreApplication::translate("AgreementReport", "Agreement summary: %1").arg(agreement.title);
    document.subject = QCoreApplication::translate("AgreementReport", "%1, as of %2")
                           .arg(displayNameOf(agreement.kind), format.date(today));
    document.author = options.author.isEmpty() ? ReportOptions::defaultAuthor() : options.author;
    document.runningTitle = QCoreApplication::translate("AgreementReport", "Agreement summary");
    document.portfolioName = data.portfolioName;
    document.reportDate = format.date(today);

    document.addMasthead({QCoreApplication::translate("AgreementReport", "Agreement summary"), agreement.title,
                          section.parties(agreement).text()});
    const auto [from, to] = extentOf(data, agreement, today);
    if (auto strip = ReportTimeline::addAgreementStrip(
            document, db, agreement.meta.id, from, to, today, ReportStyle::textArea(options.pageSize),
            QCoreApplication::translate("AgreementReport", "The agreement and its milestones on the timeline, as of %1")
                .arg(format.date(today)));
        !strip)
        return strip.error();
    section.addBody(document, agreement);
    return document;
}
