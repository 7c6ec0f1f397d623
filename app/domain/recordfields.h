// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// The fields of the five kinds of record (their fields() lists, figures aside) by table: the
// record's table, the field's column, its name as people know it (context "Fields", translated
// by label()) and, for an id or a list of ids, the table it refers to.
struct RecordField
{
    const char *table;
    const char *column;
    const char *label;
    const char *refers = nullptr;
};

namespace RecordFields {

const QList<RecordField> &all();
// The field, or nullptr when the table has no such field.
const RecordField *find(const QString &table, const QString &column);
// The field's name, translated; the column itself when unknown.
QString label(const QString &table, const QString &column);

} // namespace RecordFields
