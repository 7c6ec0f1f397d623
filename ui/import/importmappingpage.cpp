// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importpages.h"

#include "exchange/csvwriter.h"
#include "import/importcells.h"
#include "import/importwizard.h"
#include "themecolors.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

// Step 2: which field each column goes into, with a preview of the first rows as they will be read.
class ImportMappingPage final : public QWizardPage
{
public:
    explicit ImportMappingPage(ImportWizard *wizard)
        : m_wizard(wizard)
        , m_columns(new QTableWidget(this))
        , m_preview(new QTableWidget(this))
        , m_missing(new QLabel(this))
    {
        setTitle(QCoreApplication::translate("ImportWizard", "Match the columns to fields"));
        setSubTitle(QCoreApplication::translate(
            "ImportWizard", "Guessed from the column names; change any guess. The preview shows the first rows as "
                            "Pactline will read them."));
        ImportPages::setUpTable(m_columns, QStringLiteral("columnMapping"),
                                {QCoreApplication::translate("ImportWizard", "Column"),
                                 QCoreApplication::translate("ImportWizard", "Field"),
                                 QCoreApplication::translate("ImportWizard", "Examples")});
        m_preview->setObjectName(QStringLiteral("mappingPreview"));
        m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_preview->horizontalHeader()->setStretchLastSection(true);
        m_missing->setObjectName(QStringLiteral("mappingMissing"));
        m_missing->setWordWrap(true);
        auto *save = new QPushButton(QCoreApplication::translate("ImportWizard", "Save as profile…"), this);
        save->setObjectName(QStringLiteral("saveProfile"));
        connect(save, &QPushButton::clicked, m_wizard, &ImportWizard::saveProfile);
        auto *bottom = new QHBoxLayout;
        bottom->addWidget(m_missing, 1);
        bottom->addWidget(save);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_columns, 5);
        layout->addWidget(new QLabel(QCoreApplication::translate("ImportWizard", "Preview:"), this));
        layout->addWidget(m_preview, 3);
        layout->addLayout(bottom);
        connect(m_wizard, &ImportWizard::mappingChanged, this, [this] {
            updateChoices();
            updatePreview();
            emit completeChanged();
        });
    }

    void initializePage() override { fill(); }

    bool isComplete() const override { return m_wizard->mapping().missingRequired().isEmpty(); }

    bool validatePage() override { return m_wizard->prepareImport(); }

    int nextId() const override
    {
        const bool names =
            m_wizard->target() != ImportTarget::Milestones &&
            m_wizard->mapping().columnOf(m_wizard->target() == ImportTarget::Partners ? QStringLiteral("name")
                                                                                      : QStringLiteral("parties")) >= 0;
        return names ? ImportWizard::PartnersPage : ImportWizard::CheckPage;
    }

private:
    void fill()
    {
        const CsvTable &table = m_wizard->table();
        const QList<ImportField> fields = ColumnMapping::fields(m_wizard->target());
        m_columns->setRowCount(int(table.header.size()));
        for (int i = 0; i < table.header.size(); ++i) {
            m_columns->setItem(i, 0, ImportCells::readOnlyItem(table.header.at(i)));
            auto *choice = new QComboBox(m_columns);
            choice->setObjectName(QStringLiteral("field-%1").arg(i));
            choice->addItem(QCoreApplication::translate("ImportWizard", "(not imported)"), QString());
            for (const ImportField &field : fields)
                choice->addItem(field.required ? field.label + QStringLiteral(" *") : field.label, field.key);
            m_columns->setCellWidget(i, 1, choice);
            connect(choice, &QComboBox::activated, this,
                    [this, i, choice] { m_wizard->setField(i, choice->currentData().toString()); });
            QStringList examples;
            for (const QStringList &row : table.rows) {
                if (examples.size() == 3)
                    break;
                const QString value = row.value(i).trimmed();
                if (!value.isEmpty())
                    examples << ImportCells::shown(value);
            }
            m_columns->setItem(i, 2, ImportCells::readOnlyItem(examples.join(QStringLiteral(" · "))));
        }
        m_columns->resizeColumnsToContents();
        updateChoices();
        updatePreview();
    }

    void updateChoices()
    {
        for (int i = 0; i < m_columns->rowCount(); ++i)
            if (auto *choice = qobject_cast<QComboBox *>(m_columns->cellWidget(i, 1)))
                choice->setCurrentIndex(qMax(0, choice->findData(m_wizard->mapping().fieldAt(i))));
        QStringList missing;
        for (const ImportField &field : m_wizard->mapping().missingRequired())
            missing << QStringLiteral("“%1”").arg(field.label);
        m_missing->setText(
            missing.isEmpty()
                ? QCoreApplication::translate("ImportWizard", "Fields marked * are needed; every one has a column.")
                : ThemeColors::problemHtml(m_missing->palette(),
                                           QCoreApplication::translate("ImportWizard", "Choose a column for %1.")
                                               .arg(missing.join(QStringLiteral(", ")))));
    }

    void updatePreview()
    {
        const CsvTable &table = m_wizard->table();
        const ColumnMapping &mapping = m_wizard->mapping();
        QList<std::pair<qsizetype, ImportField>> shownFields;
        for (const ImportField &field : ColumnMapping::fields(m_wizard->target()))
            if (const qsizetype column = mapping.columnOf(field.key); column >= 0)
                shownFields.append({column, field});
        m_preview->clear();
        m_preview->setColumnCount(int(shownFields.size()));
        QStringList labels;
        for (const auto &shownField : shownFields)
            labels << shownField.second.label;
        m_preview->setHorizontalHeaderLabels(labels);
        const int rows = int(qMin<qsizetype>(ImportCells::PreviewRows, table.rows.size()));
        m_preview->setRowCount(rows);
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < shownFields.size(); ++c)
                m_preview->setItem(r, c,
                                   ImportCells::readOnlyItem(ImportCells::previewValue(
                                       shownFields.at(c).second.key,
                                       CsvWriter::unneutralised(table.rows.at(r).value(shownFields.at(c).first)))));
        QStringList rowLabels;
        for (int r = 0; r < rows; ++r)
            rowLabels << QString::number(r + 2);
        m_preview->setVerticalHeaderLabels(rowLabels);
        m_preview->resizeColumnsToContents();
    }

    ImportWizard *m_wizard;
    QTableWidget *m_columns;
    QTableWidget *m_preview;
    QLabel *m_missing;
};

QWizardPage *ImportPages::mapping(ImportWizard *wizard)
{
    return new ImportMappingPage(wizard);
}
