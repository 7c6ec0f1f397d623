// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class Database;

// What deleting some records of one table takes with it, read from the store by the schema's rules
// (DeletionPlan::foreignKeys()): the rows that go along (ON DELETE CASCADE, and themes no agreement
// uses any more), the rows that keep them from going (ON DELETE RESTRICT: a partner still party to an
// agreement, a theme in use) and the references that are cleared (ON DELETE SET NULL: a signing
// event, a predecessor). Counted and named per record, for the question that confirms a delete.
class DeletionPlan
{
public:
    enum class OnDelete
    {
        Cascade,
        Restrict,
        SetNull
    };
    struct ForeignKey
    {
        QString table;
        QString column;
        QString parent;
        OnDelete onDelete;
    };
    // A reference that the delete clears: `column` of row `id` of `table` pointed to `target`.
    struct ClearedReference
    {
        QString table;
        qint64 id = 0;
        QString column;
        qint64 target = 0;
    };
    // A record that keeps a root from going (the agreement a partner is party to), and that root.
    struct Blocker
    {
        QString table;
        qint64 id = 0;
        QString label;
        qint64 rootId = 0;
    };

    // The plan for deleting rows `ids` of `table` (partner, contact, agreement, milestone, event or
    // theme). A missing row is NotFound.
    static Result<DeletionPlan> of(Database &db, const QString &table, const QList<qint64> &ids);

    // Every foreign key of the schema with what a delete of its parent row does.
    static const QList<ForeignKey> &foreignKeys();
    // The tables of the schema, each after the tables it refers to.
    static const QStringList &tablesInOrder();
    // The column that names a row of `table` (empty for link tables).
    static QString labelColumn(const QString &table);

    QString table() const { return m_table; }
    QList<qint64> rootIds() const { return m_rootIds; }
    QString label(qint64 rootId) const { return m_labels.value(rootId); }
    // The version of a root as the plan read it.
    int version(qint64 rootId) const { return m_versions.value(rootId); }
    // The rows that go, roots included, by table (ascending ids).
    QMap<QString, QList<qint64>> rows() const;
    // How many rows of `table` go, all told or with one root.
    int count(const QString &table) const;
    int count(const QString &table, qint64 rootId) const;
    const QList<ClearedReference> &cleared() const { return m_cleared; }
    int clearedCount(qint64 rootId) const;
    const QList<Blocker> &blockers() const { return m_blockers; }
    bool isBlocked() const { return !m_blockers.isEmpty(); }

private:
    QString m_table;
    QList<qint64> m_rootIds;
    QHash<qint64, QString> m_labels;
    QHash<qint64, int> m_versions;
    QMap<QString, QHash<qint64, qint64>> m_rootOf; // table -> row id -> root id
    QList<ClearedReference> m_cleared;
    QHash<qint64, int> m_clearedPerRoot;
    QList<Blocker> m_blockers;
};
