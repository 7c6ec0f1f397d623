#pragma once

#include "store/sqldialect.h"
#include "store/storeerror.h"

#include <QList>
#include <QStringList>

class Database;

// The ordered schema migrations. Step N takes a portfolio from user_version N-1 to N.
class Migrations
{
public:
    struct Step
    {
        int toVersion = 0;
        QString description;
        QStringList statements; // run in order inside one transaction
    };

    static int currentVersion() { return steps(SqlDialect(SqlDialect::Kind::Sqlite)).size(); }
    static QList<Step> steps(const SqlDialect &dialect);

    // Runs the given steps from the file's user_version up to the last step, each in its own
    // transaction that ends by setting user_version. A failing step rolls back whole and stops.
    static Result<void> run(Database &db, const QList<Step> &steps);
};
