// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/partner.h"
#include "exchange/columnmapping.h"
#include "store/storeerror.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class Database;
class QSqlDatabase;
struct ContentFinding;
class QAbstractItemModel;

// Shared helpers for the tests: temporary portfolios, checksums, running the real binary.
namespace TestSupport {

// The built `pactline` executable and the source tree.
QString pactlineBinary();
QString sourceDir();

// SHA-256 of a file's bytes (empty when unreadable).
QByteArray fileChecksum(const QString &path);

// Writes the bytes into the file at path, replacing what it held; false when they could not all be written.
bool writeFile(const QString &path, const QByteArray &bytes);

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// What a write stored, or an empty record with the store's error written as a warning (for the
// helpers that make a test's records).
template<typename T>
T storedOrWarn(const Result<T> &stored)
{
    if (!stored)
        qWarning("%s", qPrintable(stored.error().message));
    return stored ? *stored : T();
}

// A partner to store, named and placed (a university in Sweden unless said otherwise).
Partner newPartner(const QString &name, const QString &country = QStringLiteral("se"),
                   PartnerKind kind = PartnerKind::University);

// A CSV file's columns mapped to these fields, in order ("": a column not imported).
ColumnMapping mappingOf(ImportTarget target, const QStringList &fields);

// The first row whose text in that column of the model is text, or -1.
int rowOf(const QAbstractItemModel *model, int column, const QString &text);

// Runs pactline with the arguments, without a display, and waits (up to timeoutMs).
ProcessResult runPactline(const QStringList &arguments, int timeoutMs = 60000);
// Runs the sqlite3 shell with the arguments (options, a file, SQL) and waits, so that a test reads or
// changes a file as another tool does.
ProcessResult runSqlite(const QStringList &arguments);
// Changes the file at path through the sqlite3 shell past the schema's CHECK constraints, as a tool that
// does not honour them may, and folds the write-ahead log into the file.
ProcessResult changeAroundChecks(const QString &path, const QString &sql);

// Creates an empty portfolio at dir/name, or on the tests' PostgreSQL server in a database of its own
// when the run is on the server (TestBackend).
Result<std::unique_ptr<Database>> createPortfolio(const QTemporaryDir &dir,
                                                  const QString &name = QStringLiteral("t.pactline"));

// Loads the sample into a portfolio just made; false, with the test failed, when it was not made or
// the sample did not load.
bool loadSampleInto(const Result<std::unique_ptr<Database>> &created);

// Creates a portfolio with the sample in it at dir/name (or on the server, as createPortfolio()) and
// returns its path or URL (fails the test otherwise).
QString createSamplePortfolio(const QTemporaryDir &dir, const QString &name = QStringLiteral("sample.pactline"));

// Creates the sample at dir/name and opens it (null, and the test failed, when either could not be done).
std::unique_ptr<Database> openSamplePortfolio(const QTemporaryDir &dir,
                                              const QString &name = QStringLiteral("sample.pactline"));

// A test's own sample portfolio: made afresh by make() (a file, for tests that change it by other
// means) or open() (made and opened), in init(); gone after close() or with the fixture.
struct SampleFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    QString path;
    std::unique_ptr<Database> db;

    // False (and the test failed) when it could not be made.
    bool make();
    bool open();
    void close();
};

// A portfolio at schema version 1, as the last release wrote it, holding the sample (copied over from a
// portfolio of the current version, which has every column of version 1). Fails the test otherwise.
QString createVersion1Portfolio(const QTemporaryDir &dir, const QString &name = QStringLiteral("v1.pactline"));

// The rows a query gives as text, the values of each joined by '|' (NULL as "<null>", apart from an
// empty text); the statement, when it failed.
QStringList rowsOf(const QSqlDatabase &connection, const QString &sql);
// Every row of a table of the portfolio at path as text, in id order, as above, without the columns the
// schema keeps itself (keptcolumns.h), which a file of an older version lacks.
QStringList rowsOf(const QString &path, const QString &table);
// What the content check finds in the portfolio at path (fails the test when it cannot run).
QList<ContentFinding> contentFindingsOf(const QString &path);
// The portfolio at path exported by `pactline export --format json` to out, or the command's error.
QByteArray jsonExport(const QString &path, const QString &out);

// SQL taking out what a schema step added, for tests that make a file of an earlier version out of a
// current one: step 9 (the kept columns, their indexes and triggers); step 8 (the author of each
// milestone change) and step 9 after it; step 6 (the overdue and lane indexes) alone, to go with the
// one before (step 7 changes nothing in a file).
QString dropKeptColumnsSql();
QString dropChangeAuthorSql();
QString dropListIndexesSql();

} // namespace TestSupport
