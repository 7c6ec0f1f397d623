// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "detailforms.h"
#include "models/milestonetablemodel.h"
#include "records/agreementform.h"
#include "records/filterbar.h"
#include "records/recordactions.h"
#include "records/recordform.h"
#include "records/recordview.h"
#include "records/undorecordwriter.h"
#include "store/database.h"
#include "timeline/timelinereschedulecommand.h"

#include <QTableView>
#include <QUndoStack>

void MainWindow::stepUndoStack(bool forwards)
{
    const int index = m_undoStack->index();
    const QUndoCommand *command = m_undoStack->command(forwards ? index : index - 1);
    if (!command)
        return;
    // What is typed in a form and not applied is settled first when the step deletes that form's
    // record; other steps leave the typing in place (the form keeps it over a store change).
    const auto *records = dynamic_cast<const RecordCommand *>(command);
    if (RecordForm *changed = m_details->changedForm();
        changed && records && records->takesAway(m_details->kindOf(changed), changed->recordId(), !forwards) &&
        !settleChangedForm())
        return;
    const QString text = command->text();
    RecordSelection::Kind kind = RecordSelection::Kind::None;
    qint64 id = 0;
    if (records)
        std::tie(kind, id) = records->mainRecord(!forwards);
    else if (const auto *move = dynamic_cast<const TimelineRescheduleCommand *>(command))
        std::tie(kind, id) = std::make_pair(RecordSelection::Kind::Milestone, move->milestoneId());
    m_stepFailed = false;
    if (forwards)
        m_undoStack->redo();
    else
        m_undoStack->undo();
    if (m_stepFailed)
        return;
    showStatusMessage(forwards ? tr("Redone: %1").arg(text) : tr("Undone: %1").arg(text), MessageShownMs);
    if (kind != RecordSelection::Kind::None && id > 0)
        showChangedRecord(kind, id);
}

void MainWindow::showChangedRecord(RecordSelection::Kind kind, qint64 id)
{
    const ViewEntry *entry = currentEntry();
    if (entry && entry->records && entry->kind == kind) {
        if (!entry->records->selectId(id)) {
            entry->records->filterBar()->clear();
            entry->records->selectId(id);
        }
        return;
    }
    // A milestone of the agreement whose form is open shows in the form's milestone list.
    if (kind == RecordSelection::Kind::Milestone && m_details->currentWidget() == m_details->agreementForm()) {
        const QModelIndex row = m_details->agreementForm()->milestonesModel()->indexOfId(id);
        if (row.isValid()) {
            m_details->agreementForm()->milestonesTable()->setCurrentIndex(row);
            return;
        }
    }
    openRecord(kind, id);
}

qint64 MainWindow::agreementForNewMilestone() const
{
    if (const RecordView *view = recordView(QStringLiteral("milestones")); view && view->currentId() > 0) {
        const int row = view->model()->rowOfId(view->currentId());
        if (row >= 0)
            return static_cast<const MilestoneTableModel *>(view->model())->milestoneAt(row).agreementId;
    }
    return m_selection->agreementId();
}

void MainWindow::addRecord()
{
    const ViewEntry *entry = currentEntry();
    if (!m_db || isReadOnly() || !entry || !entry->records || !settleChangedForm())
        return;
    const qint64 id = pushCreation(RecordActions::add(
        *m_db, entry->kind, entry->kind == RecordSelection::Kind::Milestone ? agreementForNewMilestone() : 0));
    if (id <= 0)
        return;
    // Select the new row (clearing a filter that hides it) and let the user name it.
    RecordView *view = entry->records;
    if (!view->selectId(id)) {
        view->filterBar()->clear();
        view->selectId(id);
    }
    view->table()->setFocus();
    view->editCurrent(0);
}

void MainWindow::duplicateRecords()
{
    const ViewEntry *entry = currentEntry();
    const QList<qint64> ids = currentSelection();
    if (!m_db || isReadOnly() || !entry || !entry->records || ids.isEmpty() || !settleChangedForm())
        return;
    if (const qint64 first = pushCreation(RecordActions::duplicate(*m_db, entry->kind, ids)); first > 0)
        entry->records->selectId(first);
}

qint64 MainWindow::pushCreation(Result<std::unique_ptr<RecordCommand>> command)
{
    if (!command) {
        showMessage(command.error().message);
        return 0;
    }
    const RecordCommand *created = command->get();
    if (auto done = m_writer->push(std::move(*command)); !done) {
        reportStoreFailure(done.error().message);
        return 0;
    }
    return RecordActions::createdId(*created);
}

void MainWindow::deleteRecords()
{
    const ViewEntry *entry = currentEntry();
    if (entry && entry->records)
        deleteRecordsOf(entry->kind, currentSelection());
}

void MainWindow::deleteRecordsOf(RecordSelection::Kind kind, const QList<qint64> &ids)
{
    if (!m_db || isReadOnly() || ids.isEmpty() || !settleChangedForm())
        return;
    auto deletion = RecordActions::remove(*m_db, kind, ids);
    if (!deletion) {
        reportStoreFailure(deletion.error().message);
        return;
    }
    if (!deletion->refusal.isEmpty()) {
        // A partner still party to agreements: say why, and offer to show those agreements.
        const auto answer = m_ask(tr("Cannot delete"), deletion->refusal, tr("Open the agreements it is party to?"),
                                  QMessageBox::Open | QMessageBox::Cancel);
        if (answer == QMessageBox::Open) {
            showView(QStringLiteral("agreements"));
            RecordView *agreements = recordView(QStringLiteral("agreements"));
            agreements->filterBar()->clear();
            agreements->filterBar()->setFilter(QStringLiteral("partner"), QString::number(ids.constFirst()));
            agreements->selectId(deletion->blockingAgreements.constFirst());
        }
        return;
    }
    QStringList lines;
    for (const QString &line : std::as_const(deletion->affected))
        lines << QStringLiteral("• ") + line;
    constexpr int Listed = 12;
    if (lines.size() > Listed) {
        const int more = int(lines.size()) - Listed;
        lines = lines.mid(0, Listed);
        lines << tr("… and %1 more").arg(more);
    }
    lines << QString() << tr("They go to Edit ▸ Trash…; Edit ▸ Undo brings them back at once.");
    QString question = deletion->question;
    // The record the Details pane shows, changed by someone else since: what changed comes first.
    RecordForm *shown = nullptr;
    QStringList changed;
    for (RecordForm *form : m_details->forms()) {
        if (m_details->kindOf(form) == kind && ids.contains(form->recordId())) {
            shown = form;
            changed = form->changesSinceLoaded();
        }
    }
    if (!changed.isEmpty()) {
        question =
            tr("Someone else changed “%1” since it was shown here. Delete it anyway?").arg(shown->recordTitle()) +
            QLatin1Char(' ') + question;
        for (QString &line : changed)
            line.prepend(QStringLiteral("• "));
        lines = changed + QStringList{QString()} + lines;
    }
    const auto answer =
        m_ask(tr("Delete"), question, lines.join(QLatin1Char('\n')), QMessageBox::Yes | QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        // Kept: the form shows what is stored now.
        if (!changed.isEmpty())
            shown->revert();
        return;
    }
    if (auto done = m_writer->push(std::move(deletion->command)); !done)
        reportStoreFailure(done.error().message);
}
