// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/repositorybase.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>

// One deletion kept in the trash: the records deleted together and everything that went with them.
struct TrashEntry
{
    qint64 id = 0;
    QDateTime deletedAt;
    QString deletedBy;
    QString table;           // of the deleted records (partner, contact, agreement, milestone, event)
    qint64 recordId = 0;     // the first of them
    QString label;           // its name or title
    int recordCount = 0;     // how many records of `table` were deleted together
    QMap<QString, int> rows; // every row that went, by table, the records themselves included
};

// The trash: a delete moves the rows of a DeletionPlan into one entry (a JSON payload of every
// column of every row, ids, timestamps and versions included, and the references the delete
// cleared), from which restore() brings them back as they were. Ids are never given out again
// (schema version 2), so a restored row finds its id free. Each operation is one transaction.
class TrashRepository : public RepositoryBase
{
public:
    using RepositoryBase::RepositoryBase;

    // The schema step that adds the trash table.
    static QStringList schemaStatements(const SqlDialect &dialect);

    // Deletes rows `ids` of `table` and what goes with them (through the store's delete path, row by
    // row), keeping them in a new trash entry whose id it returns. `versions`: the version the user
    // saw of each record (one missing: any). A plan with blockers is refused (InUse), naming them.
    Result<qint64> moveToTrash(const QString &table, const QList<qint64> &ids,
                               const QHash<qint64, int> &versions = {}) const;
    // Puts every row of the entry back with its id, timestamps and version, sets the references the
    // delete cleared again where they are still empty and their target exists, and removes the
    // entry. When a row it needs is gone (a partner of a restored agreement deleted since, say), it
    // refuses (InUse) and changes nothing, naming what to restore first.
    Result<void> restore(qint64 trashId) const;
    // Takes a person out of every entry (their contact row and their attendance of events), for
    // PersonErasure; an entry left with no record of its own goes. Returns how many entries changed.
    Result<int> forgetContact(qint64 contactId) const;
    // Deletes an entry for good, or all of them.
    Result<void> purge(qint64 trashId) const;
    Result<void> empty() const;

    // The entries, newest first.
    Result<QList<TrashEntry>> list() const;
    Result<qint64> count() const;
    // Whether an entry is still in the trash.
    Result<bool> holds(qint64 trashId) const;

private:
    Result<QString> payloadOf(qint64 trashId) const;
    Result<QHash<qint64, qint64>> restoreThemes(const QJsonObject &payload) const;
    StoreError missing(const QString &restoring, const QString &table, qint64 id) const;
};
