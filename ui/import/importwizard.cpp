#include "import/importwizard.h"

#include "exchange/csvwriter.h"
#include "exchange/mappingprofiles.h"
#include "import/importjob.h"
#include "import/importundocommand.h"
#include "mainwindow.h"
#include "store/database.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

constexpr int PreviewRows = 20;

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QString shown(const QString &value)
{
    QString line = value;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line.size() > 80 ? line.left(77) + QStringLiteral("…") : line;
}

// How a mapped value will be stored, for the preview: dates and choices as Pactline reads them.
QString previewValue(const QString &key, const QString &raw)
{
    const QString value = raw.trimmed();
    if (value.isEmpty())
        return {};
    if (key == QLatin1String("due") || key == QLatin1String("achieved_on") || key == QLatin1String("signed_on") ||
        key == QLatin1String("starts_on") || key == QLatin1String("ends_on")) {
        QString error;
        const FuzzyDate date = CsvImport::parseDate(value, &error);
        return date.isValid() ? date.toString() : QStringLiteral("⚠ ") + value;
    }
    return shown(value);
}

} // namespace

// Step 1: what to import and from which file.
class ImportSourcePage final : public QWizardPage
{
public:
    explicit ImportSourcePage(ImportWizard *wizard)
        : m_wizard(wizard)
        , m_file(new QLineEdit(this))
        , m_profile(new QComboBox(this))
        , m_encoding(new QComboBox(this))
        , m_delimiter(new QComboBox(this))
        , m_status(new QLabel(this))
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
            m_status->setText(
                QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(table.problem->message.toHtmlEscaped()));
        } else {
            m_status->setText(QCoreApplication::translate("ImportWizard", "%1, %2-separated: %3 rows and %4 columns.")
                                  .arg(CsvTable::encodingName(table.encoding), CsvTable::delimiterName(table.delimiter),
                                       QLocale().toString(table.rows.size()), QLocale().toString(table.header.size())));
        }
    }

    ImportWizard *m_wizard;
    QLineEdit *m_file;
    QComboBox *m_profile;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_status;
};

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
        m_columns->setObjectName(QStringLiteral("columnMapping"));
        m_columns->setColumnCount(3);
        m_columns->setHorizontalHeaderLabels({QCoreApplication::translate("ImportWizard", "Column"),
                                              QCoreApplication::translate("ImportWizard", "Field"),
                                              QCoreApplication::translate("ImportWizard", "Examples")});
        m_columns->horizontalHeader()->setStretchLastSection(true);
        m_columns->verticalHeader()->hide();
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
            m_columns->setItem(i, 0, readOnlyItem(table.header.at(i)));
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
                    examples << shown(value);
            }
            m_columns->setItem(i, 2, readOnlyItem(examples.join(QStringLiteral(" · "))));
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
                : QStringLiteral("<span style=\"color:#b00020\">%1</span>")
                      .arg(QCoreApplication::translate("ImportWizard", "Choose a column for %1.")
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
        const int rows = int(qMin<qsizetype>(PreviewRows, table.rows.size()));
        m_preview->setRowCount(rows);
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < shownFields.size(); ++c)
                m_preview->setItem(r, c,
                                   readOnlyItem(previewValue(
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

// Step 3: for each partner name in the file, an existing partner, a new one, or leave it out.
class ImportPartnersPage final : public QWizardPage
{
public:
    explicit ImportPartnersPage(ImportWizard *wizard)
        : m_wizard(wizard)
        , m_names(new QTableWidget(this))
    {
        setTitle(QCoreApplication::translate("ImportWizard", "Match the partners"));
        m_names->setObjectName(QStringLiteral("partnerChoices"));
        m_names->setColumnCount(3);
        m_names->setHorizontalHeaderLabels({QCoreApplication::translate("ImportWizard", "In the file"),
                                            QCoreApplication::translate("ImportWizard", "Rows"),
                                            QCoreApplication::translate("ImportWizard", "Import as")});
        m_names->horizontalHeader()->setStretchLastSection(true);
        m_names->verticalHeader()->hide();
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
            m_names->setItem(i, 0, readOnlyItem(choice.name));
            m_names->setItem(i, 1, readOnlyItem(QLocale().toString(choice.uses)));
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

// Step 4: every row checked (off the GUI thread); the report; then Import.
class ImportCheckPage final : public QWizardPage
{
public:
    explicit ImportCheckPage(ImportWizard *wizard)
        : m_wizard(wizard)
        , m_progress(new QProgressBar(this))
        , m_summary(new QLabel(this))
        , m_report(new QTableWidget(this))
        , m_timer(new QTimer(this))
    {
        setTitle(QCoreApplication::translate("ImportWizard", "Check"));
        setSubTitle(QCoreApplication::translate(
            "ImportWizard", "Every row is checked before anything is imported; the import adds all rows or none."));
        m_progress->setObjectName(QStringLiteral("checkProgress"));
        m_summary->setObjectName(QStringLiteral("checkSummary"));
        m_summary->setWordWrap(true);
        m_report->setObjectName(QStringLiteral("checkReport"));
        m_report->setColumnCount(4);
        m_report->setHorizontalHeaderLabels({QCoreApplication::translate("ImportWizard", "Row"),
                                             QCoreApplication::translate("ImportWizard", "Column"),
                                             QCoreApplication::translate("ImportWizard", "Value"),
                                             QCoreApplication::translate("ImportWizard", "Problem")});
        m_report->horizontalHeader()->setStretchLastSection(true);
        m_report->verticalHeader()->hide();
        m_report->setWordWrap(true);
        m_report->setTextElideMode(Qt::ElideNone);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_progress);
        layout->addWidget(m_summary);
        layout->addWidget(m_report, 1);
        setButtonText(QWizard::FinishButton, QCoreApplication::translate("ImportWizard", "Import"));
        m_timer->setInterval(100);
        connect(m_timer, &QTimer::timeout, this, [this] {
            const ImportJob *job = m_wizard->m_job;
            m_progress->setMaximum(int(qMax<qint64>(1, job->total())));
            m_progress->setValue(int(job->done()));
        });
        connect(m_wizard, &ImportWizard::checked, this, &ImportCheckPage::showReport);
    }

    void initializePage() override
    {
        m_report->setRowCount(0);
        m_summary->setText(QCoreApplication::translate("ImportWizard", "Checking…"));
        m_progress->show();
        m_progress->setValue(0);
        m_timer->start();
        m_wizard->startCheck();
    }

    void cleanupPage() override
    {
        m_timer->stop();
        m_wizard->m_job->cancel();
        m_wizard->m_job->wait();
    }

    bool isComplete() const override
    {
        const CsvImport *import = m_wizard->csvImport();
        return m_wizard->m_checkDone && import && !import->hasErrors() && !import->plan().isEmpty();
    }

private:
    void showReport()
    {
        m_timer->stop();
        m_progress->hide();
        const CsvImport *import = m_wizard->csvImport();
        QString text;
        if (import->hasErrors())
            text = QStringLiteral("<b style=\"color:#b00020\">%1</b>")
                       .arg(QCoreApplication::translate("ImportWizard",
                                                        "%n problem(s): nothing can be imported "
                                                        "until they are fixed in the file.",
                                                        nullptr, int(import->errorCount()))
                                .toHtmlEscaped());
        else if (import->plan().isEmpty())
            text = QString(QCoreApplication::translate("ImportWizard", "There is nothing to import.") +
                           QLatin1Char(' ') + import->summary())
                       .toHtmlEscaped();
        else
            text = QStringLiteral("<b>%1</b> %2")
                       .arg(QCoreApplication::translate("ImportWizard", "No problems found.").toHtmlEscaped(),
                            import->summary().toHtmlEscaped());
        m_summary->setText(text);
        const QList<ImportIssue> &issues = import->issues();
        m_report->setRowCount(int(issues.size()));
        for (int i = 0; i < issues.size(); ++i) {
            const ImportIssue &issue = issues.at(i);
            auto *row = readOnlyItem(issue.row > 0 ? QString::number(issue.row) : QString());
            row->setIcon(style()->standardIcon(issue.severity == ImportIssue::Severity::Error
                                                   ? QStyle::SP_MessageBoxCritical
                                                   : QStyle::SP_MessageBoxInformation));
            m_report->setItem(i, 0, row);
            m_report->setItem(i, 1, readOnlyItem(issue.column));
            m_report->setItem(i, 2, readOnlyItem(issue.value));
            m_report->setItem(i, 3, readOnlyItem(issue.reason));
        }
        // Row, column and value as wide as they need (values at most a third of the table); the
        // problem takes the rest and wraps.
        m_report->setVisible(!issues.isEmpty());
        for (int column = 0; column < 3; ++column) {
            m_report->resizeColumnToContents(column);
            m_report->setColumnWidth(column, qMin(m_report->columnWidth(column), m_report->viewport()->width() / 3));
        }
        m_report->resizeRowsToContents();
        emit completeChanged();
    }

    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_report;
    QTimer *m_timer;
};

ImportWizard::ImportWizard(Database &db, QUndoStack *undoStack, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_job(new ImportJob(this))
    , m_profilesPath(MappingProfiles::defaultPath())
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import from CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_chooseFile = [this] {
        return QFileDialog::getOpenFileName(this, tr("Import from CSV"), QString(),
                                            tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    };
    m_askName = [this](const QString &suggestion) {
        return QInputDialog::getText(this, tr("Save import profile"), tr("Name of the profile:"), QLineEdit::Normal,
                                     suggestion);
    };
    m_reportError = [this](const QString &title, const QString &message) {
        QMessageBox::warning(this, title, message);
    };
    setPage(SourcePage, new ImportSourcePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(PartnersPage, new ImportPartnersPage(this));
    setPage(CheckPage, new ImportCheckPage(this));
    resize(900, 640);
}

ImportWizard::~ImportWizard()
{
    m_job->cancel();
    m_job->wait();
}

void ImportWizard::addTo(MainWindow &window)
{
    auto *action = new QAction(tr("&Import from CSV…"), &window);
    action->setObjectName(QStringLiteral("actionImportCsv"));
    QObject::connect(action, &QAction::triggered, &window, [&window] {
        if (!window.database())
            return;
        ImportWizard wizard(*window.database(), window.undoStack(), &window);
        QObject::connect(&wizard, &ImportWizard::imported, &window,
                         [&window](const QString &summary) { window.statusBar()->showMessage(summary, 10000); });
        wizard.exec();
    });
    const auto update = [&window, action] { action->setEnabled(window.database() && !window.isReadOnly()); };
    QObject::connect(&window, &MainWindow::portfolioOpened, action, update);
    QObject::connect(&window, &MainWindow::portfolioClosed, action, update);
    update();
    window.addFileActions({action});
}

void ImportWizard::setProfilesPath(const QString &path)
{
    m_profilesPath = path;
}

QStringList ImportWizard::profileNames() const
{
    const Result<MappingProfiles> profiles = MappingProfiles::load(m_profilesPath);
    return profiles ? profiles->names() : QStringList();
}

void ImportWizard::setTarget(ImportTarget target)
{
    if (target == m_target)
        return;
    m_target = target;
    m_mapping = ColumnMapping::guess(m_target, m_table.header);
    m_import.reset();
    emit mappingChanged();
}

void ImportWizard::setFile(const QString &path)
{
    m_file = path;
    readFile();
}

void ImportWizard::setReadOptions(const CsvReader::Options &options)
{
    m_readOptions = options;
    if (!m_file.isEmpty())
        readFile();
}

void ImportWizard::readFile()
{
    m_job->cancel();
    m_job->wait();
    m_import.reset();
    m_table = CsvTable();
    emit tableChanged();
    const QString path = m_file;
    const CsvReader::Options options = m_readOptions;
    auto table = std::make_shared<CsvTable>();
    m_job->start(
        [path, options, table](ImportJob &) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                table->problem = CsvProblem{0, 0, tr("Cannot read “%1”: %2").arg(path, file.errorString())};
                return;
            }
            *table = CsvReader::read(file.readAll(), options);
        },
        [this, table] {
            m_table = *table;
            m_mapping = ColumnMapping::guess(m_target, m_table.header);
            emit tableChanged();
            emit mappingChanged();
        });
}

void ImportWizard::setField(qsizetype column, const QString &key)
{
    m_mapping.setField(column, key);
    m_import.reset();
    emit mappingChanged();
}

void ImportWizard::applyProfile(const QString &name)
{
    const Result<MappingProfiles> profiles = MappingProfiles::load(m_profilesPath);
    if (!profiles) {
        reportError(tr("Import profiles"), profiles.error().message);
        return;
    }
    const std::optional<MappingProfile> profile = profiles->find(name);
    if (!profile)
        return;
    m_target = profile->target;
    m_readOptions.encoding = profile->encoding;
    m_readOptions.delimiter = profile->delimiter;
    if (!m_file.isEmpty())
        readFile();
    waitUntilIdle();
    m_mapping = profile->apply(m_table.header);
    emit tableChanged();
    emit mappingChanged();
}

bool ImportWizard::saveProfile()
{
    const QString name = m_askName(QFileInfo(m_file).completeBaseName()).trimmed();
    if (name.isEmpty())
        return false;
    Result<MappingProfiles> profiles = MappingProfiles::load(m_profilesPath);
    if (!profiles) {
        reportError(tr("Import profiles"), profiles.error().message);
        return false;
    }
    MappingProfile profile = MappingProfile::fromMapping(name, m_table.header, m_mapping);
    profile.encoding = m_readOptions.encoding;
    profile.delimiter = m_readOptions.delimiter;
    profiles->insert(profile);
    if (auto saved = profiles->save(m_profilesPath); !saved) {
        reportError(tr("Import profiles"), saved.error().message);
        return false;
    }
    return true;
}

bool ImportWizard::isBusy() const
{
    return m_job->isRunning();
}

bool ImportWizard::waitUntilIdle(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_job->isRunning() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    // Let the finished() signal arrive and be handled.
    QCoreApplication::processEvents();
    return !m_job->isRunning();
}

bool ImportWizard::prepareImport()
{
    if (m_import)
        return true;
    m_job->cancel();
    m_job->wait();
    const QString path = m_db.path();
    const CsvTable table = m_table;
    const ColumnMapping mapping = m_mapping;
    auto prepared = std::make_shared<std::unique_ptr<CsvImport>>();
    auto error = std::make_shared<QString>();
    QEventLoop loop;
    button(QWizard::NextButton)->setEnabled(false);
    m_job->start(
        [path, table, mapping, prepared, error](ImportJob &) {
            // Its own connection: Qt Sql connections belong to the thread that opened them.
            auto db = Database::open(path, Database::Mode::ReadOnly);
            if (!db) {
                *error = db.error().message;
                return;
            }
            Result<ImportContext> context = ImportContext::load(**db);
            if (!context) {
                *error = context.error().message;
                return;
            }
            *prepared = std::make_unique<CsvImport>(table, mapping, std::move(*context));
        },
        [&loop] { loop.quit(); });
    loop.exec();
    button(QWizard::NextButton)->setEnabled(true);
    if (!*prepared) {
        reportError(tr("Cannot read the portfolio"), *error);
        return false;
    }
    m_import = std::move(*prepared);
    m_checkDone = false;
    return true;
}

void ImportWizard::startCheck()
{
    m_job->cancel();
    m_job->wait();
    m_checkDone = false;
    if (!m_import)
        return;
    CsvImport *import = m_import.get();
    const qint64 rows = m_table.rows.size();
    m_job->start([import, rows](ImportJob &job) {
        job.setProgress(0, rows);
            import->validate([&job, rows](qsizetype done) {
                job.setProgress(done, rows);
            return !job.isCancelled();
    });
},
        [this] {
    m_checkDone = true;
    emit checked();
        });
}

void ImportWizard::accept()
{
    if (!m_import || m_import->hasErrors() || m_import->plan().isEmpty())
        return;
    const ImportPlan &plan = m_import->plan();
    auto command = std::make_unique<ImportUndoCommand>(
        m_db, plan, tr("Import %1 from %2").arg(m_import->summary(), QFileInfo(m_file).fileName()));
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, int(plan.size()), this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const Result<void> done = command->execute([&progress](qsizetype rows) {
        progress.setValue(int(rows));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    const bool cancelled = progress.wasCanceled();
    progress.reset();
    if (!done) {
        reportError(cancelled ? tr("Import cancelled") : tr("Nothing was imported"),
                    cancelled ? tr("The import was cancelled; the portfolio was left as it was.")
                              : tr("%1\n\nThe portfolio was left as it was.").arg(done.error().message));
        return;
    }
    const QString summary = m_import->summary();
    // The command outlives the wizard: failures of a later undo or redo go to the window.
    command->setFailureHandler([window = QPointer<QWidget>(parentWidget())](const StoreError &error) {
        QMessageBox::warning(window, tr("Import"), error.message);
    });
    if (m_undoStack)
        m_undoStack->push(command.release());
    emit imported(summary);
    QWizard::accept();
}

void ImportWizard::reportError(const QString &title, const QString &message)
{
    m_reportError(title, message);
}
