// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/countries.h"
#include "domain/entityfield.h"
#include "models/cellvalue.h"
#include "models/historytext.h"

#include <QString>
#include <QStringList>

// A record's value of one field as the tables show it: texts as they are, a country by its name,
// a choice by its display name, a date as a cell shows it, lists joined with commas, and the records
// a field refers to by their names or titles (`names` looks them up in the portfolio); "" for none.
namespace FieldText {

template<typename T>
QString of(const EntityField<T> &field, const T &record, HistoryText &names)
{
    const auto named = [&](const QList<qint64> &ids) {
        QStringList labels;
        for (qint64 id : ids)
            labels << names.labelOf(QLatin1String(field.refers), id);
        return labels.join(QStringLiteral(", "));
    };
    switch (field.kind) {
    case FieldKind::Line:
    case FieldKind::Text:
        return record.*(field.text);
    case FieldKind::Country:
        return Countries::nameOf(record.*(field.text));
    case FieldKind::Choice:
        return field.choice->displayName(field.codeOf(record));
    case FieldKind::Date:
        return CellValue::dateText(record.*(field.date));
    case FieldKind::Texts:
        return (record.*(field.texts)).join(QStringLiteral(", "));
    case FieldKind::Reference:
        return record.*(field.id) > 0 ? named({record.*(field.id)}) : QString();
    case FieldKind::References:
        return named(record.*(field.ids));
    case FieldKind::Relation:
        return named(field.relatedIds(record));
    case FieldKind::Figure:
        break;
    }
    return {};
}

} // namespace FieldText
