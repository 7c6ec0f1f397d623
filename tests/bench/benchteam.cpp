// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// team: ten clients editing random rows of one portfolio on a PostgreSQL server the benchmark starts
// itself (tests/support/pgserver), for 30 seconds. Each client reads a row and writes it back with
// its version, retrying after a conflict. Reported: the commits, the conflicts (the clients must
// really collide), the lost updates (every row's final version must be one more than the commits
// made to it, and no two commits may have made the same version), the 95th percentile of a commit,
// and of a colleague's commit to the refreshed row at another client (a probe client writes one
// row every 100 ms; this thread LISTENs through ChangeFeed and reads the row when told). The group
// goes on in benchteamtables.cpp with the big portfolio on a server.
#include "benchcontext.h"
#include "benchgroup.h"
#include "benchview.h"
#include "pgserver.h"

#include "store/changefeed.h"
#include "store/database.h"
#include "store/partnerrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>

namespace {

constexpr int Clients = 10;
constexpr int Rows = 100;
constexpr qint64 RunMs = 30000;

struct Tally
{
    QMutex mutex;
    QHash<qint64, int> commitsPerRow;
    QSet<QPair<qint64, int>> versions; // (row, version) each commit made
    int duplicates = 0;
    QList<double> commitMs;
    int conflicts = 0;
    int failures = 0;
    QString firstFailure;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

Partner partner(int n)
{
    Partner p;
    p.name = QStringLiteral("Partner %1").arg(n);
    p.country = QStringLiteral("se");
    p.kind = PartnerKind::University;
    return p;
}

// One client: its own connection, random rows, read and write back, until the time is up.
void runClient(const QString &url, const QList<qint64> &ids, Tally &tally, const QElapsedTimer &clock, int seed)
{
    auto opened = Database::open(url);
    if (!opened) {
        const QMutexLocker lock(&tally.mutex);
        ++tally.failures;
        tally.firstFailure = opened.error().message;
        return;
    }
    const PartnerRepository partners(**opened);
    QRandomGenerator random{quint32(seed)};
    QList<double> ms;
    QHash<qint64, int> commits;
    QList<QPair<qint64, int>> made;
    int conflicts = 0;
    while (clock.elapsed() < RunMs) {
        const qint64 id = ids.at(random.bounded(int(ids.size())));
        for (;;) {
            Result<Partner> row = partners.get(id);
            if (!row)
                break;
            row->notes = QStringLiteral("edited at %1 by client %2").arg(clock.nsecsElapsed()).arg(seed);
            QElapsedTimer timer;
            timer.start();
            const Result<Partner> stored = partners.update(*row);
            if (stored) {
                ms << timer.nsecsElapsed() / 1e6;
                ++commits[id];
                // The version this write made (update() reads the row back after its commit, by when a
                // colleague may have written it again).
                made << qMakePair(id, row->meta.version + 1);
                break;
            }
            if (stored.error().kind != StoreError::Kind::Conflict) {
                const QMutexLocker lock(&tally.mutex);
                ++tally.failures;
                tally.firstFailure = stored.error().message;
                break;
            }
            ++conflicts; // a colleague wrote the row first: read it again
        }
    }
    const QMutexLocker lock(&tally.mutex);
    tally.commitMs << ms;
    tally.conflicts += conflicts;
    for (auto it = commits.cbegin(); it != commits.cend(); ++it)
        tally.commitsPerRow[it.key()] += it.value();
    for (const auto &version : std::as_const(made)) {
        if (tally.versions.contains(version))
            ++tally.duplicates;
        tally.versions.insert(version);
    }
}

} // namespace

static BenchGroup::Registrar registrar("team", [](BenchContext &) {
    PgServer::Options options;
    options.tls = false;
    PgServer server(options);
    const QString url = freshServerDatabase(server, QStringLiteral("team"));

    auto created = Database::create(url);
    if (!created)
        qFatal("pactline-bench team: %s", qPrintable(created.error().message));
    QList<qint64> ids;
    for (int n = 0; n < Rows + 1; ++n) {
        const Result<Partner> stored = PartnerRepository(**created).create(partner(n));
        if (!stored)
            qFatal("pactline-bench team: %s", qPrintable(stored.error().message));
        ids << stored->meta.id;
    }
    const qint64 probeId = ids.takeLast();

    // This thread listens, as a window does.
    ChangeFeed feed(**created);
    if (!feed.listens())
        qFatal("pactline-bench team: the feed does not listen to the server");
    QElapsedTimer clock;
    clock.start();
    QMutex probeMutex;
    QHash<int, qint64> probeCommittedNs; // version → when its commit returned
    QList<double> notifyMs;
    int lastSeen = 1;
    QObject::connect(created->get(), &Database::changed, created->get(), [&](const QStringList &) {
        const Result<Partner> row = PartnerRepository(**created).get(probeId);
        if (!row || row->meta.version <= lastSeen)
            return;
        lastSeen = row->meta.version;
        const QMutexLocker lock(&probeMutex);
        if (probeCommittedNs.contains(lastSeen))
            notifyMs << (clock.nsecsElapsed() - probeCommittedNs.value(lastSeen)) / 1e6;
    });

    Tally tally;
    QList<QThread *> threads;
    for (int client = 0; client < Clients; ++client)
        threads << QThread::create(runClient, url, ids, std::ref(tally), std::cref(clock), client + 1);
    threads << QThread::create([&] {
        auto opened = Database::open(url);
        if (!opened)
            return;
        const PartnerRepository partners(**opened);
        while (clock.elapsed() < RunMs) {
            QThread::msleep(100);
            Result<Partner> row = partners.get(probeId);
            if (!row)
                continue;
            row->notes = QStringLiteral("probe %1").arg(row->meta.version);
            const Result<Partner> stored = partners.update(*row);
            if (stored) {
                const QMutexLocker lock(&probeMutex);
                probeCommittedNs.insert(stored->meta.version, clock.nsecsElapsed());
            }
        }
    });
    for (QThread *thread : std::as_const(threads))
        thread->start();
    while (std::any_of(threads.cbegin(), threads.cend(), [](QThread *t) { return !t->isFinished(); }))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    qDeleteAll(threads);

    if (tally.failures > 0)
        qFatal("pactline-bench team: %d failed writes, the first: %s", tally.failures, qPrintable(tally.firstFailure));
    // Every committed version accounted for: each row's version is one more than its commits.
    int lost = tally.duplicates;
    const Result<QList<Partner>> rows = PartnerRepository(**created).getMany(ids);
    if (!rows || rows->size() != ids.size())
        qFatal("pactline-bench team: the rows could not be read back");
    for (const Partner &row : *rows)
        lost += qAbs(row.meta.version - 1 - tally.commitsPerRow.value(row.meta.id));
    const int commits = int(tally.commitMs.size());
    if (commits == 0 || notifyMs.isEmpty())
        qFatal("pactline-bench team: no commits (%d) or no notifications heard (%d)", commits, int(notifyMs.size()));
    BenchContext::report(QStringLiteral("team.commits"), commits, QStringLiteral("commits"));
    BenchContext::report(QStringLiteral("team.conflicts"), tally.conflicts, QStringLiteral("conflicts"));
    BenchContext::report(QStringLiteral("team.lost_updates"), lost, QStringLiteral("updates"));
    BenchContext::report(QStringLiteral("team.commit_p95_ms"), percentile(tally.commitMs, 0.95), QStringLiteral("ms"));
    BenchContext::report(QStringLiteral("team.notify_p95_ms"), percentile(notifyMs, 0.95), QStringLiteral("ms"));
});
