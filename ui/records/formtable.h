// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

#include <functional>

// A small table inside a detail form (a partner's contacts, an event's participants), usable from
// the keyboard: Enter or F2 edits the current cell, Insert asks for a new row and Delete to remove
// the selected ones (the window's Insert and Delete, which add and delete whole records, stay out
// of it while the table has the focus), and Tab leaves the table. A typed value the checker refuses
// does not reach the model: the reason is shown beside the editor and said by refused(), and the
// editor stays open with the text, whether the user pressed Enter or Tab or clicked elsewhere.
class FormTable final : public QTableView
{
    Q_OBJECT

public:
    // Why `value` cannot go into the cell at `index`; empty when it can.
    using Checker = std::function<QString(const QModelIndex &index, const QVariant &value)>;

    explicit FormTable(QWidget *parent = nullptr);

    void setChecker(Checker checker) { m_check = std::move(checker); }
    void setReadOnly(bool readOnly);
    // The selected rows, or else the current one, in ascending order.
    QList<int> chosenRows() const;

signals:
    void addRequested();
    void removeRequested();
    void refused(const QString &message);
    // An editor closed: its value was taken, or dropped (`dropped`: with Escape).
    void editingEnded(bool dropped);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void commitData(QWidget *editor) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    QString problemWith(QWidget *editor) const;

    Checker m_check;
    bool m_readOnly = false;
};
