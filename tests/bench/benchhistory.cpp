// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Group "history": what keeping the history of every record costs. An edit of an agreement (with its
// parties and themes) and of a partner on the big portfolio with history and without; an import of
// 100,000 milestones with and without; the History dock opening a record with 1,000 changes; and
// the upgrade of the big portfolio to the schema version with the history.
#include "benchcontext.h"
#include "benchgroup.h"

#include "history/historydock.h"
#include "mainwindow.h"
#include "models/historytext.h"
#include "store/agreementrepository.h"
#include "store/bulkrepository.h"
#include "store/database.h"
#include "store/historyrepository.h"
#include "store/migrations.h"
#include "store/partnerrepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextStream>
#include <QTreeWidget>

namespace {

constexpr int Milestones = 100000;
constexpr int PerAgreement = 10;

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// The median time of `runs` edits with history on and off, interleaved, and their ratio.
template<typename Edit>
void editRatio(Database &db, const QString &name, Edit edit)
{
    QList<double> with, without;
    for (int run = 0; run < 15; ++run)
        for (const bool off : {false, true}) {
            db.setHistoryOffForMeasuring(off);
            (off ? without : with) << BenchContext::medianMs(1, edit);
        }
    db.setHistoryOffForMeasuring(false);
    std::sort(with.begin(), with.end());
    std::sort(without.begin(), without.end());
    const double on = with.at(with.size() / 2);
    const double offMs = without.at(without.size() / 2);
    BenchContext::report(name + QStringLiteral("_ms"), on, QStringLiteral("ms"));
    BenchContext::report(name + QStringLiteral("_without_history_ms"), offMs, QStringLiteral("ms"));
    BenchContext::report(name + QStringLiteral("_overhead_ratio"), on / offMs, QStringLiteral("x"));
}

void editOverhead(BenchContext &context)
{
    auto opened = Database::open(context.bigPortfolio());
    if (!opened) {
        QTextStream(stderr) << "history: " << opened.error().message << "\n";
        return;
    }
    Database &db = **opened;
    const AgreementRepository agreements(db);
    int turn = 0;
    editRatio(db, QStringLiteral("history.edit"), [&] {
        Agreement a = agreements.get(4242).value();
        a.notes = QStringLiteral("Reviewed %1").arg(++turn);
        a.status = turn % 2 ? AgreementStatus::Active : AgreementStatus::Signed;
        if (!agreements.update(a))
            qFatal("history: the agreement edit failed");
    });
    const PartnerRepository partners(db);
    editRatio(db, QStringLiteral("history.edit_partner"), [&] {
        Partner p = partners.get(4242).value();
        p.city = QStringLiteral("City %1").arg(++turn);
        if (!partners.update(p))
            qFatal("history: the partner edit failed");
    });
}

// Seconds to write 100,000 milestones (of 10,000 agreements) into a new portfolio.
double importSeconds(const QString &path, bool history)
{
    removeDatabase(path);
    auto created = Database::create(path);
    if (!created)
        return -1;
    Database &db = **created;
    db.setHistoryOffForMeasuring(!history);
    QList<Agreement> agreements;
    for (int i = 0; i < Milestones / PerAgreement; ++i) {
        Agreement a;
        a.title = QStringLiteral("Agreement %1, on collaboration").arg(i);
        agreements << a;
    }
    if (!BulkRepository(db).createAgreements(agreements))
        return -1;
    QList<Milestone> milestones;
    milestones.reserve(Milestones);
    for (int i = 0; i < Milestones; ++i) {
        Milestone m;
        m.agreementId = agreements.at(i / PerAgreement).meta.id;
        m.title = QStringLiteral("Milestone %1 of the joint programme").arg(i);
        m.due = FuzzyDate::quarter(2015 + i % 20, 1 + i % 4);
        m.location = QStringLiteral("Lund");
        m.notes = QStringLiteral("Notes on milestone %1: reviewed at the residence; see the minutes.").arg(i);
        milestones << m;
    }
    QElapsedTimer timer;
    timer.start();
    if (!BulkRepository(db).createMilestones(milestones))
        return -1;
    return timer.nsecsElapsed() / 1e9;
}

void importOverhead(BenchContext &context)
{
    const QString path = QDir(context.workDir()).filePath(QStringLiteral("history-import.pactline"));
    QList<double> with, without;
    for (int run = 0; run < 3; ++run) {
        with << importSeconds(path, true);
        without << importSeconds(path, false);
    }
    removeDatabase(path);
    std::sort(with.begin(), with.end());
    std::sort(without.begin(), without.end());
    BenchContext::report(QStringLiteral("history.import_s"), with.at(1), QStringLiteral("s"));
    BenchContext::report(QStringLiteral("history.import_without_history_s"), without.at(1), QStringLiteral("s"));
    BenchContext::report(QStringLiteral("history.import_overhead_ratio"), with.at(1) / without.at(1),
                         QStringLiteral("x"));
}

void openRecord(BenchContext &context)
{
    const QString path = QDir(context.workDir()).filePath(QStringLiteral("history-record.pactline"));
    removeDatabase(path);
    auto created = Database::create(path);
    if (!created)
        return;
    const PartnerRepository partners(**created);
    Partner p;
    p.name = QStringLiteral("Lund University");
    p = partners.create(p).value();
    // 1,000 changes of two fields each, and some noise of other records around them.
    const Result<void> written = (*created)->write([&]() -> Result<void> {
        for (int i = 0; i < 1000; ++i) {
            p.city = QStringLiteral("City %1").arg(i);
            p.kind = i % 2 ? PartnerKind::Company : PartnerKind::University;
            const Result<Partner> stored = partners.update(p);
            if (!stored)
                return stored.error();
            p = *stored;
            Partner other;
            other.name = QStringLiteral("Other %1").arg(i);
            if (auto r = partners.create(other); !r)
                return r.error();
        }
        return {};
    });
    if (!written)
        return;
    created->reset();
    // The dock as the window shows it, over the window's own connection; the window's settings, recent
    // files and automatic backups go to the test locations, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    if (!window.openFile(path))
        qFatal("history: the window did not open %s", qPrintable(path));
    Database &db = *window.database();
    // The dock reads the history only while it is visible, as in a window on screen.
    window.show();
    auto *dock = window.findChild<HistoryDock *>(QStringLiteral("historyDock"));
    dock->show();
    const double shown = BenchContext::medianMs(11, [&] {
        dock->showRecord(RecordSelection::Kind::Partner, p.meta.id);
        if (dock->entries()->topLevelItemCount() == 0)
            qFatal("history: the dock listed nothing");
    });
    BenchContext::report(QStringLiteral("history.open_record_ms"), shown, QStringLiteral("ms"));
    // Every one of the 1,000 entries read and put into words, beyond the dock's first page.
    const double all = BenchContext::medianMs(11, [&] {
        HistoryQuery query;
        query.recordTable = QStringLiteral("partner");
        query.recordId = p.meta.id;
        const QList<HistoryEntry> entries = HistoryRepository(db).list(query).value();
        HistoryText text(db);
        int fields = 0;
        for (const HistoryEntry &entry : entries)
            fields += int(text.fields(entry).size());
        if (entries.size() != 1001 || fields != 2000)
            qFatal("history: expected 1,001 entries with 2,000 fields");
    });
    BenchContext::report(QStringLiteral("history.open_record_all_1000_ms"), all, QStringLiteral("ms"));
    window.closePortfolio();
    removeDatabase(path);
}

// The big portfolio as the version before the history had it (no history table), upgraded as the
// window opens it:
// content check, the copy taken before migrating, and the migration.
void migrateBig(BenchContext &context)
{
    const QString big = context.bigPortfolio();
    const QString path = QDir(context.workDir()).filePath(QStringLiteral("history-v3.pactline"));
    removeDatabase(path);
    QFile::remove(path + QStringLiteral(".before-v%1").arg(Migrations::currentVersion()));
    {
        // The same copy as the one an upgrade takes first, timed on its own.
        auto source = Database::open(big, Database::Mode::ReadOnly);
        QElapsedTimer copy;
        copy.start();
        if (!source || !(*source)->backupTo(path))
            return;
        BenchContext::report(QStringLiteral("history.migrate_big_copy_s"), copy.nsecsElapsed() / 1e9,
                             QStringLiteral("s"));
    }
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("history-v3"));
        connection.setDatabaseName(path);
        if (connection.open()) {
            QSqlQuery query(connection);
            // Back to the version before the history: without it, without the kept columns of step 9
            // (their triggers and indexes first), the changes' authors of step 8 and step 6's indexes
            // (each of its statements is "CREATE INDEX name ON ...").
            QStringList statements;
            QStringList columns;
            // The steps are held: a range-for over a member of a temporary list reads it after its end.
            const QList<Migrations::Step> steps = Migrations::steps(SqlDialect::sqlite());
            for (const QString &statement : steps.at(Migrations::KeptColumnsVersion - 1).statements) {
                const QStringList words = statement.split(QLatin1Char(' '));
                if (words.at(0) == QLatin1String("CREATE"))
                    statements << QStringLiteral("DROP %1 %2").arg(words.at(1), words.at(2));
                else if (words.at(0) == QLatin1String("ALTER"))
                    columns << QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(words.at(2), words.at(5));
            }
            statements << columns;
            for (const QString &index : steps.at(Migrations::ListIndexVersion - 1).statements)
                statements << QStringLiteral("DROP INDEX ") + index.section(QLatin1Char(' '), 2, 2);
            statements << QStringLiteral("ALTER TABLE milestone_change DROP COLUMN author")
                       << QStringLiteral("DROP TABLE history")
                       << QStringLiteral("DELETE FROM sqlite_sequence WHERE name = 'history'")
                       << QStringLiteral("PRAGMA user_version = %1").arg(Migrations::HistoryVersion - 1)
                       << QStringLiteral("PRAGMA journal_mode = WAL");
            for (const QString &sql : std::as_const(statements))
                if (!query.exec(sql))
                    QTextStream(stderr) << "history: " << sql << ": " << query.lastError().text() << "\n";
            connection.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("history-v3"));
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(path);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!opened || (*opened)->schemaVersion() != Migrations::currentVersion()) {
        QTextStream(stderr) << "history: the migration failed: "
                            << (opened ? QStringLiteral("version %1").arg((*opened)->schemaVersion())
                                       : opened.error().message)
                            << "\n";
        return;
    }
    opened->reset();
    // The steps from the version before the history on: the history's and the overdue and lane indexes'.
    BenchContext::report(QStringLiteral("history.migrate_big_s"), seconds, QStringLiteral("s"));
    removeDatabase(path);
    QFile::remove(path + QStringLiteral(".before-v%1").arg(Migrations::currentVersion()));
}

} // namespace

static BenchGroup::Registrar registrar("history", [](BenchContext &context) {
    editOverhead(context);
    importOverhead(context);
    openRecord(context);
    migrateBig(context);
});
