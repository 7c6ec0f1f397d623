// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fuzzydate.h"

#include "records/hintedlineedit.h"

// A line edit for FuzzyDates ("Q3 2024", "autumn 2023", "2023-09-12"): it shows, as you type,
// the interval the text stands for, or that it is not a date, and refuses to hand on bad text.
// Empty text is a date left open.
class FuzzyDateEdit final : public HintedLineEdit
{
    Q_OBJECT

public:
    explicit FuzzyDateEdit(QWidget *parent = nullptr);

    FuzzyDate date() const { return m_date; }
    void setDate(const FuzzyDate &date);
    // Whether the text is empty or a date; when not, problem() says what to type.
    bool isAcceptable() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    // What the hint shows, in the language of the user interface: "1 Jul 2024 – 30 Sep 2024", or "not a date".
    QString hint() const;

private:
    void parseText();

    FuzzyDate m_date;
    QString m_problem;
};
