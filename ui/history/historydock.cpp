// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historydock.h"

#include "domain/recorddiff.h"
#include "models/historytext.h"
#include "records/recordactions.h"
#include "records/recordcommand.h"
#include "store/agreementrepository.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/historyrepository.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "windowcontext.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

constexpr int PageSize = 200;
constexpr int EntryRole = Qt::UserRole;     // index into the listed entries
constexpr int FieldRole = Qt::UserRole + 1; // the column of a field's row

// The record now and with the values written back, as an undoable update; the command's text
// names the fields ("Restore name of partner “CTC”"). Empty when the values are those it holds.
template<typename Repository, typename T>
Result<std::unique_ptr<RecordCommand>> restoreCommand(Database &db, const QString &table, qint64 id,
                                                      const QJsonObject &values, QString (*nameOf)(const T &))
{
    const Repository repository(db);
    const Result<T> before = repository.get(id);
    if (!before)
        return before.error();
    const Result<T> after = repository.withValues(id, values);
    if (!after)
        return after.error();
    const QStringList fields = RecordDiff::changedFields(*before, *after);
    if (fields.isEmpty())
        return std::unique_ptr<RecordCommand>();
    auto command = std::make_unique<RecordCommand>(
        db, HistoryDock::tr("Restore %1 of %2 “%3”")
                .arg(fields.join(QStringLiteral(", ")), HistoryText::kindLabel(table), nameOf(*before)));
    command->addUpdate(*before, *after);
    return command;
}

QString partnerName(const Partner &p)
{
    return p.label();
}
QString contactName(const Contact &c)
{
    return c.name;
}
template<typename T>
QString titleOf(const T &record)
{
    return record.title;
}

Result<std::unique_ptr<RecordCommand>> restoreCommand(Database &db, const QString &table, qint64 id,
                                                      const QJsonObject &values)
{
    if (table == QLatin1String("partner"))
        return restoreCommand<PartnerRepository, Partner>(db, table, id, values, &partnerName);
    if (table == QLatin1String("contact"))
        return restoreCommand<ContactRepository, Contact>(db, table, id, values, &contactName);
    if (table == QLatin1String("agreement"))
        return restoreCommand<AgreementRepository, Agreement>(db, table, id, values, &titleOf<Agreement>);
    if (table == QLatin1String("milestone"))
        return restoreCommand<MilestoneRepository, Milestone>(db, table, id, values, &titleOf<Milestone>);
    return restoreCommand<EventRepository, Event>(db, table, id, values, &titleOf<Event>);
}

} // namespace

HistoryDock::HistoryDock(WindowContext &context)
    : QDockWidget(tr("History"), &context.mainWindow())
    , m_undoStack(context.undoStack())
{
    setObjectName(QStringLiteral("historyDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);

    m_scope = new QComboBox(content);
    m_scope->setObjectName(QStringLiteral("historyScope"));
    m_scope->addItems({tr("Selected record"), tr("Whole portfolio")});
    m_scope->setAccessibleName(tr("Show the history of"));
    m_kind = new QComboBox(content);
    m_kind->setObjectName(QStringLiteral("historyKind"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &table : HistoryRepository::kinds())
        m_kind->addItem(HistoryText::kindLabel(table), table);
    m_person = new QComboBox(content);
    m_person->setObjectName(QStringLiteral("historyPerson"));
    m_period = new QComboBox(content);
    m_period->setObjectName(QStringLiteral("historyPeriod"));
    m_period->addItem(tr("Any time"), -1);
    m_period->addItem(tr("Today"), 0);
    m_period->addItem(tr("Last 7 days"), 6);
    m_period->addItem(tr("Last 30 days"), 29);
    m_period->addItem(tr("Last 12 months"), 364);
    auto *filters = new QFormLayout;
    filters->addRow(tr("&Show:"), m_scope);
    filters->addRow(tr("&Kind:"), m_kind);
    filters->addRow(tr("&Person:"), m_person);
    filters->addRow(tr("P&eriod:"), m_period);
    layout->addLayout(filters);

    m_tree = new QTreeWidget(content);
    m_tree->setObjectName(QStringLiteral("historyEntries"));
    m_tree->setAccessibleName(tr("Recorded changes"));
    m_tree->setHeaderLabels({tr("Change"), tr("By")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree, 1);
    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_more = new QPushButton(tr("Show &More"), content);
    m_more->setObjectName(QStringLiteral("historyMoreButton"));
    m_restoreValue = new QPushButton(tr("Restore This &Value"), content);
    m_restoreValue->setObjectName(QStringLiteral("restoreValueButton"));
    m_restoreValue->setToolTip(tr("Write back the value this field had before the selected change."));
    m_restoreVersion = new QPushButton(tr("Restore This Ve&rsion"), content);
    m_restoreVersion->setObjectName(QStringLiteral("restoreVersionButton"));
    m_restoreVersion->setToolTip(tr("Write back the whole record as it was before the selected change."));
    buttons->addWidget(m_more);
    buttons->addStretch();
    buttons->addWidget(m_restoreValue);
    buttons->addWidget(m_restoreVersion);
    layout->addLayout(buttons);
    setWidget(content);

    for (QComboBox *filter : {m_scope, m_kind, m_person, m_period})
        connect(filter, &QComboBox::activated, this, [this] {
            m_limit = PageSize;
            reload();
        });
    connect(m_more, &QPushButton::clicked, this, [this] {
        m_limit += PageSize;
        reload();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &HistoryDock::updateButtons);
    connect(m_restoreValue, &QPushButton::clicked, this, [this] { restore(false); });
    connect(m_restoreVersion, &QPushButton::clicked, this, [this] { restore(true); });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            reload();
    });
    m_limit = PageSize;
    reload();

    context.mainWindow().addDockWidget(Qt::RightDockWidgetArea, this);
    hide();
    QAction *show = toggleViewAction();
    show->setText(tr("Histor&y"));
    show->setObjectName(QStringLiteral("actionShowHistory"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    context.viewMenu()->addAction(show);
    context.followDatabase(this, [this](Database *db) { setDatabase(db); });
    connect(context.selection(), &RecordSelection::currentChanged, this, &HistoryDock::showRecord);
}

void HistoryDock::setDatabase(Database *db)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    m_recordTable.clear();
    m_recordId = 0;
    if (m_db)
        connect(m_db, &Database::changed, this, &HistoryDock::reload);
    fillPeople();
    reload();
}

void HistoryDock::showRecord(RecordSelection::Kind kind, qint64 id)
{
    m_recordTable = RecordActions::tableOf(kind);
    m_recordId = m_recordTable.isEmpty() ? 0 : id;
    if (m_scope->currentIndex() == 0) {
        m_limit = PageSize;
        reload();
    }
}

void HistoryDock::fillPeople()
{
    const QString chosen = m_person->currentData().toString();
    m_person->clear();
    m_person->addItem(tr("Everyone"), QString());
    if (m_db && m_db->hasHistory())
        if (const Result<QStringList> people = HistoryRepository(*m_db).people())
            for (const QString &person : *people)
                m_person->addItem(person.isEmpty() ? tr("(unknown)") : person, person);
    m_person->setCurrentIndex(qMax(0, m_person->findData(chosen)));
}

void HistoryDock::say(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString HistoryDock::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void HistoryDock::reload()
{
    const bool wholePortfolio = m_scope->currentIndex() == 1;
    for (QComboBox *filter : {m_kind, m_person, m_period})
        filter->setEnabled(wholePortfolio);
    m_tree->clear();
    m_entries.clear();
    say({});
    if (!m_db || !isVisible()) {
        updateButtons();
        return;
    }
    if (!m_db->hasHistory()) {
        say(tr("This portfolio keeps no history yet: it has an older schema and is open read-only."));
        updateButtons();
        return;
    }
    HistoryQuery query;
    if (wholePortfolio) {
        query.recordTable = m_kind->currentData().toString();
        query.changedBy = m_person->currentData().toString();
        if (const int days = m_period->currentData().toInt(); days >= 0)
            query.from = QDateTime::currentDateTimeUtc().date().addDays(-days);
        if (m_person->count() <= 1)
            fillPeople();
    } else if (m_recordId == 0) {
        say(tr("Select a record to see its history, or show the whole portfolio's."));
        updateButtons();
        return;
    } else {
        query.recordTable = m_recordTable;
        query.recordId = m_recordId;
    }
    query.limit = m_limit + 1; // one more, to know whether there are more
    const Result<QList<HistoryEntry>> entries = HistoryRepository(*m_db).list(query);
    if (!entries) {
        say(entries.error().message);
        updateButtons();
        return;
    }
    m_entries = entries->mid(0, m_limit);
    m_more->setVisible(entries->size() > m_limit);
    HistoryText text(*m_db);
    const QLocale locale;
    for (int i = 0; i < m_entries.size(); ++i) {
        const HistoryEntry &entry = m_entries.at(i);
        const QString when = locale.toString(entry.changedAt.toLocalTime(), QLocale::ShortFormat);
        const QString what = wholePortfolio ? tr("%1: %2 “%3” %4")
                                                  .arg(when, HistoryText::kindLabel(entry.recordTable),
                                                       text.recordLabel(entry), HistoryText::actionLabel(entry.action))
                                            : tr("%1: %2").arg(when, HistoryText::actionLabel(entry.action));
        auto *item = new QTreeWidgetItem(m_tree, {what, entry.changedBy});
        item->setData(0, EntryRole, i);
        for (const HistoryText::Field &field : text.fields(entry)) {
            const QString none = tr("(empty)");
            const QString change = entry.action == HistoryEntry::Action::Delete
                                       ? tr("%1: %2").arg(field.label, field.before.isEmpty() ? none : field.before)
                                       : tr("%1: %2 → %3")
                                             .arg(field.label, field.before.isEmpty() ? none : field.before,
                                                  field.after.isEmpty() ? none : field.after);
            auto *child = new QTreeWidgetItem(item, {change});
            child->setData(0, EntryRole, i);
            child->setData(0, FieldRole, field.column);
            child->setToolTip(0, change);
        }
    }
    if (m_entries.isEmpty())
        say(tr("No changes recorded."));
    if (!wholePortfolio)
        m_tree->expandAll();
    updateButtons();
}

const HistoryEntry *HistoryDock::selectedEntry(QString *field) const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(0, EntryRole).toInt();
    if (index < 0 || index >= m_entries.size())
        return nullptr;
    if (field)
        *field = item->data(0, FieldRole).toString();
    return &m_entries.at(index);
}

void HistoryDock::updateButtons()
{
    QString field;
    const HistoryEntry *entry = selectedEntry(&field);
    const bool writable = m_db && !m_db->isReadOnly() && m_undoStack;
    const bool restorable = writable && entry && entry->action != HistoryEntry::Action::Create &&
                            entry->action != HistoryEntry::Action::Restore;
    m_restoreValue->setEnabled(restorable && !field.isEmpty());
    m_restoreVersion->setEnabled(restorable);
}

void HistoryDock::restore(bool wholeVersion)
{
    QString field;
    const HistoryEntry *entry = selectedEntry(&field);
    if (!entry || !m_db || !m_undoStack)
        return;
    const HistoryEntry chosen = *entry;
    const Result<QJsonObject> values = HistoryRepository(*m_db).valuesBefore(chosen, wholeVersion ? QString() : field);
    if (!values) {
        say(values.error().message);
        return;
    }
    Result<std::unique_ptr<RecordCommand>> command =
        restoreCommand(*m_db, chosen.recordTable, chosen.recordId, *values);
    if (!command) {
        say(command.error().kind == StoreError::Kind::NotFound
                ? tr("This record was deleted; it can only come back as a whole, with Undo.")
                : command.error().message);
        return;
    }
    if (!*command) {
        say(tr("Nothing to restore: the record holds these values now."));
        return;
    }
    RecordCommand *pushed = command->get();
    pushed->setFailureHandler([this](const StoreError &error) { say(error.message); });
    if (const Result<void> done = pushed->execute(); !done) {
        say(done.error().message);
        return;
    }
    m_undoStack->push(command->release());
}
