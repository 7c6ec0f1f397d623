#include "records/partnerform.h"

#include "records/undorecordwriter.h"
#include "store/agreementrepository.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/partnerrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

PartnerForm::PartnerForm(QWidget *parent)
    : RecordForm(parent)
    , m_name(new QLineEdit(this))
    , m_shortName(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_country(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_website(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_contacts(new QTreeWidget(this))
    , m_agreements(new QListWidget(this))
{
    setObjectName(QStringLiteral("partnerForm"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_shortName->setObjectName(QStringLiteral("shortNameEdit"));
    m_kind->setObjectName(QStringLiteral("kindEdit"));
    m_country->setObjectName(QStringLiteral("countryEdit"));
    m_country->setPlaceholderText(tr("Two letters, e.g. NL or SE"));
    m_country->setMaxLength(2);
    m_city->setObjectName(QStringLiteral("cityEdit"));
    m_website->setObjectName(QStringLiteral("websiteEdit"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(70);
    for (PartnerKind kind : allValues<PartnerKind>())
        m_kind->addItem(displayNameOf(kind), codeOf(kind));

    QFormLayout *form = addFormSection();
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("S&hort name"), m_shortName);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Country"), m_country);
    form->addRow(tr("C&ity"), m_city);
    form->addRow(tr("&Website"), m_website);
    form->addRow(tr("N&otes"), m_notes);

    body()->addWidget(new QLabel(tr("<b>Contacts</b>"), this));
    m_contacts->setObjectName(QStringLiteral("contactsList"));
    m_contacts->setHeaderLabels({tr("Name"), tr("Role"), tr("Email"), tr("Phone")});
    m_contacts->setRootIsDecorated(false);
    m_contacts->setMinimumHeight(90);
    body()->addWidget(m_contacts);
    body()->addWidget(new QLabel(tr("<b>Agreements</b> (double-click to open)"), this));
    m_agreements->setObjectName(QStringLiteral("partnerAgreements"));
    m_agreements->setMinimumHeight(90);
    body()->addWidget(m_agreements);
    body()->addStretch(1);

    for (QLineEdit *edit : {m_name, m_shortName, m_country, m_city, m_website}) {
        connect(edit, &QLineEdit::textEdited, this, &PartnerForm::markDirty);
        connect(edit, &QLineEdit::returnPressed, this, &PartnerForm::apply);
    }
    connect(m_kind, &QComboBox::activated, this, &PartnerForm::markDirty);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &PartnerForm::markDirty);
    connect(m_agreements, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit agreementOpened(item->data(Qt::UserRole).toLongLong()); });
}

QStringList PartnerForm::watchedTables() const
{
    return {QStringLiteral("partner"), QStringLiteral("contact"), QStringLiteral("agreement"),
            QStringLiteral("agreement_party")};
}

bool PartnerForm::load(Database &db, qint64 id)
{
    const auto partner = PartnerRepository(db).get(id);
    if (!partner)
        return false;
    m_loaded = *partner;
    m_name->setText(m_loaded.name);
    m_name->setCursorPosition(0);
    m_shortName->setText(m_loaded.shortName);
    m_kind->setCurrentIndex(m_kind->findData(codeOf(m_loaded.kind)));
    m_country->setText(m_loaded.country);
    m_city->setText(m_loaded.city);
    m_website->setText(m_loaded.website);
    m_notes->setPlainText(m_loaded.notes);
    m_contacts->clear();
    if (const auto contacts = ContactRepository(db).listForPartner(id))
        for (const Contact &contact : *contacts)
            new QTreeWidgetItem(m_contacts, {contact.name, contact.role, contact.email, contact.phone});
    if (m_contacts->topLevelItemCount() == 0)
        (new QTreeWidgetItem(m_contacts, {tr("No contacts recorded.")}))->setFirstColumnSpanned(true);
    m_agreements->clear();
    if (const auto agreements = AgreementRepository(db).listForPartner(id)) {
        for (const Agreement &agreement : *agreements) {
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 (%2)").arg(agreement.title, displayNameOf(agreement.status)), m_agreements);
            item->setData(Qt::UserRole, agreement.meta.id);
        }
    }
    if (m_agreements->count() == 0)
        m_agreements->addItem(tr("Not a party to any agreement."));
    return true;
}

Result<void> PartnerForm::save(Database &db, RecordWriter &writer)
{
    Partner after = m_loaded;
    after.name = m_name->text().trimmed();
    after.shortName = m_shortName->text().trimmed();
    after.kind = enumFromCode<PartnerKind>(m_kind->currentData().toString()).value_or(after.kind);
    after.country = m_country->text().trimmed().toUpper();
    after.city = m_city->text().trimmed();
    after.website = m_website->text().trimmed();
    after.notes = m_notes->toPlainText();
    if (auto valid = PartnerRepository::validate(after); !valid)
        return valid;
    return writer.updatePartner(db, m_loaded, after);
}

bool PartnerForm::refreshBase(Database &db)
{
    const auto stored = PartnerRepository(db).get(m_loaded.meta.id);
    if (!stored)
        return false;
    m_loaded = *stored;
    return true;
}

void PartnerForm::applyReadOnly(bool readOnly)
{
    for (QLineEdit *edit : {m_name, m_shortName, m_country, m_city, m_website})
        edit->setReadOnly(readOnly);
    m_kind->setEnabled(!readOnly);
    m_notes->setReadOnly(readOnly);
}
