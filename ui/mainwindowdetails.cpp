// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "detailforms.h"
#include "models/milestonetablemodel.h"
#include "records/agreementform.h"
#include "records/milestoneform.h"
#include "records/partnerform.h"
#include "records/recordactions.h"
#include "store/database.h"

#include <QDockWidget>
#include <QLayout>
#include <QTableView>
#include <QUndoView>

namespace {

// The Details pane: at least this wide (its forms scroll), at first a third of the window up to this.
constexpr int DetailsMinimumWidth = 260;
constexpr int DetailsFirstMaximumWidth = 560;

} // namespace

QWidget *MainWindow::detailPane() const
{
    return m_details;
}

void MainWindow::createDetailPane()
{
    auto *dock = new QDockWidget(tr("Details"), this);
    m_detailDock = dock;
    dock->setObjectName(QStringLiteral("detailDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    // Its close button is the user's choice, as View > Details is.
    dock->installEventFilter(this);
    m_details = new DetailForms(dock);
    connect(m_details, &DetailForms::storeFailed, this, &MainWindow::reportStoreFailure);
    connect(m_details, &DetailForms::changesMerged, this,
            [this](const QString &message) { showStatusMessage(message, MessageShownMs); });
    // As wide as the widest form's fields in this language (RecordForm::minimumSizeHint).
    m_details->setMinimumWidth(std::max(DetailsMinimumWidth, m_details->minimumSizeHint().width()));
    dock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, dock);

    connectDetailForms();

    auto *undoDock = new QDockWidget(tr("Undo history"), this);
    undoDock->setObjectName(QStringLiteral("undoDock"));
    auto *undoView = new QUndoView(m_undoStack, undoDock);
    undoView->setObjectName(QStringLiteral("undoView"));
    undoView->setEmptyLabel(tr("<opened>"));
    undoDock->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, undoDock);
    undoDock->hide();
}

void MainWindow::connectDetailForms()
{
    connect(m_details->partnerForm(), &PartnerForm::agreementOpened, this,
            [this](qint64 id) { openRecord(RecordSelection::Kind::Agreement, id); });
    connect(m_details->milestoneForm(), &MilestoneForm::agreementOpened, this,
            [this](qint64 id) { openRecord(RecordSelection::Kind::Agreement, id); });
    connect(m_details->agreementForm(), &AgreementForm::milestoneOpened, this,
            [this](qint64 id) { openRecord(RecordSelection::Kind::Milestone, id); });
    connect(m_details->agreementForm(), &AgreementForm::addMilestoneRequested, this, [this](qint64 agreementId) {
        if (!m_db)
            return;
        const qint64 added = pushCreation(RecordActions::add(*m_db, RecordSelection::Kind::Milestone, agreementId));
        if (added <= 0)
            return;
        AgreementForm *form = m_details->agreementForm();
        if (const QModelIndex index = form->milestonesModel()->indexOfId(added, MilestoneTableModel::TitleColumn);
            index.isValid()) {
            form->milestonesTable()->setCurrentIndex(index);
            form->milestonesTable()->edit(index);
        }
    });
    connect(m_details->agreementForm(), &AgreementForm::removeMilestonesRequested, this,
            [this](const QList<qint64> &ids) { deleteRecordsOf(RecordSelection::Kind::Milestone, ids); });
}

void MainWindow::updateDetailsDock()
{
    const bool show = m_detailsWanted && m_details->isShowingRecord();
    if (show == !m_detailDock->isHidden())
        return;
    m_detailDock->setVisible(show);
    if (!isVisible())
        return;
    sizeDetailsDock();
    // Laid out now, so that what the user is about to click is where it shows.
    layout()->activate();
}

void MainWindow::sizeDetailsDock()
{
    // Until the user arranges it, the detail pane takes a third of the window (once both are shown).
    if (m_layoutRestored || !isVisible() || m_detailDock->isHidden())
        return;
    m_layoutRestored = true;
    resizeDocks({m_detailDock}, {std::clamp(width() / 3, DetailsMinimumWidth, DetailsFirstMaximumWidth)},
                Qt::Horizontal);
}

void MainWindow::onCurrentRecordChanged(RecordSelection::Kind kind, qint64 id)
{
    m_details->showRecord(kind, id);
    updateDetailsDock();
}

bool MainWindow::settleChangedForm()
{
    RecordForm *form = m_details->changedForm();
    if (!form)
        return true;
    const auto answer =
        m_ask(tr("Changes not applied"), tr("“%1” has changes that are not applied yet.").arg(form->recordTitle()),
              tr("Apply writes them, Discard drops them, Cancel goes back to the form."),
              QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Discard) {
        form->revert();
        return true;
    }
    if (answer == QMessageBox::Apply && form->apply())
        return true;
    // Back to the form (an Apply that was refused says why there).
    m_details->setCurrentWidget(form);
    m_detailDock->show();
    return false;
}
