// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqldialect.h"

// PostgreSQL through Qt's QPSQL driver, for portfolios a team shares on a server. The schema version
// lives in a one-row table (pactline_meta); ids come from identity sequences that triggers keep past
// ids given explicitly; case-insensitive text compares and sorts as SQLite's NOCASE does (ASCII letters
// folded, then by code point) through lower() in the "C" collation, with expression indexes on the
// same expressions; id lists are bound as one bigint[] array. Search (from schema step 7) runs on
// text folded by SQL functions of the schema's own (lower() of unaccent(), IMMUTABLE, so that indexes
// may hold them): a GIN index of each table's tsvector over its searched columns, with punctuation
// made white space, for words by prefix and phrases; and pg_trgm's GIN indexes of the folded short
// columns for text inside words. The server keeps them in step with the rows itself. Copies, the
// write-ahead log and storage checks are the server's own business.
class PostgresDialect final : public SqlDialect
{
public:
    PostgresDialect();

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

    bool searchesFoldedText() const override;
    QStringList foldedTextSupportStatements() const override;
    QStringList searchWordsByPatternStatements() const override;
    QStringList listOrderIndex(const QString &name, const QString &table, const QString &key) const override;
    QStringList foldedTextIndexStatements(const QString &table, const QStringList &columns,
                                          const QStringList &shortColumns) const override;
    QString startsWordCondition(const QStringList &columns, const QString &termPlaceholder,
                                const QString &phrasePlaceholder) const override;
    QString insideWordCondition(const QString &column, const QString &placeholder) const override;
    Result<void> checkFoldedTextSearch(const QSqlDatabase &connection) const override;
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
    QStringList accessStatements(const QString &database) const override;
    Result<bool> mayEdit(const QSqlDatabase &connection) const override;
    // The roles accessStatements() makes for a portfolio's database: "<database>_editor", "_reader".
    static QString editorRole(const QString &database);
    static QString readerRole(const QString &database);
    QString changeNotice(const QStringList &tables) const override;

    StoreError classify(const QSqlError &error) const override;

private:
    static Words words();
};
