// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/partnerpicker.h"

#include "store/partnerrepository.h"

#include <QCompleter>

PartnerPicker::PartnerPicker(QWidget *parent)
    : RecordPicker(parent)
{
    setObjectName(QStringLiteral("partnerPicker"));
    setPlaceholderText(tr("Type a partner's name"));
    connect(completer(), qOverload<const QString &>(&QCompleter::activated), this, &PartnerPicker::choose);
    connect(this, &QLineEdit::editingFinished, this, &PartnerPicker::choose);
}

QString PartnerPicker::labelFor(const QString &name, const QString &country)
{
    return country.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, country);
}

QStringList PartnerPicker::offer(Database &db, const QString &typed)
{
    ListQuery query;
    query.search = typed;
    query.limit = 20;
    const auto partners = PartnerRepository(db).list(query);
    if (!partners)
        return {};
    QStringList labels;
    for (const Partner &partner : *partners) {
        const QString label = labelFor(partner.name, partner.country);
        m_offered.insert(label, partner.meta.id);
        labels << label;
    }
    return labels;
}

qint64 PartnerPicker::partnerId() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty() || !m_db)
        return 0;
    if (const auto it = m_offered.constFind(typed); it != m_offered.constEnd())
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
    m_offered.insert(label, id);
    setText(label);
}

void PartnerPicker::choose()
{
    // Cleared: no partner; otherwise only text that names one counts.
    const qint64 id = partnerId();
    if (id > 0 || text().trimmed().isEmpty())
        emit partnerChosen(id);
}
