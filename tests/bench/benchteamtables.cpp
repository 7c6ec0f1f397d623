// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The "team" group's second part (the first is benchteam.cpp): the big portfolio (see "tables")
// copied to a PostgreSQL server the benchmark starts itself, with `pactline copy FILE URL` as a user
// runs it; then the table views on the server, measured as on the file: the first rows of each
// view, a sort by each column of the agreements, a keystroke of "clinical" and a jump to the last row.
// PACTLINE_BENCH_TEAM_URL measures the views of a portfolio already on a server instead, without the
// copy (to look at the server's plans and log beside the figures).
#include "benchcontext.h"
#include "benchgroup.h"
#include "benchview.h"
#include "pgserver.h"

#include "store/agreementrepository.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

#include <memory>

namespace {

// The rows of the big portfolio's three big tables, at `location` (a file or a server).
QList<qint64> bigCounts(const QString &location)
{
    auto db = Database::open(location, Database::Mode::ReadOnly);
    if (!db)
        qFatal("pactline-bench team: %s", qPrintable(db.error().message));
    return {PartnerRepository(**db).count().value(), AgreementRepository(**db).count().value(),
            MilestoneRepository(**db).count().value()};
}

void measureViews(const QString &url)
{
    double open = 0;
    for (const QString &name : {QStringLiteral("partners"), QStringLiteral("agreements"), QStringLiteral("milestones"),
                                QStringLiteral("events")}) {
        std::unique_ptr<OpenView> opened;
        open = qMax(open, BenchContext::medianMs(
                              5, [&] { opened = std::make_unique<OpenView>(url, name); }, [&] { opened.reset(); }));
    }
    BenchContext::report(QStringLiteral("team.open_first_rows_ms"), open, QStringLiteral("ms"));

    OpenView agreements(url, QStringLiteral("agreements"));
    double sort = 0;
    for (int column = 0; column < agreements.model->columnCount(); ++column)
        if (!agreements.model->columns().at(column).sortKey.isEmpty())
            sort = qMax(sort, agreements.sortMs(column, 4));
    BenchContext::report(QStringLiteral("team.sort_ms"), sort, QStringLiteral("ms"));
    agreements.model->sort(0, Qt::AscendingOrder);
    BenchContext::report(QStringLiteral("team.filter_keystroke_ms"),
                         agreements.keystrokeMs(QStringLiteral("clinical"), 2), QStringLiteral("ms"));
    agreements.settle();

    double jump = 0;
    for (const QString &name : {QStringLiteral("agreements"), QStringLiteral("milestones")})
        jump = qMax(jump, OpenView(url, name).jumpMs(5));
    BenchContext::report(QStringLiteral("team.jump_last_ms"), jump, QStringLiteral("ms"));
}

} // namespace

static BenchGroup::Registrar registrar("team", [](BenchContext &c) {
    if (!qEnvironmentVariableIsEmpty("PACTLINE_BENCH_TEAM_URL")) {
        measureViews(qEnvironmentVariable("PACTLINE_BENCH_TEAM_URL"));
        return;
    }
    const QString path = c.bigPortfolio();
    PgServer::Options options;
    options.tls = false;
    PgServer server(options);
    const QString url = freshServerDatabase(server, QStringLiteral("big"));

    QProcess copy;
    copy.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    copy.start(QStringLiteral(PACTLINE_APP_PATH), {QStringLiteral("copy"), path, url});
    if (!copy.waitForFinished(3600000) || copy.exitStatus() != QProcess::NormalExit || copy.exitCode() != 0)
        qFatal("pactline-bench team: pactline copy failed (%d)", copy.exitCode());
    const double seconds = timer.nsecsElapsed() / 1e9;
    const QList<qint64> counts = bigCounts(url);
    if (counts != bigCounts(path))
        qFatal("pactline-bench team: the server holds other counts than the file");
    BenchContext::report(QStringLiteral("team.copy_big_s"), seconds, QStringLiteral("s"));
    BenchContext::report(QStringLiteral("team.copy_big_rows_per_s"),
                         (counts.at(0) + counts.at(1) + counts.at(2)) / seconds, QStringLiteral("rows/s"));

    measureViews(url);
});
