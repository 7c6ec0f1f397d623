// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QWidget>

class Database;
class PartnerPicker;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;
class QToolButton;

// The filter bar above a table: search as you type (debounced) over names, titles and notes, and
// the filters that make sense for the records listed: status, kind, country, partner, theme,
// overdue. It emits the repository's filter keys.
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    // `records`: "partners", "agreements", "milestones" or "events".
    explicit FilterBar(const QString &records, QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // Refills the countries and themes in use.
    void refreshChoices();
    QLineEdit *searchField() const { return m_search; }
    QString search() const;
    QMap<QString, QString> filters() const;
    bool isFiltering() const { return !search().isEmpty() || !filters().isEmpty(); }
    // Sets one filter as if chosen (e.g. "partner" when opening a partner's agreements).
    void setFilter(const QString &key, const QString &value);
    void clear();
    // How long typing waits before it filters.
    static constexpr int DebounceMs = 180;

signals:
    void queryChanged(const QString &search, const QMap<QString, QString> &filters);

private:
    QComboBox *addChoice(const QString &key, const QString &name, const QString &any,
                         const QList<std::pair<QString, QString>> &values);
    void fillCombo(QComboBox *combo, const QStringList &values);
    void announce();

    Database *m_db = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_debounce = nullptr;
    QMap<QString, QComboBox *> m_choices; // filter key -> combo
    PartnerPicker *m_partner = nullptr;
    QCheckBox *m_overdue = nullptr;
    QToolButton *m_clear = nullptr;
    QString m_announcedSearch;
    QMap<QString, QString> m_announcedFilters;
};
