// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/columnmapping.h"
#include "exchange/csvimport.h"
#include "exchange/csvreader.h"

#include <QWizard>

#include <functional>
#include <memory>

class Database;
class ImportJob;
class QUndoStack;
class WindowContext;

// File > Import…: a CSV file of partners, agreements (with their parties) or milestones, step by
// step. Choose the file (encoding and delimiter are detected, or chosen, or come from a saved
// profile); map its columns to fields with a live preview (guessed from the header, in English,
// Dutch or Swedish; mappings can be saved as named profiles); say for each partner name whether it
// is an existing partner, a new one or left out; then every row is checked and the report shows
// each problem with its row, column and value. Import writes everything in one transaction, with a
// progress dialog that can cancel (then nothing changes), as one step on the undo stack. Reading
// and checking run off the GUI thread, on a connection of their own.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        SourcePage,
        MappingPage,
        PartnersPage,
        CheckPage
    };

    // `db` is the open portfolio the rows go into; `undoStack` (may be null) gets the import.
    ImportWizard(Database &db, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Adds File > Import… to the main window.
    static void addTo(WindowContext &context);

    // Seams for tests: the file to import, a profile's name, how errors are shown.
    using FileChooser = std::function<QString()>;
    using NameAsker = std::function<QString(const QString &suggestion)>;
    using ErrorReporter = std::function<void(const QString &title, const QString &message)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setNameAsker(NameAsker asker) { m_askName = std::move(asker); }
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }
    // Where import profiles are kept (default: MappingProfiles::defaultPath()).
    void setProfilesPath(const QString &path);

    // The state, for the pages and for tests.
    void setTarget(ImportTarget target);
    ImportTarget target() const { return m_target; }
    void setFile(const QString &path);
    QString file() const { return m_file; }
    void setReadOptions(const CsvReader::Options &options);
    const CsvTable &table() const { return m_table; }
    const ColumnMapping &mapping() const { return m_mapping; }
    void setField(qsizetype column, const QString &key);
    void applyProfile(const QString &name);
    // Saves the current mapping as a profile (asking for its name); false when cancelled or failed.
    bool saveProfile();
    QStringList profileNames() const;
    CsvImport *csvImport() const { return m_import.get(); }
    // Whether background work (reading, checking) is running; waits for it (tests).
    bool isBusy() const;
    bool waitUntilIdle(int timeoutMs = 30000);

    void accept() override;

signals:
    // The file was read (or could not be); the mapping and the checks are new.
    void tableChanged();
    void mappingChanged();
    // The rows were checked; the report is in csvImport()->issues().
    void checked();
    // The rows were written, as one undoable step.
    void imported(const QString &summary);

private:
    friend class ImportSourcePage;
    friend class ImportMappingPage;
    friend class ImportPartnersPage;
    friend class ImportCheckPage;

    void readFile();
    // Builds the CsvImport (it matches partner names against the portfolio) off the GUI thread and
    // waits for it with the event loop running; false when that failed.
    bool prepareImport();
    void startCheck();
    void reportError(const QString &title, const QString &message);

    Database &m_db;
    QUndoStack *m_undoStack;
    ImportJob *m_job;
    ImportTarget m_target = ImportTarget::Partners;
    QString m_file;
    CsvReader::Options m_readOptions;
    CsvTable m_table;
    ColumnMapping m_mapping;
    QString m_profilesPath;
    std::unique_ptr<CsvImport> m_import;
    QString m_prepareError;
    bool m_checkDone = false;
    FileChooser m_chooseFile;
    NameAsker m_askName;
    ErrorReporter m_reportError;
};
