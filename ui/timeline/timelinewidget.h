// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/milestone.h"
#include "store/database.h"
#include "store/listquery.h"
#include "store/storeerror.h"
#include "timeline/timelineaxis.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelineloader.h"
#include "timeline/timelineoptions.h"
#include "timeline/timelinescene.h"

#include <QAbstractScrollArea>
#include <QPointer>

#include <functional>
#include <memory>

class QUndoStack;
class TimelineSource;

// The timeline on screen: draws with TimelinePainter, reads only the visible rows and dates (plus a
// margin) through TimelineSource, zooms with Ctrl+wheel and +/- keeping the point under the mouse
// still, pans by dragging and with the scroll bars (the lane header column stays put), selects
// milestones and agreements, and reschedules a milestone by dragging it (an undoable command).
class TimelineWidget final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);
    ~TimelineWidget() override;

    // The portfolio shown (nullptr: none). Reloads whenever it reports a change. Its lanes and date
    // extent are read on another thread (TimelineLoader), once the widget is shown: until they are
    // there, the widget says it is reading them.
    void setDatabase(Database *db);
    // Whether lanes are still to be read (the widget not shown yet) or being read.
    bool isLoading() const;
    Database *database() const { return m_db; }
    // Where reschedule commands go; without one the widget keeps its own stack.
    void setUndoStack(QUndoStack *stack);
    QUndoStack *undoStack() const;
    // How errors are shown (a message box by default).
    using ErrorReporter = std::function<void(const QString &message)>;
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }

    void setGroupBy(TimelineGroupBy groupBy);
    TimelineGroupBy groupBy() const { return m_groupBy; }
    // The filter bar's agreement filter (search and the AgreementRepository filters).
    void setFilter(const ListQuery &agreementFilter);
    const ListQuery &filter() const { return m_filter; }
    // The day counted as today (default: the real one).
    void setToday(QDate today);
    QDate today() const;

    // The view: the horizontal axis (x = 0 at the left of the plot) and the vertical scroll position,
    // always within [0, maximumScrollY()] (the lanes below the axis fill the view or start at its top).
    const TimelineAxis &axis() const { return m_axis; }
    void setAxis(const TimelineAxis &axis);
    double scrollY() const { return m_scrollY; }
    void setScrollY(double y);
    double maximumScrollY() const;
    // Zooms by `factor` keeping the date under viewport x `atX` where it is.
    void zoomAt(double atX, double factor);
    void zoomIn();
    void zoomOut();
    void fitAll();
    void fitSelection();
    void showDateRange(QDate from, QDate to);

    // Selection, shared with the tables: setting it here emits nothing.
    qint64 selectedMilestone() const { return m_selectedMilestone; }
    qint64 selectedAgreement() const { return m_selectedAgreement; }
    void selectMilestone(qint64 milestoneId);
    void selectAgreement(qint64 agreementId);

    // The layout of the last frame (in viewport coordinates) and the scene it shows.
    const TimelineLayout &currentLayout();
    const TimelineScene &currentScene();
    QRectF plotRect() const;
    int totalRows() const;
    // What the timeline says in place of lanes when it has none (empty when it has lanes).
    QString placeholderText() const;

    // Renders the current date range and filter (all rows when they are not too many, otherwise
    // the visible ones) `width` wide, as an image or into a PNG or SVG file (by its suffix).
    QImage renderImage(double width, double devicePixelRatio = 1.0);
    bool exportTo(const QString &path, QString *error = nullptr);

signals:
    // The user selected a milestone (with its agreement) or just an agreement (milestone 0).
    void selectionChanged(qint64 milestoneId, qint64 agreementId);
    void milestoneActivated(qint64 milestoneId);
    void agreementActivated(qint64 agreementId);
    // The axis or the vertical position changed.
    void viewChanged();
    // New lanes and date extent were read and show from now on.
    void lanesLoaded();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    static constexpr double ZoomStep = 1.25; // one step of Zoom In, Zoom Out and the wheel

    enum class DragMode
    {
        None,
        Pending, // pressed, not moved far enough yet
        Pan,
        Milestone
    };

    void rebuildSource();
    void loadLanes();
    void lanesRead(const std::shared_ptr<TimelineLoader::Loaded> &result);
    void invalidateScene();
    void databaseChanged(const QStringList &tables);
    // Loads the scene for the visible rows and dates unless the loaded one covers them.
    void ensureScene();
    void ensureLayout();
    TimelineOptions currentOptions() const;
    void updateScrollBars();
    void ensureRowVisible(int row);
    void centreOn(QDate day);
    // Brings the selection into view: now when the widget is shown, else once it is (a hidden widget
    // does not have its real size yet).
    void revealSelection();
    void setHovered(qint64 milestoneId);
    void report(const QString &message);
    int unitsBetween(const FuzzyDate &due, QDate target) const;
    std::pair<QDate, QDate> scrollExtent() const;
    // What an export shows: the visible dates, all rows (or the visible ones when there are many).
    Result<TimelineScene> exportScene(double width) const;

    QPointer<Database> m_db;
    std::unique_ptr<TimelineLoader> m_loader;
    std::unique_ptr<TimelineSource> m_source;
    bool m_lanesWanted = false; // lanes to be read once the widget is shown
    std::unique_ptr<QUndoStack> m_ownUndoStack;
    QPointer<QUndoStack> m_undoStack;
    ErrorReporter m_reportError;
    TimelineGroupBy m_groupBy = TimelineGroupBy::Status;
    ListQuery m_filter;
    QDate m_today;
    TimelineAxis m_axis;
    double m_scrollY = 0;
    bool m_fitPending = false;    // fit all again on resize until the user moves the view
    bool m_revealPending = false; // the selection was made while hidden: show it once shown
    std::pair<QDate, QDate> m_dataExtent;
    bool m_updatingScrollBars = false;

    // The loaded scene and what it covers.
    TimelineScene m_scene;
    bool m_sceneValid = false;
    int m_sceneFirstRow = 0;
    int m_sceneRowCount = 0;
    TimelineLayout m_layout;
    bool m_layoutValid = false;

    qint64 m_selectedMilestone = 0;
    qint64 m_selectedAgreement = 0;
    qint64 m_hoveredMilestone = 0;

    DragMode m_drag = DragMode::None;
    QPointF m_pressPos;
    TimelineAxis m_pressAxis;
    double m_pressScrollY = 0;
    Milestone m_dragged;
    FuzzyDate m_previewDue;
    qint64 m_pressMilestone = 0;
};
