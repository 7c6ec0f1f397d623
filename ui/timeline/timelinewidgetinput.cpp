// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinewidget.h"

#include "store/database.h"
#include "store/milestonerepository.h"
#include "timeline/timelinereschedulecommand.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QToolTip>
#include <QUndoStack>
#include <QWheelEvent>

#include <cmath>

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
