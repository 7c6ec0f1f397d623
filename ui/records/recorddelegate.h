// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

class Database;

// Cell editors for RecordTableModel tables: a combo box for kinds and statuses, a FuzzyDateEdit
// for dates and a CountryEdit for the "country" column (both keep the editor open, with the reason,
// while the text is not a date or a country), a line edit for text. Overdue cells are painted in red.
class RecordDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RecordDelegate(QObject *parent = nullptr);
    // The portfolio the partner picker completes from.
    void setDatabase(Database *db);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

signals:
    // An edit was refused at the editor; the message says what to type.
    void refused(const QString &message) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QPointer<Database> m_db;
};
