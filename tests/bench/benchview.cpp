// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchview.h"

#include "benchcontext.h"

#include "pgserver.h"
#include "records/filterbar.h"
#include "store/serveraddress.h"

#include "models/agreementtablemodel.h"
#include "models/eventtablemodel.h"
#include "models/milestonetablemodel.h"
#include "models/partnertablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QThread>

#include <algorithm>

namespace {

std::unique_ptr<RecordTableModel> makeModel(const QString &view)
{
    if (view == QLatin1String("partners"))
        return std::make_unique<PartnerTableModel>();
    if (view == QLatin1String("agreements"))
        return std::make_unique<AgreementTableModel>();
    if (view == QLatin1String("milestones"))
        return std::make_unique<MilestoneTableModel>();
    return std::make_unique<EventTableModel>();
}

} // namespace

OpenView::OpenView(const QString &location, const QString &name, const Database::StatementTrace &trace)
{
    auto opened = Database::open(location);
    if (!opened)
        qFatal("pactline-bench: %s", qPrintable(opened.error().message));
    db = std::move(*opened);
    db->setStatementTrace(trace);
    counter = std::make_unique<BackgroundCounter>(location, Database::Mode::ReadWrite);
    model = makeModel(name);
    model->setCounter(counter.get());
    view = std::make_unique<RecordView>(name, model.get());
    view->resize(ViewSize);
    model->setDatabase(db.get());
    show();
}

OpenView::~OpenView()
{
    view.reset();
    model.reset();
    counter.reset();
    db.reset();
}

void OpenView::settle() const
{
    counter->waitForIdle(60000);
    QCoreApplication::processEvents();
}

void OpenView::show() const
{
    view->grab();
}

void OpenView::showRows() const
{
    view->table()->viewport()->grab();
}

double OpenView::sortMs(int column, int runs)
{
    Qt::SortOrder order = Qt::AscendingOrder;
    return BenchContext::medianMs(
        runs,
        [&] {
            model->sort(column, order);
            showRows();
        },
        [&] {
            order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
            model->sort(0, Qt::AscendingOrder);
            showRows();
        });
}

double OpenView::keystrokeMs(const QString &typed, int rounds)
{
    QList<double> keystrokes;
    for (int round = 0; round < rounds; ++round) {
        for (int length = 1; length <= typed.size(); ++length) {
            idle(FilterBar::DebounceMs);
            QElapsedTimer timer;
            timer.start();
            model->setSearch(typed.left(length));
            showRows();
            keystrokes << timer.nsecsElapsed() / 1e6;
        }
        model->setSearch(QString());
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    return keystrokes.at(keystrokes.size() / 2);
}

void OpenView::toTop()
{
    view->table()->scrollToTop();
    model->reload();
    settle();
    showRows();
}

void OpenView::toEnd()
{
    view->table()->scrollToBottom();
    showRows();
}

double OpenView::jumpMs(int runs)
{
    const double ms = BenchContext::medianMs(
        runs, [&] { toEnd(); }, [&] { toTop(); });
    const QTableView *table = view->table();
    const int lastShown = table->rowAt(table->viewport()->height() - 1);
    if (!model->isCountExact() || (lastShown >= 0 && lastShown != model->rowCount() - 1))
        qFatal("pactline-bench: the jump to the end shows row %d of %d", lastShown, model->rowCount());
    return ms;
}

QString freshServerDatabase(PgServer &server, const QString &name)
{
    if (!server.isRunning())
        qFatal("pactline-bench: no PostgreSQL server: %s", qPrintable(server.problem()));
    if (!server.psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE ") + name))
        qFatal("pactline-bench: CREATE DATABASE failed");
    qputenv("PGPASSWORD", server.superuserPassword().toUtf8());
    ServerAddress address = server.superuserAddress(server.host(), name);
    address.sslMode = QStringLiteral("disable");
    return address.url();
}

void idle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(5);
    }
}
