// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/eventform.h"

#include "records/fuzzydateedit.h"
#include "records/recordactions.h"
#include "records/undorecordwriter.h"
#include "store/database.h"
#include "store/eventrepository.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

EventForm::EventForm(QWidget *parent)
    : StoredRecordForm(parent)
{
    setObjectName(QStringLiteral("eventForm"));
    addRecordFields(addFormSection());
    createParticipants();
    body()->addStretch(1);
}

void EventForm::createParticipants()
{
    auto *title = new QLabel(tr("Participants"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    body()->addWidget(title);
    title->setBuddy(m_participants);
    m_participants->setObjectName(QStringLiteral("participantsTable"));
    m_participants->setModel(m_participantModel);
    m_participants->setToolTip(tr("The organisations and people taking part. Delete removes the selected ones; "
                                  "Insert goes to the field that adds one. Each change can be undone."));
    m_participants->horizontalHeader()->resizeSection(ParticipantListModel::NameColumn, 230);
    m_participants->setMinimumHeight(140);
    body()->addWidget(m_participants);

    auto *row = new QHBoxLayout(m_participantButtons);
    row->setContentsMargins(0, 0, 0, 0);
    m_newParticipant->setObjectName(QStringLiteral("newParticipantPicker"));
    auto *add = new QPushButton(tr("Add parti&cipant"), m_participantButtons);
    add->setObjectName(QStringLiteral("addParticipantButton"));
    m_removeParticipant = new QPushButton(tr("Re&move"), m_participantButtons);
    m_removeParticipant->setObjectName(QStringLiteral("removeParticipantButton"));
    m_removeParticipant->setToolTip(tr("Remove the selected participants (Delete in the list)"));
    row->addWidget(m_newParticipant, 1);
    row->addWidget(add);
    row->addWidget(m_removeParticipant);
    body()->addWidget(m_participantButtons);
    setTabOrder(editorOf(QStringLiteral("notes")), m_participants);
    setTabOrder(m_participants, m_newParticipant);
    setTabOrder(m_newParticipant, add);
    setTabOrder(add, m_removeParticipant);

    m_removeParticipantAction = new QAction(tr("Remove participant"), m_participants);
    m_removeParticipantAction->setObjectName(QStringLiteral("removeParticipantAction"));
    m_removeParticipantAction->setShortcut(QKeySequence(Qt::Key_Delete));
    m_removeParticipantAction->setShortcutContext(Qt::WidgetShortcut);
    m_participants->addAction(m_removeParticipantAction);
    m_participants->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(add, &QPushButton::clicked, this, &EventForm::addParticipant);
    connect(m_newParticipant, &QLineEdit::returnPressed, this, &EventForm::addParticipant);
    connect(m_removeParticipant, &QPushButton::clicked, this, &EventForm::removeParticipants);
    connect(m_removeParticipantAction, &QAction::triggered, this, &EventForm::removeParticipants);
    connect(m_participants, &FormTable::removeRequested, this, &EventForm::removeParticipants);
    connect(m_participants, &FormTable::addRequested, this,
            [this] { m_newParticipant->setFocus(Qt::ShortcutFocusReason); });
    connect(m_participantModel, &ParticipantListModel::storeFailed, this, &EventForm::storeFailed);
    connect(m_participants->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EventForm::updateParticipantActions);
    connect(m_participants->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventForm::updateParticipantActions);
    connect(m_participantModel, &QAbstractItemModel::modelReset, this, &EventForm::updateParticipantActions);
    connect(m_participantModel, &QAbstractItemModel::rowsInserted, this, &EventForm::updateParticipantActions);
    connect(m_participantModel, &QAbstractItemModel::rowsRemoved, this, &EventForm::updateParticipantActions);
    updateParticipantActions();
}

QStringList EventForm::watchedTables() const
{
    // The participants follow the store by themselves.
    return {QStringLiteral("event")};
}

void EventForm::showLoaded(Database &db)
{
    m_newParticipant->setDatabase(&db);
    showFields();
    m_participantModel->setEvent(&db, m_loaded.meta.id);
}

Result<void> EventForm::save(Database &db, RecordWriter &writer)
{
    // Participants change on their own, each change a command of its own: the fields apply over
    // the participants stored now, as long as nobody changed the fields since they were loaded.
    Event before = m_loaded;
    if (const auto stored = EventRepository(db).get(m_loaded.meta.id); stored && sameFields(*stored, m_loaded))
        before = *stored;
    const Result<Event> after = editedRecord(before);
    if (!after)
        return after.error();
    return write(db, writer, before, *after);
}

void EventForm::applyReadOnly(bool readOnly)
{
    setFieldsReadOnly(readOnly);
    m_participants->setReadOnly(readOnly);
    updateParticipantActions();
}

void EventForm::addParticipant()
{
    if (isReadOnly() || !database() || !writer())
        return;
    const std::optional<Participant> chosen = m_newParticipant->participant();
    if (!chosen) {
        const QString typed = m_newParticipant->text().trimmed();
        refuse(typed.isEmpty()
                   ? tr("Type the name of a partner or a contact in the field next to “Add participant”, then add it.")
                   : tr("There is no partner or contact “%1”; pick one from the list as you type.").arg(typed));
        return;
    }
    auto command = RecordActions::addParticipant(*database(), recordId(), *chosen);
    if (!command) {
        if (command.error().kind == StoreError::Kind::Invalid)
            refuse(command.error().message);
        else
            emit storeFailed(command.error().message);
        return;
    }
    if (const Result<void> done = writer()->push(std::move(*command)); !done) {
        emit storeFailed(done.error().message);
        return;
    }
    // Cleared now and once more after a completion chosen with Enter has written itself back.
    m_newParticipant->clear();
    QMetaObject::invokeMethod(m_newParticipant, &QLineEdit::clear, Qt::QueuedConnection);
    listEdited();
    if (const int row = m_participantModel->rowOf(*chosen); row >= 0)
        m_participants->setCurrentIndex(m_participantModel->index(row, ParticipantListModel::NameColumn));
}

void EventForm::removeParticipants()
{
    if (isReadOnly() || !database() || !writer())
        return;
    QList<Participant> chosen;
    for (int row : m_participants->chosenRows())
        chosen << m_participantModel->participantAt(row);
    if (chosen.isEmpty())
        return;
    auto command = RecordActions::removeParticipants(*database(), recordId(), chosen);
    if (!command) {
        emit storeFailed(command.error().message);
        return;
    }
    if (const Result<void> done = writer()->push(std::move(*command)); !done)
        emit storeFailed(done.error().message);
}

void EventForm::updateParticipantActions()
{
    const bool editable = !isReadOnly() && m_participantModel->eventId() > 0;
    const bool chosen = !m_participants->chosenRows().isEmpty();
    m_participantButtons->setEnabled(editable);
    m_removeParticipant->setEnabled(editable && chosen);
    m_removeParticipantAction->setEnabled(editable && chosen);
}

void EventForm::refuse(const QString &message)
{
    showMessage(message, Cause::List);
    emit refused(message);
}
