#include "records/eventform.h"

#include "records/fuzzydateedit.h"
#include "records/partnerpicker.h"
#include "records/undorecordwriter.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/partnerrepository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

EventForm::EventForm(QWidget *parent)
    : RecordForm(parent)
    , m_title(new QLineEdit(this))
    , m_date(new FuzzyDateEdit(this))
    , m_place(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_participants(new QListWidget(this))
    , m_newParticipant(new PartnerPicker(this))
    , m_participantButtons(new QWidget(this))
{
    setObjectName(QStringLiteral("eventForm"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(80);
    QFormLayout *form = addFormSection();
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Place"), m_place);
    form->addRow(tr("&Notes"), m_notes);
    body()->addWidget(new QLabel(tr("<b>Participating organisations</b>"), this));
    m_participants->setObjectName(QStringLiteral("participantsList"));
    m_participants->setMinimumHeight(120);
    body()->addWidget(m_participants);
    auto *row = new QHBoxLayout(m_participantButtons);
    row->setContentsMargins(0, 0, 0, 0);
    m_newParticipant->setObjectName(QStringLiteral("newParticipantPicker"));
    auto *add = new QPushButton(tr("A&dd"), m_participantButtons);
    add->setObjectName(QStringLiteral("addParticipantButton"));
    auto *remove = new QPushButton(tr("Remove"), m_participantButtons);
    remove->setObjectName(QStringLiteral("removeParticipantButton"));
    row->addWidget(m_newParticipant, 1);
    row->addWidget(add);
    row->addWidget(remove);
    body()->addWidget(m_participantButtons);
    body()->addStretch(1);

    for (QLineEdit *edit : {m_title, static_cast<QLineEdit *>(m_date), m_place}) {
        connect(edit, &QLineEdit::textEdited, this, &EventForm::markDirty);
        connect(edit, &QLineEdit::returnPressed, this, &EventForm::apply);
    }
    connect(m_notes, &QPlainTextEdit::textChanged, this, &EventForm::markDirty);
    connect(add, &QPushButton::clicked, this, &EventForm::addParticipant);
    connect(m_newParticipant, &QLineEdit::returnPressed, this, &EventForm::addParticipant);
    connect(remove, &QPushButton::clicked, this, &EventForm::removeParticipant);
}

QStringList EventForm::watchedTables() const
{
    return {QStringLiteral("event"), QStringLiteral("event_partner"), QStringLiteral("partner")};
}

bool EventForm::load(Database &db, qint64 id)
{
    m_newParticipant->setDatabase(&db);
    const auto event = EventRepository(db).get(id);
    if (!event)
        return false;
    m_loaded = *event;
    m_title->setText(m_loaded.title);
    m_title->setCursorPosition(0);
    m_date->setDate(m_loaded.date);
    m_place->setText(m_loaded.place);
    m_notes->setPlainText(m_loaded.notes);
    m_participants->clear();
    if (const auto partners = PartnerRepository(db).getMany(m_loaded.partnerIds)) {
        for (const Partner &partner : *partners) {
            auto *item = new QListWidgetItem(PartnerPicker::labelFor(partner.name, partner.country), m_participants);
            item->setData(Qt::UserRole, partner.meta.id);
        }
    }
    return true;
}

Result<void> EventForm::save(Database &db, RecordWriter &writer)
{
    if (!m_date->isAcceptable())
        return StoreError{StoreError::Kind::Invalid, m_date->problem()};
    Event after = m_loaded;
    after.title = m_title->text().trimmed();
    after.date = m_date->date();
    after.place = m_place->text().trimmed();
    after.notes = m_notes->toPlainText();
    after.partnerIds.clear();
    for (int i = 0; i < m_participants->count(); ++i)
        after.partnerIds << m_participants->item(i)->data(Qt::UserRole).toLongLong();
    if (auto valid = EventRepository::validate(after); !valid)
        return valid;
    return writer.updateEvent(db, m_loaded, after);
}

bool EventForm::refreshBase(Database &db)
{
    const auto stored = EventRepository(db).get(m_loaded.meta.id);
    if (!stored)
        return false;
    m_loaded = *stored;
    return true;
}

void EventForm::applyReadOnly(bool readOnly)
{
    for (QLineEdit *edit : {m_title, static_cast<QLineEdit *>(m_date), m_place})
        edit->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    m_participantButtons->setEnabled(!readOnly);
}

void EventForm::addParticipant()
{
    const qint64 id = m_newParticipant->partnerId();
    if (id <= 0) {
        const QString message = tr("Pick a partner from the list as you type its name, then add it.");
        showMessage(message, Cause::List);
        emit refused(message);
        return;
    }
    for (int i = 0; i < m_participants->count(); ++i)
        if (m_participants->item(i)->data(Qt::UserRole).toLongLong() == id)
            return;
    auto *item = new QListWidgetItem(m_newParticipant->text().trimmed(), m_participants);
    item->setData(Qt::UserRole, id);
    m_newParticipant->clear();
    markDirty();
}

void EventForm::removeParticipant()
{
    delete m_participants->currentItem();
    markDirty();
}
