// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/recordfields.h"

#include <QCoreApplication>

namespace RecordFields {

const QList<RecordField> &all()
{
    static const QList<RecordField> fields{
        {"partner", "name", QT_TRANSLATE_NOOP("Fields", "name")},
        {"partner", "short_name", QT_TRANSLATE_NOOP("Fields", "short name")},
        {"partner", "kind", QT_TRANSLATE_NOOP("Fields", "kind")},
        {"partner", "country", QT_TRANSLATE_NOOP("Fields", "country")},
        {"partner", "city", QT_TRANSLATE_NOOP("Fields", "city")},
        {"partner", "website", QT_TRANSLATE_NOOP("Fields", "website")},
        {"partner", "notes", QT_TRANSLATE_NOOP("Fields", "notes")},
        {"contact", "partner_id", QT_TRANSLATE_NOOP("Fields", "partner"), "partner"},
        {"contact", "name", QT_TRANSLATE_NOOP("Fields", "name")},
        {"contact", "role", QT_TRANSLATE_NOOP("Fields", "role")},
        {"contact", "email", QT_TRANSLATE_NOOP("Fields", "e-mail")},
        {"contact", "phone", QT_TRANSLATE_NOOP("Fields", "phone")},
        {"contact", "notes", QT_TRANSLATE_NOOP("Fields", "notes")},
        {"agreement", "title", QT_TRANSLATE_NOOP("Fields", "title")},
        {"agreement", "kind", QT_TRANSLATE_NOOP("Fields", "kind")},
        {"agreement", "status", QT_TRANSLATE_NOOP("Fields", "status")},
        {"agreement", "signed_on", QT_TRANSLATE_NOOP("Fields", "signing date")},
        {"agreement", "starts_on", QT_TRANSLATE_NOOP("Fields", "start")},
        {"agreement", "ends_on", QT_TRANSLATE_NOOP("Fields", "end")},
        {"agreement", "signing_event_id", QT_TRANSLATE_NOOP("Fields", "signing event"), "event"},
        {"agreement", "predecessor_id", QT_TRANSLATE_NOOP("Fields", "predecessor"), "agreement"},
        {"agreement", "parties", QT_TRANSLATE_NOOP("Fields", "parties")},
        {"agreement", "themes", QT_TRANSLATE_NOOP("Fields", "themes")},
        {"agreement", "summary", QT_TRANSLATE_NOOP("Fields", "summary")},
        {"agreement", "notes", QT_TRANSLATE_NOOP("Fields", "notes")},
        {"milestone", "agreement_id", QT_TRANSLATE_NOOP("Fields", "agreement"), "agreement"},
        {"milestone", "title", QT_TRANSLATE_NOOP("Fields", "title")},
        {"milestone", "due", QT_TRANSLATE_NOOP("Fields", "due date")},
        {"milestone", "status", QT_TRANSLATE_NOOP("Fields", "status")},
        {"milestone", "achieved_on", QT_TRANSLATE_NOOP("Fields", "achieved date")},
        {"milestone", "location", QT_TRANSLATE_NOOP("Fields", "location")},
        {"milestone", "notes", QT_TRANSLATE_NOOP("Fields", "notes")},
        {"event", "title", QT_TRANSLATE_NOOP("Fields", "title")},
        {"event", "date", QT_TRANSLATE_NOOP("Fields", "date")},
        {"event", "place", QT_TRANSLATE_NOOP("Fields", "place")},
        {"event", "notes", QT_TRANSLATE_NOOP("Fields", "notes")},
        {"event", "partners", QT_TRANSLATE_NOOP("Fields", "participating partners"), "partner"},
        {"event", "contacts", QT_TRANSLATE_NOOP("Fields", "participating people"), "contact"},
    };
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
