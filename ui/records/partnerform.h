// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/contactlistmodel.h"
#include "records/formtable.h"
#include "records/storedrecordform.h"
#include "store/partnerrepository.h"

#include <QListWidget>

class QAction;
class QPushButton;

// The partner in the detail pane: its fields (applied together), its contacts (added, edited in
// place and removed, each change an undo command at once) and the agreements it is party to.
class PartnerForm final : public StoredRecordForm<Partner, PartnerRepository>
{
    Q_OBJECT

public:
    explicit PartnerForm(QWidget *parent = nullptr);

    ContactListModel *contactsModel() const { return m_contactModel; }
    // Makes a contact of the partner shown the current row of its contacts, scrolled into view.
    void showContact(qint64 contactId);

    // The stored contact of the current row of the contacts (0 when none, or a new one not yet stored).
    qint64 currentContactId() const;

signals:
    void agreementOpened(qint64 agreementId);
    void personalDataExportRequested(qint64 contactId);
    void personErasureRequested(qint64 contactId);

protected:
    void showLoaded(Database &db) override;
    QStringList watchedTables() const override;
    void applyReadOnly(bool readOnly) override;

private:
    void createContacts();
    void addContact();
    void removeContacts();
    void updateContactActions();
    void showContactProblem(const QString &message);
    void clearContactProblem();

    ContactListModel *m_contactModel = new ContactListModel(this);
    FormTable *m_contacts = new FormTable(this);
    QWidget *m_contactButtons = new QWidget(this);
    QPushButton *m_addContact = nullptr;
    QPushButton *m_removeContact = nullptr;
    QPushButton *m_personalData = nullptr;
    QAction *m_exportPersonAction = nullptr;
    QAction *m_erasePersonAction = nullptr;
    QAction *m_addContactAction = nullptr;
    QAction *m_editContactAction = nullptr;
    QAction *m_removeContactAction = nullptr;
    QListWidget *m_agreements = new QListWidget(this);
};
