// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Group "exchange": import a CSV of 100,000 milestones (with their 10,000 agreements) into a new
// portfolio, export them again, and compare the import with the sqlite3 shell's .import of the same
// file into a plain table.
#include "benchcontext.h"
#include "benchgroup.h"

#include "domain/enums.h"
#include "exchange/csvimport.h"
#include "exchange/tableexport.h"
#include "store/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTextStream>

namespace {

constexpr int Milestones = 100000;
constexpr int PerAgreement = 10;

QByteArray milestonesCsv()
{
    QRandomGenerator random(20230912);
    const QList<MilestoneStatus> statuses = allValues<MilestoneStatus>();
    static const char *const places[] = {"Lund", "Leiden", "Uppsala", "Stockholm", "Utrecht", "Malmö", ""};
    QByteArray csv = "\xEF\xBB\xBF"
                     "Agreement,Title,Due,Status,Achieved on,Location,Notes\r\n";
    csv.reserve(16 << 20);
    for (int i = 0; i < Milestones; ++i) {
        const int year = 2015 + random.bounded(20);
        QByteArray due;
        switch (random.bounded(4)) {
        case 0:
            due = QDate(year, 1 + random.bounded(12), 1 + random.bounded(28)).toString(Qt::ISODate).toLatin1();
            break;
        case 1:
            due = QByteArray::number(year) + "-Q" + QByteArray::number(1 + random.bounded(4));
            break;
        case 2:
            due = QByteArray::number(1 + random.bounded(28)) + "-" + QByteArray::number(1 + random.bounded(12)) + "-" +
                  QByteArray::number(year);
            break;
        default:
            due = QByteArray::number(year);
            break;
        }
        csv += "\"Agreement " + QByteArray::number(i / PerAgreement) + ", on collaboration\",Milestone " +
               QByteArray::number(i) + " of the joint programme," + due + "," +
               displayNameOf(statuses.at(random.bounded(int(statuses.size())))).toUtf8() + ",," +
               places[random.bounded(7)] + ",\"Notes on milestone " + QByteArray::number(i) +
               ": reviewed at the residence; see the minutes.\"\r\n";
    }
    return csv;
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// Reads, checks and writes the file into a new portfolio; seconds, or -1 on failure.
double importSeconds(const QString &csvPath, const QString &portfolio)
{
    removeDatabase(portfolio);
    auto created = Database::create(portfolio);
    if (!created)
        return -1;
    Database &db = **created;
    QElapsedTimer timer;
    timer.start();
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const CsvTable table = CsvReader::read(file.readAll());
    if (!table.ok())
        return -1;
    Result<ImportContext> context = ImportContext::load(db);
    if (!context)
        return -1;
    CsvImport import(table, ColumnMapping::guess(ImportTarget::Milestones, table.header), std::move(*context));
    import.validate();
    if (import.hasErrors() || import.plan().milestones.size() != Milestones) {
        QTextStream(stderr) << "exchange: the import found problems: "
                            << (import.issues().isEmpty() ? QString() : import.issues().constFirst().toString())
                            << "\n";
        return -1;
    }
    ImportPlan plan = import.plan();
    if (!CsvImport::write(db, plan))
        return -1;
    return timer.nsecsElapsed() / 1e9;
}

double exportSeconds(const QString &portfolio, const QString &csvPath)
{
    auto opened = Database::open(portfolio, Database::Mode::ReadOnly);
    if (!opened)
        return -1;
    QElapsedTimer timer;
    timer.start();
    QFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    const Result<qsizetype> rows = TableExport::writeCsv(**opened, TableExport::Table::Milestones, file);
    file.close();
    if (!rows || *rows != Milestones)
        return -1;
    return timer.nsecsElapsed() / 1e9;
}

// The sqlite3 shell's .import of the file into a plain table of a new database; -1 without sqlite3.
double sqliteSeconds(const QString &csvPath, const QString &database)
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty())
        return -1;
    removeDatabase(database);
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(sqlite, {database, QStringLiteral(".import --csv %1 milestones").arg(csvPath)});
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return -1;
    return timer.nsecsElapsed() / 1e9;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

static BenchGroup::Registrar registrar("exchange", [](BenchContext &c) {
    const QDir work(c.workDir());
    const QString csvPath = work.filePath(QStringLiteral("exchange-milestones-100k.csv"));
    const QString portfolio = work.filePath(QStringLiteral("exchange-import.pactline"));
    const QString exported = work.filePath(QStringLiteral("exchange-export-100k.csv"));
    const QString plain = work.filePath(QStringLiteral("exchange-sqlite3.db"));
    {
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(milestonesCsv()) < 0)
            qFatal("exchange: cannot write %s", qPrintable(csvPath));
    }
    // Three runs each, interleaved, so that both see the same state of the machine.
    QList<double> imports;
    QList<double> exports;
    QList<double> sqlite;
    for (int run = 0; run < 3; ++run) {
        imports << importSeconds(csvPath, portfolio);
        exports << exportSeconds(portfolio, exported);
        sqlite << sqliteSeconds(csvPath, plain);
    }
    const double import = median(imports);
    const double sqliteImport = median(sqlite);
    c.report(QStringLiteral("exchange.import_100k_s"), import, QStringLiteral("s"));
    c.report(QStringLiteral("exchange.export_100k_s"), median(exports), QStringLiteral("s"));
    c.report(QStringLiteral("exchange.sqlite3_import_100k_s"), sqliteImport, QStringLiteral("s"));
    c.report(QStringLiteral("exchange.import_vs_sqlite3_ratio"),
             import > 0 && sqliteImport > 0 ? import / sqliteImport : -1, QStringLiteral("x"));
    removeDatabase(portfolio);
    removeDatabase(plain);
});
