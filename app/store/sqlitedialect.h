// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqldialect.h"

// SQLite, the engine of Pactline's portfolio files: PRAGMAs for settings and the schema version,
// NOCASE for case-insensitive text (ASCII letters only), GLOB patterns, JSON arrays for id lists,
// VACUUM INTO for copies, FTS5 for search.
class SqliteDialect final : public SqlDialect
{
public:
    SqliteDialect();

    void configure(QSqlDatabase &connection, const QString &location, bool readOnly) const override;
    QStringList sessionSettings(bool readOnly) const override;

    QStringList schemaVersionStatements(int version, qint32 applicationId) const override;
    QStringList schemaDifferences(const QSqlDatabase &connection, const QStringList &statements) const override;
    bool hasTable(const QSqlDatabase &connection, const QString &table) const override;

    QStringList supportStatements(const QStringList &statements) const override;
    qint64 insertedId(const QSqlQuery &query) const override;

    QString containsCondition(const QString &column, const QString &placeholder) const override;
    QString equalsIgnoringCase(const QString &column, const QString &placeholder) const override;
    QString caseInsensitiveIndexKey(const QString &column) const override;
    QStringList uniqueIgnoringCase(const QString &table, const QString &column) const override;
    QString sortableText(const QString &column) const override;
    QString comparableText(const QString &column) const override;
    QString comparableTextValue(const QString &placeholder) const override;
    QString caseKey(const QString &text) const override;
    QString matchesPattern(const QString &column, const QStringList &globs, const QString &regex) const override;
    QString ordering(const QString &expression, bool ascending) const override;
    QStringList trigger(const QString &name, const QString &event, const QString &table,
                        const QString &body) const override;
    QString joinedTexts(const QString &expression, const QString &from, const QString &orderBy) const override;

    QString inIdList(const QString &column, const QString &placeholder) const override;
    Result<void> inBulkSession(const QSqlDatabase &connection,
                               const std::function<Result<void>()> &work) const override;
    Result<void> loadIntoEmpty(const QSqlDatabase &connection, const std::function<Result<void>()> &load,
                               const std::function<bool()> &stillWanted) const override;

    Result<void> backup(const Database &db, const QString &targetPath) const override;
    Result<qint64> lastIssuedId(const QSqlDatabase &connection, const QString &table) const override;
    Result<void> continueIdsAfter(const QSqlDatabase &connection, const QString &table, qint64 lastId) const override;
    Result<QStringList> integrityProblems(const QSqlDatabase &connection) const override;
    Result<QList<BrokenReference>> brokenReferences(const QSqlDatabase &connection,
                                                    const QString &table) const override;
    Result<ColumnFacts> columnFacts(const QSqlDatabase &connection, const QString &table,
                                    const QString &column) const override;
    Result<bool> holdsFreedData(const QSqlDatabase &connection) const override;
    Result<bool> emptyLog(const QSqlDatabase &connection) const override;
    qint64 changeCounter(const QSqlDatabase &connection) const override;

    StoreError classify(const QSqlError &error) const override;

private:
    static Words words();
};
