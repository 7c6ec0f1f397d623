// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdata.h"
#include "report/reportdocument.h"
#include "report/reportformat.h"

#include <QDate>

// One agreement's section of a report: its facts, summary, parties and roles, milestones reached
// and still due with their dates, slips and notes. The portfolio report has one per agreement; the
// agreement summary is one.
class AgreementSection
{
public:
    AgreementSection(const ReportData &data, const ReportFormat &format, QDate today);

    // Adds the facts table and everything after it (the caller adds the heading or masthead).
    void addBody(ReportDocument &document, const Agreement &agreement) const;

    // "Lund University (SE), Skåne University Hospital (SE) and Leiden University Medical Center (NL)".
    ReportText parties(const Agreement &agreement) const;
    // The milestone's title with its notes, muted, underneath.
    ReportText milestoneCell(const Milestone &milestone) const;
    // "Planned", "Planned · overdue" (overdue in the alert colour).
    ReportText statusCell(const Milestone &milestone) const;
    // "Q2 2024 → Q3 2024 (changed on 2 March 2024: permit delay)".
    QString slipText(const MilestoneChange &change) const;

private:
    const ReportData &m_data;
    ReportFormat m_format;
    QDate m_today;
};
