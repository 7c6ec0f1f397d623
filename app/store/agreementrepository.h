// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/agreement.h"
#include "store/entityrepository.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <utility>

// An agreement under one group key, for grouped overviews (the timeline's lanes).
struct AgreementGroupEntry
{
    QString groupKey;   // a partner id, a country code, a theme name, a kind or status code; empty: none
    QString groupLabel; // the partner's name or the theme's name; otherwise the key
    qint64 agreementId = 0;
};

// How many milestones there are, and how many of them are overdue (open and past their due period).
struct MilestoneTally
{
    qint64 total = 0;
    qint64 overdue = 0;
};

// How agreements are kept: table, columns, encoding, filters and sort keys.
const EntitySpec<Agreement> &agreementSpec();

// Agreements with their parties and themes, saved and loaded together.
// Filters: "status", "kind" (codes), "partner" (id), "country" (a party's ISO code),
// "theme" (name), "overdue" ("1": has an open milestone past its due period),
// "predecessor" (id: the agreements that follow it), "signing_event" (id).
// Sort keys: title, kind, status, signed_on, starts_on, ends_on, created_at, updated_at.
class AgreementRepository : public EntityRepository<Agreement>
{
public:
    explicit AgreementRepository(Database &db);

    // Deletes the agreement with its parties, themes, milestones and their history.
    Result<void> remove(qint64 id, int version = 0) const;
    // list() gives rows without parties and themes (fast, for long lists); get(), getMany() and
    // listWithDetails() load those.
    Result<QList<Agreement>> listWithDetails(const ListQuery &query = {}) const;
    // Some agreements with their title, kind, status and dates alone (no texts, parties or themes):
    // what the timeline's lanes show. In no particular order; ids not found are left out.
    Result<QList<Agreement>> laneInfo(const QList<qint64> &ids) const;
    // The titles of some agreements, by id.
    Result<QHash<qint64, QString>> titles(const QList<qint64> &ids) const;
    // How many agreements each of some partners is party to, by partner id (absent: none).
    Result<QHash<qint64, int>> countsForPartners(const QList<qint64> &partnerIds) const;
    // The milestones of some agreements, by agreement id (absent: none).
    Result<QHash<qint64, MilestoneTally>> milestoneTallies(const QList<qint64> &ids) const;
    // The milestones of all the agreements the query lists.
    Result<MilestoneTally> milestoneTally(const ListQuery &query = {}) const;
    // Every theme name in use, sorted.
    Result<QStringList> themes() const;
    // Agreements a partner is party to.
    Result<QList<Agreement>> listForPartner(qint64 partnerId) const;
    // The filtered agreements with their group keys, ordered by group (label, case-insensitive; no
    // group last) and within it by signing date (undated last), title and id. groupBy: "partner",
    // "country", "theme" (an agreement is listed under each of its parties, their countries or its
    // themes, and once with an empty key when it has none), "kind", "status", or "" (one empty key).
    Result<QList<AgreementGroupEntry>> listGrouped(const QString &groupBy, const ListQuery &query = {}) const;
    // The first and last day of the filtered agreements' signing, start and end dates and their
    // milestones' due periods (invalid dates when none is dated).
    Result<std::pair<QDate, QDate>> dateExtent(const ListQuery &query = {}) const;

    // The order of the lanes within a group (listGrouped()): undated last, then by signing date and
    // title, case-insensitive; `qualifier` ("a.", say) names the table. The lane indexes follow it.
    // The list filters by an agreement's parties, their countries and its themes, for rows whose
    // agreement's id is in `agreementId` (the agreements' own "id", the milestones' "agreement_id").
    static QList<ListFilter> partyAndThemeFilters(const QString &agreementId);
    static QString laneOrder(const SqlDialect &dialect, const QString &qualifier = {});

private:
    Result<void> addDetails(QList<Agreement> &agreements) const override;
    void applyLists(Agreement &agreement, const QJsonObject &values) const override;
    Result<void> saveDetails(const Agreement &agreement) const override;
    Result<void> saveParties(const Agreement &agreement) const;
    Result<void> saveThemes(const Agreement &agreement) const;
};
