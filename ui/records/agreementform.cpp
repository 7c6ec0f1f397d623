// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/agreementform.h"

#include "models/cellvalue.h"
#include "records/fuzzydateedit.h"
#include "records/milestoneform.h"
#include "records/recordview.h"
#include "records/undorecordwriter.h"
#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "store/milestonerepository.h"
#include "store/partnerrepository.h"
#include "themecolors.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    label->setContentsMargins(0, 10, 0, 2);
    label->setWordWrap(true); // a long title wraps in a narrow Details pane rather than widen it
    return label;
}

QTableView *smallTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setMinimumHeight(120);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::SelectedClicked);
    RecordView::editOnEnter(table);
    return table;
}

} // namespace

AgreementForm::AgreementForm(QWidget *parent)
    : StoredRecordForm(parent)
{
    setObjectName(QStringLiteral("agreementForm"));
    addRecordFields(addFormSection(), {{QStringLiteral("signing_event"), m_signingEvent}});

    body()->addWidget(sectionTitle(tr("Parties"), this));
    m_partiesTable = smallTable(m_parties, this);
    m_partiesTable->setObjectName(QStringLiteral("partiesTable"));
    m_partiesTable->setAccessibleName(tr("Parties"));
    m_partiesTable->setItemDelegate(m_delegate);
    m_partiesTable->horizontalHeader()->setSectionResizeMode(PartyListModel::PartnerColumn, QHeaderView::Stretch);
    m_partiesTable->horizontalHeader()->setStretchLastSection(false);
    m_partiesTable->horizontalHeader()->resizeSection(PartyListModel::RoleColumn, 90);
    m_partiesTable->horizontalHeader()->resizeSection(PartyListModel::SignedColumn, 110);
    body()->addWidget(m_partiesTable);
    m_partyButtons = new QWidget(this);
    auto *partyRow = new QHBoxLayout(m_partyButtons);
    partyRow->setContentsMargins(0, 0, 0, 0);
    m_newParty->setObjectName(QStringLiteral("newPartyPicker"));
    auto *addParty = new QPushButton(tr("Add &party"), m_partyButtons);
    addParty->setObjectName(QStringLiteral("addPartyButton"));
    auto *removeParty = new QPushButton(tr("Remove party"), m_partyButtons);
    removeParty->setObjectName(QStringLiteral("removePartyButton"));
    partyRow->addWidget(m_newParty, 1);
    partyRow->addWidget(addParty);
    partyRow->addWidget(removeParty);
    body()->addWidget(m_partyButtons);

    body()->addWidget(sectionTitle(tr("Milestones"), this));
    m_milestones = smallTable(m_milestoneModel, this);
    m_milestones->setObjectName(QStringLiteral("agreementMilestones"));
    m_milestones->setAccessibleName(tr("Milestones"));
    auto *milestoneDelegate = new RecordDelegate(this);
    m_milestones->setItemDelegate(milestoneDelegate);
    m_milestones->setColumnHidden(MilestoneTableModel::AgreementColumn, true);
    m_milestones->setColumnHidden(MilestoneTableModel::LocationColumn, true);
    m_milestones->setColumnHidden(MilestoneTableModel::AchievedColumn, true);
    m_milestones->horizontalHeader()->setStretchLastSection(false);
    m_milestones->horizontalHeader()->setSectionResizeMode(MilestoneTableModel::TitleColumn, QHeaderView::Stretch);
    m_milestones->horizontalHeader()->resizeSection(MilestoneTableModel::DueColumn, 85);
    m_milestones->horizontalHeader()->resizeSection(MilestoneTableModel::StatusColumn, 80);
    m_milestones->setMinimumHeight(160);
    body()->addWidget(m_milestones);
    m_milestoneButtons = new QWidget(this);
    auto *milestoneRow = new QHBoxLayout(m_milestoneButtons);
    milestoneRow->setContentsMargins(0, 0, 0, 0);
    auto *addMilestone = new QPushButton(tr("Add &milestone"), m_milestoneButtons);
    addMilestone->setObjectName(QStringLiteral("addMilestoneButton"));
    auto *removeMilestone = new QPushButton(tr("Delete milestone"), m_milestoneButtons);
    removeMilestone->setObjectName(QStringLiteral("removeMilestoneButton"));
    milestoneRow->addStretch(1);
    milestoneRow->addWidget(addMilestone);
    milestoneRow->addWidget(removeMilestone);
    body()->addWidget(m_milestoneButtons);
    body()->addWidget(sectionTitle(tr("Slip history of the selected milestone"), this));
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setAccessibleName(tr("Slip history of the selected milestone"));
    m_history->setMinimumHeight(70);
    body()->addWidget(m_history);
    body()->addStretch(1);

    connect(m_parties, &PartyListModel::partiesEdited, this, [this] {
        listEdited();
        markDirty();
    });
    // Refusals in the parties and milestone lists show where the user is looking: in the form.
    const auto refuseInList = [this](const QString &message) {
        showMessage(message, Cause::List);
        emit refused(message);
    };
    connect(m_parties, &PartyListModel::editRefused, this, refuseInList);
    connect(m_delegate, &RecordDelegate::refused, this, refuseInList);
    connect(milestoneDelegate, &RecordDelegate::refused, this, refuseInList);
    connect(addParty, &QPushButton::clicked, this, &AgreementForm::addParty);
    connect(m_newParty, &QLineEdit::returnPressed, this, &AgreementForm::addParty);
    connect(removeParty, &QPushButton::clicked, this, &AgreementForm::removeParty);
    connect(addMilestone, &QPushButton::clicked, this, [this] { emit addMilestoneRequested(recordId()); });
    connect(removeMilestone, &QPushButton::clicked, this, [this] {
        if (const QList<qint64> ids = selectedMilestones(); !ids.isEmpty())
            emit removeMilestonesRequested(ids);
    });
    connect(m_milestones->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AgreementForm::showHistory);
    connect(m_milestoneModel, &QAbstractItemModel::modelReset, this, &AgreementForm::showHistory);
    connect(m_milestones, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!(m_milestoneModel->flags(index) & Qt::ItemIsEditable))
            emit milestoneOpened(m_milestoneModel->idAt(index.row()));
    });
    connect(m_milestoneModel, &RecordTableModel::editRefused, this, refuseInList);
    connect(m_milestoneModel, &QAbstractItemModel::dataChanged, this, &AgreementForm::listEdited);
    connect(m_milestoneModel, &RecordTableModel::storeFailed, this, &AgreementForm::storeFailed);
    m_parties->setNameLookup([this](qint64 partnerId) {
        if (!database())
            return QString();
        const auto partner = PartnerRepository(*database()).get(partnerId);
        return partner ? PartnerPicker::labelFor(partner->name, partner->country) : QString();
    });
}

QStringList AgreementForm::watchedTables() const
{
    return {QStringLiteral("agreement"), QStringLiteral("agreement_party"), QStringLiteral("agreement_theme"),
            QStringLiteral("partner"),   QStringLiteral("event"),           QStringLiteral("milestone_change")};
}

void AgreementForm::bindDatabase(Database *db)
{
    m_delegate->setDatabase(db);
    m_newParty->setDatabase(db);
    if (auto *milestoneDelegate = qobject_cast<RecordDelegate *>(m_milestones->itemDelegate()))
        milestoneDelegate->setDatabase(db);
    m_milestoneModel->setWriter(writer());
    m_milestoneModel->setFilter(QStringLiteral("agreement"), QStringLiteral("0"));
    m_milestoneModel->setDatabase(db);
}

void AgreementForm::showLoaded(Database &db)
{
    m_milestoneModel->setFilter(QStringLiteral("agreement"), QString::number(m_loaded.meta.id));
    m_signingEvent->clear();
    m_signingEvent->addItem(tr("No event"), qint64(0));
    ListQuery events;
    events.limit = 500;
    if (const auto listed = EventRepository(db).list(events))
        for (const Event &event : *listed)
            m_signingEvent->addItem(QStringLiteral("%1 (%2)").arg(event.title, event.date.toString()), event.meta.id);
    if (m_signingEvent->findData(m_loaded.signingEventId) < 0)
        m_signingEvent->addItem(tr("Event #%1").arg(m_loaded.signingEventId), m_loaded.signingEventId);
    showFields();

    QList<qint64> partnerIds;
    for (const AgreementParty &party : std::as_const(m_loaded.parties))
        partnerIds << party.partnerId;
    QHash<qint64, QString> names;
    if (const auto partners = PartnerRepository(db).getMany(partnerIds))
        for (const Partner &partner : *partners)
            names.insert(partner.meta.id, PartnerPicker::labelFor(partner.name, partner.country));
    m_parties->setParties(m_loaded.parties, names);
    showHistory();
}

Result<Agreement> AgreementForm::edited(const Agreement &base) const
{
    Result<Agreement> after = editedRecord(base);
    if (after)
        after->parties = m_parties->parties();
    return after;
}

void AgreementForm::applyReadOnly(bool readOnly)
{
    setFieldsReadOnly(readOnly);
    const auto triggers = readOnly ? QAbstractItemView::NoEditTriggers
                                   : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                         QAbstractItemView::SelectedClicked;
    m_partiesTable->setEditTriggers(triggers);
    m_partyButtons->setEnabled(!readOnly);
    m_milestoneButtons->setEnabled(!readOnly);
    m_milestoneModel->setReadOnly(readOnly);
}

void AgreementForm::addParty()
{
    const qint64 partnerId = m_newParty->partnerId();
    if (partnerId <= 0) {
        const QString message =
            m_newParty->text().trimmed().isEmpty()
                ? tr("Type a partner's name in the field next to “Add party”, then add it.")
                : tr("There is no partner “%1”; pick one from the list as you type.").arg(m_newParty->text().trimmed());
        showMessage(message, Cause::List);
        emit refused(message);
        return;
    }
    if (m_parties->addParty(partnerId, m_newParty->text().trimmed())) {
        // Cleared now, and again once a completion picked with Enter has written itself back.
        m_newParty->clear();
        QMetaObject::invokeMethod(m_newParty, &QLineEdit::clear, Qt::QueuedConnection);
        listEdited();
    }
}

void AgreementForm::removeParty()
{
    const QModelIndex current = m_partiesTable->currentIndex();
    if (current.isValid())
        m_parties->removeRows(current.row(), 1);
}

QList<qint64> AgreementForm::selectedMilestones() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_milestones->selectionModel()->selectedRows())
        ids << m_milestoneModel->idAt(index.row());
    if (ids.isEmpty() && m_milestones->currentIndex().isValid())
        ids << m_milestoneModel->idAt(m_milestones->currentIndex().row());
    return ids;
}

void AgreementForm::showHistory()
{
    m_history->clear();
    const QModelIndex current = m_milestones->currentIndex();
    if (!database() || !current.isValid()) {
        m_history->addItem(tr("Select a milestone to see how its due date and status changed."));
        return;
    }
    const auto history = MilestoneRepository(*database()).history(m_milestoneModel->idAt(current.row()));
    if (!history || history->isEmpty()) {
        m_history->addItem(tr("No changes recorded."));
        return;
    }
    for (const MilestoneChange &change : *history) {
        auto *item = new QListWidgetItem(MilestoneForm::historyLine(change), m_history);
        if (change.isSlip())
            item->setForeground(ThemeColors::problemText(m_history->palette()));
    }
}
