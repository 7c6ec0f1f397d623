// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "models/agreementtablemodel.h"
#include "models/eventtablemodel.h"
#include "models/milestonetablemodel.h"
#include "models/partnertablemodel.h"
#include "records/filterbar.h"
#include "records/recordview.h"
#include "server/serverretry.h"
#include "themecolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

void MainWindow::createViews()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_bannerRow = new QWidget(central);
    m_bannerRow->setAutoFillBackground(true);
    m_bannerRow->setPalette(ThemeColors::bannerPalette(palette()));
    auto *bannerLayout = new QHBoxLayout(m_bannerRow);
    bannerLayout->setContentsMargins(0, 0, 10, 0);
    m_banner = new QLabel(m_bannerRow);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(m_banner, 1);
    m_retryServer = new QPushButton(tr("Retry Now"), m_bannerRow);
    m_retryServer->setObjectName(QStringLiteral("retryServer"));
    m_retryServer->hide();
    bannerLayout->addWidget(m_retryServer, 0, Qt::AlignVCenter);
    m_bannerRow->hide();
    layout->addWidget(m_bannerRow);
    m_serverRetry = new ServerRetry(this);
    connect(m_retryServer, &QPushButton::clicked, m_serverRetry, &ServerRetry::retryNow);
    m_lockRetry = new QTimer(this);
    m_lockRetry->setInterval(2000);
    connect(m_lockRetry, &QTimer::timeout, this, &MainWindow::updateBanner);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    m_sidebar = new QListWidget(splitter);
    m_sidebar->setObjectName(QStringLiteral("viewList"));
    m_sidebar->setAccessibleName(tr("Views"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setMinimumWidth(110);
    m_sidebar->setMaximumWidth(220);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); font-size: 11pt; } "
                                            "QListWidget::item { padding: 7px 12px; }"));
    m_stack = new QStackedWidget(splitter);
    m_stack->setObjectName(QStringLiteral("viewStack"));
    m_noPortfolio = new QLabel(tr("No portfolio is open.\n\nFile ▸ New… creates one, File ▸ Open… opens one; "
                                  "you can also drop a .pactline file here."),
                               m_stack);
    m_noPortfolio->setObjectName(QStringLiteral("noPortfolio"));
    m_noPortfolio->setAlignment(Qt::AlignCenter);
    m_noPortfolio->setWordWrap(true);
    m_stack->addWidget(m_noPortfolio);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    addRecordView(QStringLiteral("partners"), tr("Partners"), RecordSelection::Kind::Partner,
                  new RecordView(QStringLiteral("partners"), m_partners, m_stack));
    addRecordView(QStringLiteral("agreements"), tr("Agreements"), RecordSelection::Kind::Agreement,
                  new RecordView(QStringLiteral("agreements"), m_agreements, m_stack));
    addRecordView(QStringLiteral("milestones"), tr("Milestones"), RecordSelection::Kind::Milestone,
                  new RecordView(QStringLiteral("milestones"), m_milestones, m_stack));
    addRecordView(QStringLiteral("events"), tr("Events"), RecordSelection::Kind::Event,
                  new RecordView(QStringLiteral("events"), m_events, m_stack));
    // Wide enough for the longest view name in any language ("Overeenkomsten").
    splitter->setSizes({qBound(125, m_sidebar->sizeHintForColumn(0), m_sidebar->maximumWidth()), 1000});
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_views.size())
            showView(m_views.at(row).id);
    });
}

void MainWindow::addRecordView(const QString &id, const QString &title, RecordSelection::Kind kind, RecordView *view)
{
    m_views.append({id, title, view, view, kind});
    view->table()->setAccessibleName(title);
    m_stack->addWidget(view);
    m_sidebar->addItem(title);
    connect(view, &RecordView::currentIdChanged, this, [this, kind, view](qint64 recordId) {
        // Only the list in front chooses what the Details pane shows: a hidden list's current row also
        // moves when the store changes under it (an undo, another window), and must not put its
        // record's form beside another list.
        const ViewEntry *shown = currentEntry();
        if (shown && shown->records == view)
            m_selection->selectRecord(kind, recordId);
    });
    connect(view, &RecordView::storeFailed, this, &MainWindow::reportStoreFailure);
    connect(view->model(), &RecordTableModel::countsChanged, this, &MainWindow::updateStatus);
    connect(view, &RecordView::selectionChanged, this, &MainWindow::updateActions);
}

void MainWindow::addView(const QString &id, const QString &title, QWidget *view)
{
    m_views.append({id, title, view, nullptr, RecordSelection::Kind::None});
    m_stack->addWidget(view);
    m_sidebar->addItem(title);
    if (m_viewMenu) {
        const int index = int(m_views.size());
        QAction *action = m_viewMenu->addAction(title, this, [this, id] { showView(id); });
        action->setObjectName(QStringLiteral("actionView_") + id);
        if (index <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + index)));
    }
}

QStringList MainWindow::viewIds() const
{
    QStringList ids;
    for (const ViewEntry &entry : m_views)
        ids << entry.id;
    return ids;
}

bool MainWindow::showView(const QString &id)
{
    for (int i = 0; i < m_views.size(); ++i) {
        if (m_views.at(i).id != id)
            continue;
        if (currentEntry() && currentEntry()->id != id && !settleChangedForm()) {
            // Stay: the sidebar shows the view that is still there, also once the click that asked
            // has selected its row (the list selects after it reports the new current row).
            const auto stay = [this] {
                const QSignalBlocker blocker(m_sidebar);
                m_sidebar->setCurrentRow(m_currentView);
            };
            stay();
            QMetaObject::invokeMethod(this, stay, Qt::QueuedConnection);
            return false;
        }
        m_currentView = i;
        if (m_sidebar->currentRow() != i) {
            const QSignalBlocker blocker(m_sidebar);
            m_sidebar->setCurrentRow(i);
        }
        // A list reads the portfolio when it is first shown, not when the portfolio opens.
        if (RecordView *records = m_views.at(i).records; records && m_db)
            records->showRecords();
        m_stack->setCurrentWidget(m_db ? m_views.at(i).widget : static_cast<QWidget *>(m_noPortfolio));
        // The detail pane shows this list's current record.
        if (const RecordView *records = m_views.at(i).records)
            m_selection->selectRecord(m_views.at(i).kind, records->currentId());
        updateActions();
        updateStatus();
        return true;
    }
    return false;
}

QString MainWindow::currentViewId() const
{
    const ViewEntry *entry = currentEntry();
    return entry ? entry->id : QString();
}

const MainWindow::ViewEntry *MainWindow::currentEntry() const
{
    return m_currentView >= 0 && m_currentView < m_views.size() ? &m_views.at(m_currentView) : nullptr;
}

RecordView *MainWindow::recordView(const QString &id) const
{
    for (const ViewEntry &entry : m_views)
        if (entry.id == id)
            return entry.records;
    return nullptr;
}

void MainWindow::returnToSelection()
{
    // A list moved on to another row while the form of the current record stayed: back to it.
    for (const ViewEntry &entry : std::as_const(m_views))
        if (entry.records && entry.kind == m_selection->kind() && entry.records->currentId() != m_selection->id())
            entry.records->selectId(m_selection->id());
}

void MainWindow::followSelection(RecordSelection::Kind kind, qint64 id)
{
    // A selection made elsewhere (the timeline) shows in the list of that kind.
    for (const ViewEntry &entry : std::as_const(m_views))
        if (entry.kind == kind && entry.records && id > 0 && entry.records->currentId() != id)
            entry.records->selectId(id);
}

void MainWindow::openRecord(RecordSelection::Kind kind, qint64 id)
{
    for (const ViewEntry &entry : std::as_const(m_views)) {
        if (entry.kind != kind || !entry.records)
            continue;
        showView(entry.id);
        if (!entry.records->selectId(id)) {
            // Not listed with the current filter: show everything, then select it.
            entry.records->filterBar()->clear();
            entry.records->selectId(id);
        }
        entry.records->table()->setFocus();
        return;
    }
}

QList<qint64> MainWindow::currentSelection() const
{
    const ViewEntry *entry = currentEntry();
    if (!entry || !entry->records)
        return {};
    QList<qint64> ids = entry->records->selectedIds();
    if (ids.isEmpty() && entry->records->currentId() > 0)
        ids << entry->records->currentId();
    return ids;
}

void MainWindow::focusSearch()
{
    const ViewEntry *entry = currentEntry();
    if (!entry || !entry->records)
        return;
    QLineEdit *search = entry->records->filterBar()->searchField();
    search->setFocus(Qt::ShortcutFocusReason);
    search->selectAll();
}
