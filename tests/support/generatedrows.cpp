// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatedrows.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace TestSupport {

namespace {

const QString Stamp = QStringLiteral("'2024-01-01T00:00:00.000Z'");

// The numbers 1 to count as the rows of n(i).
QString numbersTo(int count)
{
    return QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ").arg(count);
}

} // namespace

QStringList GeneratedRows::statements() const
{
    QStringList statements;
    if (agreements > 0) {
        statements << numbersTo(agreements) +
                          QStringLiteral(
                              "INSERT INTO agreement (id, title, kind, status, signed_on, signed_first, summary, "
                              "notes, created_at, updated_at) SELECT 100000 + i, 'Agreement ' || i, 'mou', 'active', "
                              "2000 + i % 25, (2000 + i % 25) || '-01-01', 'Summary', hex(randomblob(64)), %1, %1 "
                              "FROM n")
                              .arg(Stamp);
        statements << QStringLiteral("INSERT INTO agreement_party (agreement_id, partner_id, role, created_at, "
                                     "updated_at) SELECT a.id, p.id, 'signatory', %1, %1 FROM agreement a JOIN "
                                     "partner p ON p.id = (SELECT min(id) FROM partner) WHERE a.id > 100000")
                          .arg(Stamp);
    }
    if (milestones > 0)
        statements << numbersTo(milestones) +
                          QStringLiteral(
                              "INSERT INTO milestone (id, agreement_id, title, due, due_first, due_last, status, "
                              "notes, created_at, updated_at) SELECT 100000 + i, 100001 + i % %2, 'Milestone ' || "
                              "i, 2000 + i % 25, (2000 + i % 25) || '-01-01', (2000 + i % 25) || '-12-31', "
                              "'planned', hex(randomblob(100)), %1, %1 FROM n")
                              .arg(Stamp)
                              .arg(agreements);
    if (changes > 0)
        statements << numbersTo(changes) +
                          QStringLiteral("INSERT INTO milestone_change (milestone_id, changed_at, new_due, "
                                         "new_status, created_at, updated_at) SELECT 100000 + i * 5, %1, '2024', "
                                         "'planned', %1, %1 FROM n")
                              .arg(Stamp);
    if (history)
        statements << QStringLiteral("INSERT INTO history (changed_at, changed_by, record_table, record_id, action) "
                                     "SELECT %1, 'tester', 'agreement', id, 'create' FROM agreement WHERE id > 100000")
                          .arg(Stamp);
    return statements;
}

QString runOnFile(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("runOnFile");
    QString problem;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(path);
        if (!connection.open())
            problem = connection.lastError().text();
        QSqlQuery query(connection);
        for (const QString &statement : statements)
            if (problem.isEmpty() && !query.exec(statement))
                problem = statement + QStringLiteral(": ") + query.lastError().text();
        if (problem.isEmpty() && !query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            problem = query.lastError().text();
        query.finish();
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace TestSupport
