// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/formtable.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMetaProperty>
#include <QToolTip>

#include <algorithm>

namespace {

bool isListKey(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Insert || key->key() == Qt::Key_Delete) &&
           (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

} // namespace

FormTable::FormTable(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setTabKeyNavigation(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    setMinimumHeight(110);
    setReadOnly(false);
}

void FormTable::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                             : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                   QAbstractItemView::SelectedClicked);
}

QList<int> FormTable::chosenRows() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && currentIndex().isValid())
        rows << currentIndex().row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool FormTable::event(QEvent *event)
{
    // Insert and Delete are this table's while it has the focus (not while a cell is edited).
    if (event->type() == QEvent::ShortcutOverride && hasFocus() && isListKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QTableView::event(event);
}

void FormTable::keyPressEvent(QKeyEvent *event)
{
    if (state() != QAbstractItemView::EditingState) {
        if (isListKey(event)) {
            if (!m_readOnly && event->key() == Qt::Key_Insert)
                emit addRequested();
            else if (!m_readOnly)
                emit removeRequested();
            event->accept();
            return;
        }
        const QModelIndex current = currentIndex();
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && current.isValid() &&
            (current.flags() & Qt::ItemIsEditable) && editTriggers() != QAbstractItemView::NoEditTriggers) {
            edit(current);
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void FormTable::commitData(QWidget *editor)
{
    if (const QString problem = problemWith(editor); !problem.isEmpty()) {
        editor->setToolTip(problem);
        QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), problem, editor);
        emit refused(problem);
        return;
    }
    QTableView::commitData(editor);
}

void FormTable::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // A refused value stays in its editor to be corrected; Escape drops it.
    if (hint != QAbstractItemDelegate::RevertModelCache && !problemWith(editor).isEmpty())
        return;
    QTableView::closeEditor(editor, hint);
    emit editingEnded(hint == QAbstractItemDelegate::RevertModelCache);
}

QString FormTable::problemWith(QWidget *editor) const
{
    if (!m_check || !model())
        return {};
    const QMetaProperty value = editor->metaObject()->userProperty();
    if (!value.isValid())
        return {};
    for (int row = 0; row < model()->rowCount(); ++row) {
        for (int column = 0; column < model()->columnCount(); ++column) {
            const QModelIndex index = model()->index(row, column);
            if (indexWidget(index) == editor)
                return m_check(index, value.read(editor));
        }
    }
    return {};
}
