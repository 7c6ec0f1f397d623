// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/partnerpicker.h"

#include "records/popupcompletions.h"
#include "store/database.h"
#include "store/partnerrepository.h"

#include <QCompleter>
#include <QStringListModel>

PartnerPicker::PartnerPicker(QWidget *parent)
    : QLineEdit(parent)
    , m_completions(addPopupCompletions(this))
{
    setObjectName(QStringLiteral("partnerPicker"));
    setPlaceholderText(tr("Type a partner's name"));
    connect(this, &QLineEdit::textEdited, this, &PartnerPicker::complete);
    connect(completer(), qOverload<const QString &>(&QCompleter::activated), this, &PartnerPicker::choose);
    connect(this, &QLineEdit::editingFinished, this, &PartnerPicker::choose);
}

void PartnerPicker::setDatabase(Database *db)
{
    m_db = db;
}

QString PartnerPicker::labelFor(const QString &name, const QString &country)
{
    return country.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, country);
}

void PartnerPicker::complete(const QString &typed)
{
    if (!m_db || typed.trimmed().isEmpty())
        return;
    ListQuery query;
    query.search = typed.trimmed();
    query.limit = 20;
    const auto partners = PartnerRepository(*m_db).list(query);
    if (!partners)
        return;
    QStringList labels;
    for (const Partner &partner : *partners) {
        const QString label = labelFor(partner.name, partner.country);
        m_ids.insert(label, partner.meta.id);
        labels << label;
    }
    m_completions->setStringList(labels);
}

qint64 PartnerPicker::partnerId() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty() || !m_db)
        return 0;
    if (const auto it = m_ids.constFind(typed); it != m_ids.constEnd())
        return *it;
    const auto found = PartnerRepository(*m_db).findByName(typed);
    return found ? *found : 0;
}

void PartnerPicker::setPartnerId(qint64 id)
{
    if (!m_db || id <= 0) {
        clear();
        return;
    }
    const auto partner = PartnerRepository(*m_db).get(id);
    if (!partner) {
        clear();
        return;
    }
    const QString label = labelFor(partner->name, partner->country);
    m_ids.insert(label, id);
    setText(label);
}

void PartnerPicker::choose()
{
    // Cleared: no partner; otherwise only text that names one counts.
    const qint64 id = partnerId();
    if (id > 0 || text().trimmed().isEmpty())
        emit partnerChosen(id);
}
