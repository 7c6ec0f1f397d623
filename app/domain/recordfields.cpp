// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/recordfields.h"

#include "domain/agreement.h"
#include "domain/contact.h"
#include "domain/event.h"
#include "domain/milestone.h"
#include "domain/partner.h"

#include <QCoreApplication>

namespace {

template<typename T>
void addFields(QList<RecordField> &fields, const char *table)
{
    for (const EntityField<T> &field : T::fields())
        if (field.kind != FieldKind::Figure)
            fields.append({table, field.column, field.label, field.refers});
}

} // namespace

namespace RecordFields {

const QList<RecordField> &all()
{
    static const QList<RecordField> fields = [] {
        QList<RecordField> list;
        addFields<Partner>(list, "partner");
        addFields<Contact>(list, "contact");
        addFields<Agreement>(list, "agreement");
        addFields<Milestone>(list, "milestone");
        addFields<Event>(list, "event");
        return list;
    }();
    return fields;
}

const RecordField *find(const QString &table, const QString &column)
{
    for (const RecordField &field : all())
        if (table == QLatin1String(field.table) && column == QLatin1String(field.column))
            return &field;
    return nullptr;
}

QString label(const QString &table, const QString &column)
{
    const RecordField *field = find(table, column);
    return field ? QCoreApplication::translate("Fields", field->label) : column;
}

} // namespace RecordFields
