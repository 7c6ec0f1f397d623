#pragma once

#include "domain/partner.h"
#include "records/recordform.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTreeWidget;

// The partner in the detail pane: its fields, its contacts and the agreements it is party to.
class PartnerForm final : public RecordForm
{
    Q_OBJECT

public:
    explicit PartnerForm(QWidget *parent = nullptr);

    QString recordTitle() const override { return m_loaded.name; }

signals:
    void agreementOpened(qint64 agreementId);

protected:
    bool load(Database &db, qint64 id) override;
    Result<void> save(Database &db, RecordWriter &writer) override;
    QStringList watchedTables() const override;
    void applyReadOnly(bool readOnly) override;
    bool refreshBase(Database &db) override;

private:
    Partner m_loaded;
    QLineEdit *m_name;
    QLineEdit *m_shortName;
    QComboBox *m_kind;
    QLineEdit *m_country;
    QLineEdit *m_city;
    QLineEdit *m_website;
    QPlainTextEdit *m_notes;
    QTreeWidget *m_contacts;
    QListWidget *m_agreements;
};
