// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/partnerform.h"

#include "records/countryedit.h"
#include "records/flowlayout.h"
#include "records/recordactions.h"
#include "records/undorecordwriter.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/partnerrepository.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

PartnerForm::PartnerForm(QWidget *parent)
    : StoredRecordForm(parent)
{
    setObjectName(QStringLiteral("partnerForm"));
    addRecordFields(addFormSection());

    createContacts();
    auto *agreementsTitle = new QLabel(tr("<b>Agreements</b> (double-click to open)"), this);
    agreementsTitle->setWordWrap(true); // a narrow pane (Dutch at scale 1.5) wraps it
    body()->addWidget(agreementsTitle);
    m_agreements->setObjectName(QStringLiteral("partnerAgreements"));
    m_agreements->setAccessibleName(tr("Agreements"));
    m_agreements->setMinimumHeight(90);
    body()->addWidget(m_agreements);
    body()->addStretch(1);

    connect(m_agreements, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit agreementOpened(item->data(Qt::UserRole).toLongLong()); });
}

QStringList PartnerForm::watchedTables() const
{
    // The contacts follow the store by themselves.
    return {QStringLiteral("partner"), QStringLiteral("agreement"), QStringLiteral("agreement_party")};
}

void PartnerForm::showContact(qint64 contactId)
{
    const int row = m_contactModel->rowOfId(contactId);
    if (row < 0)
        return;
    const QModelIndex index = m_contactModel->index(row, 0);
    m_contacts->setCurrentIndex(index);
    m_contacts->scrollTo(index);
}

void PartnerForm::createContacts()
{
    auto *title = new QLabel(tr("Con&tacts"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setBuddy(m_contacts);
    body()->addWidget(title);
    m_contacts->setObjectName(QStringLiteral("contactsTable"));
    m_contacts->setModel(m_contactModel);
    m_contacts->setToolTip(tr("Double-click, F2 or Enter edits a cell; Insert adds a contact, Delete removes the "
                              "selected ones. Each change can be undone."));
    QHeaderView *header = m_contacts->horizontalHeader();
    header->resizeSection(ContactListModel::NameColumn, 130);
    header->resizeSection(ContactListModel::RoleColumn, 120);
    header->resizeSection(ContactListModel::EmailColumn, 170);
    header->resizeSection(ContactListModel::PhoneColumn, 110);
    m_contacts->setMinimumHeight(130);
    body()->addWidget(m_contacts);

    // The buttons wrap where the pane is narrower than both (in Swedish and Dutch at scale 1.5).
    auto *row = new FlowLayout(m_contactButtons);
    row->setContentsMargins(0, 0, 0, 0);
    m_addContact = new QPushButton(tr("A&dd contact"), m_contactButtons);
    m_addContact->setObjectName(QStringLiteral("addContactButton"));
    m_removeContact = new QPushButton(tr("Re&move contact"), m_contactButtons);
    m_removeContact->setObjectName(QStringLiteral("removeContactButton"));
    m_personalData = new QPushButton(tr("&Personal data"), m_contactButtons);
    m_personalData->setObjectName(QStringLiteral("personalDataButton"));
    m_personalData->setToolTip(tr("Export or erase what the portfolio holds about the selected person"));
    row->addWidget(m_addContact);
    row->addWidget(m_removeContact);
    row->addWidget(m_personalData);
    body()->addWidget(m_contactButtons);
    setTabOrder(editorOf(QStringLiteral("notes")), m_contacts);
    setTabOrder(m_contacts, m_addContact);
    setTabOrder(m_addContact, m_removeContact);
    setTabOrder(m_removeContact, m_personalData);
    setTabOrder(m_personalData, m_agreements);

    // The same as a context menu (the keys are the table's own, see FormTable).
    m_addContactAction = new QAction(tr("Add contact"), m_contacts);
    m_addContactAction->setObjectName(QStringLiteral("addContactAction"));
    m_addContactAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_editContactAction = new QAction(tr("Edit"), m_contacts);
    m_editContactAction->setObjectName(QStringLiteral("editContactAction"));
    m_editContactAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_removeContactAction = new QAction(tr("Remove contact"), m_contacts);
    m_removeContactAction->setObjectName(QStringLiteral("removeContactAction"));
    m_removeContactAction->setShortcut(QKeySequence(Qt::Key_Delete));
    for (QAction *action : {m_addContactAction, m_editContactAction, m_removeContactAction}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_contacts->addAction(action);
    }
    // The person's rights of access and erasure (GDPR), done by the window (PersonalDataActions).
    m_exportPersonAction = new QAction(tr("Export Personal Data…"), m_contacts);
    m_exportPersonAction->setObjectName(QStringLiteral("exportPersonalDataAction"));
    m_erasePersonAction = new QAction(tr("Erase Person…"), m_contacts);
    m_erasePersonAction->setObjectName(QStringLiteral("erasePersonAction"));
    auto *separator = new QAction(m_contacts);
    separator->setSeparator(true);
    m_contacts->addActions({separator, m_exportPersonAction, m_erasePersonAction});
    auto *personalMenu = new QMenu(m_personalData);
    personalMenu->addActions({m_exportPersonAction, m_erasePersonAction});
    m_personalData->setMenu(personalMenu);
    connect(m_exportPersonAction, &QAction::triggered, this,
            [this] { emit personalDataExportRequested(currentContactId()); });
    connect(m_erasePersonAction, &QAction::triggered, this,
            [this] { emit personErasureRequested(currentContactId()); });
    m_contacts->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_contactModel->setWriter([this](const Contact &before, const Contact &after) -> Result<void> {
        if (!database() || !writer())
            return StoreError{StoreError::Kind::NotFound, tr("No portfolio is open.")};
        std::unique_ptr<RecordCommand> command;
        if (before.meta.isStored()) {
            command = RecordActions::editContact(*database(), before, after);
        } else {
            auto added = RecordActions::addContact(*database(), after);
            if (!added)
                return added.error();
            command = std::move(*added);
        }
        const Result<void> done = writer()->push(std::move(command));
        if (done)
            clearContactProblem();
        return done;
    });
    m_contacts->setChecker(
        [this](const QModelIndex &index, const QVariant &value) { return m_contactModel->problem(index, value); });
    connect(m_contacts, &FormTable::refused, this, &PartnerForm::showContactProblem);
    connect(m_contactModel, &ContactListModel::editRefused, this, &PartnerForm::showContactProblem);
    connect(m_contactModel, &ContactListModel::storeFailed, this, &PartnerForm::storeFailed);
    connect(m_addContact, &QPushButton::clicked, this, &PartnerForm::addContact);
    connect(m_addContactAction, &QAction::triggered, this, &PartnerForm::addContact);
    connect(m_contacts, &FormTable::addRequested, this, &PartnerForm::addContact);
    connect(m_removeContact, &QPushButton::clicked, this, &PartnerForm::removeContacts);
    connect(m_removeContactAction, &QAction::triggered, this, &PartnerForm::removeContacts);
    connect(m_contacts, &FormTable::removeRequested, this, &PartnerForm::removeContacts);
    connect(m_editContactAction, &QAction::triggered, this, [this] {
        if (const QModelIndex current = m_contacts->currentIndex(); current.isValid())
            m_contacts->edit(current);
    });
    // A new contact left without a name goes away, with its refusal: with Escape, or when another
    // row is chosen. Escape drops a refused value, and its refusal with it.
    connect(m_contacts, &FormTable::editingEnded, this, [this](bool dropped) {
        m_contactModel->discardDraft();
        if (dropped)
            clearContactProblem();
    });
    connect(m_contacts->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_contactModel->hasDraft() && !m_contactModel->isDraft(current.row())) {
                    m_contactModel->discardDraft();
                    clearContactProblem();
                }
                updateContactActions();
            });
    connect(m_contacts->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PartnerForm::updateContactActions);
    connect(m_contactModel, &QAbstractItemModel::modelReset, this, &PartnerForm::updateContactActions);
    connect(m_contactModel, &QAbstractItemModel::rowsInserted, this, &PartnerForm::updateContactActions);
    connect(m_contactModel, &QAbstractItemModel::dataChanged, this, &PartnerForm::updateContactActions);
    connect(m_contactModel, &QAbstractItemModel::rowsRemoved, this, &PartnerForm::updateContactActions);
    updateContactActions();
}

void PartnerForm::showLoaded(Database &db)
{
    showFields();
    m_contactModel->setPartner(&db, m_loaded.meta.id);
    m_agreements->clear();
    if (const auto agreements = AgreementRepository(db).listForPartner(m_loaded.meta.id)) {
        for (const Agreement &agreement : *agreements) {
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 (%2)").arg(agreement.title, displayNameOf(agreement.status)), m_agreements);
            item->setData(Qt::UserRole, agreement.meta.id);
        }
    }
    if (m_agreements->count() == 0)
        m_agreements->addItem(tr("Not a party to any agreement."));
}

void PartnerForm::applyReadOnly(bool readOnly)
{
    setFieldsReadOnly(readOnly);
    m_contactModel->setReadOnly(readOnly);
    m_contacts->setReadOnly(readOnly);
    updateContactActions();
}

void PartnerForm::addContact()
{
    const QModelIndex name = m_contactModel->addDraft();
    if (!name.isValid())
        return;
    // The draft is made current before the table takes the focus (which would make the first row
    // current, and so drop the draft).
    m_contacts->setCurrentIndex(name);
    m_contacts->setFocus(Qt::OtherFocusReason);
    m_contacts->scrollTo(name);
    m_contacts->edit(name);
}

void PartnerForm::removeContacts()
{
    if (isReadOnly() || !database() || !writer())
        return;
    QList<qint64> ids;
    for (int row : m_contacts->chosenRows()) {
        if (m_contactModel->isDraft(row))
            m_contactModel->discardDraft();
        else
            ids << m_contactModel->idAt(row);
    }
    if (ids.isEmpty())
        return;
    auto command = RecordActions::removeContacts(*database(), ids);
    if (!command) {
        emit storeFailed(command.error().message);
        return;
    }
    if (const Result<void> done = writer()->push(std::move(*command)); !done) {
        emit storeFailed(done.error().message);
        return;
    }
    clearContactProblem();
}

void PartnerForm::updateContactActions()
{
    const bool editable = !isReadOnly() && m_contactModel->partnerId() > 0;
    const QModelIndex current = m_contacts->currentIndex();
    const bool chosen = !m_contacts->chosenRows().isEmpty();
    const bool person = currentContactId() > 0;
    m_addContact->setEnabled(editable);
    m_removeContact->setEnabled(editable && chosen);
    m_personalData->setEnabled(person);
    m_exportPersonAction->setEnabled(person);
    m_erasePersonAction->setEnabled(person && !isReadOnly());
    m_addContactAction->setEnabled(editable);
    m_removeContactAction->setEnabled(editable && chosen);
    m_editContactAction->setEnabled(editable && current.isValid() && (current.flags() & Qt::ItemIsEditable));
}

qint64 PartnerForm::currentContactId() const
{
    const QModelIndex current = m_contacts->currentIndex();
    if (!current.isValid() || m_contactModel->isDraft(current.row()))
        return 0;
    return m_contactModel->idAt(current.row());
}

void PartnerForm::showContactProblem(const QString &message)
{
    showMessage(message, Cause::List);
    emit refused(message);
}

void PartnerForm::clearContactProblem()
{
    // A refusal of a contact edit goes once a contact edit succeeds; others stay.
    listEdited();
}
