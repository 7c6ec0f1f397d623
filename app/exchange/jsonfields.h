// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entityfield.h"
#include "exchange/jsonemitter.h"
#include "exchange/jsonobjectreader.h"

// A record's id and fields in the portfolio JSON, as its fields() say: each field with a JSON key,
// in their order; required text always, other text only when there is some.
namespace JsonFields {

// The fields with a JSON key, in their order.
template<typename T>
const QList<const EntityField<T> *> &keyed()
{
    static const QList<const EntityField<T> *> fields = [] {
        QList<const EntityField<T> *> list;
        for (const EntityField<T> &field : T::fields())
            if (field.jsonKey)
                list << &field;
        return list;
    }();
    return fields;
}

template<typename T>
void write(JsonEmitter &json, const T &record)
{
    json.id("id", record.meta.id);
    for (const EntityField<T> *each : keyed<T>()) {
        const EntityField<T> &field = *each;
        const char *key = field.jsonKey;
        switch (field.kind) {
        case FieldKind::Line:
        case FieldKind::Text:
        case FieldKind::Country:
            if (field.has(Required))
                json.string(key, record.*(field.text));
            else
                json.text(key, record.*(field.text));
            break;
        case FieldKind::Choice:
            json.string(key, field.codeOf(record));
            break;
        case FieldKind::Date:
            json.date(key, record.*(field.date));
            break;
        case FieldKind::Reference:
            json.id(key, record.*(field.id));
            break;
        case FieldKind::Texts:
            json.strings(key, record.*(field.texts));
            break;
        case FieldKind::References:
            json.ids(key, record.*(field.ids));
            break;
        case FieldKind::Relation:
        case FieldKind::Figure:
            break;
        }
    }
}

template<typename T>
T read(const JsonObjectReader &reader)
{
    T record;
    record.meta = reader.meta();
    for (const EntityField<T> *field : keyed<T>()) {
        const char *key = field->jsonKey;
        switch (field->kind) {
        case FieldKind::Line:
        case FieldKind::Text:
        case FieldKind::Country:
            record.*(field->text) = field->has(Required) ? reader.required(key) : reader.text(key);
            break;
        case FieldKind::Choice:
            if (const QString code = reader.choice(key, field->choice->codes()); !code.isEmpty())
                field->setCode(record, code);
            break;
        case FieldKind::Date:
            record.*(field->date) = reader.date(key);
            break;
        case FieldKind::Reference:
            record.*(field->id) = reader.id(key);
            break;
        case FieldKind::Texts:
            for (const QJsonValue &text : reader.array(key))
                (record.*(field->texts)) << text.toString();
            break;
        case FieldKind::References:
            record.*(field->ids) = reader.ids(key);
            break;
        default: // relations are read by their entity's own code; figures are not in the JSON
            break;
        }
    }
    return record;
}

} // namespace JsonFields
