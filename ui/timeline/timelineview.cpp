// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelineview.h"

#include "records/filterbar.h"
#include "timeline/timelinewidget.h"
#include "windowcontext.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_timeline(new TimelineWidget(this))
    , m_filterBar(new FilterBar(QStringLiteral("agreements"), this))
    , m_groupBy(new QComboBox(this))
{
    setObjectName(QStringLiteral("timelineView"));
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("timelineToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // The grouping says what it is ("By status") rather than taking a label's room on a small screen.
    m_groupBy->setObjectName(QStringLiteral("timelineGroupBy"));
    m_groupBy->setToolTip(tr("Group the lanes"));
    m_groupBy->setAccessibleName(tr("Group by"));
    m_groupBy->addItem(tr("Not grouped"), int(TimelineGroupBy::None));
    m_groupBy->addItem(tr("By partner"), int(TimelineGroupBy::Partner));
    m_groupBy->addItem(tr("By country"), int(TimelineGroupBy::Country));
    m_groupBy->addItem(tr("By theme"), int(TimelineGroupBy::Theme));
    m_groupBy->addItem(tr("By kind"), int(TimelineGroupBy::Kind));
    m_groupBy->addItem(tr("By status"), int(TimelineGroupBy::Status));
    m_groupBy->setCurrentIndex(m_groupBy->findData(int(m_timeline->groupBy())));
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &TimelineView::groupByChosen);
    bar->addWidget(m_groupBy);
    bar->addSeparator();

    const auto makeAction = [bar](const QString &text, const char *name, const QKeySequence &shortcut,
                                  const QString &tip) {
        auto *action = new QAction(text, bar);
        action->setObjectName(QLatin1String(name));
        action->setToolTip(tip);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        return action;
    };
    const auto addAction = [bar, &makeAction](const QString &text, const char *name, const QKeySequence &shortcut,
                                              const QString &tip) {
        QAction *action = makeAction(text, name, shortcut, tip);
        bar->addAction(action);
        return action;
    };
    // Short labels, so that the bar fits beside the Details pane on a small screen.
    connect(
        addAction(tr("−", "zoom out"), "actionTimelineZoomOut", QKeySequence::ZoomOut, tr("Zoom out (−, Ctrl+wheel)")),
        &QAction::triggered, m_timeline, &TimelineWidget::zoomOut);
    connect(addAction(tr("+", "zoom in"), "actionTimelineZoomIn", QKeySequence::ZoomIn, tr("Zoom in (+, Ctrl+wheel)")),
            &QAction::triggered, m_timeline, &TimelineWidget::zoomIn);
    connect(addAction(tr("Fit all"), "actionTimelineFitAll", QKeySequence(), tr("Show everything (Home)")),
            &QAction::triggered, m_timeline, &TimelineWidget::fitAll);
    connect(addAction(tr("Fit selection"), "actionTimelineFitSelection", QKeySequence(),
                      tr("Zoom to the selected milestone or agreement")),
            &QAction::triggered, m_timeline, &TimelineWidget::fitSelection);
    bar->addSeparator();
    // Both exports behind one button, so that the bar fits a small screen without an overflow arrow.
    auto *exportMenu = new QMenu(bar);
    exportMenu->setObjectName(QStringLiteral("timelineExportMenu"));
    QAction *png = makeAction(tr("&PNG Image…"), "actionTimelineExportPng", QKeySequence(),
                              tr("Save the timeline as it is shown as a PNG image"));
    connect(png, &QAction::triggered, this, [this] { exportAs(QStringLiteral("png")); });
    QAction *svg = makeAction(tr("&SVG Drawing…"), "actionTimelineExportSvg", QKeySequence(),
                              tr("Save the timeline as it is shown as an SVG drawing"));
    connect(svg, &QAction::triggered, this, [this] { exportAs(QStringLiteral("svg")); });
    exportMenu->addActions({png, svg});
    auto *exportButton = new QToolButton(bar);
    exportButton->setObjectName(QStringLiteral("timelineExportButton"));
    exportButton->setText(tr("Export"));
    exportButton->setToolTip(tr("Save the timeline as it is shown as a PNG image or an SVG drawing"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setMenu(exportMenu);
    bar->addWidget(exportButton);

    // The agreements' filters apply to the lanes.
    m_filterBar->setObjectName(QStringLiteral("timelineFilterBar"));
    connect(m_filterBar, &FilterBar::queryChanged, this,
            [this](const QString &search, const QMap<QString, QString> &filters) {
                ListQuery query;
                query.search = search;
                query.filters = filters;
                m_timeline->setFilter(query);
            });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    auto *filters = new QWidget(this);
    auto *filtersLayout = new QHBoxLayout(filters);
    filtersLayout->setContentsMargins(6, 2, 6, 4);
    filtersLayout->addWidget(m_filterBar);
    layout->addWidget(filters);
    layout->addWidget(m_timeline, 1);
    setFocusProxy(m_timeline);

    m_chooseFile = [this](const QString &caption, const QString &suggestedName) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, caption, folder + QLatin1Char('/') + suggestedName);
    };
    setErrorReporter([this](const QString &message) { QMessageBox::warning(this, tr("Timeline"), message); });
}

void TimelineView::setDatabase(Database *db)
{
    m_filterBar->clear();
    m_filterBar->setDatabase(db);
    m_timeline->setDatabase(db);
}

TimelineView *TimelineView::addTo(WindowContext &context)
{
    auto *view = new TimelineView(&context.mainWindow());
    TimelineWidget *timeline = view->timeline();
    context.addView(QStringLiteral("timeline"), tr("Timeline"), view);
    timeline->setUndoStack(context.undoStack());
    context.followDatabase(view, [view](Database *db) { view->setDatabase(db); });

    // Selection, both ways: the tables' selection shows here, a click here selects in the tables.
    RecordSelection *selection = context.selection();
    connect(selection, &RecordSelection::milestoneSelected, timeline, [timeline](qint64 id) {
        if (id != timeline->selectedMilestone())
            timeline->selectMilestone(id);
    });
    connect(selection, &RecordSelection::agreementSelected, timeline, [timeline](qint64 id) {
        if (id != timeline->selectedAgreement() || timeline->selectedMilestone() != 0)
            timeline->selectAgreement(id);
    });
    connect(timeline, &TimelineWidget::selectionChanged, selection, [selection](qint64 milestone, qint64 agreement) {
        if (milestone != 0)
            selection->selectMilestone(milestone);
        else
            selection->selectAgreement(agreement);
    });
    // Double-click: the record in the detail pane, ready to edit (the pane opens if the user had closed it).
    const auto openDetails = [&context] {
        if (auto *details = context.mainWindow().findChild<QAction *>(QStringLiteral("actionShowDetails"));
            details && !details->isChecked())
            details->trigger();
        QWidget *pane = context.detailPane();
        if (auto *dock = qobject_cast<QDockWidget *>(pane->parentWidget()))
            dock->raise();
        auto *stack = qobject_cast<QStackedWidget *>(pane);
        QWidget *form = stack && stack->currentWidget() ? stack->currentWidget() : pane;
        form->setFocus(Qt::OtherFocusReason);
    };
    connect(timeline, &TimelineWidget::milestoneActivated, view, [selection, openDetails](qint64 id) {
        selection->selectMilestone(id);
        openDetails();
    });
    connect(timeline, &TimelineWidget::agreementActivated, view, [selection, openDetails](qint64 id) {
        selection->selectAgreement(id);
        openDetails();
    });
    return view;
}

void TimelineView::setErrorReporter(ErrorReporter reporter)
{
    m_reportError = reporter;
    m_timeline->setErrorReporter(std::move(reporter));
}

void TimelineView::groupByChosen(int index)
{
    m_timeline->setGroupBy(TimelineGroupBy(m_groupBy->itemData(index).toInt()));
}

bool TimelineView::exportAs(const QString &format)
{
    const QString caption =
        format == QLatin1String("svg") ? tr("Export the timeline as SVG") : tr("Export the timeline as PNG");
    QString path = m_chooseFile(caption, tr("timeline.%1").arg(format));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        path += QLatin1Char('.') + format;
    QString error;
    if (!m_timeline->exportTo(path, &error)) {
        if (m_reportError)
            m_reportError(error);
        return false;
    }
    return true;
}
