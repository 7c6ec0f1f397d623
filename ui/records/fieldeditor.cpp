// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/fieldeditor.h"

#include "models/cellvalue.h"
#include "records/countryedit.h"
#include "records/fuzzydateedit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace FieldEditor {

QWidget *create(FieldKind kind, const ChoiceType *choice, QWidget *parent)
{
    switch (kind) {
    case FieldKind::Line:
        return new QLineEdit(parent);
    case FieldKind::Text: {
        auto *text = new QPlainTextEdit(parent);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * 4 + 12);
        return text;
    }
    case FieldKind::Country:
        return new CountryEdit(parent);
    case FieldKind::Date:
        return new FuzzyDateEdit(parent);
    case FieldKind::Choice:
    case FieldKind::Reference: {
        auto *combo = new QComboBox(parent);
        // Long choices must not make the pane wider than its dock.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        if (choice)
            for (const QString &code : choice->codes())
                combo->addItem(choice->displayName(code), code);
        return combo;
    }
    case FieldKind::Texts: {
        auto *line = new QLineEdit(parent);
        line->setPlaceholderText(QCoreApplication::translate("FieldEditor", "Separated by commas"));
        return line;
    }
    default:
        return nullptr;
    }
}

QString objectName(const char *column)
{
    QString name = QString::fromLatin1(column);
    for (const char *suffix : {"_on", "_id"})
        if (name.endsWith(QLatin1String(suffix)))
            name.chop(3);
    QString camel;
    bool upper = false;
    for (QChar c : std::as_const(name)) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        camel += upper ? c.toUpper() : c;
        upper = false;
    }
    return camel + QStringLiteral("Edit");
}

void show(QWidget *editor, FieldKind kind, const QVariant &value)
{
    if (auto *country = qobject_cast<CountryEdit *>(editor)) {
        country->setCode(value.toString());
    } else if (auto *date = qobject_cast<FuzzyDateEdit *>(editor)) {
        date->setDate(value.value<FuzzyDate>());
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(kind == FieldKind::Texts ? value.toStringList().join(QStringLiteral(", ")) : value.toString());
        line->setCursorPosition(0);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setPlainText(value.toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(value));
    }
}

Result<QVariant> read(const QWidget *editor, FieldKind kind)
{
    if (const auto *country = qobject_cast<const CountryEdit *>(editor)) {
        if (!country->isAcceptable())
            return StoreError{StoreError::Kind::Invalid, country->problem()};
        return QVariant(country->code());
    }
    if (const auto *date = qobject_cast<const FuzzyDateEdit *>(editor)) {
        if (!date->isAcceptable())
            return StoreError{StoreError::Kind::Invalid, date->problem()};
        return QVariant::fromValue(date->date());
    }
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        return kind == FieldKind::Texts ? QVariant(CellValue::list(line->text())) : QVariant(line->text().trimmed());
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(editor))
        return QVariant(text->toPlainText());
    if (const auto *combo = qobject_cast<const QComboBox *>(editor))
        return combo->currentIndex() >= 0 ? combo->currentData() : QVariant();
    return QVariant();
}

void setReadOnly(QWidget *editor, bool readOnly)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setReadOnly(readOnly);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        text->setReadOnly(readOnly);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setEnabled(!readOnly);
}

} // namespace FieldEditor
