// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "find/findanythingbox.h"

#include "records/partnerform.h"
#include "store/database.h"
#include "windowcontext.h"

#include <QAction>
#include <QApplication>
#include <QGraphicsDropShadowEffect>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <utility>

namespace {

// The pause after the last key before the box searches.
constexpr int PauseMs = 120;
// What a row holds in its first column: the index of its hit, or NoHit for a kind's title or a message.
constexpr int HitRole = Qt::UserRole;
constexpr int NoHit = -1;

RecordSelection::Kind recordKind(FindAnything::Kind kind)
{
    switch (kind) {
    case FindAnything::Kind::Partner:
    case FindAnything::Kind::Contact:
        return RecordSelection::Kind::Partner;
    case FindAnything::Kind::Agreement:
        return RecordSelection::Kind::Agreement;
    case FindAnything::Kind::Milestone:
        return RecordSelection::Kind::Milestone;
    case FindAnything::Kind::Event:
        return RecordSelection::Kind::Event;
    }
    return RecordSelection::Kind::None;
}

} // namespace

FindAnythingBox *FindAnythingBox::addTo(WindowContext &context)
{
    return new FindAnythingBox(context);
}

FindAnythingBox::FindAnythingBox(WindowContext &context)
    : QFrame(&context.mainWindow())
    , m_context(context)
    , m_action(new QAction(tr("Find &Anything…"), &context.mainWindow()))
    , m_search(new QLineEdit(this))
    , m_results(new QTreeWidget(this))
    , m_pause(new QTimer(this))
{
    setObjectName(QStringLiteral("findAnythingBox"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(18);
    shadow->setOffset(0, 3);
    shadow->setColor(QColor(0, 0, 0, 90));
    setGraphicsEffect(shadow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    m_search->setObjectName(QStringLiteral("findAnythingField"));
    m_search->setAccessibleName(tr("Find anything"));
    m_search->setPlaceholderText(tr("Find partners, agreements, milestones, events and contacts"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    m_results->setObjectName(QStringLiteral("findAnythingResults"));
    m_results->setAccessibleName(tr("Records found"));
    m_results->setColumnCount(2);
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->setItemsExpandable(false);
    m_results->setIndentation(14);
    m_results->setStyleSheet(QStringLiteral("QTreeView::item { padding: 2px 4px; }"));
    m_results->setUniformRowHeights(true);
    m_results->setAllColumnsShowFocus(true);
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setFrameShape(QFrame::NoFrame);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->header()->setStretchLastSection(true);
    m_results->hide();
    layout->addWidget(m_results);
    connect(m_results, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const int index = item->data(0, HitRole).toInt();
        if (index != NoHit)
            open(m_hits.at(index));
    });

    m_pause->setSingleShot(true);
    m_pause->setInterval(PauseMs);
    connect(m_pause, &QTimer::timeout, this, &FindAnythingBox::search);
    connect(m_search, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    // Focus leaving the box (a click elsewhere, another window) closes it.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (isVisible() && now && now != this && !isAncestorOf(now))
            hide();
    });
    context.mainWindow().installEventFilter(this);
    hide();

    m_action->setObjectName(QStringLiteral("actionFindAnything"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_action->setEnabled(context.database() != nullptr);
    connect(m_action, &QAction::triggered, this, &FindAnythingBox::popUp);
    context.editMenu()->addAction(m_action);
    connect(&context.notifier(), &WindowNotifier::portfolioOpened, m_action, [this] { m_action->setEnabled(true); });
    connect(&context.notifier(), &WindowNotifier::portfolioClosed, this, [this] {
        m_action->setEnabled(false);
        hide();
        m_search->clear();
        m_searched.clear();
        showHits({}, {});
    });
}

const FindAnything::Hit *FindAnythingBox::currentHit() const
{
    const QTreeWidgetItem *item = m_results->currentItem();
    const int index = item ? item->data(0, HitRole).toInt() : NoHit;
    return index == NoHit ? nullptr : &m_hits.at(index);
}

void FindAnythingBox::popUp()
{
    if (!m_context.database())
        return;
    if (!isVisible()) {
        m_returnFocus = QApplication::focusWidget();
        // The portfolio may have changed since the box last searched.
        m_searched.clear();
        search();
    }
    place();
    show();
    raise();
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool FindAnythingBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_context.mainWindow() && event->type() == QEvent::Resize && isVisible())
        place();
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    // Down and Up move the current hit by one, Page Down and Page Up by five.
    const std::pair<int, int> steps[] = {
        {Qt::Key_Down, 1}, {Qt::Key_Up, -1}, {Qt::Key_PageDown, 5}, {Qt::Key_PageUp, -5}};
    for (const auto &[stepKey, step] : steps) {
        if (key == stepKey) {
            moveCurrent(step);
            return true;
        }
    }
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        openCurrent();
        return true;
    case Qt::Key_Escape:
        dismiss();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}

void FindAnythingBox::search()
{
    m_pause->stop();
    const QString text = m_search->text();
    if (text == m_searched && !m_searched.isNull())
        return;
    m_searched = text;
    Database *db = m_context.database();
    if (!db || !FindAnything::isSearchable(text)) {
        showHits({}, {});
        return;
    }
    const auto hits = FindAnything::find(*db, text);
    if (!hits)
        showHits({}, hits.error().message);
    else if (hits->isEmpty())
        showHits({}, tr("Nothing matches “%1”.").arg(text.trimmed()));
    else
        showHits(*hits, {});
}

void FindAnythingBox::showHits(const QList<FindAnything::Hit> &hits, const QString &message)
{
    m_hits = hits;
    m_results->clear();
    QFont titleFont = m_results->font();
    titleFont.setBold(true);
    const QBrush detailBrush = m_results->palette().brush(QPalette::PlaceholderText);
    QTreeWidgetItem *first = nullptr;
    QTreeWidgetItem *title = nullptr;
    for (int i = 0; i < m_hits.size(); ++i) {
        const FindAnything::Hit &hit = m_hits.at(i);
        // Each kind's hits under its title.
        if (i == 0 || m_hits.at(i - 1).kind != hit.kind) {
            title = new QTreeWidgetItem(m_results, {kindTitle(hit.kind)});
            title->setData(0, HitRole, NoHit);
            title->setFont(0, titleFont);
            title->setFlags(Qt::ItemIsEnabled);
            title->setFirstColumnSpanned(true);
            title->setExpanded(true);
        }
        auto *row = new QTreeWidgetItem(title, {hit.label, hit.detail});
        row->setData(0, HitRole, i);
        row->setToolTip(0, hit.label);
        row->setToolTip(1, hit.detail);
        row->setForeground(1, detailBrush);
        if (!first)
            first = row;
    }
    if (!message.isEmpty()) {
        auto *note = new QTreeWidgetItem(m_results, {message});
        note->setData(0, HitRole, NoHit);
        note->setFlags(Qt::ItemIsEnabled);
        note->setFirstColumnSpanned(true);
        note->setForeground(0, detailBrush);
    }
    if (first)
        m_results->setCurrentItem(first);
    if (isVisible())
        place();
    m_results->scrollToTop();
}

void FindAnythingBox::moveCurrent(int steps)
{
    if (m_pause->isActive())
        search();
    QList<QTreeWidgetItem *> rows;
    for (QTreeWidgetItemIterator it(m_results); *it; ++it)
        if ((*it)->data(0, HitRole).toInt() != NoHit)
            rows << *it;
    if (rows.isEmpty())
        return;
    const int at = int(rows.indexOf(m_results->currentItem()));
    QTreeWidgetItem *next = rows.at(qBound(0, at < 0 ? 0 : at + steps, int(rows.size()) - 1));
    m_results->setCurrentItem(next);
    // A kind's title above its first hit shows with it.
    if (next->parent() && next->parent()->indexOfChild(next) == 0)
        m_results->scrollToItem(next->parent());
    m_results->scrollToItem(next);
}

void FindAnythingBox::openCurrent()
{
    // Enter before the pause is over opens a hit for the text as typed, never one of the text before.
    if (m_pause->isActive() || m_search->text() != m_searched)
        search();
    if (const FindAnything::Hit *hit = currentHit())
        open(*hit);
}

void FindAnythingBox::open(const FindAnything::Hit &hit)
{
    const FindAnything::Hit chosen = hit;
    hide();
    const bool contact = chosen.kind == FindAnything::Kind::Contact;
    m_context.openRecord(recordKind(chosen.kind), contact ? chosen.ownerId : chosen.id);
    if (contact && m_context.selection()->partnerId() == chosen.ownerId)
        if (auto *form = m_context.mainWindow().findChild<PartnerForm *>())
            form->showContact(chosen.id);
}

void FindAnythingBox::dismiss()
{
    hide();
    if (m_returnFocus)
        m_returnFocus->setFocus(Qt::OtherFocusReason);
}

void FindAnythingBox::place()
{
    const QWidget *view = m_context.mainWindow().centralWidget();
    const QRect area(view->mapTo(&m_context.mainWindow(), QPoint(0, 0)), view->size());
    const int width = qBound(qMin(320, area.width()), area.width() - 32, 640);
    int rows = 0;
    for (QTreeWidgetItemIterator it(m_results); *it; ++it)
        ++rows;
    m_results->setVisible(rows > 0);
    if (rows > 0) {
        const int rowHeight = m_results->sizeHintForRow(0);
        const QMargins margins = contentsMargins() + layout()->contentsMargins();
        const int room =
            area.height() - 16 - m_search->sizeHint().height() - layout()->spacing() - margins.top() - margins.bottom();
        m_results->setFixedHeight(qBound(rowHeight, rows * rowHeight + 2 * m_results->frameWidth(), room));
        m_results->setColumnWidth(0, (width - 16) * 11 / 20);
    }
    setFixedWidth(width);
    adjustSize();
    move(area.x() + (area.width() - width) / 2, area.y() + 8);
}

QString FindAnythingBox::kindTitle(FindAnything::Kind kind)
{
    switch (kind) {
    case FindAnything::Kind::Partner:
        return tr("Partners");
    case FindAnything::Kind::Agreement:
        return tr("Agreements");
    case FindAnything::Kind::Milestone:
        return tr("Milestones");
    case FindAnything::Kind::Event:
        return tr("Events");
    case FindAnything::Kind::Contact:
        return tr("Contacts");
    }
    return {};
}
