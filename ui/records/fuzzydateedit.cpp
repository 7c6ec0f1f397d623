// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/fuzzydateedit.h"

#include "themecolors.h"

#include <QLocale>

FuzzyDateEdit::FuzzyDateEdit(QWidget *parent)
    : HintedLineEdit(QStringLiteral("fuzzyDateHint"), parent)
{
    setObjectName(QStringLiteral("fuzzyDateEdit"));
    setPlaceholderText(tr("e.g. Q3 2024, 2023-09-12, H2 2025"));
    connect(this, &QLineEdit::textChanged, this, &FuzzyDateEdit::parseText);
    parseText();
}

void FuzzyDateEdit::setDate(const FuzzyDate &date)
{
    setText(date.isValid() ? date.toString() : QString());
}

QString FuzzyDateEdit::hint() const
{
    if (!m_problem.isEmpty())
        return tr("not a date");
    if (!m_date.isValid())
        return {};
    const QLocale locale; // the language of the user interface
    const QString format = QStringLiteral("d MMM yyyy");
    if (m_date.precision() == FuzzyDate::Precision::Day)
        return locale.toString(m_date.first(), QStringLiteral("ddd d MMM yyyy"));
    return tr("%1 – %2").arg(locale.toString(m_date.first(), format), locale.toString(m_date.last(), format));
}

void FuzzyDateEdit::parseText()
{
    const QString typed = text().trimmed();
    m_problem.clear();
    m_date = FuzzyDate();
    if (!typed.isEmpty()) {
        QString error;
        m_date = FuzzyDate::parse(typed, &error);
        if (!m_date.isValid())
            m_problem = error.isEmpty() ? tr("“%1” is not a date.").arg(typed) : error;
    }
    showHint(hint(), !isAcceptable());
    setToolTip(isAcceptable() ? hintText() : m_problem);
    QPalette own = palette();
    own.setColor(QPalette::Base,
                 isAcceptable() ? QPalette().color(QPalette::Base) : ThemeColors::problemBase(QPalette()));
    setPalette(own);
}
