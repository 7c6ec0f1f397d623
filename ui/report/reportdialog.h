// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportoptions.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QList>
#include <QRadioButton>

// The options of File > Export PDF…, Print… and Print Preview…: the kind of report, the agreement
// of a summary, the period of a progress report (any date text: "Q3 2024", "2023-09-12"), the
// main window's filter or the whole portfolio, the paper and the author.
class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    struct AgreementChoice
    {
        qint64 id = 0;
        QString title;
    };

    // `filterDescription` says how the main window's filter reads; empty when nothing is filtered.
    ReportDialog(const QList<AgreementChoice> &agreements, const QString &filterDescription, QWidget *parent = nullptr);

    void setKind(ReportOptions::Kind kind);
    void setAgreement(qint64 agreementId);
    void setPeriod(const QString &from, const QString &to);

    // The options chosen; `filter` is the main window's, used when the user keeps it.
    ReportOptions options(const ListQuery &filter) const;
    // Why the report cannot be made as the dialog stands (OK is disabled then); empty when it can.
    QString problem() const { return m_problemText; }

private:
    void updateState();

    QComboBox *m_kind = new QComboBox(this);
    QComboBox *m_agreement = new QComboBox(this);
    QLineEdit *m_from = new QLineEdit(this);
    QLineEdit *m_to = new QLineEdit(this);
    QRadioButton *m_filtered = new QRadioButton(this);
    QRadioButton *m_whole = new QRadioButton(tr("The whole portfolio"), this);
    QComboBox *m_paper = new QComboBox(this);
    QLineEdit *m_author = new QLineEdit(ReportOptions::defaultAuthor(), this);
    QLabel *m_problem = new QLabel(this);
    QDialogButtonBox *m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    bool m_hasFilter;
    QString m_problemText;
};
