// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importwizard.h"

#include "exchange/mappingprofiles.h"
#include "import/importjob.h"
#include "import/importpages.h"
#include "import/importundocommand.h"
#include "store/database.h"
#include "windowcontext.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>

namespace {

// Undo of an import whose rows were changed since: delete them anyway, keep them, or cancel.
ImportUndoCommand::UndoChoice askAboutChangedRows(QWidget *window, const QList<ImportedRowChange> &changed)
{
    QStringList rows;
    for (const ImportedRowChange &change : changed)
        rows << ImportUndo::describe(change);
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("ImportWizard", "Undo Import"),
                    QCoreApplication::translate("ImportWizard",
                                                "%n row(s) of this import changed since it was imported. Delete "
                                                "them with the rest, keep them (and what they need) and remove the "
                                                "rest, or leave the import as it is?",
                                                nullptr, int(changed.size())),
                    QMessageBox::NoButton, window);
    box.setDetailedText(rows.join(QLatin1Char('\n')));
    QPushButton *remove =
        box.addButton(QCoreApplication::translate("ImportWizard", "Delete Anyway"), QMessageBox::DestructiveRole);
    QPushButton *keep =
        box.addButton(QCoreApplication::translate("ImportWizard", "Keep Changed Rows"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == remove)
        return ImportUndoCommand::UndoChoice::DeleteAnyway;
    return box.clickedButton() == keep ? ImportUndoCommand::UndoChoice::KeepChanged
                                       : ImportUndoCommand::UndoChoice::Cancel;
}

} // namespace

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
    setPage(SourcePage, ImportPages::source(this));
    setPage(MappingPage, ImportPages::mapping(this));
    setPage(PartnersPage, ImportPages::partners(this));
    setPage(CheckPage, ImportPages::check(this));
    resize(900, 640);
}

ImportWizard::~ImportWizard()
{
    m_job->cancel();
    m_job->wait();
}

void ImportWizard::addTo(WindowContext &context)
{
    QMainWindow *window = &context.mainWindow();
    auto *action = new QAction(tr("&Import from CSV…"), window);
    action->setObjectName(QStringLiteral("actionImportCsv"));
    QObject::connect(action, &QAction::triggered, window, [&context, window] {
        if (!context.database())
            return;
        ImportWizard wizard(*context.database(), context.undoStack(), window);
        QObject::connect(&wizard, &ImportWizard::imported, window,
                         [&context](const QString &summary) { context.showStatusMessage(summary, 10000); });
        wizard.exec();
    });
    context.followPortfolio(action,
                            [&context, action] { action->setEnabled(context.database() && !context.isReadOnly()); });
    context.addFileActions({action});
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
    command->setUndoAsker([window = QPointer<QWidget>(parentWidget())](const QList<ImportedRowChange> &changed) {
        return askAboutChangedRows(window, changed);
    });
    command->setCancelHandler([stack = QPointer<QUndoStack>(m_undoStack)] {
        // The stack moved past the import as the undo began: put it back (that redo does nothing).
        QTimer::singleShot(0, stack, [stack] {
            if (stack)
                stack->redo();
        });
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
