// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdocument.h"
#include "report/reportoptions.h"
#include "store/listquery.h"
#include "store/storeerror.h"

#include <QObject>

#include <functional>
#include <optional>

class Database;
class QAction;
class QPrintPreviewDialog;
class QPrinter;
class QWidget;
class ReportDialog;

// File > Export PDF…, Print… and Print Preview…: the report options dialog, then a save dialog,
// a print dialog or the preview, all on the portfolio the main window shows (and, if the user
// keeps it, its current filter). Every dialog sits behind a seam so that tests can answer it.
class ReportActions final : public QObject
{
    Q_OBJECT

public:
    explicit ReportActions(QWidget *window);

    // What the reports are about: the open portfolio, the main window's filter and the agreement
    // selected in it (0: none).
    using DatabaseSource = std::function<Database *()>;
    using FilterSource = std::function<ListQuery()>;
    using AgreementSource = std::function<qint64()>;
    void setSources(DatabaseSource database, FilterSource filter = {}, AgreementSource agreement = {});

    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }
    QAction *previewAction() const { return m_preview; }
    // Export PDF…, Print Preview… and Print…, in menu order.
    QList<QAction *> actions() const { return {m_export, m_preview, m_print}; }
    // Enables the actions when a portfolio is open (call when one opens or closes).
    void updateEnabled();

    // Seams for tests. Asking for options: true when the user accepts the dialog.
    using OptionsAsker = std::function<bool(ReportDialog &dialog)>;
    // A file name for the PDF (empty: cancelled).
    using FileChooser = std::function<QString(const QString &caption, const QString &suggestedName)>;
    using ErrorReporter = std::function<void(const QString &title, const QString &message)>;
    // The print dialog: true to print.
    using PrintSetup = std::function<bool(QPrinter &printer)>;
    // Runs the preview (it paints on request, through its paintRequested signal).
    using PreviewRunner = std::function<void(QPrintPreviewDialog &dialog)>;
    void setOptionsAsker(OptionsAsker asker) { m_askOptions = std::move(asker); }
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }
    void setPrintSetup(PrintSetup setup) { m_setUpPrinter = std::move(setup); }
    void setPreviewRunner(PreviewRunner runner) { m_runPreview = std::move(runner); }

    void exportPdf();
    void print();
    void printPreview();

signals:
    void pdfExported(const QString &path, int pageCount);
    void printed(int pageCount);

private:
    std::optional<ReportOptions> askOptions(const QString &title);
    std::optional<ReportDocument> build(const ReportOptions &options, const QString &failureTitle);
    // Asks for the options and makes the report, with the printer's page set up for it.
    std::optional<ReportDocument> buildForPrinter(const QString &title, QPrinter &printer);

    QWidget *m_window;
    QAction *m_export;
    QAction *m_print;
    QAction *m_preview;
    DatabaseSource m_database;
    FilterSource m_filter;
    AgreementSource m_agreement;
    OptionsAsker m_askOptions;
    FileChooser m_chooseFile;
    ErrorReporter m_reportError;
    PrintSetup m_setUpPrinter;
    PreviewRunner m_runPreview;
};
