// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The one seam for SQL that differs between SQLite and PostgreSQL. Repositories write
// portable SQL and ask the dialect for the rest.
class SqlDialect
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {}

    Kind kind() const { return m_kind; }
    // Starts a write transaction that takes the write lock at once.
    QString beginWrite() const;
    // Column type of integer primary keys.
    QString idColumnType() const;
    // A case-insensitive substring test of `column` against a bound pattern `placeholder`
    // holding "%text%" (with % and _ escaped by escapeLike()).
    QString containsCondition(const QString &column, const QString &placeholder) const;
    static QString escapeLike(const QString &text);
    // ORDER BY expression for case-insensitive text sorting.
    QString sortableText(const QString &column) const;
    // The two sides of a case-insensitive comparison in that same order, written so that an index
    // on the column serves it (in SQLite the collation goes on the value: "(title, id) > (? COLLATE NOCASE, ?)").
    QString comparableText(const QString &column) const;
    QString comparableTextValue(const QString &placeholder) const;
    // The key under which that comparison sees texts as equal (SQLite's NOCASE folds ASCII letters only).
    QString caseKey(const QString &text) const;

private:
    Kind m_kind;
};
