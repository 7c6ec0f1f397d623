// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importpages.h"

#include "import/importcells.h"
#include "import/importwizard.h"
#include "store/database.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

// Step 3: for each partner name in the file, an existing partner, a new one, or leave it out.
class ImportPartnersPage final : public QWizardPage
{
public:
    explicit ImportPartnersPage(ImportWizard *wizard)
        : m_wizard(wizard)
        , m_names(new QTableWidget(this))
    {
        setTitle(QCoreApplication::translate("ImportWizard", "Match the partners"));
        ImportPages::setUpTable(m_names, QStringLiteral("partnerChoices"),
                                {QCoreApplication::translate("ImportWizard", "In the file"),
                                 QCoreApplication::translate("ImportWizard", "Rows"),
                                 QCoreApplication::translate("ImportWizard", "Import as")});
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_names);
    }

    void initializePage() override
    {
        CsvImport *import = m_wizard->csvImport();
        const bool partnerRows = m_wizard->target() == ImportTarget::Partners;
        setSubTitle(
            partnerRows
                ? QCoreApplication::translate(
                      "ImportWizard", "Names that are already in the portfolio (by name or short name, ignoring case "
                                      "and accents) are not added again unless you say so.")
                : QCoreApplication::translate(
                      "ImportWizard", "Each party is linked to the partner of that name or short name (ignoring "
                                      "case and accents), added as a new partner, or left out."));
        const QList<PartnerChoice> &choices = import->partnerChoices();
        const Result<QList<BulkRepository::PartnerName>> names = BulkRepository(m_wizard->m_db).partnerNames();
        QHash<qint64, QString> described;
        if (names)
            for (const BulkRepository::PartnerName &p : *names)
                described.insert(p.id, p.country.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.country));
        m_names->setRowCount(int(choices.size()));
        for (int i = 0; i < choices.size(); ++i) {
            const PartnerChoice &choice = choices.at(i);
            m_names->setItem(i, 0, ImportCells::readOnlyItem(choice.name));
            m_names->setItem(i, 1, ImportCells::readOnlyItem(QLocale().toString(choice.uses)));
            auto *decision = new QComboBox(m_names);
            decision->setObjectName(QStringLiteral("partnerChoice-%1").arg(i));
            if (choice.candidates.size() > 1)
                decision->addItem(QCoreApplication::translate("ImportWizard", "Choose one of %1 partners…")
                                      .arg(choice.candidates.size()),
                                  QVariant());
            for (qint64 id : choice.candidates)
                decision->addItem(
                    partnerRows ? QCoreApplication::translate("ImportWizard", "Already there: %1 — keep it")
                                      .arg(described.value(id))
                                : QCoreApplication::translate("ImportWizard", "Link to %1").arg(described.value(id)),
                    id);
            decision->addItem(partnerRows ? QCoreApplication::translate("ImportWizard", "Add as another partner")
                                          : QCoreApplication::translate("ImportWizard", "Add as a new partner"),
                              qint64(-1));
            decision->addItem(QCoreApplication::translate("ImportWizard", "Leave out"), qint64(-2));
            const qint64 current = choice.action == PartnerChoice::Action::Create ? -1
                                   : choice.action == PartnerChoice::Action::Skip ? -2
                                                                                  : choice.partnerId;
            const int index = decision->findData(current);
            decision->setCurrentIndex(index >= 0 ? index : 0);
            m_names->setCellWidget(i, 2, decision);
            connect(decision, &QComboBox::activated, this, [this, i, decision] {
                const QVariant data = decision->currentData();
                const qint64 value = data.isValid() ? data.toLongLong() : 0;
                m_wizard->csvImport()->setPartnerChoice(i,
                                                        value == -1   ? PartnerChoice::Action::Create
                                                        : value == -2 ? PartnerChoice::Action::Skip
                                                                      : PartnerChoice::Action::Link,
                                                        qMax<qint64>(value, 0));
                emit completeChanged();
            });
        }
        m_names->resizeColumnsToContents();
        emit completeChanged();
    }

    bool isComplete() const override
    {
        const CsvImport *import = m_wizard->csvImport();
        if (!import)
            return false;
        for (const PartnerChoice &choice : import->partnerChoices())
            if (choice.action == PartnerChoice::Action::Link && choice.partnerId == 0)
                return false;
        return true;
    }

private:
    ImportWizard *m_wizard;
    QTableWidget *m_names;
};

QWizardPage *ImportPages::partners(ImportWizard *wizard)
{
    return new ImportPartnersPage(wizard);
}
