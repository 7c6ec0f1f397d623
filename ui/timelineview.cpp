#include "timelineview.h"

#include "timeline/timelinescene.h"
#include "timelinewidget.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolBar>
#include <QVBoxLayout>

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_timeline(new TimelineWidget(this))
    , m_groupBy(new QComboBox(this))
{
    setObjectName(QStringLiteral("timelineView"));
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("timelineToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *label = new QLabel(tr("Group by "), bar);
    label->setBuddy(m_groupBy);
    bar->addWidget(label);
    m_groupBy->setObjectName(QStringLiteral("timelineGroupBy"));
    for (TimelineGroupBy groupBy : {TimelineGroupBy::None, TimelineGroupBy::Partner, TimelineGroupBy::Country,
                                    TimelineGroupBy::Theme, TimelineGroupBy::Kind, TimelineGroupBy::Status})
        m_groupBy->addItem(TimelineScene::groupByName(groupBy), int(groupBy));
    m_groupBy->setCurrentIndex(m_groupBy->findData(int(m_timeline->groupBy())));
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &TimelineView::groupByChosen);
    bar->addWidget(m_groupBy);
    bar->addSeparator();

    const auto addAction = [&](const QString &text, const char *name, const QKeySequence &shortcut,
                               const QString &tip) {
        QAction *action = bar->addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setToolTip(tip);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        return action;
    };
    connect(addAction(tr("Zoom in"), "actionTimelineZoomIn", QKeySequence::ZoomIn, tr("Zoom in (+, Ctrl+wheel)")),
            &QAction::triggered, m_timeline, &TimelineWidget::zoomIn);
    connect(addAction(tr("Zoom out"), "actionTimelineZoomOut", QKeySequence::ZoomOut, tr("Zoom out (−, Ctrl+wheel)")),
            &QAction::triggered, m_timeline, &TimelineWidget::zoomOut);
    connect(addAction(tr("Fit all"), "actionTimelineFitAll", QKeySequence(), tr("Show everything (Home)")),
            &QAction::triggered, m_timeline, &TimelineWidget::fitAll);
    connect(addAction(tr("Fit selection"), "actionTimelineFitSelection", QKeySequence(),
                      tr("Zoom to the selected milestone or agreement")),
            &QAction::triggered, m_timeline, &TimelineWidget::fitSelection);
    bar->addSeparator();
    connect(addAction(tr("Export PNG…"), "actionTimelineExportPng", QKeySequence(),
                      tr("Save the timeline as it is shown as a PNG image")),
            &QAction::triggered, this, [this] { exportAs(QStringLiteral("png")); });
    connect(addAction(tr("Export SVG…"), "actionTimelineExportSvg", QKeySequence(),
                      tr("Save the timeline as it is shown as an SVG drawing")),
            &QAction::triggered, this, [this] { exportAs(QStringLiteral("svg")); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
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
    m_timeline->setDatabase(db);
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
