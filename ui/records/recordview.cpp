// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/recordview.h"

#include "models/recordtablemodel.h"
#include "records/filterbar.h"
#include "records/noticeoverlay.h"
#include "records/recorddelegate.h"

#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace {

// How many selected rows survive a reload by id (each costs a lookup in a long list).
constexpr int KeptSelection = 50;

// Enter edits the current cell of a view that has the focus (when the cell can be edited). An
// Enter that an editor passed on to its view is not a request to edit again.
class EnterEdits final : public QObject
{
public:
    explicit EnterEdits(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    {}

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (object != m_view || event->type() != QEvent::KeyPress || !m_view->hasFocus())
            return false;
        const int key = static_cast<QKeyEvent *>(event)->key();
        const QModelIndex current = m_view->currentIndex();
        if ((key != Qt::Key_Return && key != Qt::Key_Enter) || !current.isValid() ||
            !(current.flags() & Qt::ItemIsEditable))
            return false;
        m_view->edit(current);
        return true;
    }

private:
    QAbstractItemView *m_view;
};

// A first width for a column, until the user sets one.
int defaultWidth(const QString &key, int column)
{
    static const QHash<QString, int> widths{
        {QStringLiteral("kind"), 170},        {QStringLiteral("status"), 95},        {QStringLiteral("signed_on"), 130},
        {QStringLiteral("starts_on"), 110},   {QStringLiteral("ends_on"), 110},      {QStringLiteral("due"), 110},
        {QStringLiteral("achieved_on"), 110}, {QStringLiteral("date"), 130},         {QStringLiteral("parties"), 180},
        {QStringLiteral("themes"), 200},      {QStringLiteral("milestones"), 80},    {QStringLiteral("overdue"), 70},
        {QStringLiteral("country"), 120},     {QStringLiteral("short_name"), 90},    {QStringLiteral("agreements"), 90},
        {QStringLiteral("agreement"), 220},   {QStringLiteral("participants"), 320}, {QStringLiteral("place"), 160},
    };
    return widths.value(key, column == 0 ? 290 : 140);
}

} // namespace

RecordView::RecordView(const QString &id, RecordTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_id(id)
    , m_model(model)
    , m_filterBar(new FilterBar(id, this))
    , m_table(new QTableView(this))
    , m_delegate(new RecordDelegate(this))
    , m_message(new NoticeOverlay(m_table))
{
    setObjectName(id + QStringLiteral("View"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);

    m_table->setObjectName(id + QStringLiteral("Table"));
    m_table->setModel(model);
    for (int column = 0; column < model->columns().size(); ++column)
        m_table->setColumnHidden(column, model->columns().at(column).hidden);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(model->sortColumn(), model->sortOrder());
    m_table->setSortingEnabled(true);
    for (int column = 0; column < model->columnCount(); ++column)
        header->resizeSection(column, defaultWidth(model->columns().at(column).key, column));
    editOnEnter(m_table);

    connect(header, &QHeaderView::customContextMenuRequested, this, &RecordView::showColumnMenu);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &RecordView::keepSortIndicator);
    connect(m_filterBar, &FilterBar::queryChanged, model, &RecordTableModel::setQuery);
    m_message->setObjectName(id + QStringLiteral("Message"));
    connect(m_delegate, &RecordDelegate::refused, this, &RecordView::showMessage);
    connect(model, &RecordTableModel::editRefused, this, &RecordView::showMessage);
    connect(model, &RecordTableModel::storeFailed, this, [this](const QString &message) {
        showMessage(message);
        emit storeFailed(message);
    });
    connect(model, &QAbstractItemModel::dataChanged, m_message, &NoticeOverlay::clearNotice);
    connect(m_filterBar, &FilterBar::queryChanged, m_message, &NoticeOverlay::clearNotice);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &RecordView::rememberSelection);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordView::restoreSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordView::announceCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordView::selectionChanged);
    setFocusProxy(m_table);
}

void RecordView::setDatabase(Database *db)
{
    m_selectOnLoad = 0;
    if (m_model->database() == db) {
        m_unread = nullptr;
        return;
    }
    if (m_model->database()) {
        m_filterBar->setDatabase(nullptr);
        m_model->setDatabase(nullptr);
    }
    m_unread = db;
}

void RecordView::showRecords()
{
    if (!m_unread)
        return;
    // The filter's choices (countries, themes) are read with the rows.
    m_filterBar->setDatabase(m_unread);
    m_model->setDatabase(m_unread);
    m_unread = nullptr;
    if (const qint64 id = std::exchange(m_selectOnLoad, 0); id > 0)
        selectId(id);
}

bool RecordView::isLoaded() const
{
    return m_model->database() && !m_unread;
}

qint64 RecordView::currentId() const
{
    if (m_unread)
        return m_selectOnLoad;
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

QList<qint64> RecordView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (const qint64 id = m_model->idAt(index.row()); id > 0)
            ids << id;
    return ids;
}

bool RecordView::selectId(qint64 id)
{
    if (m_unread) {
        m_selectOnLoad = id;
        return false;
    }
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, qMax(0, m_table->currentIndex().column()));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void RecordView::editCurrent(int column)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex cell = m_model->index(current.row(), column);
    m_table->setCurrentIndex(cell);
    m_table->scrollTo(cell);
    m_table->edit(cell);
}

QByteArray RecordView::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void RecordView::restoreHeaderState(const QByteArray &state)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state))
        return;
    // The sort shown is the sort done.
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    keepSortIndicator();
}

void RecordView::setColumnShown(int column, bool shown)
{
    // The last visible column stays.
    if (!shown && m_table->horizontalHeader()->count() - m_table->horizontalHeader()->hiddenSectionCount() <= 1)
        return;
    m_table->setColumnHidden(column, !shown);
}

bool RecordView::isColumnShown(int column) const
{
    return !m_table->isColumnHidden(column);
}

void RecordView::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    menu.addSection(tr("Columns"));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(isColumnShown(column));
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnShown(column, on); });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(position));
}

void RecordView::keepSortIndicator()
{
    // A column that cannot be sorted does not take the indicator.
    QHeaderView *header = m_table->horizontalHeader();
    if (header->sortIndicatorSection() == m_model->sortColumn() && header->sortIndicatorOrder() == m_model->sortOrder())
        return;
    const QSignalBlocker blocker(header);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void RecordView::rememberSelection()
{
    m_restoring = true;
    m_rememberedCurrent = currentId();
    m_rememberedSelection = selectedIds().mid(0, KeptSelection);
}

int RecordView::rowAfterReload(qint64 id) const
{
    // Asking a long list under a costly filter where a row stands costs as much as counting it:
    // then only the rows at hand are looked at.
    const int loaded = m_model->loadedRowOfId(id);
    if (loaded >= 0 || m_model->hasCostlyFilter())
        return loaded;
    return m_model->rowOfId(id);
}

void RecordView::restoreSelection()
{
    if (m_rememberedCurrent > 0) {
        const int row = rowAfterReload(m_rememberedCurrent);
        if (row >= 0) {
            const QModelIndex index = m_model->index(row, 0);
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
            m_table->scrollTo(index);
        }
    }
    QItemSelection selection;
    for (qint64 id : std::as_const(m_rememberedSelection)) {
        const int row = rowAfterReload(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    }
    if (!selection.isEmpty())
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_restoring = false;
    m_rememberedSelection.clear();
    announceCurrent();
}

void RecordView::announceCurrent()
{
    if (m_restoring)
        return;
    const qint64 id = currentId();
    if (id == m_currentId)
        return;
    m_currentId = id;
    m_message->clearNotice();
    emit currentIdChanged(id);
}

void RecordView::showMessage(const QString &text)
{
    m_message->showNotice(text, true);
}

QString RecordView::message() const
{
    return m_message->notice();
}

void RecordView::editOnEnter(QAbstractItemView *view)
{
    view->installEventFilter(new EnterEdits(view));
}
