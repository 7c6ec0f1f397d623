// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entityfield.h"
#include "store/storeerror.h"

#include <QVariant>

class QWidget;

// The editor of one field in a record's form, by the field's kind: a line, a text box, a date, a
// country, a combo box of choices (or of the rows a reference may name, which the form fills), a
// list of texts typed with commas. A value goes in and out as a QVariant: text, a FuzzyDate, a
// choice's code, an id, a list of texts.
namespace FieldEditor {

QWidget *create(FieldKind kind, const ChoiceType *choice, QWidget *parent);
// The name tests find an editor by: "signed_on" -> "signedEdit", "short_name" -> "shortNameEdit".
QString objectName(const char *column);
// `value` as EntityField::value() gives it.
void show(QWidget *editor, FieldKind kind, const QVariant &value);
// The edited value, or why it is not one (a date or country that is not one); an invalid QVariant
// when the editor is not one of create()'s (the form shows that field its own way).
Result<QVariant> read(const QWidget *editor, FieldKind kind);
void setReadOnly(QWidget *editor, bool readOnly);

} // namespace FieldEditor
