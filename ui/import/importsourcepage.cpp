// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importpages.h"

#include "import/importwizard.h"
#include "themecolors.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizardPage>

// Step 1: what to import and from which file.
class ImportSourcePage final : public QWizardPage
{
public:
    explicit ImportSourcePage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(QCoreApplication::translate("ImportWizard", "Choose a CSV file"));
        setSubTitle(QCoreApplication::translate(
            "ImportWizard", "Partners, agreements with their parties, or milestones, as a spreadsheet saves them."));
        auto *targets = new QButtonGroup(this);
        auto *targetRow = new QHBoxLayout;
        for (ImportTarget target : {ImportTarget::Partners, ImportTarget::Agreements, ImportTarget::Milestones}) {
            auto *button = new QRadioButton(ColumnMapping::targetName(target), this);
            button->setObjectName(QStringLiteral("target-") + ColumnMapping::targetCode(target));
            button->setChecked(target == m_wizard->target());
            targets->addButton(button, int(target));
            targetRow->addWidget(button);
        }
        targetRow->addStretch();
        connect(targets, &QButtonGroup::idClicked, this, [this](int id) { m_wizard->setTarget(ImportTarget(id)); });

        m_file->setObjectName(QStringLiteral("importFile"));
        m_file->setPlaceholderText(QCoreApplication::translate("ImportWizard", "A .csv or .txt file"));
        auto *choose = new QPushButton(QCoreApplication::translate("ImportWizard", "Choose…"), this);
        choose->setObjectName(QStringLiteral("chooseFile"));
        auto *fileRow = new QHBoxLayout;
        fileRow->addWidget(m_file, 1);
        fileRow->addWidget(choose);
        connect(choose, &QPushButton::clicked, this, [this] {
            const QString path = m_wizard->m_chooseFile();
            if (!path.isEmpty())
                m_wizard->setFile(path);
        });
        connect(m_file, &QLineEdit::editingFinished, this, [this] {
            if (m_file->text() != m_wizard->file())
                m_wizard->setFile(m_file->text());
        });
        // A typed path is read once the typing pauses on a file: Next needs no Enter first.
        auto *typing = new QTimer(this);
        typing->setSingleShot(true);
        typing->setInterval(400);
        connect(m_file, &QLineEdit::textEdited, typing, qOverload<>(&QTimer::start));
        connect(typing, &QTimer::timeout, this, [this] {
            if (m_file->text() != m_wizard->file() && QFileInfo(m_file->text()).isFile())
                m_wizard->setFile(m_file->text());
        });

        m_profile->setObjectName(QStringLiteral("importProfile"));
        connect(m_profile, &QComboBox::activated, this, [this](int index) {
            if (index > 0)
                m_wizard->applyProfile(m_profile->itemText(index));
        });
        m_encoding->setObjectName(QStringLiteral("importEncoding"));
        m_encoding->addItem(QCoreApplication::translate("ImportWizard", "Detect"));
        for (CsvTable::Encoding e :
             {CsvTable::Encoding::Utf8, CsvTable::Encoding::Utf8WithBom, CsvTable::Encoding::Utf16LittleEndian,
              CsvTable::Encoding::Utf16BigEndian, CsvTable::Encoding::Windows1252})
            m_encoding->addItem(CsvTable::encodingName(e), int(e));
        m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
        m_delimiter->addItem(QCoreApplication::translate("ImportWizard", "Detect"));
        for (QChar d : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')})
            m_delimiter->addItem(CsvTable::delimiterName(d), QString(d));
        const auto optionsChanged = [this] {
            CsvReader::Options options;
            if (m_encoding->currentIndex() > 0)
                options.encoding = CsvTable::Encoding(m_encoding->currentData().toInt());
            if (m_delimiter->currentIndex() > 0)
                options.delimiter = m_delimiter->currentData().toString().at(0);
            m_wizard->setReadOptions(options);
        };
        connect(m_encoding, &QComboBox::activated, this, optionsChanged);
        connect(m_delimiter, &QComboBox::activated, this, optionsChanged);

        m_status->setObjectName(QStringLiteral("importFileStatus"));
        m_status->setWordWrap(true);
        m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *form = new QFormLayout;
        form->addRow(QCoreApplication::translate("ImportWizard", "Import:"), targetRow);
        form->addRow(QCoreApplication::translate("ImportWizard", "File:"), fileRow);
        form->addRow(QCoreApplication::translate("ImportWizard", "Profile:"), m_profile);
        form->addRow(QCoreApplication::translate("ImportWizard", "Encoding:"), m_encoding);
        form->addRow(QCoreApplication::translate("ImportWizard", "Delimiter:"), m_delimiter);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_status);
        layout->addStretch();
        connect(m_wizard, &ImportWizard::tableChanged, this, [this, targets] {
            m_file->setText(m_wizard->file());
            if (auto *button = targets->button(int(m_wizard->target())))
                button->setChecked(true);
            updateStatus();
            emit completeChanged();
        });
    }

    void initializePage() override
    {
        m_profile->clear();
        m_profile->addItem(QCoreApplication::translate("ImportWizard", "None (guess the columns)"));
        m_profile->addItems(m_wizard->profileNames());
        updateStatus();
    }

    bool isComplete() const override
    {
        return !m_wizard->isBusy() && !m_wizard->file().isEmpty() && m_wizard->table().ok() &&
               !m_wizard->table().header.isEmpty();
    }

private:
    void updateStatus()
    {
        const CsvTable &table = m_wizard->table();
        if (m_wizard->file().isEmpty()) {
            m_status->setText(QCoreApplication::translate("ImportWizard", "Choose the file to import."));
        } else if (m_wizard->isBusy()) {
            m_status->setText(QCoreApplication::translate("ImportWizard", "Reading…"));
        } else if (!table.ok()) {
            m_status->setText(ThemeColors::problemHtml(m_status->palette(), table.problem->message));
        } else {
            m_status->setText(QCoreApplication::translate("ImportWizard", "%1, %2-separated: %3 rows and %4 columns.")
                                  .arg(CsvTable::encodingName(table.encoding), CsvTable::delimiterName(table.delimiter),
                                       QLocale().toString(table.rows.size()), QLocale().toString(table.header.size())));
        }
    }

    ImportWizard *m_wizard;
    QLineEdit *m_file = new QLineEdit(this);
    QComboBox *m_profile = new QComboBox(this);
    QComboBox *m_encoding = new QComboBox(this);
    QComboBox *m_delimiter = new QComboBox(this);
    QLabel *m_status = new QLabel(this);
};

QWizardPage *ImportPages::source(ImportWizard *wizard)
{
    return new ImportSourcePage(wizard);
}
