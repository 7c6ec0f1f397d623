#include "store/portfoliocheck.h"

#include "store/database.h"
#include "store/schemacheck.h"

#include <QCoreApplication>
#include <QSqlQuery>

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
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        check.findings << QCoreApplication::translate("PortfolioCheck", "The integrity check could not run: %1")
                              .arg(Database::sqlError(query).message);
    } else {
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                check.findings << QCoreApplication::translate("PortfolioCheck", "Integrity: %1").arg(line);
        }
    }
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (query.next())
            check.findings << QCoreApplication::translate(
                                  "PortfolioCheck",
                                  "Foreign key: a row of “%1” (row %2) points to a missing row of “%3”.")
                                  .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    } else {
        check.findings << QCoreApplication::translate("PortfolioCheck", "The foreign-key check could not run: %1")
                              .arg(Database::sqlError(query).message);
    }
    check.findings << SchemaCheck::differences(db.connection(), check.schemaVersion);
    check.outcome = check.findings.isEmpty() ? Outcome::Healthy : Outcome::Problems;
    return check;
}
