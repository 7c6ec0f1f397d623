// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportactions.h"

#include "report/pdfreportwriter.h"
#include "report/reportbuilder.h"
#include "report/reportdata.h"
#include "report/reportdialog.h"
#include "report/reportrenderer.h"
#include "store/agreementrepository.h"
#include "store/database.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace {

// The most agreements the dialog offers for a summary (the first ones by title).
constexpr int MaxAgreementChoices = 5000;

// A wait cursor for as long as it lives.
class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

// The report draws its own margins on the whole sheet of the chosen size.
void setUpPage(QPrinter &printer, const ReportOptions &options, const ReportDocument &document)
{
    printer.setPageSize(options.pageSize);
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setDocName(document.title);
    printer.setCreator(QStringLiteral("Pactline"));
}

} // namespace

ReportActions::ReportActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_export(new QAction(tr("&Export PDF…"), this))
    , m_print(new QAction(tr("&Print…"), this))
    , m_preview(new QAction(tr("Print Pre&view…"), this))
{
    setObjectName(QStringLiteral("reportActions"));
    m_export->setObjectName(QStringLiteral("actionExportPdf"));
    m_print->setObjectName(QStringLiteral("actionPrint"));
    m_preview->setObjectName(QStringLiteral("actionPrintPreview"));
    m_print->setShortcut(QKeySequence::Print);
    m_export->setStatusTip(tr("Write a portfolio report, an agreement summary or a progress report as a PDF"));
    connect(m_export, &QAction::triggered, this, &ReportActions::exportPdf);
    connect(m_print, &QAction::triggered, this, &ReportActions::print);
    connect(m_preview, &QAction::triggered, this, &ReportActions::printPreview);

    m_askOptions = [](ReportDialog &dialog) { return dialog.exec() == QDialog::Accepted; };
    m_chooseFile = [this](const QString &caption, const QString &suggestedName) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(m_window, caption, QDir(folder).filePath(suggestedName),
                                            tr("PDF documents (*.pdf)"));
    };
    m_reportError = [this](const QString &title, const QString &message) {
        QMessageBox::warning(m_window, title, message);
    };
    m_setUpPrinter = [this](QPrinter &printer) {
        QPrintDialog dialog(&printer, m_window);
        return dialog.exec() == QDialog::Accepted;
    };
    m_runPreview = [](QPrintPreviewDialog &dialog) { dialog.exec(); };
    updateEnabled();
}

void ReportActions::setSources(DatabaseSource database, FilterSource filter, AgreementSource agreement)
{
    m_database = std::move(database);
    m_filter = std::move(filter);
    m_agreement = std::move(agreement);
    updateEnabled();
}

void ReportActions::updateEnabled()
{
    const bool open = m_database && m_database();
    for (QAction *action : {m_export, m_print, m_preview})
        action->setEnabled(open);
}

std::optional<ReportOptions> ReportActions::askOptions(const QString &title)
{
    Database *db = m_database ? m_database() : nullptr;
    if (!db) {
        m_reportError(title, tr("Open a portfolio first."));
        return std::nullopt;
    }
    const ListQuery filter = m_filter ? m_filter() : ListQuery();
    ListQuery choices;
    choices.sortKey = QStringLiteral("title");
    choices.limit = MaxAgreementChoices;
    const auto agreements = AgreementRepository(*db).list(choices);
    if (!agreements) {
        m_reportError(title, agreements.error().message);
        return std::nullopt;
    }
    QList<ReportDialog::AgreementChoice> list;
    for (const Agreement &agreement : *agreements)
        list.append({agreement.meta.id, agreement.title});
    const qint64 current = m_agreement ? m_agreement() : 0;
    if (current > 0 && std::none_of(list.cbegin(), list.cend(), [current](const auto &c) { return c.id == current; }))
        if (const auto agreement = AgreementRepository(*db).get(current))
            list.prepend({current, agreement->title});

    QString filterText;
    if (!filter.search.trimmed().isEmpty() || !filter.filters.isEmpty())
        filterText = ReportData::describeFilter(*db, filter);
    ReportDialog dialog(list, filterText, m_window);
    dialog.setWindowTitle(title);
    if (current > 0)
        dialog.setAgreement(current);
    if (!m_askOptions(dialog))
        return std::nullopt;
    return dialog.options(filter);
}

std::optional<ReportDocument> ReportActions::build(const ReportOptions &options, const QString &failureTitle)
{
    BusyCursor busy;
    auto document = ReportBuilder::build(*m_database(), options);
    if (!document) {
        m_reportError(failureTitle, document.error().message);
        return std::nullopt;
    }
    return std::move(*document);
}

void ReportActions::exportPdf()
{
    const QString title = tr("Export PDF");
    const auto options = askOptions(title);
    if (!options)
        return;
    const auto document = build(*options, tr("Cannot make the report"));
    if (!document)
        return;
    const QString suggested =
        QStringLiteral("%1 – %2.pdf").arg(m_database()->displayName(), ReportOptions::kindName(options->kind));
    QString path = m_chooseFile(title, suggested);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    const auto written = [&] {
        BusyCursor busy;
        return PdfReportWriter::write(*document, options->pageSize, path);
    }();
    if (!written) {
        m_reportError(tr("Cannot write the PDF"), written.error().message);
        return;
    }
    emit pdfExported(path, *written);
}

std::optional<ReportDocument> ReportActions::buildForPrinter(const QString &title, QPrinter &printer)
{
    const auto options = askOptions(title);
    if (!options)
        return std::nullopt;
    auto document = build(*options, tr("Cannot make the report"));
    if (document)
        setUpPage(printer, *options, *document);
    return document;
}

void ReportActions::print()
{
    QPrinter printer(QPrinter::HighResolution);
    const auto document = buildForPrinter(tr("Print"), printer);
    if (!document || !m_setUpPrinter(printer))
        return;
    const auto rendered = [&] {
        BusyCursor busy;
        return ReportRenderer::render(*document, printer);
    }();
    if (!rendered) {
        m_reportError(tr("Cannot print"), rendered.error().message);
        return;
    }
    emit printed(int(rendered->pages().size()));
}

void ReportActions::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    const auto document = buildForPrinter(tr("Print Preview"), printer);
    if (!document)
        return;
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setObjectName(QStringLiteral("reportPreview"));
    preview.setWindowTitle(tr("Print Preview: %1").arg(document->title));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &document](QPrinter *target) {
        if (auto rendered = ReportRenderer::render(*document, *target); !rendered)
            m_reportError(tr("Cannot show the preview"), rendered.error().message);
    });
    m_runPreview(preview);
}
