// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/schemacheck.h"

#include "store/database.h"


QStringList SchemaCheck::differences(const QSqlDatabase &connection, int version)
{
    return differences(connection, version, Migrations::steps(SqlDialect::of(connection.driver())));
}

QStringList SchemaCheck::differences(const QSqlDatabase &connection, int version, const QList<Migrations::Step> &steps)
{
    QStringList statements;
    for (const Migrations::Step &step : steps)
        if (step.toVersion <= version)
            statements << step.statements;
    return SqlDialect::of(connection.driver()).schemaDifferences(connection, statements);
}
