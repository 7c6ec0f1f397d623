// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/countries.h"

#include "records/hintedlineedit.h"

#include <QList>

class QStandardItemModel;

// A line edit for a country: a name in English, Dutch or Swedish or an ISO code, read with
// Countries::parse(). As you type it offers the countries whose name in the language of the user
// interface, or whose code, starts with what was typed (then those with a later word that does),
// ignoring case and accents. A hint at the right shows the code the text stands for, or that it is
// not a country. Empty text is no country.
class CountryEdit final : public HintedLineEdit
{
    Q_OBJECT

public:
    explicit CountryEdit(QWidget *parent = nullptr);

    // Shows a stored country by its name (a code Pactline does not know as it is).
    void setCode(const QString &code);
    // The code the text stands for (empty: no country, or not a country).
    QString code() const { return m_parsed.code; }
    // Whether the text is empty or a country; when not, problem() says what to type.
    bool isAcceptable() const { return m_parsed.isAcceptable(); }
    QString problem() const { return m_parsed.problem; }

private:
    struct Completion
    {
        QString display;    // "Sweden", "SE – Sweden"
        QString completion; // what choosing it puts in the field: "Sweden", "SE"
        QString key;        // TextKey::words() of the completion
    };

    void parseText();
    void offerCompletions(const QString &typed);

    Countries::Parsed m_parsed;
    QList<Completion> m_choices; // every country by name and by code, in alphabetical order
    QStandardItemModel *m_offered;
};
