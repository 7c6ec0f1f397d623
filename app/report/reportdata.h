// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/agreement.h"
#include "domain/contact.h"
#include "domain/event.h"
#include "domain/milestone.h"
#include "domain/partner.h"
#include "store/listquery.h"
#include "store/storeerror.h"

#include <QHash>
#include <QList>
#include <QString>

class Database;

// Everything a report reads, loaded once through the repositories: the agreements it covers
// (ordered by signing date), their milestones and milestone histories, the partners, their
// contacts and the signing events.
class ReportData
{
public:
    // The agreements matching `filter` (all when it is empty). Partners are those party to them,
    // or every partner when the filter is empty.
    static Result<ReportData> load(Database &db, const ListQuery &filter);
    // load(), refused (Invalid) when it finds no agreement: there is nothing to report.
    static Result<ReportData> loadToReport(Database &db, const ListQuery &filter);
    // One agreement; NotFound when there is no agreement with that id.
    static Result<ReportData> loadAgreement(Database &db, qint64 agreementId);

    QString portfolioName;
    bool wholePortfolio = true;
    QList<Agreement> agreements;
    QHash<qint64, Partner> partners;
    QHash<qint64, QList<Contact>> contacts;        // by partner, by name
    QHash<qint64, Event> events;                   // signing events
    QHash<qint64, QString> predecessorTitles;      // the agreements these follow
    QHash<qint64, QList<Milestone>> milestones;    // by agreement: dated ones by due date, then undated
    QHash<qint64, QList<MilestoneChange>> history; // by milestone, oldest first

    QString partnerName(qint64 partnerId) const;
    // The open milestone due soonest (the earliest dated one, else an undated one); nullptr when none.
    const Milestone *nextMilestone(qint64 agreementId) const;
    // How a filter reads: "Status: Active · Country: Sweden · Search: “cell”"; empty for none.
    static QString describeFilter(Database &db, const ListQuery &filter);
    // Partners in the data grouped by country code (sorted by country name, then partner name).
    QList<std::pair<QString, QList<Partner>>> partnersByCountry() const;

private:
    Result<void> loadDetails(Database &db, bool allPartners);
};
