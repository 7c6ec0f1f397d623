// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/portfolioreport.h"

#include "report/agreementsection.h"
#include "report/reportdata.h"
#include "report/reportformat.h"
#include "report/reportstyle.h"
#include "report/reporttimeline.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QSet>

namespace {

QString numbered(const QString &number, const QString &title)
{
    return number + QStringLiteral("  ") + title;
}

} // namespace

Result<ReportDocument> PortfolioReport::build(Database &db, const ReportOptions &options)
{
    auto loaded = ReportData::loadToReport(db, options.filter);
    if (!loaded)
        return loaded.error();
    const ReportData &data = *loaded;

    const QDate today = options.effectiveToday();
    const ReportFormat format(options.language);
    const AgreementSection section(data, format, today);
    const QString filterText = data.wholePortfolio
                                   ? QCoreApplication::translate("PortfolioReport", "The whole portfolio")
                                   : ReportData::describeFilter(db, options.filter);

    int achieved = 0;
    int open = 0;
    int overdue = 0;
    for (const QList<Milestone> &list : data.milestones)
        for (const Milestone &milestone : list) {
            achieved += milestone.status == MilestoneStatus::Achieved ? 1 : 0;
            open += isOpen(milestone.status) ? 1 : 0;
            overdue += milestone.isOverdueOn(today) ? 1 : 0;
        }
    QSet<qint64> partiesInvolved;
    QSet<QString> countries;
    for (const Agreement &agreement : data.agreements)
        for (const AgreementParty &party : agreement.parties) {
            partiesInvolved.insert(party.partnerId);
            const QString country = data.partners.value(party.partnerId).country;
            if (!country.isEmpty())
                countries.insert(country);
        }

    ReportDocument document;
    document.title = QCoreApplication::translate("PortfolioReport", "Portfolio report: %1").arg(data.portfolioName);
    document.subject = QCoreApplication::translate("PortfolioReport", "Agreements, partners and milestones as of %1")
                           .arg(format.date(today));
    document.author = options.author.isEmpty() ? ReportOptions::defaultAuthor() : options.author;
    document.runningTitle = QCoreApplication::translate("PortfolioReport", "Portfolio report");
    document.portfolioName = data.portfolioName;
    document.reportDate = format.date(today);

    ReportDocument::Cover cover;
    cover.kicker = QCoreApplication::translate("PortfolioReport", "Portfolio report");
    cover.title = data.portfolioName;
    cover.subtitle = QCoreApplication::translate("PortfolioReport", "Agreements, partners and milestones as of %1")
                         .arg(format.date(today));
    cover.facts = {{QCoreApplication::translate("PortfolioReport", "Date of the report"), format.date(today)},
                   {QCoreApplication::translate("PortfolioReport", "Agreements covered"), filterText},
                   {QCoreApplication::translate("PortfolioReport", "Prepared by"), document.author}};
    const auto figure = [](qsizetype n, const QString &one, const QString &many) {
        return ReportDocument::KeyFigure{QString::number(n), n == 1 ? one : many};
    };
    cover.figures = {figure(data.agreements.size(), QCoreApplication::translate("PortfolioReport", "agreement"),
                            QCoreApplication::translate("PortfolioReport", "agreements")),
                     figure(partiesInvolved.size(), QCoreApplication::translate("PortfolioReport", "partner involved"),
                            QCoreApplication::translate("PortfolioReport", "partners involved")),
                     figure(countries.size(), QCoreApplication::translate("PortfolioReport", "country"),
                            QCoreApplication::translate("PortfolioReport", "countries")),
                     figure(achieved, QCoreApplication::translate("PortfolioReport", "milestone achieved"),
                            QCoreApplication::translate("PortfolioReport", "milestones achieved")),
                     figure(open, QCoreApplication::translate("PortfolioReport", "milestone still due"),
                            QCoreApplication::translate("PortfolioReport", "milestones still due")),
                     figure(overdue, QCoreApplication::translate("PortfolioReport", "milestone overdue"),
                            QCoreApplication::translate("PortfolioReport", "milestones overdue"))};
    document.addCover(std::move(cover));
    document.addContents(QCoreApplication::translate("PortfolioReport", "Contents"));

    // 1 Summary
    document.addHeading(1, numbered(QStringLiteral("1"), QCoreApplication::translate("PortfolioReport", "Summary")),
                        true);
    QString overview =
        QCoreApplication::translate("PortfolioReport", "This report covers %1 with %2 in %3.")
            .arg(ReportFormat::count(data.agreements.size(),
                                     QCoreApplication::translate("PortfolioReport", "%1 agreement"),
                                     QCoreApplication::translate("PortfolioReport", "%1 agreements")),
                 ReportFormat::count(partiesInvolved.size(),
                                     QCoreApplication::translate("PortfolioReport", "%1 partner"),
                                     QCoreApplication::translate("PortfolioReport", "%1 partners")),
                 ReportFormat::count(countries.size(), QCoreApplication::translate("PortfolioReport", "%1 country"),
                                     QCoreApplication::translate("PortfolioReport", "%1 countries")));
    overview += QLatin1Char(' ') +
                QCoreApplication::translate("PortfolioReport", "Of their milestones, %1 achieved and %2 still due")
                    .arg(ReportFormat::count(achieved, QCoreApplication::translate("PortfolioReport", "%1 has been"),
                                             QCoreApplication::translate("PortfolioReport", "%1 have been")),
                         ReportFormat::count(open, QCoreApplication::translate("PortfolioReport", "%1 is"),
                                             QCoreApplication::translate("PortfolioReport", "%1 are")));
    overview += overdue > 0
                    ? QCoreApplication::translate("PortfolioReport", ", %1 on %2.")
                          .arg(ReportFormat::count(
                                   overdue, QCoreApplication::translate("PortfolioReport", "%1 of them overdue"),
                                   QCoreApplication::translate("PortfolioReport", "%1 of them overdue")),
                               format.date(today))
                    : QStringLiteral(".");
    document.addParagraph(overview);
    ReportTable summary({{QCoreApplication::translate("PortfolioReport", "Agreement"), 4},
                         {QCoreApplication::translate("PortfolioReport", "Kind"), 1.2},
                         {QCoreApplication::translate("PortfolioReport", "Parties"), 2.8},
                         {QCoreApplication::translate("PortfolioReport", "Status"), 1},
                         {QCoreApplication::translate("PortfolioReport", "Signed"), 1},
                         {QCoreApplication::translate("PortfolioReport", "Next milestone"), 2.8}});
    for (const Agreement &agreement : data.agreements) {
        ReportText next(QStringLiteral("—"), ReportText::Muted);
        if (const Milestone *milestone = data.nextMilestone(agreement.meta.id)) {
            next = ReportText(milestone->title);
            const int emphasis =
                milestone->isOverdueOn(today) ? ReportText::Alert | ReportText::Bold : ReportText::Bold;
            next.add(QStringLiteral("\n"))
                .add(format.fuzzy(milestone->due, QCoreApplication::translate("PortfolioReport", "not dated")),
                     emphasis);
            if (milestone->isOverdueOn(today))
                next.add(QStringLiteral(" · ") + QCoreApplication::translate("PortfolioReport", "overdue"),
                         ReportText::Alert);
        }
        summary.addRow({ReportText(agreement.title), ReportText(displayNameOf(agreement.kind)),
                        section.parties(agreement), ReportText(displayNameOf(agreement.status)),
                        ReportText(format.fuzzy(agreement.signedOn, QStringLiteral("—"))), next});
    }
    document.addTable(std::move(summary));

    // 2 Timeline
    const QSizeF area = ReportStyle::textArea(options.pageSize);
    document.addHeading(1, numbered(QStringLiteral("2"), QCoreApplication::translate("PortfolioReport", "Timeline")),
                        true);
    document.addParagraph(QCoreApplication::translate(
                              "PortfolioReport",
                              "One lane per agreement, from its signing to its end or today. Milestones are drawn as "
                              "bands over their period (a quarter, a year) or as diamonds on their day, coloured by "
                              "status; earlier due dates of slipped milestones are shown as ghosts."),
                          ReportDocument::ParagraphStyle::Small);
    if (auto figure = ReportTimeline::addPortfolio(
            document, db, options.filter, today, area,
            QCoreApplication::translate("PortfolioReport", "Timeline of the agreements as of %1")
                .arg(format.date(today)));
        !figure)
        return figure.error();

    // 3 Agreements
    document.addHeading(1, numbered(QStringLiteral("3"), QCoreApplication::translate("PortfolioReport", "Agreements")),
                        true);
    for (int i = 0; i < data.agreements.size(); ++i) {
        const Agreement &agreement = data.agreements.at(i);
        document.addHeading(2, numbered(QStringLiteral("3.%1").arg(i + 1), agreement.title));
        if (!agreement.parties.isEmpty())
            document.addParagraph(section.parties(agreement), ReportDocument::ParagraphStyle::Small);
        section.addBody(document, agreement);
    }

    // 4 Partners by country
    document.addHeading(
        1,
        numbered(QStringLiteral("4"), QCoreApplication::translate("PortfolioReport", "Appendix: partners by country")),
        true);
    document.addParagraph(
        data.wholePortfolio
            ? QCoreApplication::translate("PortfolioReport", "Every partner in the portfolio, with its contacts.")
            : QCoreApplication::translate("PortfolioReport",
                                          "The partners of the agreements in this report, with their contacts."),
        ReportDocument::ParagraphStyle::Small);
    for (const auto &[country, partners] : data.partnersByCountry()) {
        document.addHeading(2, ReportFormat::countryName(country));
        ReportTable table({{QCoreApplication::translate("PortfolioReport", "Partner"), 2.4},
                           {QCoreApplication::translate("PortfolioReport", "Kind"), 1.3},
                           {QCoreApplication::translate("PortfolioReport", "City"), 1},
                           {QCoreApplication::translate("PortfolioReport", "Contacts"), 3}});
        for (const Partner &partner : partners) {
            ReportText name(partner.name);
            if (!partner.shortName.isEmpty() && partner.shortName != partner.name)
                name.add(QStringLiteral(" (%1)").arg(partner.shortName), ReportText::Muted);
            ReportText people;
            for (const Contact &contact : data.contacts.value(partner.meta.id)) {
                if (!people.isEmpty())
                    people.add(QStringLiteral("\n"));
                people.add(contact.name);
                QStringList details;
                for (const QString &detail : {contact.role, contact.email, contact.phone})
                    if (!detail.trimmed().isEmpty())
                        details << detail.trimmed();
                if (!details.isEmpty())
                    people.add(QStringLiteral(" · ") + details.join(QStringLiteral(" · ")), ReportText::Muted);
            }
            if (people.isEmpty())
                people.add(QStringLiteral("—"), ReportText::Muted);
            table.addRow({name, ReportText(displayNameOf(partner.kind)), ReportText(partner.city), people});
        }
        document.addTable(std::move(table));
    }
    return document;
}
