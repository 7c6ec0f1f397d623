// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fuzzydate.h"
#include "store/listquery.h"

#include <QDate>
#include <QPageSize>
#include <QString>

#include <optional>

// What to report on, and how: the kind of report, the agreement or the period, the agreements
// included (the main window's filter, or all), the paper and the language.
struct ReportOptions
{
    enum class Kind
    {
        Portfolio, // cover, summary, timeline, a section per agreement, partners by country
        Agreement, // one agreement's section with its own timeline strip
        Progress,  // what happened between two dates, from the change history
    };

    Kind kind = Kind::Portfolio;
    qint64 agreementId = 0; // Kind::Agreement
    QDate from;             // Kind::Progress: the period, both days included
    QDate to;
    ListQuery filter; // which agreements (search and filters; order and window are ignored)
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QDate today;    // the date of the report (what is overdue, what is next); null: today
    QString author; // the PDF's author; empty: the user's name
    FuzzyDate::Language language = FuzzyDate::Language::English;

    QDate effectiveToday() const { return today.isValid() ? today : QDate::currentDate(); }
    // The period of a progress report when none is given: the twelve months up to `today`.
    static std::pair<QDate, QDate> defaultPeriod(QDate today);

    static QString kindCode(Kind kind); // "portfolio", "agreement", "progress"
    static std::optional<Kind> kindFromCode(const QString &code);
    static QString kindName(Kind kind); // translated

    // The user's name for the PDF's author field, from the environment.
    static QString defaultAuthor();
};
