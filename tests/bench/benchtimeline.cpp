// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The "timeline" group: the Timeline view on the big portfolio (100,000 agreements, 1,000,000
// milestones), in a 1600 x 1000 TimelineWidget. Every figure is a whole frame as the user gets it:
// the view's change, the store queries it needs (only the visible rows and dates, dense lanes
// aggregated), the layout and the painting (QWidget::repaint, synchronous).
#include "benchcontext.h"
#include "benchgroup.h"

#include "store/database.h"
#include "timeline/timelinewidget.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <QWindow>

#include <memory>

namespace {

constexpr QSize ViewSize(1600, 1000);
constexpr int Runs = 25;

struct OpenTimeline
{
    std::unique_ptr<Database> db;
    std::unique_ptr<TimelineWidget> widget;

    explicit OpenTimeline(const QString &path)
    {
        auto opened = Database::open(path, Database::Mode::ReadOnly);
        if (!opened)
            qFatal("pactline-bench: %s", qPrintable(opened.error().message));
        db = std::move(*opened);
        widget = std::make_unique<TimelineWidget>();
        widget->setErrorReporter([](const QString &message) { qFatal("pactline-bench: %s", qPrintable(message)); });
        widget->resize(ViewSize);
        widget->show();
        // repaint() paints only once the window is exposed.
        QElapsedTimer waiting;
        waiting.start();
        while (!(widget->windowHandle() && widget->windowHandle()->isExposed()) && waiting.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QElapsedTimer timer;
        timer.start();
        widget->setDatabase(db.get());
        // The lane index is read on another thread.
        while (widget->isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QTextStream(stderr) << "pactline-bench: timeline lane index (" << widget->totalRows() << " rows) read in "
                            << timer.elapsed() << " ms\n";
    }

    void frame() { widget->viewport()->repaint(); }

    // A vertical position far from the loaded rows, so that the next frame has to query.
    void jumpToRandomRows(QRandomGenerator &random)
    {
        const double rowHeight = TimelineOptions().rowHeight;
        widget->setScrollY(random.bounded(std::max(1, widget->totalRows() - 100)) * rowHeight);
    }

    // Prints what the last frame showed, and aborts when it showed no lanes or no marks: an empty
    // frame is the fastest.
    void describe(const char *what)
    {
        const TimelineLayout &layout = widget->currentLayout();
        if (layout.rows().isEmpty() || layout.marks().isEmpty())
            qFatal("pactline-bench: the timeline frame (%s) shows %d rows and %d marks", what,
                   int(layout.rows().size()), int(layout.marks().size()));
        int clusters = 0;
        for (const TimelineLayout::Mark &mark : layout.marks())
            clusters += mark.kind == TimelineLayout::MarkKind::Cluster ? 1 : 0;
        QTextStream(stderr) << "pactline-bench: " << what << ": " << layout.rows().size() << " rows, "
                            << layout.marks().size() << " marks (" << clusters << " clusters), "
                            << layout.labels().size() << " labels, "
                            << widget->axis().firstVisible().toString(Qt::ISODate) << " to "
                            << widget->axis().lastVisible(widget->plotRect().width()).toString(Qt::ISODate) << "\n";
    }
};

} // namespace

static BenchGroup::Registrar registrar("timeline", [](BenchContext &context) {
    OpenTimeline open(context.bigPortfolio());
    TimelineWidget &widget = *open.widget;
    QRandomGenerator random(20230912);

    // Zoomed out over the whole range, at rows the previous frame did not load.
    widget.fitAll();
    open.frame();
    open.describe("whole range");
    BenchContext::report(QStringLiteral("timeline.frame_all_ms"),
                         BenchContext::medianMs(
                             Runs, [&] { open.frame(); },
                             [&] {
                                 widget.fitAll();
                                 open.jumpToRandomRows(random);
                             }),
                         QStringLiteral("ms"));
    open.describe("whole range, last measured frame");

    // One year, likewise.
    widget.showDateRange(QDate(2024, 1, 1), QDate(2024, 12, 31));
    open.frame();
    open.describe("one year");
    BenchContext::report(QStringLiteral("timeline.frame_year_ms"),
                         BenchContext::medianMs(
                             Runs, [&] { open.frame(); },
                             [&] {
                                 widget.showDateRange(QDate(2024, 1, 1), QDate(2024, 12, 31));
                                 open.jumpToRandomRows(random);
                             }),
                         QStringLiteral("ms"));
    open.describe("one year, last measured frame");

    // Zoom steps (Ctrl+wheel, one notch) at a point of the plot: twenty in from the whole range, twenty out.
    widget.fitAll();
    open.jumpToRandomRows(random);
    open.frame();
    const QRectF plot = widget.plotRect();
    int zoomStep = 0;
    BenchContext::report(QStringLiteral("timeline.zoom_step_ms"),
                         BenchContext::medianMs(40,
                                                [&] {
                                                    const double x =
                                                        plot.left() + plot.width() * (0.3 + 0.02 * (zoomStep % 10));
                                                    widget.zoomAt(x, zoomStep < 20 ? 1.25 : 1 / 1.25);
                                                    open.frame();
                                                    ++zoomStep;
                                                }),
                         QStringLiteral("ms"));

    // Pan steps (a drag of a tenth of the width, or three rows down), at the one-year zoom.
    widget.showDateRange(QDate(2024, 1, 1), QDate(2024, 12, 31));
    open.jumpToRandomRows(random);
    open.frame();
    int panStep = 0;
    BenchContext::report(QStringLiteral("timeline.pan_step_ms"),
                         BenchContext::medianMs(40,
                                                [&] {
                                                    if (panStep % 2 == 0)
                                                        widget.setAxis(widget.axis().scrolled(plot.width() / 10));
                                                    else
                                                        widget.setScrollY(widget.scrollY() +
                                                                          3 * TimelineOptions().rowHeight);
                                                    open.frame();
                                                    ++panStep;
                                                }),
                         QStringLiteral("ms"));
    open.describe("after panning");
});
