// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinewidget.h"

#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/milestonerepository.h"
#include "timeline/timelineloader.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinereschedulecommand.h"
#include "timeline/timelinesource.h"
#include "timeline/timelinestyle.h"

#include <QApplication>
#include <QFileInfo>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPainter>
#include <QScrollBar>
#include <QShowEvent>
#include <QSvgGenerator>
#include <QToolTip>
#include <QUndoStack>
#include <QWheelEvent>

#include <cmath>

namespace {

// Rows exported whole up to this many; beyond, the visible ones.
constexpr int MaxExportRows = 300;
constexpr double ZoomStep = 1.25;

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

void TimelineWidget::report(const QString &message)
{
    if (m_reportError)
        m_reportError(message);
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta.y() != 0)
            zoomAt(event->position().x(), std::pow(ZoomStep, delta.y() / 120.0));
        event->accept();
        return;
    }
    const bool sideways = (event->modifiers() & Qt::ShiftModifier) || qAbs(delta.x()) > qAbs(delta.y());
    if (sideways) {
        const int amount = delta.x() != 0 ? delta.x() : delta.y();
        setAxis(m_axis.scrolled(-amount / 120.0 * plotRect().width() / 10));
    } else {
        setScrollY(m_scrollY - delta.y() / 120.0 * 3 * currentOptions().rowHeight);
    }
    event->accept();
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const double width = plotRect().width();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    case Qt::Key_Left:
        setAxis(m_axis.scrolled(-width / 10));
        break;
    case Qt::Key_Right:
        setAxis(m_axis.scrolled(width / 10));
        break;
    case Qt::Key_Up:
        setScrollY(m_scrollY - currentOptions().rowHeight);
        break;
    case Qt::Key_Down:
        setScrollY(m_scrollY + currentOptions().rowHeight);
        break;
    case Qt::Key_PageUp:
        setScrollY(m_scrollY - plotRect().height());
        break;
    case Qt::Key_PageDown:
        setScrollY(m_scrollY + plotRect().height());
        break;
    case Qt::Key_Escape:
        if (m_drag == DragMode::Milestone) {
            m_drag = DragMode::None;
            m_layoutValid = false;
            viewport()->update();
        }
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    ensureLayout();
    const TimelineLayout::Hit hit = m_layout.hitAt(event->position());
    m_drag = DragMode::Pending;
    m_pressPos = event->position();
    m_pressAxis = m_axis;
    m_pressScrollY = m_scrollY;
    m_pressMilestone = 0;
    switch (hit.kind) {
    case TimelineLayout::Hit::Kind::Milestone:
    case TimelineLayout::Hit::Kind::Label:
        m_selectedMilestone = hit.milestoneId;
        m_selectedAgreement = hit.agreementId;
        if (hit.kind == TimelineLayout::Hit::Kind::Milestone)
            m_pressMilestone = hit.milestoneId;
        emit selectionChanged(m_selectedMilestone, m_selectedAgreement);
        break;
    case TimelineLayout::Hit::Kind::Cluster:
    case TimelineLayout::Hit::Kind::Lane:
    case TimelineLayout::Hit::Kind::LaneHeader:
        m_selectedMilestone = 0;
        m_selectedAgreement = hit.agreementId;
        emit selectionChanged(0, m_selectedAgreement);
        break;
    case TimelineLayout::Hit::Kind::GroupHeader:
    case TimelineLayout::Hit::Kind::Event:
    case TimelineLayout::Hit::Kind::Axis:
    case TimelineLayout::Hit::Kind::None:
        break;
    }
    m_layoutValid = false;
    viewport()->update();
    event->accept();
}

int TimelineWidget::unitsBetween(const FuzzyDate &due, QDate target) const
{
    const QDate from = due.first();
    const int months = (target.year() - from.year()) * 12 + (target.month() - from.month());
    const auto floorDiv = [](int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); };
    switch (due.precision()) {
    case FuzzyDate::Precision::Day:
        return int(from.daysTo(target));
    case FuzzyDate::Precision::Month:
        return months;
    case FuzzyDate::Precision::Quarter:
        return floorDiv(months, 3);
    case FuzzyDate::Precision::Half:
        return floorDiv(months, 6);
    case FuzzyDate::Precision::Year:
        return target.year() - from.year();
    }
    return 0;
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_drag == DragMode::None) {
        ensureLayout();
        const TimelineLayout::Hit hit = m_layout.hitAt(pos);
        const bool onMilestone =
            hit.kind == TimelineLayout::Hit::Kind::Milestone || hit.kind == TimelineLayout::Hit::Kind::Label;
        setHovered(onMilestone ? hit.milestoneId : 0);
        const bool movable = hit.kind == TimelineLayout::Hit::Kind::Milestone && m_db && !m_db->isReadOnly();
        viewport()->setCursor(
            movable ? Qt::SizeHorCursor
                    : (hit.kind == TimelineLayout::Hit::Kind::Cluster ? Qt::PointingHandCursor : Qt::ArrowCursor));
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    const QPointF delta = pos - m_pressPos;
    if (m_drag == DragMode::Pending) {
        if (delta.manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag = DragMode::Pan;
        if (m_pressMilestone != 0 && m_db && !m_db->isReadOnly()) {
            const Result<Milestone> m = MilestoneRepository(*m_db).get(m_pressMilestone);
            if (m && m->due.isValid()) {
                m_dragged = *m;
                m_previewDue = m->due;
                m_drag = DragMode::Milestone;
                viewport()->setCursor(Qt::SizeHorCursor);
            }
        }
        if (m_drag == DragMode::Pan)
            viewport()->setCursor(Qt::ClosedHandCursor);
    }
    if (m_drag == DragMode::Pan) {
        m_fitPending = false;
        m_axis = m_pressAxis.scrolled(-delta.x());
        m_scrollY = m_pressScrollY;
        setScrollY(m_pressScrollY - delta.y());
        return;
    }
    // Dragging a milestone: its middle snaps to the period under it, in whole units of its precision.
    const double middle = (m_pressAxis.x(m_dragged.due.first()) + m_pressAxis.xAfter(m_dragged.due.last())) / 2;
    const QDate target = m_axis.dateAt(middle + delta.x());
    const FuzzyDate preview = m_dragged.due.addUnits(unitsBetween(m_dragged.due, target));
    if (preview != m_previewDue) {
        m_previewDue = preview;
        m_layoutValid = false;
        viewport()->update();
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const DragMode mode = m_drag;
    m_drag = DragMode::None;
    viewport()->setCursor(Qt::ArrowCursor);
    if (mode == DragMode::Milestone) {
        const int units = unitsBetween(m_dragged.due, m_previewDue.first());
        m_layoutValid = false;
        viewport()->update();
        if (units != 0 && m_db && m_undoStack)
            m_undoStack->push(new TimelineRescheduleCommand(*m_db, m_dragged, units, m_reportError));
    } else if (mode == DragMode::Pending) {
        // A click on a cluster zooms into it.
        ensureLayout();
        if (m_layout.hitAt(event->position()).kind == TimelineLayout::Hit::Kind::Cluster)
            for (const TimelineLayout::Mark &mark : m_layout.marks())
                if (mark.kind == TimelineLayout::MarkKind::Cluster &&
                    mark.rect.adjusted(-2, -2, 2, 2).contains(event->position())) {
                    showDateRange(mark.cluster.first, mark.cluster.last);
                    break;
                }
    }
    event->accept();
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    ensureLayout();
    const TimelineLayout::Hit hit = m_layout.hitAt(event->position());
    switch (hit.kind) {
    case TimelineLayout::Hit::Kind::Milestone:
    case TimelineLayout::Hit::Kind::Label:
        emit milestoneActivated(hit.milestoneId);
        break;
    case TimelineLayout::Hit::Kind::Lane:
    case TimelineLayout::Hit::Kind::LaneHeader:
        if (hit.agreementId != 0)
            emit agreementActivated(hit.agreementId);
        break;
    default:
        break;
    }
    event->accept();
}

void TimelineWidget::leaveEvent(QEvent *event)
{
    setHovered(0);
    QAbstractScrollArea::leaveEvent(event);
}

bool TimelineWidget::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        ensureLayout();
        const QString tip = m_layout.toolTipAt(help->pos(), m_scene);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

Result<TimelineScene> TimelineWidget::exportScene(double width) const
{
    const TimelineOptions options;
    const QRectF view = plotRect();
    TimelineScene scene;
    scene.today = today();
    scene.from = m_axis.dateAt(0);
    scene.to = m_axis.dateAt(view.width());
    if (!m_source)
        return scene;
    const int rows = m_source->rowCount();
    const bool all = rows <= MaxExportRows;
    const int firstRow = all ? 0 : int(std::floor(m_scrollY / options.rowHeight));
    const int count = all ? rows : int(std::ceil(view.height() / options.rowHeight));
    const double plotWidth = TimelineLayout::plotRectFor(QRectF(0, 0, width, 1000), options).width();
    Result<TimelineScene> loaded =
        m_source->scene(firstRow, count, scene.from, scene.to, today(), std::max(50, int(plotWidth / 5)));
    if (!loaded)
        return loaded;
    loaded->firstRow = 0; // drawn from the top
    return loaded;
}

QImage TimelineWidget::renderImage(double width, double devicePixelRatio)
{
    Result<TimelineScene> scene = exportScene(width);
    if (!scene) {
        report(scene.error().message);
        return {};
    }
    TimelineOptions options;
    options.today = today();
    const double height = TimelineLayout::heightFor(scene->rowCount(), width, options);
    QImage image(QSize(int(std::ceil(width * devicePixelRatio)), int(std::ceil(height * devicePixelRatio))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(TimelineStyle::backgroundColor());
    QPainter painter(&image);
    TimelinePainter::paintFitted(painter, QRectF(0, 0, width, height), *scene, options);
    return image;
}

bool TimelineWidget::exportTo(const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const double width = std::max(800, viewport()->width());
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString unwritable = tr("Could not write %1; choose a folder you can write to.").arg(path);
    if (suffix == QLatin1String("png")) {
        const QImage image = renderImage(width, 2.0);
        if (image.isNull())
            return fail(tr("The timeline could not be read from the portfolio."));
        return image.save(path, "PNG") || fail(unwritable);
    }
    if (suffix != QLatin1String("svg"))
        return fail(tr("Export the timeline as .png or .svg, not “.%1”.").arg(suffix));
    const Result<TimelineScene> scene = exportScene(width);
    if (!scene)
        return fail(scene.error().message);
    TimelineOptions options;
    options.today = today();
    const double height = TimelineLayout::heightFor(scene->rowCount(), width, options);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(QSize(int(width), int(std::ceil(height))));
    svg.setViewBox(QRectF(0, 0, width, height));
    svg.setTitle(tr("Timeline"));
    svg.setDescription(
        tr("Pactline timeline, %1 to %2").arg(scene->from.toString(Qt::ISODate), scene->to.toString(Qt::ISODate)));
    QPainter painter;
    if (!painter.begin(&svg))
        return fail(unwritable);
    TimelinePainter::paintFitted(painter, QRectF(0, 0, width, height), *scene, options);
    return painter.end() || fail(unwritable);
}
