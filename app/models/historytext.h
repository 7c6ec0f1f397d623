// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/historyentry.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

class Database;

// History entries as people read them, for the window and the command line: record kinds, actions
// and fields by their names, coded values by their display names, FuzzyDates as cells show them,
// and referenced records by their names or titles (looked up in the portfolio, "#id" when gone).
class HistoryText
{
public:
    explicit HistoryText(const Database &db);

    // One changed field of an entry, with its old and new value as text ("" for none).
    struct Field
    {
        QString column;
        QString label;
        QString before;
        QString after;
    };

    static QString kindLabel(const QString &table);
    static QString actionLabel(HistoryEntry::Action action);
    static QString fieldLabel(const QString &table, const QString &column);

    // The entry's record by its name or title; when it is gone, by the one its entries kept, or "#id".
    QString recordLabel(const HistoryEntry &entry);
    QString value(const QString &table, const QString &column, const QJsonValue &value);
    // The entry's fields in the order the record's forms show them.
    QList<Field> fields(const HistoryEntry &entry);
    // A record of the table by its name or title ("#id" when gone).
    QString labelOf(const QString &table, qint64 id);

private:
    const Database &m_db;
    QHash<QString, QString> m_labels; // "table:id" -> label
};
