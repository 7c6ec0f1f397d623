// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trash/trashdialog.h"

#include "store/database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

TrashDialog::TrashDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("trashDialog"));
    setWindowTitle(tr("Trash"));
    m_list->setObjectName(QStringLiteral("trashList"));
    m_list->setHeaderLabels({tr("Deleted"), tr("When"), tr("By"), tr("With it")});
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreFromTrash"));
    m_purge = buttons->addButton(tr("&Delete Permanently…"), QDialogButtonBox::ActionRole);
    m_purge->setObjectName(QStringLiteral("deletePermanently"));
    m_empty = buttons->addButton(tr("&Empty Trash…"), QDialogButtonBox::ActionRole);
    m_empty->setObjectName(QStringLiteral("emptyTrash"));
    for (QPushButton *button : {m_restore, m_purge, m_empty})
        button->setAutoDefault(false);
    connect(m_restore, &QPushButton::clicked, this, &TrashDialog::restoreSelected);
    connect(m_purge, &QPushButton::clicked, this, &TrashDialog::purgeSelected);
    connect(m_empty, &QPushButton::clicked, this, &TrashDialog::emptyTrash);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, this, &TrashDialog::restoreSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TrashDialog::updateButtons);
    m_list->installEventFilter(this);
    // The portfolio closing takes the dialog with it.
    connect(&m_db, &QObject::destroyed, this, [this] {
        hide();
        deleteLater();
    });
    // Any change may be a delete, an undo or another program's write (ChangeFeed does not say which).
    connect(&m_db, &Database::changed, this, &TrashDialog::refresh);
    m_ask = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) ==
               QMessageBox::Yes;
    };
    m_reportError = [this](const QString &title, const QString &message) {
        QMessageBox::warning(this, title, message);
    };
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Deleted records stay here, with everything that went with them, until you restore "
                                "them or empty the trash."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    refresh();
    m_list->setFocus();
    resize(720, 400);
}

QString TrashDialog::describe(const TrashEntry &entry)
{
    const QString label = QStringLiteral("“%1”").arg(entry.label);
    const int others = entry.recordCount - 1;
    QString what;
    if (entry.table == QLatin1String("partner"))
        what = tr("Partner %1").arg(label);
    else if (entry.table == QLatin1String("contact"))
        what = tr("Contact %1").arg(label);
    else if (entry.table == QLatin1String("agreement"))
        what = tr("Agreement %1").arg(label);
    else if (entry.table == QLatin1String("milestone"))
        what = tr("Milestone %1").arg(label);
    else
        what = tr("Event %1").arg(label);
    return others > 0 ? tr("%1 and %n more", nullptr, others).arg(what) : what;
}

QString TrashDialog::describeRest(const TrashEntry &entry)
{
    const auto rows = [&entry](const char *table) {
        const QString name = QLatin1String(table);
        return entry.rows.value(name) - (entry.table == name ? entry.recordCount : 0);
    };
    QStringList parts;
    const auto add = [&parts](int n, const QString &text) {
        if (n > 0)
            parts << text;
    };
    add(rows("contact"), tr("%n contact(s)", nullptr, rows("contact")));
    add(rows("agreement_party"), tr("%n party/parties", nullptr, rows("agreement_party")));
    add(rows("theme"), tr("%n theme(s)", nullptr, rows("theme")));
    add(rows("milestone"), tr("%n milestone(s)", nullptr, rows("milestone")));
    add(rows("milestone_change"), tr("%n milestone change(s)", nullptr, rows("milestone_change")));
    const int participations = rows("event_partner") + rows("event_contact");
    add(participations, tr("%n event participation(s)", nullptr, participations));
    return parts.join(QStringLiteral(", "));
}

void TrashDialog::refresh()
{
    const qint64 selected = selectedEntry() ? selectedEntry()->id : 0;
    const Result<QList<TrashEntry>> entries = TrashRepository(m_db).list();
    m_entries = entries ? *entries : QList<TrashEntry>();
    m_list->clear();
    for (const TrashEntry &entry : std::as_const(m_entries)) {
        auto *item = new QTreeWidgetItem(
            m_list, {describe(entry), QLocale().toString(entry.deletedAt.toLocalTime(), QLocale::ShortFormat),
                     entry.deletedBy, describeRest(entry)});
        item->setData(0, Qt::UserRole, entry.id);
        if (entry.id == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

const TrashEntry *TrashDialog::selectedEntry() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->isSelected())
        return nullptr;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const TrashEntry &entry : m_entries)
        if (entry.id == id)
            return &entry;
    return nullptr;
}

bool TrashDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        purgeSelected();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void TrashDialog::updateButtons()
{
    const bool selected = selectedEntry() != nullptr;
    m_restore->setEnabled(selected);
    m_purge->setEnabled(selected);
    m_empty->setEnabled(!m_entries.isEmpty());
}

void TrashDialog::restoreSelected()
{
    const TrashEntry *entry = selectedEntry();
    if (!entry)
        return;
    const TrashEntry restoring = *entry;
    if (const Result<void> done = TrashRepository(m_db).restore(restoring.id); !done) {
        m_reportError(tr("Could not restore"), done.error().message);
        return;
    }
    emit restored(restoring.table, restoring.recordId);
}

void TrashDialog::purgeSelected()
{
    const TrashEntry *entry = selectedEntry();
    if (!entry)
        return;
    const TrashEntry purging = *entry;
    const QString rest = describeRest(purging);
    const QString text = rest.isEmpty()
                             ? tr("Delete %1 for good? This cannot be undone.").arg(describe(purging))
                             : tr("Delete %1 for good, with %2? This cannot be undone.").arg(describe(purging), rest);
    if (!m_ask(tr("Delete Permanently"), text))
        return;
    if (const Result<void> done = TrashRepository(m_db).purge(purging.id); !done)
        m_reportError(tr("Could not delete"), done.error().message);
}

void TrashDialog::emptyTrash()
{
    if (m_entries.isEmpty())
        return;
    const int count = int(m_entries.size());
    if (!m_ask(tr("Empty Trash"),
               tr("Delete the %n deleted item(s) in the trash for good? This cannot be undone.", nullptr, count)))
        return;
    if (const Result<void> done = TrashRepository(m_db).empty(); !done)
        m_reportError(tr("Could not empty the trash"), done.error().message);
}
