// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeerror.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

class Database;
class QSqlDatabase;
class QSqlDriver;
class QSqlError;
class QSqlQuery;

// Everything about SQL that differs from one database engine to another, in one place. Repositories,
// migrations and the checks write portable SQL and ask the dialect for the rest: how to connect, where
// the schema version lives, case-insensitive comparison and sorting and their indexes, where NULLs
// sort, how an inserted row's id comes back, bulk writes, copies, integrity checks and what an error
// means. SQLite (SqliteDialect) keeps portfolio files; PostgreSQL (PostgresDialect) keeps a team's
// portfolio on a server.
class SqlDialect
{
public:
    // What a dialect says the same way every time; each is described at its accessor below.
    struct Words
    {
        int engine = 0;
        QString driverName;
        QString schemaVersionQuery;
        bool readsForwardOnly = false;
        QString beginWrite;
        QString idColumnType;
        QString increasingIdColumnType;
        bool addsConstraintsInPlace = false;
        QString caseInsensitiveCollation;
        QString orderedJoin;
        bool bulkInsertsChooseIds = false;
        bool hasFullTextIndexes = false;
        QString beginSnapshotRead;
        QString deferReferenceChecks;
        QString makeReferencesDeferrable;
        QString suspendValueChecks;
        QString resumeValueChecks;
        QString suspendReferenceChecks;
        QString resumeReferenceChecks;
        QString idListBrackets; // what idListValue() writes its numbers between
        QString rewriteStorage;
        QString changeChannel;
    };

    explicit SqlDialect(Words words)
        : m_words(std::move(words))
    {}
    virtual ~SqlDialect() = default;

    // The dialect of Pactline's portfolio files.
    static const SqlDialect &sqlite();
    // The dialect of portfolios on a PostgreSQL server.
    static const SqlDialect &postgres();
    // The dialect of the engine behind a driver (of a connection or a query).
    static const SqlDialect &of(const QSqlDriver *driver);

    // The engine, as Qt Sql's drivers name it.
    int engine() const { return m_words.engine; } // a QSqlDriver::DbmsType
    // Connecting: the Qt Sql driver, where the connection points and with which options, and the
    // settings each session starts with.
    QString driverName() const { return m_words.driverName; }
    virtual void configure(QSqlDatabase &connection, const QString &location, bool readOnly) const = 0;
    virtual QStringList sessionSettings(bool readOnly) const = 0;

    // The schema version and how a migration writes it (with Pactline's mark on the file).
    QString schemaVersionQuery() const { return m_words.schemaVersionQuery; }
    virtual QStringList schemaVersionStatements(int version, qint32 applicationId) const = 0;
    // Differences between the schema of `connection` and what `statements` create, as sentences.
    virtual QStringList schemaDifferences(const QSqlDatabase &connection, const QStringList &statements) const = 0;
    virtual bool hasTable(const QSqlDatabase &connection, const QString &table) const = 0;

    // Whether queries may read their rows forward only (to spare memory). Not through QPSQL, which then
    // reads a query's rows as they come and drops those unread when another query runs beside it.
    bool readsForwardOnly() const { return m_words.readsForwardOnly; }

    // Starts a write transaction that takes the write lock at once.
    QString beginWrite() const { return m_words.beginWrite; }
    // Column types of integer primary keys: one that may give a deleted row's id out again, and one
    // that never does (the history and the trash, which name ids).
    QString idColumnType() const { return m_words.idColumnType; }
    QString increasingIdColumnType() const { return m_words.increasingIdColumnType; }
    // What the engine needs beside a step's statements (PostgreSQL: triggers that keep each new
    // table's id sequence past the ids rows were given explicitly).
    virtual QStringList supportStatements(const QStringList &statements) const = 0;
    // Whether a step that adds constraints may alter its tables where they are, rather than rebuild them.
    bool addsConstraintsInPlace() const { return m_words.addsConstraintsInPlace; }
    // The id of the row an INSERT just added.
    virtual qint64 insertedId(const QSqlQuery &query) const = 0;

    // A case-insensitive substring test of `column` against a bound pattern `placeholder`
    // holding "%text%" (with % and _ escaped by escapeLike()).
    virtual QString containsCondition(const QString &column, const QString &placeholder) const = 0;
    static QString escapeLike(const QString &text);
    // A case-insensitive equality of `column` and a bound value.
    virtual QString equalsIgnoringCase(const QString &column, const QString &placeholder) const = 0;
    // The collation that compares text ignoring case, for columns, indexes and UNIQUE constraints.
    QString caseInsensitiveCollation() const { return m_words.caseInsensitiveCollation; }
    // An index's key on `column` that serves sortableText() and case-insensitive uniqueness.
    virtual QString caseInsensitiveIndexKey(const QString &column) const = 0;
    // The statements that make `column` of `table` unique ignoring case, beside the column's own
    // definition with caseInsensitiveCollation() (none where that collation does it already).
    virtual QStringList uniqueIgnoringCase(const QString &table, const QString &column) const = 0;
    // ORDER BY expression for case-insensitive text sorting.
    virtual QString sortableText(const QString &column) const = 0;
    // Schema step 12: the statements that make the index `name` of `table` serve a list sorted by
    // `key` (ordering(), then the id) from either end; none where the engine's own index on the key
    // does (SQLite's end with the rowid and put NULLs first).
    virtual QStringList listOrderIndex(const QString & /*name*/, const QString & /*table*/,
                                       const QString & /*key*/) const
    {
        return {};
    }
    // The two sides of a case-insensitive comparison in that same order, written so that an index
    // on the column serves it.
    virtual QString comparableText(const QString &column) const = 0;
    virtual QString comparableTextValue(const QString &placeholder) const = 0;
    // The key under which that comparison sees texts as equal.
    virtual QString caseKey(const QString &text) const = 0;
    // A test of `column` against patterns: any of the GLOB patterns or, for engines without GLOB,
    // the regular expression, which says the same.
    virtual QString matchesPattern(const QString &column, const QStringList &globs, const QString &regex) const = 0;

    // "expression ASC" or "… DESC", with NULLs before every value in ascending order (the order the
    // list windows' keyset paging assumes).
    virtual QString ordering(const QString &expression, bool ascending) const = 0;
    // The join that reads its left side first, in that side's index order.
    QString orderedJoin() const { return m_words.orderedJoin; }

    // Values the schema keeps up to date itself. The statements of a trigger `name` that runs `body`
    // (statements, each ended by ";", that read the row as new.* or old.*) for each row after `event`
    // ("INSERT", "DELETE", "UPDATE OF a, b") on `table`.
    virtual QStringList trigger(const QString &name, const QString &event, const QString &table,
                                const QString &body) const = 0;
    // A text of the values of `expression` over the rows of `from` (a FROM clause with its WHERE),
    // in the order of `orderBy`, separated by ", "; NULL when there are none.
    virtual QString joinedTexts(const QString &expression, const QString &from, const QString &orderBy) const = 0;

    // Bulk writes. A condition that `column` is in a list of ids bound as one value (idListValue()).
    virtual QString inIdList(const QString &column, const QString &placeholder) const = 0;
    QString idListValue(const QList<qint64> &ids) const;
    // Whether a bulk insert may give rows ids itself (past the largest, under the write lock), so that
    // many rows go in one statement.
    bool bulkInsertsChooseIds() const { return m_words.bulkInsertsChooseIds; }
    // Runs `work` with the session tuned for writing many rows, and sets it back afterwards.
    virtual Result<void> inBulkSession(const QSqlDatabase &connection,
                                       const std::function<Result<void>()> &work) const = 0;
    // Runs `load`, which fills the still empty tables of a portfolio in the open transaction (and
    // finds their references whole), with their triggers, the indexes no constraint needs and a
    // server's references set aside; then makes those references and indexes again over
    // the rows loaded, and what the triggers keep that the rows do not carry (SQLite's full-text
    // indexes), and puts the triggers back. A copy's million milestones go in without a million
    // trigger runs, each rewriting their agreement. The kept columns are set right by the caller
    // (KeptColumns::refreshStatements). `stillWanted` is asked after each thing made again (on a big
    // portfolio, a search index takes many seconds); when it says no, an empty error stops the load.
    virtual Result<void> loadIntoEmpty(const QSqlDatabase &connection, const std::function<Result<void>()> &load,
                                       const std::function<bool()> &stillWanted) const = 0;

    // Whether the engine's full-text indexes (SQLite's FTS5) serve the search.
    bool hasFullTextIndexes() const { return m_words.hasFullTextIndexes; }
    // Search through the engine's own text search over text folded for case and accents, where it has
    // no FTS5 (a server's portfolio, from schema step 7; see TextSearch). What it needs once (the
    // extensions, the folding functions), the indexes of a table's searched `columns` by word and of
    // its `shortColumns` by trigram, and the conditions those indexes serve: a bound term (the first
    // placeholder) at the start of a word of `columns`, or, when the second bound value is true, those
    // words in that order; and a bound LIKE pattern ("%text%", escaped) inside a short column's text.
    // A clear message when the server cannot give the search what it needs.
    virtual bool searchesFoldedText() const { return false; }
    virtual QStringList foldedTextSupportStatements() const { return {}; }
    // Schema step 11: the folding function that splits the text into words, made again faster with
    // the same results (the indexes built with the one before stay right).
    virtual QStringList searchWordsByPatternStatements() const { return {}; }
    virtual QStringList foldedTextIndexStatements(const QString & /*table*/, const QStringList & /*columns*/,
                                                  const QStringList & /*shortColumns*/) const
    {
        return {};
    }
    virtual QString startsWordCondition(const QStringList & /*columns*/, const QString & /*termPlaceholder*/,
                                        const QString & /*phrasePlaceholder*/) const
    {
        return {};
    }
    virtual QString insideWordCondition(const QString & /*column*/, const QString & /*placeholder*/) const
    {
        return {};
    }
    virtual Result<void> checkFoldedTextSearch(const QSqlDatabase & /*connection*/) const { return {}; }
    // A consistent copy of the whole portfolio to a new file at `targetPath`.
    virtual Result<void> backup(const Database &db, const QString &targetPath) const = 0;
    // Starts a read-only transaction whose reads all see the portfolio as it was at one moment (the
    // source of PortfolioCopy), while others may go on writing.
    QString beginSnapshotRead() const { return m_words.beginSnapshotRead; }
    // The largest id `table` has given out so far, also of rows since deleted (0 when none).
    virtual Result<qint64> lastIssuedId(const QSqlDatabase &connection, const QString &table) const = 0;
    // Makes `table` give out ids past `lastId` and past every id it holds from now on (after rows were
    // written with their own ids, as PortfolioCopy does).
    virtual Result<void> continueIdsAfter(const QSqlDatabase &connection, const QString &table,
                                          qint64 lastId) const = 0;
    // A statement that, inside a write transaction, leaves the reference checks to its commit, so that
    // rows may go in before the rows they refer to (as a copy's agreements before their predecessors).
    QString deferReferenceChecks() const { return m_words.deferReferenceChecks; }
    // The statement that lets every reference of the schema's tables wait for that (schema step 10);
    // empty where any reference can (a file's).
    QString makeReferencesDeferrable() const { return m_words.makeReferencesDeferrable; }
    // The engine's own check of its storage: problems as sentences, none when whole.
    virtual Result<QStringList> integrityProblems(const QSqlDatabase &connection) const = 0;
    // Rows whose reference finds no row, in every table or in one.
    struct BrokenReference
    {
        QString table;
        qint64 id = 0;
        QString column;
        QString referencedTable;
    };
    virtual Result<QList<BrokenReference>> brokenReferences(const QSqlDatabase &connection,
                                                            const QString &table = {}) const = 0;
    // What the schema says of a column: whether it may hold NULL, and whether it refers to another table.
    struct ColumnFacts
    {
        bool nullable = false;
        bool reference = false;
    };
    virtual Result<ColumnFacts> columnFacts(const QSqlDatabase &connection, const QString &table,
                                            const QString &column) const = 0;
    // Statements around writes that put back values the CHECK constraints refuse (undoing a repair);
    // empty where the engine cannot suspend its checks (the values are then refused).
    QString suspendValueChecks() const { return m_words.suspendValueChecks; }
    QString resumeValueChecks() const { return m_words.resumeValueChecks; }
    // Statements around a migration that rebuilds tables (references are checked after it instead);
    // empty where no step rebuilds tables (addsConstraintsInPlace()).
    QString suspendReferenceChecks() const { return m_words.suspendReferenceChecks; }
    QString resumeReferenceChecks() const { return m_words.resumeReferenceChecks; }
    // Whether storage freed by earlier deletes may still hold old values, and how to remove them.
    virtual Result<bool> holdsFreedData(const QSqlDatabase &connection) const = 0;
    QString rewriteStorage() const { return m_words.rewriteStorage; }
    // Moves what the write-ahead log holds into the main storage and empties the log; false while
    // another reader holds it back.
    virtual Result<bool> emptyLog(const QSqlDatabase &connection) const = 0;
    // A number that changes when another connection commits (-1 when unknown).
    virtual qint64 changeCounter(const QSqlDatabase &connection) const = 0;
    // Where the engine tells every client of a commit instead: the channel the store's writes
    // announce their changes on, in the transaction itself, and the statement that announces that
    // these tables changed. None here: a file's clients ask the change counter.
    QString changeChannel() const { return m_words.changeChannel; }
    virtual QString changeNotice(const QStringList & /*tables*/) const { return {}; }

    // Who may do what, where the engine has users of its own (a server): the statements that make the
    // portfolio's two roles, one that may edit and one that may only read, and grant them its tables
    // (also those later migrations add); and whether the connection's user may edit. A file has no
    // roles: whoever may write the file may edit.
    virtual QStringList accessStatements(const QString & /*database*/) const { return {}; }
    virtual Result<bool> mayEdit(const QSqlDatabase & /*connection*/) const { return true; }

    // What an error of this engine means for the user.
    virtual StoreError classify(const QSqlError &error) const = 0;

protected:
    // Runs the statements one after the other; the first that fails stops them, with its error, and
    // so does `stillWanted` saying no after one, with an empty error.
    Result<void> execEach(const QSqlDatabase &connection, const QStringList &statements,
                          const std::function<bool()> &stillWanted = {}) const;

private:
    Words m_words;
};
