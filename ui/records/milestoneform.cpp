// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/milestoneform.h"

#include "records/fuzzydateedit.h"
#include "records/undorecordwriter.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/milestonerepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QVBoxLayout>

MilestoneForm::MilestoneForm(QWidget *parent)
    : StoredRecordForm(parent)
{
    setObjectName(QStringLiteral("milestoneForm"));
    m_agreement->setWordWrap(true);
    m_agreement->setToolTip(tr("Open the agreement"));
    m_agreement->setObjectName(QStringLiteral("agreementLink"));
    m_reason->setPlaceholderText(tr("Why the due date or status changed (kept in the history)"));

    QFormLayout *form = addFormSection();
    addRecordFields(form, {{QStringLiteral("agreement"), m_agreement}});
    addField(form, tr("&Reason"), m_reason, QStringLiteral("reasonEdit"));
    body()->addWidget(new QLabel(tr("<b>History</b>"), this));
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setAccessibleName(tr("History"));
    m_history->setMinimumHeight(90);
    body()->addWidget(m_history);
    body()->addStretch(1);

    connect(m_agreement, &QLabel::linkActivated, this, [this] { emit agreementOpened(m_loaded.agreementId); });
}

QStringList MilestoneForm::watchedTables() const
{
    return {QStringLiteral("milestone"), QStringLiteral("milestone_change"), QStringLiteral("agreement")};
}

void MilestoneForm::showLoaded(Database &db)
{
    showFields();
    const auto agreement = AgreementRepository(db).get(m_loaded.agreementId);
    const QString title = agreement ? agreement->title : tr("Agreement #%1").arg(m_loaded.agreementId);
    m_agreement->setText(QStringLiteral("<a href=\"agreement\">%1</a>").arg(title.toHtmlEscaped()));
    m_reason->clear();
    m_history->clear();
    if (const auto history = MilestoneRepository(db).history(m_loaded.meta.id)) {
        for (const MilestoneChange &change : *history)
            m_history->addItem(historyLine(change));
    }
    if (m_history->count() == 0)
        m_history->addItem(tr("No changes recorded."));
}

QString MilestoneForm::historyLine(const MilestoneChange &change)
{
    QStringList parts;
    if (change.oldDue != change.newDue)
        parts << tr("due %1 → %2")
                     .arg(change.oldDue.isValid() ? change.oldDue.toString() : tr("open"),
                          change.newDue.isValid() ? change.newDue.toString() : tr("open"));
    if (change.newStatus && change.oldStatus != change.newStatus)
        parts << tr("%1 → %2").arg(change.oldStatus ? displayNameOf(*change.oldStatus) : tr("none"),
                                   displayNameOf(*change.newStatus));
    const QString when = change.changedAt.date().toString(Qt::ISODate);
    QString line = change.author.trimmed().isEmpty()
                       ? QStringLiteral("%1: %2").arg(when, parts.join(QStringLiteral("; ")))
                       : tr("%1, by %2: %3").arg(when, change.author.trimmed(), parts.join(QStringLiteral("; ")));
    if (!change.reason.isEmpty())
        line += QStringLiteral(" — ") + change.reason;
    return line;
}

Result<void> MilestoneForm::write(Database &db, RecordWriter &writer, const Milestone &before,
                                  const Milestone &after) const
{
    if (auto valid = MilestoneRepository::validate(after); !valid)
        return valid;
    return writer.updateMilestone(db, before, after, m_reason->text().trimmed());
}

void MilestoneForm::applyReadOnly(bool readOnly)
{
    setFieldsReadOnly(readOnly);
    m_reason->setReadOnly(readOnly);
}
