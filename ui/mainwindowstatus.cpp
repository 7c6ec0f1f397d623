// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "detailforms.h"
#include "models/recordtablemodel.h"
#include "models/statuscounts.h"
#include "records/filterbar.h"
#include "records/recordform.h"
#include "records/recordview.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

QString MainWindow::statusText() const
{
    return m_status->text();
}

QString MainWindow::messageText() const
{
    // Where the user is looking: the detail form's message, else the list's.
    if (const auto *form = qobject_cast<const RecordForm *>(m_details->currentWidget());
        form && !form->message().isEmpty())
        return form->message();
    const ViewEntry *entry = currentEntry();
    return entry && entry->records ? entry->records->message() : QString();
}

void MainWindow::updateStatus()
{
    const ViewEntry *entry = currentEntry();
    if (!m_db || !entry || !entry->records) {
        m_status->setText(m_db ? QString() : tr("No portfolio open"));
        return;
    }
    const RecordTableModel *model = entry->records->model();
    const QString shown = model->isCountExact() ? QLocale().toString(model->filteredCount())
                                                : tr("%1+").arg(QLocale().toString(model->filteredCount()));
    const QString total = model->isTotalExact() ? QLocale().toString(model->totalCount())
                                                : tr("%1+").arg(QLocale().toString(model->totalCount()));
    // A list's kind is never None.
    const RecordSelection::Kind kind = entry->kind;
    QString base = (kind == RecordSelection::Kind::Partner     ? tr("%1 of %2 partners")
                    : kind == RecordSelection::Kind::Agreement ? tr("%1 of %2 agreements")
                    : kind == RecordSelection::Kind::Milestone ? tr("%1 of %2 milestones")
                                                               : tr("%1 of %2 events"))
                       .arg(shown, total);
    if (entry->records->filterBar()->isFiltering())
        base += tr(" (filtered)");
    if (entry->kind != RecordSelection::Kind::Agreement && entry->kind != RecordSelection::Kind::Milestone) {
        m_status->setText(base);
        return;
    }
    // Milestones and overdue ones: counted on the counting thread and kept until the data changes.
    const std::optional<StatusCounts::Figures> figures =
        m_statusCounts->figures(entry->kind == RecordSelection::Kind::Agreement ? StatusCounts::List::Agreements
                                                                                : StatusCounts::List::Milestones,
                                model->query());
    if (!figures) {
        m_status->setText(base + tr(" · counting milestones…"));
        return;
    }
    QString text = base;
    if (figures->overdue >= 0) {
        if (figures->milestones >= 0)
            text += tr(" · %Ln milestone(s)", nullptr, int(figures->milestones));
        text += tr(" · %1 overdue").arg(QLocale().toString(figures->overdue));
    }
    m_status->setText(text);
}

void MainWindow::showStatusMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::showMessage(const QString &text)
{
    if (const ViewEntry *entry = currentEntry(); entry && entry->records)
        entry->records->showMessage(text);
    else
        showStatusMessage(text, MessageShownMs);
}

void MainWindow::reportStoreFailure(const QString &message)
{
    // A server gone away (asked now, as a failed read may be the first to find it): the banner tells of
    // it and of its return; a dialog for each refused change or read would not help.
    if (m_db && !m_db->checkConnection()) {
        showStatusMessage(message, MessageShownMs);
        return;
    }
    m_reportError(tr("The change could not be saved"), message);
}
