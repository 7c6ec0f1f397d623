// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinewidget.h"

#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/milestonerepository.h"
#include "timeline/timelineloader.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinesource.h"
#include "timeline/timelinestyle.h"

#include <QMessageBox>
#include <QPainter>
#include <QScrollBar>
#include <QShowEvent>
#include <QUndoStack>

#include <cmath>

namespace {

QDate laterOf(QDate a, QDate b)
{
    return !a.isValid() ? b : (!b.isValid() ? a : std::max(a, b));
}

QDate earlierOf(QDate a, QDate b)
{
    return !a.isValid() ? b : (!b.isValid() ? a : std::min(a, b));
}

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_ownUndoStack(std::make_unique<QUndoStack>())
    , m_undoStack(m_ownUndoStack.get())
{
    setObjectName(QStringLiteral("timelineWidget"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    // The painter fills every pixel: no background painting underneath.
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_reportError = [this](const QString &message) { QMessageBox::warning(this, tr("Timeline"), message); };
    const QDate today = QDate::currentDate();
    m_axis = TimelineAxis::fitting(today.addYears(-2), today.addYears(1), 800);
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setDatabase(Database *db)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    m_selectedMilestone = 0;
    m_selectedAgreement = 0;
    m_hoveredMilestone = 0;
    m_revealPending = false;
    m_scrollY = 0;
    m_loader.reset();
    m_source.reset();
    m_dataExtent = {};
    if (m_db) {
        m_loader = std::make_unique<TimelineLoader>(m_db->path());
        connect(m_loader.get(), &TimelineLoader::loaded, this, &TimelineWidget::lanesRead);
        connect(m_loader.get(), &TimelineLoader::failed, this, [this](const QString &message) {
            invalidateScene();
            report(message);
        });
        connect(m_db, &Database::changed, this, &TimelineWidget::databaseChanged);
        // Closed under our feet: nothing may read it any more, and what is on its way is dropped.
        connect(m_db, &QObject::destroyed, this, [this] {
            m_loader.reset();
            m_source.reset();
            m_dataExtent = {};
            m_lanesWanted = false;
            invalidateScene();
        });
    }
    rebuildSource();
    fitAll();
    m_fitPending = true;
}

void TimelineWidget::setUndoStack(QUndoStack *stack)
{
    m_undoStack = stack ? stack : m_ownUndoStack.get();
}

QUndoStack *TimelineWidget::undoStack() const
{
    return m_undoStack;
}

void TimelineWidget::setGroupBy(TimelineGroupBy groupBy)
{
    if (groupBy == m_groupBy)
        return;
    m_groupBy = groupBy;
    m_scrollY = 0;
    rebuildSource();
}

void TimelineWidget::setFilter(const ListQuery &agreementFilter)
{
    m_filter = agreementFilter;
    m_scrollY = 0;
    rebuildSource();
}

void TimelineWidget::setToday(QDate today)
{
    m_today = today;
    rebuildSource();
}

QDate TimelineWidget::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void TimelineWidget::rebuildSource()
{
    // The lanes are read when they are to be shown, off the GUI thread; the ones shown stay until
    // the new ones are there.
    m_lanesWanted = m_loader != nullptr;
    if (!m_loader)
        m_source.reset();
    else if (isVisible())
        loadLanes();
    invalidateScene();
    setScrollY(m_scrollY);
}

void TimelineWidget::loadLanes()
{
    m_lanesWanted = false;
    m_loader->load(m_groupBy, m_filter, today());
}

bool TimelineWidget::isLoading() const
{
    return m_lanesWanted || (m_loader && m_loader->isLoading());
}

void TimelineWidget::lanesRead(const std::shared_ptr<TimelineLoader::Loaded> &result)
{
    if (!m_db)
        return;
    auto source = std::make_unique<TimelineSource>(*m_db);
    source->setLanes(std::move(result->lanes));
    m_source = std::move(source);
    m_dataExtent = result->extent;
    invalidateScene();
    setScrollY(m_scrollY);
    if (m_fitPending) {
        fitAll();
        m_fitPending = true;
    }
    if (m_revealPending && isVisible())
        revealSelection();
    emit lanesLoaded();
}

void TimelineWidget::invalidateScene()
{
    m_sceneValid = false;
    m_layoutValid = false;
    viewport()->update();
}

void TimelineWidget::databaseChanged(const QStringList &)
{
    // What is on screen now; the lanes and the date extent follow from the reading thread.
    if (m_source)
        m_source->forgetLaneInfo();
    rebuildSource();
    updateScrollBars();
}

QRectF TimelineWidget::plotRect() const
{
    return TimelineLayout::plotRectFor(QRectF(viewport()->rect()), currentOptions());
}

int TimelineWidget::totalRows() const
{
    return m_source ? m_source->rowCount() : 0;
}

TimelineOptions TimelineWidget::currentOptions() const
{
    TimelineOptions options;
    options.today = today();
    // In a short view (a small screen, a large scale) the lanes have the room before the legend;
    // its symbols are explained in the tooltips too.
    const QRectF view(viewport()->rect());
    const double lanes = view.height() - TimelineLayout::axisHeightFor(options);
    options.showLegend = TimelineLayout::legendHeightFor(view.width(), options) <= lanes / 3;
    options.selectedMilestone = m_selectedMilestone;
    options.selectedAgreement = m_selectedAgreement;
    options.hoveredMilestone = m_hoveredMilestone;
    if (m_drag == DragMode::Milestone) {
        options.previewMilestone = m_dragged.meta.id;
        options.previewDue = m_previewDue;
    }
    return options;
}

void TimelineWidget::ensureScene()
{
    if (!m_source) {
        m_scene = TimelineScene();
        m_scene.today = today();
        m_sceneValid = true;
        return;
    }
    const TimelineOptions options = currentOptions();
    const QRectF plot = plotRect();
    const int firstRow = int(std::floor(m_scrollY / options.rowHeight));
    const int visibleRows = int(std::ceil(plot.height() / options.rowHeight)) + 1;
    const int lastRow = std::min(firstRow + visibleRows, m_source->rowCount());
    const QDate from = m_axis.dateAt(0);
    const QDate to = m_axis.dateAt(plot.width());
    const qint64 span = std::max<qint64>(1, from.daysTo(to));
    if (m_sceneValid && m_sceneFirstRow <= firstRow && lastRow <= m_sceneFirstRow + m_sceneRowCount &&
        m_scene.from <= from && to <= m_scene.to && m_scene.from.daysTo(m_scene.to) <= 4 * span)
        return;
    // Scrolling on from the loaded rows loads a margin around the view, so that the next small pans
    // need no query; a jump (scroll bar, selection, first frame) loads just what is visible.
    const bool adjacent = m_sceneValid && firstRow < m_sceneFirstRow + m_sceneRowCount && lastRow > m_sceneFirstRow;
    const int rowMargin = adjacent ? visibleRows / 4 : 0;
    const int loadFirst = std::max(0, firstRow - rowMargin);
    const int loadCount = visibleRows + 2 * rowMargin;
    const QDate loadFrom = from.addDays(-span / 2);
    const QDate loadTo = to.addDays(span / 2);
    const int maxMarks = std::max(50, int(plot.width() * 2 / 5));
    Result<TimelineScene> scene = m_source->scene(loadFirst, loadCount, loadFrom, loadTo, today(), maxMarks);
    if (!scene) {
        report(scene.error().message);
        m_scene = TimelineScene();
        m_scene.today = today();
    } else {
        m_scene = std::move(*scene);
    }
    m_sceneValid = true;
    m_sceneFirstRow = loadFirst;
    m_sceneRowCount = loadCount;
    m_layoutValid = false;
}

void TimelineWidget::ensureLayout()
{
    ensureScene();
    if (m_layoutValid)
        return;
    m_layout = TimelineLayout::build(m_scene, QRectF(viewport()->rect()), m_axis, m_scrollY, currentOptions());
    m_layoutValid = true;
}

const TimelineLayout &TimelineWidget::currentLayout()
{
    ensureLayout();
    return m_layout;
}

const TimelineScene &TimelineWidget::currentScene()
{
    ensureScene();
    return m_scene;
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    ensureLayout();
    TimelinePainter::paint(painter, m_layout);
    const QString placeholder = placeholderText();
    if (!placeholder.isEmpty()) {
        // On a patch of the background, clear of the grid and the today line.
        const QRectF room = plotRect().adjusted(12, 0, -12, 0);
        painter.setFont(TimelineLayout::labelFont(m_layout.options()));
        const QRectF text = painter.boundingRect(room, Qt::AlignCenter | Qt::TextWordWrap, placeholder);
        painter.setPen(Qt::NoPen);
        painter.setBrush(TimelineStyle::backgroundColor());
        painter.drawRoundedRect(text.adjusted(-10, -6, 10, 6), 4, 4);
        painter.setPen(TimelineStyle::mutedTextColor());
        painter.drawText(room, Qt::AlignCenter | Qt::TextWordWrap, placeholder);
    }
}

QString TimelineWidget::placeholderText() const
{
    if (!m_db)
        return tr("Open a portfolio to see its timeline.");
    if (m_source && m_source->rowCount() > 0)
        return {};
    if (isLoading())
        return tr("Reading the agreements…");
    if (!m_filter.search.isEmpty() || !m_filter.filters.isEmpty())
        return tr("No agreements match the filter.");
    return tr("No agreements yet. Add one in Agreements (Ctrl+2, then Edit ▸ Add or Insert); its milestones "
              "then show here on their dates.");
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    m_layoutValid = false;
    if (m_fitPending) {
        fitAll();
        m_fitPending = true;
    }
    updateScrollBars();
    if (m_revealPending && isVisible())
        revealSelection();
}

void TimelineWidget::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    if (m_lanesWanted)
        loadLanes();
    if (m_revealPending)
        revealSelection();
}

std::pair<QDate, QDate> TimelineWidget::scrollExtent() const
{
    QDate first = m_dataExtent.first.isValid() ? m_dataExtent.first : today();
    QDate last = m_dataExtent.second.isValid() ? m_dataExtent.second : today();
    const qint64 pad = std::max<qint64>(90, first.daysTo(last) / 5);
    first = first.addDays(-pad);
    last = last.addDays(pad);
    // The view may lie outside the data (dragged or zoomed out beyond it).
    const double width = plotRect().width();
    first = earlierOf(first, m_axis.dateAt(0));
    last = laterOf(last, m_axis.dateAt(width));
    return {first, last};
}

void TimelineWidget::updateScrollBars()
{
    m_updatingScrollBars = true;
    const QRectF plot = plotRect();
    const auto [first, last] = scrollExtent();
    const double ppd = m_axis.pixelsPerDay();
    const double total = double(first.daysTo(last) + 1) * ppd;
    QScrollBar *h = horizontalScrollBar();
    h->setRange(0, int(std::max(0.0, total - plot.width())));
    h->setPageStep(int(plot.width()));
    h->setSingleStep(std::max(1, int(plot.width() / 20)));
    h->setValue(int(std::lround((m_axis.firstDay() - double(first.toJulianDay())) * ppd)));
    const double rowHeight = currentOptions().rowHeight;
    // The lanes changed or the view did: the vertical position stays where there are lanes to show.
    if (const double clamped = std::clamp(m_scrollY, 0.0, maximumScrollY()); clamped != m_scrollY) {
        m_scrollY = clamped;
        m_layoutValid = false;
        viewport()->update();
    }
    QScrollBar *v = verticalScrollBar();
    v->setRange(0, int(std::ceil(maximumScrollY())));
    v->setPageStep(int(plot.height()));
    v->setSingleStep(int(rowHeight));
    v->setValue(int(std::lround(m_scrollY)));
    m_updatingScrollBars = false;
}

void TimelineWidget::scrollContentsBy(int, int)
{
    if (m_updatingScrollBars)
        return;
    const auto [first, last] = scrollExtent();
    Q_UNUSED(last)
    m_axis = TimelineAxis(double(first.toJulianDay()) + horizontalScrollBar()->value() / m_axis.pixelsPerDay(),
                          m_axis.pixelsPerDay());
    m_scrollY = verticalScrollBar()->value();
    m_fitPending = false;
    m_layoutValid = false;
    viewport()->update();
    emit viewChanged();
}

void TimelineWidget::setAxis(const TimelineAxis &axis)
{
    m_axis = axis;
    m_fitPending = false;
    m_layoutValid = false;
    updateScrollBars();
    viewport()->update();
    emit viewChanged();
}

double TimelineWidget::maximumScrollY() const
{
    return std::max(0.0, totalRows() * currentOptions().rowHeight - plotRect().height());
}

void TimelineWidget::setScrollY(double y)
{
    m_scrollY = std::clamp(y, 0.0, maximumScrollY());
    m_layoutValid = false;
    updateScrollBars();
    viewport()->update();
    emit viewChanged();
}

void TimelineWidget::zoomAt(double atX, double factor)
{
    setAxis(m_axis.zoomedAt(atX - plotRect().left(), factor));
}

void TimelineWidget::zoomIn()
{
    zoomAt(plotRect().center().x(), ZoomStep);
}

void TimelineWidget::zoomOut()
{
    zoomAt(plotRect().center().x(), 1 / ZoomStep);
}

void TimelineWidget::showDateRange(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return;
    if (to < from)
        std::swap(from, to);
    const qint64 pad = std::max<qint64>(7, from.daysTo(to) / 12);
    setAxis(TimelineAxis::fitting(from.addDays(-pad), to.addDays(pad), plotRect().width()));
}

void TimelineWidget::fitAll()
{
    // Without lanes there is nothing to fit (the extent is just today): the years around today.
    if (m_dataExtent.first.isValid() && totalRows() > 0)
        showDateRange(m_dataExtent.first, m_dataExtent.second);
    else
        showDateRange(today().addYears(-2), today().addYears(1));
}

void TimelineWidget::fitSelection()
{
    if (!m_db) {
        fitAll();
        return;
    }
    QDate first;
    QDate last;
    const auto widen = [&](const FuzzyDate &date) {
        if (!date.isValid())
            return;
        first = earlierOf(first, date.first());
        last = laterOf(last, date.last());
    };
    const MilestoneRepository milestones(*m_db);
    if (m_selectedMilestone != 0) {
        const Result<Milestone> m = milestones.get(m_selectedMilestone);
        if (m) {
            widen(m->due);
            widen(m->achievedOn);
            if (const auto history = milestones.history(m_selectedMilestone))
                for (const MilestoneChange &change : *history)
                    widen(change.oldDue);
        }
    } else if (m_selectedAgreement != 0) {
        if (const Result<Agreement> a = AgreementRepository(*m_db).get(m_selectedAgreement)) {
            widen(a->signedOn);
            widen(a->startsOn);
            widen(a->endsOn);
        }
        if (const auto list = milestones.listForAgreement(m_selectedAgreement))
            for (const Milestone &m : *list) {
                widen(m.due);
                widen(m.achievedOn);
            }
    }
    if (!first.isValid()) {
        fitAll();
        return;
    }
    showDateRange(first, last);
    if (m_source && m_selectedAgreement != 0)
        ensureRowVisible(m_source->rowOfAgreement(m_selectedAgreement));
}

void TimelineWidget::ensureRowVisible(int row)
{
    if (row < 0)
        return;
    const double rowHeight = currentOptions().rowHeight;
    const double top = row * rowHeight;
    const double height = plotRect().height();
    if (top < m_scrollY + rowHeight) // keep clear of a sticky group header
        setScrollY(top - rowHeight);
    else if (top + rowHeight > m_scrollY + height)
        setScrollY(top + rowHeight - height + rowHeight);
}

void TimelineWidget::centreOn(QDate day)
{
    const double x = m_axis.x(day);
    const double width = plotRect().width();
    if (x >= 0 && x <= width)
        return;
    setAxis(m_axis.scrolled(x - width / 2));
}

void TimelineWidget::selectMilestone(qint64 milestoneId)
{
    m_selectedMilestone = milestoneId;
    m_layoutValid = false;
    if (milestoneId != 0 && m_db) {
        if (const Result<Milestone> m = MilestoneRepository(*m_db).get(milestoneId))
            m_selectedAgreement = m->agreementId;
        revealSelection();
    }
    viewport()->update();
}

void TimelineWidget::selectAgreement(qint64 agreementId)
{
    m_selectedMilestone = 0;
    m_selectedAgreement = agreementId;
    m_layoutValid = false;
    revealSelection();
    viewport()->update();
}

void TimelineWidget::revealSelection()
{
    // Hidden, or the lanes not read yet: once they are.
    m_revealPending = !isVisible() || !m_source;
    if (!isVisible() || !m_db)
        return;
    if (m_source && m_selectedAgreement != 0)
        ensureRowVisible(m_source->rowOfAgreement(m_selectedAgreement));
    if (m_selectedMilestone == 0)
        return;
    if (const Result<Milestone> m = MilestoneRepository(*m_db).get(m_selectedMilestone)) {
        if (m->due.isValid())
            centreOn(m->due.first());
        else if (m->achievedOn.isValid())
            centreOn(m->achievedOn.first());
    }
}

void TimelineWidget::setHovered(qint64 milestoneId)
{
    if (milestoneId == m_hoveredMilestone)
        return;
    m_hoveredMilestone = milestoneId;
    m_layoutValid = false;
    viewport()->update();
}
