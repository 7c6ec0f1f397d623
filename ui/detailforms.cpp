// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailforms.h"

#include "records/agreementform.h"
#include "records/eventform.h"
#include "records/milestoneform.h"
#include "records/partnerform.h"

#include <QCoreApplication>
#include <QLabel>

DetailForms::DetailForms(QWidget *parent)
    : QStackedWidget(parent)
    , m_none(new QLabel(QCoreApplication::translate("MainWindow", "Select a record to see and edit it here."), this))
    , m_partner(new PartnerForm(this))
    , m_agreement(new AgreementForm(this))
    , m_milestone(new MilestoneForm(this))
    , m_event(new EventForm(this))
{
    setObjectName(QStringLiteral("detailStack"));
    m_none->setObjectName(QStringLiteral("noDetails"));
    m_none->setAlignment(Qt::AlignCenter);
    m_none->setWordWrap(true);
    addWidget(m_none);
    for (RecordForm *form : forms()) {
        addWidget(form);
        connect(form, &RecordForm::storeFailed, this, &DetailForms::storeFailed);
        connect(form, &RecordForm::changesMerged, this, &DetailForms::changesMerged);
    }
}

QList<RecordForm *> DetailForms::forms() const
{
    return {m_partner, m_agreement, m_milestone, m_event};
}

RecordSelection::Kind DetailForms::kindOf(const RecordForm *form) const
{
    if (form == m_partner)
        return RecordSelection::Kind::Partner;
    if (form == m_agreement)
        return RecordSelection::Kind::Agreement;
    if (form == m_milestone)
        return RecordSelection::Kind::Milestone;
    return form == m_event ? RecordSelection::Kind::Event : RecordSelection::Kind::None;
}

RecordForm *DetailForms::changedForm() const
{
    for (RecordForm *form : forms())
        if (form->isDirty())
            return form;
    return nullptr;
}

void DetailForms::showRecord(RecordSelection::Kind kind, qint64 id)
{
    RecordForm *form = nullptr;
    for (RecordForm *candidate : forms())
        if (kindOf(candidate) == kind)
            form = candidate;
    if (!form || id <= 0) {
        setCurrentWidget(m_none);
        return;
    }
    if (form->recordId() != id || currentWidget() != form)
        form->showRecord(id);
    setCurrentWidget(form);
}

bool DetailForms::isShowingRecord() const
{
    return currentWidget() != m_none;
}

void DetailForms::setContext(Database *db, UndoRecordWriter *writer)
{
    for (RecordForm *form : forms())
        form->setContext(db, writer);
}

void DetailForms::setReadOnly(bool readOnly)
{
    for (RecordForm *form : forms())
        form->setReadOnly(readOnly);
}
