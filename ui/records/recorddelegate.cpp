// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/recorddelegate.h"

#include "models/recordtablemodel.h"
#include "records/countryedit.h"
#include "records/fuzzydateedit.h"
#include "records/partnerpicker.h"
#include "store/database.h"
#include "themecolors.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>

namespace {

bool isCountryColumn(const QModelIndex &index)
{
    const auto *model = qobject_cast<const RecordTableModel *>(index.model());
    return model && model->columns().value(index.column()).key == QLatin1String("country");
}

// Why an editor's text cannot be handed on to the model (empty: it can).
QString problemOf(QObject *editor)
{
    if (const auto *date = qobject_cast<FuzzyDateEdit *>(editor))
        return date->problem();
    if (const auto *country = qobject_cast<CountryEdit *>(editor))
        return country->problem();
    return {};
}

} // namespace

RecordDelegate::RecordDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *RecordDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    switch (RecordTableModel::Editor(index.data(RecordTableModel::EditorRole).toInt())) {
    case RecordTableModel::Editor::Choice: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("choiceEditor"));
        for (const QVariant &choice : index.data(RecordTableModel::ChoicesRole).toList()) {
            const QStringList pair = choice.toStringList();
            combo->addItem(pair.value(1), pair.value(0));
        }
        return combo;
    }
    case RecordTableModel::Editor::FuzzyDate:
        return new FuzzyDateEdit(parent);
    case RecordTableModel::Editor::Partner: {
        auto *picker = new PartnerPicker(parent);
        picker->setDatabase(m_db);
        return picker;
    }
    case RecordTableModel::Editor::Text: {
        if (isCountryColumn(index)) {
            auto *country = new CountryEdit(parent);
            country->setFrame(false);
            return country;
        }
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("textEditor"));
        edit->setFrame(false);
        return edit;
    }
    case RecordTableModel::Editor::None:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void RecordDelegate::setDatabase(Database *db)
{
    m_db = db;
}

void RecordDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(value.toString())));
        return;
    }
    if (auto *picker = qobject_cast<PartnerPicker *>(editor)) {
        picker->setPartnerId(value.toLongLong());
        return;
    }
    if (auto *country = qobject_cast<CountryEdit *>(editor)) {
        country->setCode(value.toString());
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(value.toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RecordDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    QVariant value;
    // A date or a country the text does not give is refused, with the reason, and nothing is written.
    bool acceptable = true;
    QString problem;
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        value = combo->currentData();
    } else if (auto *picker = qobject_cast<PartnerPicker *>(editor)) {
        value = picker->partnerId();
    } else if (auto *date = qobject_cast<FuzzyDateEdit *>(editor)) {
        acceptable = date->isAcceptable();
        problem = date->problem();
        value = date->text();
    } else if (auto *country = qobject_cast<CountryEdit *>(editor)) {
        acceptable = country->isAcceptable();
        problem = country->problem();
        value = country->code();
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        value = edit->text();
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (acceptable)
        model->setData(index, value, Qt::EditRole);
    else
        emit refused(problem);
}

void RecordDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    // A date editor needs room for its hint, a country editor for a name and its code.
    if (qobject_cast<FuzzyDateEdit *>(editor))
        editor->resize(qMax(option.rect.width(), 260), option.rect.height());
    else if (qobject_cast<CountryEdit *>(editor))
        editor->resize(qMax(option.rect.width(), 200), option.rect.height());
}

void RecordDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(RecordTableModel::OverdueRole).toBool())
        return;
    const auto *model = qobject_cast<const RecordTableModel *>(index.model());
    const QString key = model ? model->columns().value(index.column()).key : QString();
    if (key == QLatin1String("due") || key == QLatin1String("overdue")) {
        option->palette.setColor(QPalette::Text, ThemeColors::problemText(option->palette));
        option->palette.setColor(QPalette::HighlightedText, ThemeColors::problemHighlightedText(option->palette));
        option->font.setBold(true);
    }
}

bool RecordDelegate::eventFilter(QObject *object, QEvent *event)
{
    // Text that is not a date or not a country is not handed on: Enter and Tab say why and keep the
    // editor open, and so does clicking elsewhere (the text stays to be corrected; Escape drops it).
    // A list that moves to another row closes the editor, and the message, which quotes the text,
    // stays. A popup (the country completer's, a context menu) is not clicking elsewhere.
    const QString problem = problemOf(object);
    if (!problem.isEmpty()) {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab) {
                emit refused(problem);
                return true;
            }
        } else if (event->type() == QEvent::FocusOut &&
                   static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason) {
            emit refused(problem);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}
