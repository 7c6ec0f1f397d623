// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportdialog.h"

#include "domain/fuzzydate.h"
#include "domain/uilanguage.h"
#include "formdialog.h"
#include "themecolors.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// Letter where it is the custom (the United States, Canada, Mexico and a few more), A4 elsewhere.
bool prefersLetter()
{
    switch (QLocale().territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Philippines:
        return true;
    default:
        return false;
    }
}

} // namespace

ReportDialog::ReportDialog(const QList<AgreementChoice> &agreements, const QString &filterDescription, QWidget *parent)
    : QDialog(parent)
    , m_hasFilter(!filterDescription.isEmpty())
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Report"));
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_agreement->setObjectName(QStringLiteral("reportAgreement"));
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_filtered->setObjectName(QStringLiteral("reportScopeFilter"));
    m_whole->setObjectName(QStringLiteral("reportScopeAll"));
    m_paper->setObjectName(QStringLiteral("reportPaper"));
    m_author->setObjectName(QStringLiteral("reportAuthor"));
    m_problem->setObjectName(QStringLiteral("reportProblem"));

    for (const ReportOptions::Kind kind :
         {ReportOptions::Kind::Portfolio, ReportOptions::Kind::Agreement, ReportOptions::Kind::Progress})
        m_kind->addItem(ReportOptions::kindName(kind), int(kind));
    for (const AgreementChoice &choice : agreements)
        m_agreement->addItem(choice.title, choice.id);
    m_agreement->setMinimumContentsLength(40);
    m_agreement->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    const auto [from, to] = ReportOptions::defaultPeriod(QDate::currentDate());
    m_from->setText(FuzzyDate(from, FuzzyDate::Precision::Day).toString());
    m_to->setText(FuzzyDate(to, FuzzyDate::Precision::Day).toString());
    const QString dateHint = tr("Any date: 2023-09-12, September 2023, Q3 2024, 2023");
    m_from->setToolTip(dateHint);
    m_to->setToolTip(dateHint);

    if (filterDescription.isEmpty()) {
        m_filtered->setText(tr("The current filter (nothing is filtered)"));
        m_whole->setChecked(true);
    } else {
        m_filtered->setText(tr("The current filter: %1").arg(filterDescription));
        m_filtered->setChecked(true);
    }

    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    m_paper->setCurrentIndex(prefersLetter() ? 1 : 0);

    m_problem->setWordWrap(true);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, ThemeColors::problemText(problemPalette));
    m_problem->setPalette(problemPalette);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("reportOk"));

    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_filtered);
    scope->addWidget(m_whole);
    auto *form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("A&greement:"), m_agreement);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, period);
    form->addRow(tr("Agreements:"), scope);
    form->addRow(tr("P&aper:"), m_paper);
    form->addRow(tr("A&uthor:"), m_author);
    layOutFormDialog(this, form, m_problem, m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::updateState);
    connect(m_from, &QLineEdit::textChanged, this, &ReportDialog::updateState);
    connect(m_to, &QLineEdit::textChanged, this, &ReportDialog::updateState);
    updateState();
}

void ReportDialog::setKind(ReportOptions::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ReportDialog::setAgreement(qint64 agreementId)
{
    const int index = m_agreement->findData(agreementId);
    if (index >= 0)
        m_agreement->setCurrentIndex(index);
}

void ReportDialog::setPeriod(const QString &from, const QString &to)
{
    m_from->setText(from);
    m_to->setText(to);
}

void ReportDialog::updateState()
{
    const auto kind = ReportOptions::Kind(m_kind->currentData().toInt());
    const bool agreement = kind == ReportOptions::Kind::Agreement;
    const bool progress = kind == ReportOptions::Kind::Progress;
    m_agreement->setEnabled(agreement);
    m_from->setEnabled(progress);
    m_to->setEnabled(progress);
    m_filtered->setEnabled(!agreement && m_hasFilter);
    m_whole->setEnabled(!agreement);

    m_problemText.clear();
    if (agreement && m_agreement->count() == 0) {
        m_problemText = tr("The portfolio has no agreements to summarise.");
    } else if (progress) {
        QString error;
        const FuzzyDate from = FuzzyDate::parse(m_from->text(), &error);
        if (from.isNull()) {
            m_problemText = tr("From: %1").arg(error);
        } else {
            const FuzzyDate to = FuzzyDate::parse(m_to->text(), &error);
            if (to.isNull())
                m_problemText = tr("To: %1").arg(error);
            else if (from.first() > to.last())
                m_problemText =
                    tr("The period starts after it ends: %1 is after %2.").arg(from.toString(), to.toString());
        }
    }
    m_problem->setText(m_problemText);
    m_problem->setVisible(!m_problemText.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problemText.isEmpty());
}

ReportOptions ReportDialog::options(const ListQuery &filter) const
{
    ReportOptions options;
    options.kind = ReportOptions::Kind(m_kind->currentData().toInt());
    options.agreementId = m_agreement->currentData().toLongLong();
    if (options.kind == ReportOptions::Kind::Progress) {
        options.from = FuzzyDate::parse(m_from->text()).first();
        options.to = FuzzyDate::parse(m_to->text()).last();
    }
    if (m_filtered->isChecked() && options.kind != ReportOptions::Kind::Agreement) {
        options.filter.search = filter.search;
        options.filter.filters = filter.filters;
    }
    options.pageSize = QPageSize(QPageSize::PageSizeId(m_paper->currentData().toInt()));
    options.author = m_author->text().trimmed();
    options.language = UiLanguage::current();
    return options;
}
