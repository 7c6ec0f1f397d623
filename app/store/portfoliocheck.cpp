// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/portfoliocheck.h"

#include "store/contentcheck.h"
#include "store/database.h"
#include "store/schemacheck.h"
#include "store/textsearch.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

// FTS5's integrity check of the search indexes. It runs as a write, which the read-only check may
// not do, so it runs on a copy of the portfolio.
QStringList searchIndexFindings(const Database &db)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("check.pactline"));
    const auto notChecked = [](const QString &why) {
        return QStringList{
            QCoreApplication::translate("PortfolioCheck", "The search indexes could not be checked: %1").arg(why)};
    };
    if (auto r = db.backupTo(copy); !r)
        return notChecked(r.error().message);
    const QString name = QStringLiteral("pactline-check-") + dir.path();
    QStringList findings;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(copy);
        findings = connection.open() ? TextSearch::integrityProblems(connection, db.path())
                                     : notChecked(connection.lastError().text());
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return findings;
}

} // namespace

PortfolioCheck PortfolioCheck::run(const QString &path)
{
    PortfolioCheck check;
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened) {
        const StoreError &error = opened.error();
        // A file that is Pactline's but damaged, or holds foreign objects, is data with problems;
        // what is not a portfolio at all is unreadable input.
        check.outcome = Outcome::Unreadable;
        check.findings << error.message;
        return check;
    }
    Database &db = **opened;
    check.schemaVersion = db.schemaVersion();
    const Result<QStringList> integrity = db.dialect().integrityProblems(db.connection());
    if (!integrity)
        check.findings << QCoreApplication::translate("PortfolioCheck", "The integrity check could not run: %1")
                              .arg(integrity.error().message);
    else
        for (const QString &line : *integrity)
            check.findings << QCoreApplication::translate("PortfolioCheck", "Integrity: %1").arg(line);
    // The content check lists broken references too, with the column and value they are in.
    if (check.schemaVersion >= 1) {
        const Result<QList<ContentFinding>> content = ContentCheck::run(db.connection());
        if (content)
            check.content = *content;
        else
            check.findings << QCoreApplication::translate("PortfolioCheck", "The content check could not run: %1")
                                  .arg(content.error().message);
        for (const ContentFinding &finding : check.content)
            check.findings << finding.sentence();
    }
    check.findings << SchemaCheck::differences(db.connection(), check.schemaVersion);
    if (db.hasSearchIndexes() && db.dialect().hasFullTextIndexes())
        check.findings << searchIndexFindings(db);
    check.outcome = check.findings.isEmpty() ? Outcome::Healthy : Outcome::Problems;
    return check;
}
