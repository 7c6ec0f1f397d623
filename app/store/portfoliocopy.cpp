// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/portfoliocopy.h"

#include "store/backupwriter.h"
#include "store/contentcheck.h"
#include "store/database.h"
#include "store/keptcolumns.h"
#include "store/migrations.h"
#include "store/serveraddress.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace {

// Rows between two reports of the progress (each a chance to cancel).
constexpr qint64 RowsPerReport = 2000;
// Values bound to one INSERT: many rows per statement, well within every engine's limit.
constexpr int ValuesPerStatement = 900;

bool isFileLocation(const QString &location)
{
    return !ServerAddress::isServerAddress(location);
}

QString insertSql(const QString &table, const QStringList &columns, int rows)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), int(columns.size()));
    const QString row = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList values;
    values.fill(row, rows);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
}

Result<qint64> number(const Database &db, const QString &sql)
{
    QSqlQuery query = db.prepare(sql);
    if (!query.exec() || !query.next())
        return Database::sqlError(query);
    return query.value(0).toLongLong();
}

Result<void> exec(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        return Database::sqlError(query);
    return {};
}

// Reads the source in one snapshot and writes the destination in one transaction.
class Copier
{
public:
    Copier(const Database &source, Database &destination, const PortfolioCopy::Progress &progress)
        : m_source(source)
        , m_destination(destination)
        , m_progress(progress)
    {}

    Result<PortfolioCopy::Outcome> run()
    {
        for (const QString &table : PortfolioCopy::tables()) {
            // An older source may lack a table (the trash, the history): the copy's stays empty.
            if (m_source.dialect().hasTable(m_source.connection(), table))
                m_tables << table;
            const Result<qint64> held =
                number(m_destination, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT 1) t").arg(table));
            if (!held)
                return held.error();
            if (*held > 0)
                return StoreError{StoreError::Kind::Exists,
                                  QCoreApplication::translate("PortfolioCopy",
                                                              "“%1” is not empty; a copy goes only into a new "
                                                              "portfolio.")
                                      .arg(m_destination.path())};
        }
        if (auto r = exec(m_source, m_source.dialect().beginSnapshotRead()); !r)
            return r.error();
        const Result<void> copied = copyInSnapshot();
        QSqlQuery(m_source.connection()).exec(QStringLiteral("COMMIT"));
        if (m_cancelled)
            return PortfolioCopy::Outcome::Cancelled;
        if (!copied)
            return copied.error();
        return PortfolioCopy::Outcome::Copied;
    }

private:
    Result<void> copyInSnapshot()
    {
        for (const QString &table : std::as_const(m_tables)) {
            const Result<qint64> rows = number(m_source, QStringLiteral("SELECT count(*) FROM %1").arg(table));
            if (!rows)
                return rows.error();
            m_total += *rows;
        }
        if (!report())
            return StoreError{};
        return m_destination.dialect().inBulkSession(m_destination.connection(), [this]() {
            return m_destination.write([this]() -> Result<void> {
                if (auto r = exec(m_destination, m_destination.dialect().deferReferenceChecks()); !r)
                    return r;
                // Every row is in while the indexes are made: the progress says so after each (the
                // window then says what it waits for), and each is a chance to cancel.
                const Result<void> loaded = m_destination.dialect().loadIntoEmpty(
                    m_destination.connection(),
                    [this]() -> Result<void> {
                        for (const QString &table : std::as_const(m_tables))
                            if (auto r = copyTable(table); !r)
                                return r;
                        // Before the indexes are made again, which needs the references checked.
                        return referencesHold();
                    },
                    [this] { return report(); });
                if (!loaded)
                    return loaded;
                // Right already when the source was (it holds them); set where it was older, or wrong.
                for (const QString &statement : KeptColumns::refreshStatements(m_destination.dialect()))
                    if (auto r = exec(m_destination, statement); !r)
                        return r;
                for (const QString &table : std::as_const(m_tables)) {
                    const Result<qint64> last = m_source.dialect().lastIssuedId(m_source.connection(), table);
                    if (!last)
                        return last.error();
                    if (auto r = m_destination.dialect().continueIdsAfter(m_destination.connection(), table, *last); !r)
                        return r;
                }
                // Cancelled while the indexes were made: still nothing is committed.
                return report() ? Result<void>() : Result<void>(StoreError{});
            });
        });
    }

    Result<void> copyTable(const QString &table)
    {
        QSqlQuery rows = m_source.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        if (!rows.exec())
            return Database::sqlError(rows);
        const QSqlRecord record = rows.record();
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i);
        const int perStatement = qMax(1, ValuesPerStatement / int(columns.size()));
        QSqlQuery full = m_destination.prepare(insertSql(table, columns, perStatement));
        QVariantList values;
        values.reserve(perStatement * int(columns.size()));
        const auto insert = [&values](QSqlQuery &statement) -> Result<void> {
            for (int i = 0; i < values.size(); ++i)
                statement.bindValue(i, values.at(i));
            values.clear();
            if (!statement.exec())
                return Database::sqlError(statement);
            return {};
        };
        int pending = 0;
        while (rows.next()) {
            for (int i = 0; i < columns.size(); ++i)
                values << rows.value(i);
            if (++pending == perStatement) {
                if (auto r = insert(full); !r)
                    return r;
                pending = 0;
            }
            if (++m_done % RowsPerReport == 0 && !report())
                return StoreError{};
        }
        if (rows.lastError().isValid())
            return Database::sqlError(rows);
        if (pending > 0) {
            QSqlQuery rest = m_destination.prepare(insertSql(table, columns, pending));
            if (auto r = insert(rest); !r)
                return r;
        }
        return report() ? Result<void>() : Result<void>(StoreError{});
    }

    // The references are checked at the commit: say which one fails, if one does.
    Result<void> referencesHold() const
    {
        const auto broken = m_destination.dialect().brokenReferences(m_destination.connection());
        if (!broken)
            return broken.error();
        if (broken->isEmpty())
            return {};
        const SqlDialect::BrokenReference &first = broken->constFirst();
        return StoreError{StoreError::Kind::Invalid,
                          QCoreApplication::translate("PortfolioCopy",
                                                      "Row %1 of “%2” points to a row of “%3” that the source does "
                                                      "not hold; run `pactline check` on the source.")
                              .arg(QString::number(first.id), first.table, first.referencedTable)};
    }

    bool report()
    {
        if (m_cancelled)
            return false;
        if (m_progress && !m_progress(m_done, m_total))
            m_cancelled = true;
        return !m_cancelled;
    }

    const Database &m_source;
    Database &m_destination;
    const PortfolioCopy::Progress &m_progress;
    QStringList m_tables;
    qint64 m_total = 0;
    qint64 m_done = 0;
    bool m_cancelled = false;
};

// A source whose values the current schema refuses cannot be copied into it.
Result<void> refuseValuesOfOlder(const Database &source)
{
    const int version = source.schemaVersion();
    if (version >= Migrations::currentVersion() || !Migrations::refusesValuesAfter(version))
        return {};
    const Result<QList<ContentFinding>> findings = ContentCheck::run(source.connection());
    if (!findings)
        return findings.error();
    if (findings->isEmpty())
        return {};
    return StoreError{StoreError::Kind::BadValues,
                      QCoreApplication::translate("PortfolioCopy",
                                                  "“%1” holds %n value(s) that this version of Pactline no longer lets "
                                                  "a portfolio hold, so it was not copied:\n%2\nRepair them "
                                                  "(`pactline check --repair “%1”`) and copy it again.",
                                                  nullptr, int(findings->size()))
                          .arg(source.path(), ContentCheck::sentences(*findings, 20).join(QLatin1Char('\n')))};
}

void removeFile(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// Into a new file: written under a temporary name beside the target, renamed when whole.
Result<PortfolioCopy::Outcome> copyToFile(const Database &source, const QString &destination,
                                          const PortfolioCopy::Progress &progress)
{
    const Result<QString> partialPath = BackupWriter::partialPathFor(destination);
    if (!partialPath)
        return partialPath.error();
    const QString partial = *partialPath;
    qint64 done = 0;
    qint64 total = 0;
    const PortfolioCopy::Progress heard = [&](qint64 d, qint64 t) {
        done = d;
        total = t;
        return !progress || progress(d, t);
    };
    Result<PortfolioCopy::Outcome> outcome = PortfolioCopy::Outcome::Cancelled;
    {
        auto created = Database::create(partial);
        if (!created)
            return created.error();
        outcome = PortfolioCopy::copyRows(source, **created, heard);
        if (outcome && *outcome == PortfolioCopy::Outcome::Copied)
            (void)(*created)->dialect().emptyLog((*created)->connection()); // a log left is whole too
    }
    // Cancelled while the copy was committed and its log emptied: it is not put in place.
    if (outcome && *outcome == PortfolioCopy::Outcome::Copied && !heard(done, total))
        outcome = PortfolioCopy::Outcome::Cancelled;
    if (!outcome || *outcome == PortfolioCopy::Outcome::Cancelled) {
        removeFile(partial);
        return outcome;
    }
    if (!QFile::rename(partial, destination)) {
        removeFile(partial);
        return StoreError{
            StoreError::Kind::Exists,
            QCoreApplication::translate("BackupWriter", "Could not put the copy in place as “%1” (does it exist now?).")
                .arg(destination)};
    }
    return outcome;
}

} // namespace

const QStringList &PortfolioCopy::tables()
{
    static const QStringList all = Database::allTables() << QStringLiteral("trash") << QStringLiteral("history");
    return all;
}

Result<PortfolioCopy::Outcome> PortfolioCopy::copy(const QString &source, const QString &destination,
                                                   const Progress &progress)
{
    auto from = Database::open(source, Database::Mode::ReadOnly);
    if (!from)
        return from.error();
    if (auto r = refuseValuesOfOlder(**from); !r)
        return r.error();
    if (isFileLocation(destination))
        return copyToFile(**from, destination, progress);
    // On a server the schema is made in a transaction of its own: a copy that failed or was cancelled
    // leaves an empty portfolio, which the next copy fills (copyRows refuses one holding any row).
    auto created = Database::create(destination);
    if (!created && created.error().kind == StoreError::Kind::Exists)
        created = Database::open(destination);
    if (!created)
        return created.error();
    return copyRows(**from, **created, progress);
}

Result<PortfolioCopy::Outcome> PortfolioCopy::copyRows(const Database &source, Database &destination,
                                                       const Progress &progress)
{
    return Copier(source, destination, progress).run();
}
