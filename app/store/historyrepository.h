// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/historyentry.h"
#include "store/repositorybase.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// Reading the history of the records (HistoryLog writes it): one record's or the whole portfolio's,
// filtered, newest first; and the values a restore writes back. A portfolio without history (an
// older file opened read-only) answers every question with a NotFound error saying so.
class HistoryRepository : public RepositoryBase
{
public:
    using RepositoryBase::RepositoryBase;

    Result<QList<HistoryEntry>> list(const HistoryQuery &query) const;
    Result<qint64> count(const HistoryQuery &query) const;
    // The entries of one record and those whose values hold any of `texts` (a person's name and
    // e-mail address: what an erasure forgets, HistoryLog::forget), newest first.
    Result<QList<HistoryEntry>> about(const QString &table, qint64 id, const QStringList &texts) const;
    // Everyone who changed something, sorted.
    Result<QStringList> people() const;
    // What a record's fields held before an entry's change, to write back as an ordinary update
    // (EntityRepository::withValues): the old value of one field, or (field empty) of every field
    // changed by this entry or any later one: the whole version before it.
    Result<QJsonObject> valuesBefore(const HistoryEntry &entry, const QString &field = {}) const;

    // The record kinds as the command line and the filters name them, with their tables.
    static QString tableOfKind(const QString &kind);
    static QStringList kinds();

private:
    Result<void> available() const;
    SqlClause clauseFor(const HistoryQuery &query) const;
};
