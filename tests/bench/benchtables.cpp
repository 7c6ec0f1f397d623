// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The "tables" group: the table views on the big portfolio (100,000 partners, 100,000 agreements
// with about 2 KB of text each, 1,000,000 milestones). Every figure is measured until the rows are
// on screen: the view (on opening) or the table's rows (after a sort, a keystroke, a jump) are
// rendered (QWidget::grab) after the operation, with the counting thread at work as in the window.
#include "benchcontext.h"
#include "benchgroup.h"
#include "benchview.h"

#include "records/filterbar.h"

#include "models/agreementtablemodel.h"
#include "models/backgroundcounter.h"
#include "models/eventtablemodel.h"
#include "models/milestonetablemodel.h"
#include "models/partnertablemodel.h"
#include "records/recordview.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/textsearch.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSqlTableModel>
#include <QTableView>
#include <QTextStream>
#include <QThread>

#include <functional>
#include <memory>
#include <numeric>

namespace {

// A value written into SQL for the sqlite3 shell: a number as it is, text quoted, nothing as NULL.
QString literal(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Bool:
        return value.toString();
    default:
        return QLatin1Char('\'') + value.toString().replace(QLatin1Char('\''), QStringLiteral("''")) +
               QLatin1Char('\'');
    }
}

// A statement with its values written in for its ? marks, for the sqlite3 shell.
QString withValues(const QString &statement, const QVariantList &values)
{
    QString sql;
    int next = 0;
    for (const QChar c : statement) {
        if (c == QLatin1Char('?') && next < values.size())
            sql += literal(values.at(next++));
        else
            sql += c;
    }
    return sql;
}

QString withValues(const TextSearch::Condition &condition)
{
    return withValues(condition.sql, condition.values);
}

// The statements the view's repositories ran on its connection during a step (Database::setStatementTrace),
// with their values written in.
Database::StatementTrace recordInto(QStringList &statements)
{
    return [&statements](const QString &sql, const QVariantList &values) {
        statements << withValues(sql, values) + QLatin1Char(';');
    };
}

QStringList statementsOf(Database &db, const std::function<void()> &step)
{
    QStringList statements;
    db.setStatementTrace(recordInto(statements));
    step();
    db.setStatementTrace({});
    if (statements.isEmpty())
        qFatal("pactline-bench: the step ran no statement");
    return statements;
}

// What the sqlite3 shell prints for some statements (or dot commands) on the file, read from its
// input as typed (it prints its timer only then).
QString shell(const QString &path, const QStringList &statements)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {path});
    process.write((QStringList{QStringLiteral(".timer on")} + statements).join(QLatin1Char('\n')).toUtf8() + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        qFatal("pactline-bench: the sqlite3 shell failed: %s", process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The sqlite3 shell's time for statements run one after the other on the file, in ms: the median of
// five runs in one shell. `check` gets the first line the shell printed, to compare with the
// application's result.
double shellMs(
    const QString &path, const QStringList &statements,
    const std::function<void(const QString &)> &check = [](const QString &) {})
{
    QStringList five;
    for (int run = 0; run < 5; ++run)
        five << statements;
    const QString out = shell(path, five);
    QList<double> times;
    static const QRegularExpression runTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    for (auto it = runTime.globalMatch(out); it.hasNext();)
        times << it.next().captured(1).toDouble() * 1000;
    if (times.size() != five.size())
        qFatal("pactline-bench: %d times from the sqlite3 shell for %d statements: %s", int(times.size()),
               int(five.size()), qPrintable(out.left(2000)));
    check(out.section(QLatin1Char('\n'), 0, 0));
    QList<double> runs;
    for (int run = 0; run < 5; ++run)
        runs << std::accumulate(times.begin() + run * statements.size(), times.begin() + (run + 1) * statements.size(),
                                0.0);
    std::sort(runs.begin(), runs.end());
    return runs.at(2);
}

// Reports a figure and, beside it, the sqlite3 shell's time for the statements it ran (NAME_sqlite3_ms).
// The statements follow on stderr, each shortened to its first 300 characters.
void reportWithFloor(const QString &name, double ms, const QString &path, const QStringList &statements)
{
    for (const QString &statement : statements)
        QTextStream(stderr) << "pactline-bench: " << name << " ran " << statement.left(300) << "\n";
    BenchContext::report(name + QStringLiteral("_ms"), ms, QStringLiteral("ms"));
    BenchContext::report(name + QStringLiteral("_sqlite3_ms"), shellMs(path, statements), QStringLiteral("ms"));
}

// A figure's time and the statements one of its steps ran.
struct Timed
{
    double ms = 0;
    QStringList statements;
};

// Sorts a view of the big portfolio by a column, both ways, until the first rows show (the median), and
// checks that the first 60 rows shown are in that order (as case-insensitive text or as numbers).
Timed sortedColumn(const QString &path, const QString &name, int column, bool numbers)
{
    OpenView view(path, name);
    RecordTableModel *model = view.model.get();
    Qt::SortOrder order = Qt::AscendingOrder;
    const double ms = BenchContext::medianMs(
        6,
        [&] {
            model->sort(column, order);
            view.showRows();
        },
        [&] {
            order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
            model->sort(0, Qt::AscendingOrder);
            view.showRows();
        });
    model->sort(column, Qt::DescendingOrder);
    const QStringList statements = statementsOf(*view.db, [&] {
        model->sort(column, Qt::AscendingOrder);
        view.showRows();
    });
    for (Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        model->sort(column, direction);
        if (model->sortColumn() != column)
            qFatal("pactline-bench: the %s do not sort by column %d", qPrintable(name), column);
        const int shown = qMin(model->rowCount(), 60);
        if (shown < 60)
            qFatal("pactline-bench: the %s sorted by column %d show %d rows", qPrintable(name), column, shown);
        for (int row = 1; row < shown; ++row) {
            const QVariant before = model->index(row - 1, column).data();
            const QVariant after = model->index(row, column).data();
            const int compared =
                numbers ? (before.toLongLong() > after.toLongLong()) - (before.toLongLong() < after.toLongLong())
                        : QString::compare(before.toString(), after.toString(), Qt::CaseInsensitive);
            if (direction == Qt::AscendingOrder ? compared > 0 : compared < 0)
                qFatal("pactline-bench: the %s sorted by column %d are out of order at row %d", qPrintable(name),
                       column, row);
        }
    }
    return {ms, statements};
}

} // namespace

static BenchGroup::Registrar registrar("tables", [](BenchContext &c) {
    const QString path = c.bigPortfolio();
    const QStringList views{QStringLiteral("partners"), QStringLiteral("agreements"), QStringLiteral("milestones"),
                            QStringLiteral("events")};

    // Open the file and show the first rows, per view; the slowest view counts.
    Timed open;
    for (const QString &name : views) {
        // Closing the view (which waits for its count) is not timed.
        std::unique_ptr<OpenView> opened;
        const double ms = BenchContext::medianMs(
            7, [&] { opened = std::make_unique<OpenView>(path, name); }, [&] { opened.reset(); });
        opened.reset();
        if (ms > open.ms) {
            open.ms = ms;
            open.statements.clear();
            OpenView(path, name, recordInto(open.statements));
        }
    }
    reportWithFloor(QStringLiteral("tables.open_first_rows"), open.ms, path, open.statements);

    OpenView agreements(path, QStringLiteral("agreements"));
    auto *agreementModel = agreements.model.get();

    // Sort by each sortable column, both ways, until the first rows show; the slowest column counts.
    Timed sort;
    for (int column = 0; column < agreementModel->columnCount(); ++column) {
        if (agreementModel->columns().at(column).sortKey.isEmpty())
            continue;
        const double ms = agreements.sortMs(column, 6);
        if (ms > sort.ms) {
            agreementModel->sort(column, Qt::DescendingOrder);
            sort = {ms, statementsOf(*agreements.db, [&] {
                        agreementModel->sort(column, Qt::AscendingOrder);
                        agreements.showRows();
                    })};
        }
    }
    agreementModel->sort(AgreementTableModel::TitleColumn, Qt::AscendingOrder);
    reportWithFloor(QStringLiteral("tables.sort"), sort.ms, path, sort.statements);

    // The milestones (1,000,000) by their agreement's title, the agreements (100,000) by their parties'
    // names and by their milestones' count, and the partners (100,000) by their agreements' count, both
    // ways, until the first rows show; the rows shown must be in that order. The counts report the slower.
    const Timed byAgreement =
        sortedColumn(path, QStringLiteral("milestones"), MilestoneTableModel::AgreementColumn, false);
    reportWithFloor(QStringLiteral("tables.sort_agreement_column"), byAgreement.ms, path, byAgreement.statements);
    const Timed byParties = sortedColumn(path, QStringLiteral("agreements"), AgreementTableModel::PartiesColumn, false);
    reportWithFloor(QStringLiteral("tables.sort_parties"), byParties.ms, path, byParties.statements);
    const Timed byAgreements =
        sortedColumn(path, QStringLiteral("partners"), PartnerTableModel::AgreementsColumn, true);
    const Timed byMilestones =
        sortedColumn(path, QStringLiteral("agreements"), AgreementTableModel::MilestonesColumn, true);
    const Timed &byCount = byAgreements.ms > byMilestones.ms ? byAgreements : byMilestones;
    reportWithFloor(QStringLiteral("tables.sort_count"), byCount.ms, path, byCount.statements);

    // Type "clinical" into the search field, a keystroke at a time, until the rows show.
    const QString typed = QStringLiteral("clinical");
    const double keystroke = agreements.keystrokeMs(typed, 3);
    agreementModel->setSearch(typed.chopped(1));
    agreements.showRows();
    idle(FilterBar::DebounceMs);
    reportWithFloor(QStringLiteral("tables.filter_keystroke"), keystroke, path, statementsOf(*agreements.db, [&] {
                        agreementModel->setSearch(typed);
                        agreements.showRows();
                    }));
    agreements.counter->waitForIdle(60000);
    agreementModel->setSearch(QString());

    // Jump to the last row (Ctrl+End), agreements and milestones; the slower counts.
    Timed jump;
    for (const QString &name : {QStringLiteral("agreements"), QStringLiteral("milestones")}) {
        OpenView open(path, name);
        const double ms = open.jumpMs(7);
        if (ms > jump.ms) {
            open.toTop();
            jump = {ms, statementsOf(*open.db, [&] { open.toEnd(); })};
        }
    }
    reportWithFloor(QStringLiteral("tables.jump_last"), jump.ms, path, jump.statements);

    // Scroll the agreements from the top to the bottom, a screen at a time; then the memory held.
    {
        agreements.settle();
        QScrollBar *bar = agreements.view->table()->verticalScrollBar();
        agreements.view->table()->scrollToTop();
        for (int value = 0; value < bar->maximum(); value += bar->pageStep()) {
            bar->setValue(value);
            agreements.showRows();
        }
        bar->setValue(bar->maximum());
        agreements.showRows();
        BenchContext::report(QStringLiteral("tables.scroll_rss_mb"), BenchContext::residentMiB(),
                             QStringLiteral("MiB"));
    }

    // The naive way on the same file: QSqlTableModel with every row fetched, under a
    // QSortFilterProxyModel. Only its sort and its filter are timed (its loading is not).
    {
        QSqlTableModel source(nullptr, agreements.db->connection());
        source.setTable(QStringLiteral("agreement"));
        source.setEditStrategy(QSqlTableModel::OnManualSubmit);
        source.select();
        while (source.canFetchMore())
            source.fetchMore();
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterKeyColumn(-1);
        QTableView view;
        view.resize(ViewSize);
        view.setModel(&proxy);
        view.grab();
        const auto showRows = [&view] { view.viewport()->grab(); };
        const int titleColumn = source.fieldIndex(QStringLiteral("title"));
        const int signedColumn = source.fieldIndex(QStringLiteral("signed_first"));
        Qt::SortOrder order = Qt::AscendingOrder;
        double naiveSort = 0;
        for (int column : {titleColumn, signedColumn}) {
            naiveSort =
                qMax(naiveSort, BenchContext::medianMs(
                                    3,
                                    [&] {
                                        proxy.sort(column, order);
                                        showRows();
                                    },
                                    [&] {
                                        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
                                        proxy.sort(-1);
                                    }));
        }
        QList<double> naiveKeystrokes;
        for (int length = 1; length <= typed.size(); ++length) {
            QElapsedTimer timer;
            timer.start();
            proxy.setFilterFixedString(typed.left(length));
            showRows();
            naiveKeystrokes << timer.nsecsElapsed() / 1e6;
        }
        std::sort(naiveKeystrokes.begin(), naiveKeystrokes.end());
        const double naiveFilter = naiveKeystrokes.at(naiveKeystrokes.size() / 2);
        BenchContext::report(QStringLiteral("tables.naive_sort_ratio"), naiveSort / sort.ms, QStringLiteral("x"));
        BenchContext::report(QStringLiteral("tables.naive_filter_ratio"), naiveFilter / keystroke, QStringLiteral("x"));
    }

    // Last, so that the figures above are measured as before the search indexes: a search for a word
    // planted in exactly five agreements, until the rows show; then the status bar's count for a
    // common prefix, checked against a count by substring over the same columns. Beside each, the
    // sqlite3 shell's time for the same query on the same file (the floor).
    {
        const QString rare = BenchContext::rareWord();
        const double ms = BenchContext::medianMs(
            9,
            [&] {
                agreementModel->setSearch(rare);
                agreements.showRows();
            },
            [&] {
                agreementModel->setSearch(QString());
                agreements.showRows();
            });
        agreementModel->setSearch(rare);
        agreements.counter->waitForIdle(60000);
        QCoreApplication::processEvents();
        QList<qint64> found;
        for (int row = 0; row < agreementModel->rowCount(); ++row)
            found << agreementModel->idAt(row);
        std::sort(found.begin(), found.end());
        if (found != BenchContext::rareWordAgreements())
            qFatal("pactline-bench: the rare word found %d agreements, not the 5 planted", int(found.size()));
        agreementModel->setSearch(QString());
        agreements.showRows();
        reportWithFloor(QStringLiteral("tables.search_rare_word"), ms, path, statementsOf(*agreements.db, [&] {
                            agreementModel->setSearch(rare);
                            agreements.showRows();
                        }));
        agreementModel->setSearch(QString());

        ListQuery common;
        common.search = QStringLiteral("clin");
        const AgreementRepository repository(*agreements.db);
        qint64 counted = -1;
        const double countMs = BenchContext::medianMs(5, [&] { counted = repository.count(common).value(); });
        QSqlQuery reference(agreements.db->connection());
        QElapsedTimer likeTimer;
        likeTimer.start();
        reference.exec(QStringLiteral("SELECT count(*) FROM agreement WHERE title LIKE '%clin%' OR summary LIKE "
                                      "'%clin%' OR notes LIKE '%clin%'"));
        const qint64 expected = reference.next() ? reference.value(0).toLongLong() : -2;
        const double likeMs = likeTimer.nsecsElapsed() / 1e6;
        if (counted != expected || expected <= 0)
            qFatal("pactline-bench: the search counted %lld agreements for \"clin\", the reference %lld", counted,
                   expected);
        const TextSearch::Condition commonCondition =
            TextSearch::condition(agreements.db->dialect(), QStringLiteral("agreement"), common.search);
        const double countFloor =
            shellMs(path, {QStringLiteral("SELECT count(*) FROM agreement WHERE %1;").arg(withValues(commonCondition))},
                    [&](const QString &first) {
                        if (first.toLongLong() != expected)
                            qFatal("pactline-bench: the sqlite3 shell counted %s", qPrintable(first));
                    });
        BenchContext::report(QStringLiteral("tables.search_count_ms"), countMs, QStringLiteral("ms"));
        BenchContext::report(QStringLiteral("tables.search_count_sqlite3_ms"), countFloor, QStringLiteral("ms"));
        BenchContext::report(QStringLiteral("tables.search_count_substring_scan_ms"), likeMs, QStringLiteral("ms"));

        // What the indexes add to the file.
        const QStringList sizes =
            shell(path, {QStringLiteral(".timer off"),
                         QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name LIKE '%\\_fts%' ESCAPE '\\';"),
                         QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size();")})
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const double index = sizes.value(0).toDouble();
        const double file = sizes.value(1).toDouble();
        if (index <= 0 || file <= index)
            qFatal("pactline-bench: no sizes from the sqlite3 shell");
        BenchContext::report(QStringLiteral("tables.search_index_mb"), index / 1048576.0, QStringLiteral("MiB"));
        BenchContext::report(QStringLiteral("tables.search_index_growth_pct"), 100.0 * index / (file - index),
                             QStringLiteral("%"));
    }
});
