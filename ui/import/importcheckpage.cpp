// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importpages.h"

#include "import/importcells.h"
#include "import/importjob.h"
#include "import/importwizard.h"
#include "themecolors.h"

#include <QCoreApplication>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizardPage>

// Step 4: every row checked (off the GUI thread); the report; then Import.
class ImportCheckPage final : public QWizardPage
{
public:
    explicit ImportCheckPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(QCoreApplication::translate("ImportWizard", "Check"));
        setSubTitle(QCoreApplication::translate(
            "ImportWizard", "Every row is checked before anything is imported; the import adds all rows or none."));
        m_progress->setObjectName(QStringLiteral("checkProgress"));
        m_summary->setObjectName(QStringLiteral("checkSummary"));
        m_summary->setWordWrap(true);
        ImportPages::setUpTable(m_report, QStringLiteral("checkReport"),
                                {QCoreApplication::translate("ImportWizard", "Row"),
                                 QCoreApplication::translate("ImportWizard", "Column"),
                                 QCoreApplication::translate("ImportWizard", "Value"),
                                 QCoreApplication::translate("ImportWizard", "Problem")});
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
            text = ThemeColors::problemHtml(palette(),
                                            QCoreApplication::translate("ImportWizard",
                                                                        "%n problem(s): nothing can be imported "
                                                                        "until they are fixed in the file.",
                                                                        nullptr, int(import->errorCount())),
                                            true);
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
            auto *row = ImportCells::readOnlyItem(issue.row > 0 ? QString::number(issue.row) : QString());
            row->setIcon(style()->standardIcon(issue.severity == ImportIssue::Severity::Error
                                                   ? QStyle::SP_MessageBoxCritical
                                                   : QStyle::SP_MessageBoxInformation));
            m_report->setItem(i, 0, row);
            m_report->setItem(i, 1, ImportCells::readOnlyItem(issue.column));
            m_report->setItem(i, 2, ImportCells::readOnlyItem(issue.value));
            m_report->setItem(i, 3, ImportCells::readOnlyItem(issue.reason));
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
    QProgressBar *m_progress = new QProgressBar(this);
    QLabel *m_summary = new QLabel(this);
    QTableWidget *m_report = new QTableWidget(this);
    QTimer *m_timer = new QTimer(this);
};

QWizardPage *ImportPages::check(ImportWizard *wizard)
{
    return new ImportCheckPage(wizard);
}
