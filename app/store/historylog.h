// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/historyentry.h"
#include "store/sqldialect.h"
#include "store/storeerror.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariantList>

class Database;

// The history table (schema version 4) and how changes go into it: inside the write that makes
// them, by RepositoryBase (one record at a time) and BulkRepository (imports). Partners, contacts,
// agreements, milestones and events are recorded; the rows linking an agreement to its parties
// and themes and an event to its participants are recorded against their parent, as its lists
// "parties", "themes", "partners" and "contacts". A FuzzyDate's first and last days are not
// recorded beside its code, which they follow from.
class HistoryLog
{
public:
    static QStringList schemaStatements(const SqlDialect &dialect);
    static const QStringList &recordedTables();
    static bool isRecorded(const QString &table) { return recordedTables().contains(table); }
    // Whether a column is recorded (not id, the row metadata or a FuzzyDate's first/last day).
    static bool isRecordedColumn(const QString &table, const QString &column);
    // The lists a record keeps in link tables, as JSON (empty for tables without any).
    static Result<QJsonObject> details(const Database &db, const QString &table, qint64 id);
    // The recorded columns of a row with their values (empty when there is no such row).
    static Result<QJsonObject> row(const Database &db, const QString &table, qint64 id);
    // A value as the history keeps it: an integer, a text, or null for an invalid QVariant (SQL NULL).
    static QJsonValue jsonOf(const QVariant &value);
    // {field: [old, new]} for every field whose value differs; a field missing on one side is null.
    static QJsonObject changes(const QJsonObject &before, const QJsonObject &after);

    // One entry, now, by the current user (Database::author(): the database user on a server).
    static Result<void> add(const Database &db, const QString &table, qint64 id, HistoryEntry::Action action,
                            const QJsonObject &changes = {});
    // A new row: a create, or a restore when the record was deleted before (its id given back).
    static Result<void> addCreated(const Database &db, const QString &table, qint64 id);
    // Before a row is deleted: every old value, its lists, the records deleted with it (a partner's
    // contacts, an agreement's milestones), and what the others lose with it (an agreement its
    // predecessor or signing event, an event a participant).
    static Result<void> addDeleted(const Database &db, const QString &table, qint64 id);
    // Erases a record's whole history, and every entry whose values hold one of the texts (a
    // person's data erased on request: their record, and other records' old text naming them).
    static Result<void> forget(const Database &db, const QString &table, qint64 id, const QStringList &texts);
    // Creates of many new rows, in a few set-based statements.
    static Result<void> addCreates(const Database &db, const QString &table, const QList<qint64> &ids);
};
