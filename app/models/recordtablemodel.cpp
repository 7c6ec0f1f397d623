// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/recordtablemodel.h"

#include "models/backgroundcounter.h"
#include "models/recordwriter.h"
#include "store/database.h"

#include <QSet>

#include <algorithm>

namespace {

// Whether the list shows less than the whole table: search text or a filter.
bool isFiltered(const ListQuery &query)
{
    return !query.search.trimmed().isEmpty() || !query.filters.isEmpty();
}

} // namespace

RecordTableModel::RecordTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_directWriter(std::make_unique<RecordWriter>())
{}

RecordTableModel::~RecordTableModel() = default;

Database *RecordTableModel::database() const
{
    return m_db;
}

void RecordTableModel::setDatabase(Database *db)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    if (m_db)
        connect(m_db, &Database::changed, this, &RecordTableModel::onStoreChanged);
    reload();
}

void RecordTableModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(int(m_count) - 1, columnCount() - 1));
}

void RecordTableModel::setDefaultSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_query.sortKey = m_columns.value(column).sortKey;
    m_query.order = order;
}

int RecordTableModel::columnOfKey(const QString &key) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).key == key)
            return i;
    return -1;
}

void RecordTableModel::setSearch(const QString &text)
{
    setQuery(text, m_query.filters);
}

void RecordTableModel::setFilter(const QString &key, const QString &value)
{
    QMap<QString, QString> filters = m_query.filters;
    if (value.isEmpty())
        filters.remove(key);
    else
        filters.insert(key, value);
    setQuery(m_query.search, filters);
}

void RecordTableModel::setQuery(const QString &search, const QMap<QString, QString> &filters)
{
    if (m_query.search == search && m_query.filters == filters)
        return;
    m_query.search = search;
    m_query.filters = filters;
    requery();
}

qint64 RecordTableModel::idAt(int row) const
{
    if (row < 0 || row >= m_count)
        return 0;
    const QList<qint64> *ids = page(row / m_pageSize);
    const int offset = row % m_pageSize;
    return ids && offset < ids->size() ? ids->at(offset) : 0;
}

int RecordTableModel::rowOfId(qint64 id)
{
    if (!m_db || id <= 0)
        return -1;
    if (m_small)
        return int(m_allIds.indexOf(id));
    const Result<qint64> position = fetchPosition(*m_db, m_query, id);
    if (!position) {
        report(position.error());
        return -1;
    }
    if (*position >= m_count && !m_countExact)
        countNow();
    return *position < 0 || *position >= m_count ? -1 : int(*position);
}

int RecordTableModel::loadedRowOfId(qint64 id) const
{
    if (id <= 0)
        return -1;
    if (m_small)
        return int(m_allIds.indexOf(id));
    if (const qsizetype at = m_firstPage.indexOf(id); at >= 0)
        return int(at);
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        if (const qsizetype at = it->indexOf(id); at >= 0)
            return it.key() * m_pageSize + int(at);
    return -1;
}

QModelIndex RecordTableModel::indexOfId(qint64 id, int column)
{
    const int row = rowOfId(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

void RecordTableModel::reload()
{
    m_totalKnown = false;
    requery();
}

void RecordTableModel::requery()
{
    beginResetModel();
    load();
    endResetModel();
    emit countsChanged();
}

void RecordTableModel::load()
{
    const bool totalKnown = m_totalKnown;
    const qint64 total = m_total;
    m_totalKnown = false;
    ++m_generation;
    clearPages();
    m_allIds.clear();
    m_small = true;
    m_count = 0;
    m_countExact = true;
    m_total = 0;
    if (!m_db)
        return;
    // A costly filter looks no further than the first page before its rows show; the count of a long
    // list comes from the counting thread (counting a million rows takes longer than showing them).
    const bool costly = m_counter && isCostly(m_query);
    const int probe = costly ? qMin(m_pageSize, m_smallListLimit) + 1 : m_smallListLimit + 1;
    const Result<QList<qint64>> first = fetchIds(*m_db, m_query, ListWindow::start(0, probe));
    if (!first) {
        report(first.error());
        return;
    }
    if (first->size() < probe) {
        m_allIds = *first;
        m_count = m_allIds.size();
    } else {
        m_small = false;
        m_firstPage = first->mid(0, m_pageSize);
        if (m_counter) {
            m_count = first->size();
            m_countExact = false;
            requestCount();
        } else {
            const BackgroundCounter::Counts counted = countJob(m_query)(*m_db);
            if (!counted) {
                report(counted.error());
                return;
            }
            m_count = counted->value(0);
        }
    }
    if (!isFiltered(m_query)) {
        // Until the count of a long list arrives, its total is as far as it is known.
        m_total = m_count;
        m_totalKnown = m_countExact;
        return;
    }
    if (totalKnown) {
        m_total = total; // the store has not changed since it was counted: each keystroke counts no more
    } else {
        const BackgroundCounter::Counts counted = countJob(ListQuery())(*m_db);
        if (!counted)
            return;
        m_total = counted->value(0);
    }
    m_totalKnown = true;
}

void RecordTableModel::requestCount()
{
    const quint64 generation = m_generation;
    m_counter->submit(QStringLiteral("rows-%1").arg(quintptr(this)), this, countJob(m_query),
                      [this, generation](const BackgroundCounter::Counts &counts) {
                          if (!counts)
                              report(counts.error());
                          else
                              countArrived(generation, counts->value(0));
                      });
}

void RecordTableModel::countArrived(quint64 generation, qint64 count)
{
    if (generation != m_generation || m_countExact)
        return;
    if (count < m_count) {
        // The store changed while counting: start again.
        reload();
        return;
    }
    dropPartialLastPage();
    if (count > m_count) {
        beginInsertRows(QModelIndex(), int(m_count), int(count) - 1);
        m_count = count;
        m_countExact = true;
        endInsertRows();
    }
    countIsExact();
}

void RecordTableModel::countNow()
{
    const BackgroundCounter::Counts counted = countJob(m_query)(*m_db);
    if (!counted)
        report(counted.error());
    else
        countArrived(m_generation, counted->value(0));
}

void RecordTableModel::countIsExact()
{
    m_countExact = true;
    if (!isFiltered(m_query)) {
        m_total = m_count;
        m_totalKnown = true;
    }
    emit countsChanged();
}

void RecordTableModel::dropPartialLastPage()
{
    const int last = int((m_count - 1) / m_pageSize);
    const auto it = m_pages.find(last);
    if (it != m_pages.end() && it->size() < m_pageSize) {
        dropRows(*it);
        m_pages.erase(it);
        m_lru.removeAll(last);
    }
}

void RecordTableModel::onStoreChanged(const QStringList &tables)
{
    const QStringList watched = watchedTables();
    for (const QString &table : tables) {
        if (watched.contains(table)) {
            refresh();
            return;
        }
    }
}

void RecordTableModel::refresh()
{
    if (!m_db)
        return;
    if (!m_small) {
        reload();
        return;
    }
    const Result<QList<qint64>> fresh = fetchIds(*m_db, m_query, ListWindow::start(0, m_smallListLimit + 1));
    if (!fresh) {
        report(fresh.error());
        return;
    }
    if (fresh->size() > m_smallListLimit) {
        reload();
        return;
    }
    applyIdList(*fresh);
    clearPages();
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(int(m_count) - 1, columnCount() - 1));
    const bool filtered = isFiltered(m_query);
    m_totalKnown = !filtered;
    if (!filtered) {
        m_total = m_count;
    } else {
        const BackgroundCounter::Counts total = countJob(ListQuery())(*m_db);
        m_total = total ? total->value(0) : m_total;
        m_totalKnown = bool(total);
    }
    emit countsChanged();
}

void RecordTableModel::applyIdList(const QList<qint64> &fresh)
{
    // Rows that went away, from the bottom up, in runs.
    const QSet<qint64> keep(fresh.cbegin(), fresh.cend());
    for (int i = int(m_allIds.size()) - 1; i >= 0; --i) {
        if (keep.contains(m_allIds.at(i)))
            continue;
        int first = i;
        while (first > 0 && !keep.contains(m_allIds.at(first - 1)))
            --first;
        beginRemoveRows(QModelIndex(), first, i);
        m_allIds.remove(first, i - first + 1);
        m_count = m_allIds.size();
        clearPages();
        endRemoveRows();
        i = first;
    }
    // Then, top down, rows that came and rows that moved. The rows that keep their relative order
    // (the longest run of it) stay; the others move, so that one edited row is one move.
    const QSet<qint64> staying = longestOrderedRun(m_allIds, fresh);
    QSet<qint64> present(m_allIds.cbegin(), m_allIds.cend());
    for (int i = 0; i < fresh.size(); ++i) {
        const qint64 id = fresh.at(i);
        if (i < m_allIds.size() && m_allIds.at(i) == id)
            continue;
        if (present.contains(id)) {
            if (staying.contains(id)) {
                // The row here belongs further down: park it at the end until its turn comes.
                beginMoveRows(QModelIndex(), i, i, QModelIndex(), int(m_allIds.size()));
                m_allIds.move(i, m_allIds.size() - 1);
                clearPages();
                endMoveRows();
                --i;
                continue;
            }
            const int from = int(m_allIds.indexOf(id, i));
            beginMoveRows(QModelIndex(), from, from, QModelIndex(), i);
            m_allIds.move(from, i);
            clearPages();
            endMoveRows();
            continue;
        }
        int last = i;
        while (last + 1 < fresh.size() && !present.contains(fresh.at(last + 1)))
            ++last;
        beginInsertRows(QModelIndex(), i, last);
        for (int k = i; k <= last; ++k) {
            m_allIds.insert(k, fresh.at(k));
            present.insert(fresh.at(k));
        }
        m_count = m_allIds.size();
        clearPages();
        endInsertRows();
        i = last;
    }
}

QSet<qint64> RecordTableModel::longestOrderedRun(const QList<qint64> &current, const QList<qint64> &fresh)
{
    // Positions in `current` of the rows of `fresh` that are there, in fresh order; their longest
    // increasing subsequence (patience sorting, O(n log n)).
    QHash<qint64, int> at;
    for (int i = 0; i < current.size(); ++i)
        at.insert(current.at(i), i);
    QList<qint64> ids;
    QList<int> positions;
    for (qint64 id : fresh) {
        if (const auto it = at.constFind(id); it != at.constEnd()) {
            ids << id;
            positions << *it;
        }
    }
    QList<int> tails; // index into positions of the smallest tail of each run length
    QList<int> previous(positions.size(), -1);
    for (int i = 0; i < positions.size(); ++i) {
        const auto slot = std::lower_bound(tails.cbegin(), tails.cend(), positions.at(i),
                                           [&](int tail, int value) { return positions.at(tail) < value; });
        const int length = int(slot - tails.cbegin());
        if (length > 0)
            previous[i] = tails.at(length - 1);
        if (length == tails.size())
            tails << i;
        else
            tails[length] = i;
    }
    QSet<qint64> run;
    for (int i = tails.isEmpty() ? -1 : tails.constLast(); i >= 0; i = previous.at(i))
        run.insert(ids.at(i));
    return run;
}

void RecordTableModel::clearPages()
{
    m_firstPage.clear();
    m_pages.clear();
    m_lru.clear();
    dropAllRows();
}

const QList<qint64> *RecordTableModel::page(int index) const
{
    if (const auto it = m_pages.constFind(index); it != m_pages.constEnd()) {
        if (m_lru.constLast() != index) {
            m_lru.removeOne(index);
            m_lru.append(index);
        }
        return &*it;
    }
    // While the server is away, rows not read yet stay empty: a read would fail (or wait for the
    // network) at each repaint. The server's return announces every table changed, and they are read.
    if (!m_db || !m_db->isServerReachable())
        return nullptr;
    const int first = index * m_pageSize;
    const int end = int(qMin<qint64>(qint64(first) + m_pageSize, m_count));
    if (first >= end)
        return nullptr;
    QList<qint64> ids;
    if (m_small) {
        ids = m_allIds.mid(first, end - first);
    } else if (index == 0 && m_firstPage.size() == end - first) {
        ids = m_firstPage;
    } else {
        // Next to a loaded page, seek from its edge; otherwise count in from the nearer end.
        ListWindow window;
        const auto before = m_pages.constFind(index - 1);
        const auto after = m_pages.constFind(index + 1);
        if (before != m_pages.constEnd() && before->size() == m_pageSize)
            window = ListWindow::after(before->constLast(), end - first);
        else if (after != m_pages.constEnd() && !after->isEmpty())
            window = ListWindow::before(after->constFirst(), end - first);
        else if (!m_countExact || first <= m_count - end)
            window = ListWindow::start(first, end - first);
        else
            window = ListWindow::end(int(m_count - end), end - first);
        const Result<QList<qint64>> fetched = fetchIds(*m_db, m_query, window);
        if (!fetched) {
            report(fetched.error());
            return nullptr;
        }
        ids = *fetched;
    }
    auto *self = const_cast<RecordTableModel *>(this);
    if (const Result<void> loaded = self->loadRows(*m_db, ids); !loaded) {
        report(loaded.error());
        return nullptr;
    }
    m_pages.insert(index, ids);
    m_lru.append(index);
    while (m_lru.size() > m_maxPages)
        self->dropRows(m_pages.take(m_lru.takeFirst()));
    return &*m_pages.constFind(index);
}

void RecordTableModel::report(const StoreError &error) const
{
    emit const_cast<RecordTableModel *>(this)->storeFailed(error.message);
}

bool RecordTableModel::isCostly(const ListQuery &query) const
{
    return !query.search.trimmed().isEmpty() || query.filters.value(QStringLiteral("overdue")) == QLatin1String("1");
}

bool RecordTableModel::isCell(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.row() < m_count &&
           index.column() < m_columns.size();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const qint64 id = idAt(index.row());
    if (id == 0)
        return {};
    if (role == IdRole)
        return id;
    if (role == EditorRole)
        return int(m_readOnly ? Editor::None : m_columns.at(index.column()).editor);
    return cellData(id, index.column(), role);
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == Qt::ToolTipRole && m_columns.at(section).sortKey.isEmpty())
        return tr("%1 (not sortable)").arg(m_columns.at(section).title);
    return {};
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_readOnly && m_columns.at(index.column()).editor != Editor::None)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_db || m_readOnly || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const qint64 id = idAt(index.row());
    if (id == 0)
        return false;
    RecordWriter &writer = m_writer ? *m_writer : *m_directWriter;
    const Result<void> written = writeCell(*m_db, writer, id, index.column(), value);
    if (written)
        return true;
    if (written.error().kind == StoreError::Kind::Invalid) {
        emit editRefused(written.error().message);
        return false;
    }
    emit storeFailed(written.error().message);
    refresh();
    return false;
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size() || m_columns.at(column).sortKey.isEmpty())
        return;
    if (m_sortColumn == column && m_query.order == order)
        return;
    m_sortColumn = column;
    m_query.sortKey = m_columns.at(column).sortKey;
    m_query.order = order;
    requery();
}

bool RecordTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_db && !m_countExact;
}

void RecordTableModel::fetchMore(const QModelIndex &parent)
{
    // Views ask from inside their handling of other signals; the rows come a moment later.
    if (!canFetchMore(parent) || m_fetchQueued)
        return;
    m_fetchQueued = true;
    QMetaObject::invokeMethod(this, &RecordTableModel::fetchNextPage, Qt::QueuedConnection);
}

void RecordTableModel::fetchNextPage()
{
    m_fetchQueued = false;
    if (!canFetchMore({}) || m_count == 0)
        return;
    const qint64 lastId = idAt(int(m_count) - 1);
    if (lastId == 0)
        return;
    const Result<QList<qint64>> more = fetchIds(*m_db, m_query, ListWindow::after(lastId, m_pageSize));
    if (!more) {
        report(more.error());
        return;
    }
    dropPartialLastPage();
    if (!more->isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_count), int(m_count + more->size()) - 1);
        m_count += more->size();
        endInsertRows();
    }
    if (more->size() < m_pageSize)
        countIsExact();
}
