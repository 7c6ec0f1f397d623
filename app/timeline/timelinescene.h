// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/agreement.h"
#include "domain/enums.h"
#include "domain/fuzzydate.h"
#include "domain/milestone.h"

#include <QDate>
#include <QList>
#include <QString>

// How the timeline groups its lanes (one lane per agreement in each of its groups).
enum class TimelineGroupBy
{
    None,
    Partner, // an agreement appears under each of its parties
    Country, // ... under each of its parties' countries
    Theme,   // ... under each of its themes
    Kind,
    Status
};

// One milestone as the timeline shows it, with its slip history.
struct TimelineMilestone
{
    qint64 id = 0;
    qint64 agreementId = 0;
    QString title;
    FuzzyDate due;
    MilestoneStatus status = MilestoneStatus::Planned;
    FuzzyDate achievedOn;
    QString location;
    QList<MilestoneChange> history; // oldest first

    static TimelineMilestone of(const Milestone &milestone);

    bool isOverdueOn(QDate today) const { return isOpen(status) && due.isPastOn(today); }
    // The earlier due dates this milestone slipped from (oldest first, without the current one).
    QList<FuzzyDate> earlierDueDates() const;
    // "planned Q2 2024 → Q3 2024, changed 2024-03-02: permit delay", one line per change.
    QStringList historyLines() const;
};

// Several milestones of one lane over [first, last] drawn as one mark (level of detail).
struct TimelineCluster
{
    QDate first;
    QDate last;
    int count = 0;
    int achieved = 0;
    int overdue = 0;             // open and past their due period
    int open = 0;                // planned, on track or at risk, including the overdue ones
    int closed = 0;              // missed or cancelled
    qint64 firstMilestoneId = 0; // the earliest one (for selection); 0 when unknown
};

// What a lane shows of its agreement (the timeline source keeps these across scenes).
struct TimelineAgreement
{
    QString title;
    AgreementKind kind = AgreementKind::Other;
    AgreementStatus status = AgreementStatus::Draft;
    FuzzyDate signedOn;
    FuzzyDate startsOn;
    FuzzyDate endsOn;

    static TimelineAgreement of(const Agreement &agreement);
};

// One agreement's lane.
struct TimelineLane : TimelineAgreement
{
    qint64 agreementId = 0;
    QDate lastMilestoneDay; // the latest due or achieved day of its milestones (null when none)
    int undatedMilestones = 0;
    // Milestones overlapping the scene's range, by due date; or, when the range is too dense to
    // draw mark by mark, `density` instead (clusters from the store) and `aggregated` set.
    QList<TimelineMilestone> milestones;
    QList<TimelineCluster> density;
    bool aggregated = false;

    // The agreement's own span: signed (or start) to end; an open end runs to `today`, a completed
    // or ended agreement without an end date to its last milestone. Invalid when it has no start.
    std::pair<QDate, QDate> span(QDate today) const;
};

struct TimelineGroup
{
    QString key;   // partner id, country code, theme name, kind or status code; empty: "none"
    QString label; // "Lund University", "Sweden", "ATMP", "Declaration of intent", "No partner"
    int laneCount = 0;
};

// A row of the timeline: a group header or an agreement's lane.
struct TimelineRow
{
    int group = -1; // index into TimelineScene::groups (-1 when not grouped)
    int lane = -1;  // index into TimelineScene::lanes; -1 for a group header row
    bool isGroupHeader() const { return lane < 0; }
};

struct TimelineEvent
{
    qint64 id = 0;
    QString title;
    FuzzyDate date;
    QString place;
};

// What the painter draws: a window of rows (or all of them) and a date range, with the events
// and today. Built from the store by TimelineSource, or by hand in tests.
struct TimelineScene
{
    TimelineGroupBy groupBy = TimelineGroupBy::None;
    QDate today;
    QDate from; // the loaded date range; marks outside it may be missing
    QDate to;
    int firstRow = 0;  // index of rows.first() among all rows
    int totalRows = 0; // rows of the whole timeline (for scrolling)
    QList<TimelineGroup> groups;
    QList<TimelineLane> lanes;
    QList<TimelineRow> rows;
    QList<TimelineEvent> events;

    int rowCount() const { return int(rows.size()); }
    // The lane of an agreement in this scene's rows (the first one when it is in several groups), or -1.
    int laneOfAgreement(qint64 agreementId) const;
    // A milestone of the scene (nullptr when not loaded).
    const TimelineMilestone *milestone(qint64 milestoneId) const;
    // The first and last day of everything in the scene (milestones, achieved dates, slips, spans,
    // events); invalid when the scene is empty.
    std::pair<QDate, QDate> extent() const;

    static QString groupByCode(TimelineGroupBy groupBy); // "none", "partner", "country", ...
    static QString groupByName(TimelineGroupBy groupBy); // translated: "Partner", ...
};
