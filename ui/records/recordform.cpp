// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/recordform.h"

#include "models/recordwriter.h"
#include "records/noticeoverlay.h"
#include "records/undorecordwriter.h"
#include "store/database.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

RecordForm::RecordForm(QWidget *parent)
    : QWidget(parent)
    , m_body(new QVBoxLayout)
    , m_gone(new QLabel(this))
    , m_content(new QWidget(this))
    , m_scroll(nullptr)
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setAccessibleName(tr("Details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content->setLayout(m_body);
    m_body->setContentsMargins(8, 8, 8, 8);
    scroll->setWidget(m_content);
    outer->addWidget(scroll, 1);

    m_gone->setObjectName(QStringLiteral("formEmpty"));
    m_gone->setAlignment(Qt::AlignCenter);
    m_gone->setWordWrap(true);
    m_gone->hide();
    outer->addWidget(m_gone, 1);

    m_message = new NoticeOverlay(scroll);
    m_message->setObjectName(QStringLiteral("formMessage"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(8, 4, 8, 8);
    buttons->addStretch(1);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setDefault(true);
    m_apply->setToolTip(tr("Write the changes (Ctrl+Return); Edit ▸ Undo takes them back"));
    m_apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    outer->addLayout(buttons);
    connect(m_apply, &QPushButton::clicked, this, &RecordForm::apply);
    connect(m_revert, &QPushButton::clicked, this, &RecordForm::revert);
    setDirty(false);
}

QSize RecordForm::minimumSizeHint() const
{
    // The fields, and room for the scroll bar beside them (the scroll area has no frame).
    const int fields =
        m_content->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return QWidget::minimumSizeHint().expandedTo(QSize(fields, 0));
}

void RecordForm::addField(QFormLayout *form, const QString &label, QWidget *field, const QString &objectName)
{
    field->setObjectName(objectName);
    if (auto *line = qobject_cast<QLineEdit *>(field)) {
        connect(line, &QLineEdit::textEdited, this, &RecordForm::markDirty);
        connect(line, &QLineEdit::returnPressed, this, &RecordForm::apply);
    } else if (auto *combo = qobject_cast<QComboBox *>(field)) {
        connect(combo, &QComboBox::activated, this, &RecordForm::markDirty);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(field)) {
        text->setTabChangesFocus(true);
        connect(text, &QPlainTextEdit::textChanged, this, &RecordForm::markDirty);
    }
    form->addRow(label, field);
}

QFormLayout *RecordForm::addFormSection()
{
    // Combo boxes with long choices must not make the pane wider than its dock.
    for (QComboBox *combo : findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_body->addLayout(form);
    return form;
}

void RecordForm::setContext(Database *db, UndoRecordWriter *writer)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    m_writer = writer;
    bindDatabase(db);
    if (m_db)
        connect(m_db, &Database::changed, this, &RecordForm::onStoreChanged);
    showRecord(0);
}

void RecordForm::showRecord(qint64 id)
{
    m_id = id;
    clearMessage();
    reloadRecord();
}

void RecordForm::reloadRecord()
{
    m_loading = true;
    const bool shown = m_db && m_id > 0 && load(*m_db, m_id);
    m_loading = false;
    m_scroll->setVisible(shown);
    m_gone->setVisible(!shown);
    m_gone->setText(m_id > 0 ? tr("This record no longer exists.") : tr("Nothing selected."));
    m_apply->setVisible(shown);
    m_revert->setVisible(shown);
    setDirty(false);
}

void RecordForm::onStoreChanged(const QStringList &tables)
{
    if (m_id == 0)
        return;
    const QStringList watched = watchedTables();
    if (std::none_of(tables.cbegin(), tables.cend(), [&](const QString &table) { return watched.contains(table); }))
        return;
    if (!m_dirty) {
        reloadRecord();
        return;
    }
    // An edit is under way: the form keeps it, and says at once what changed elsewhere (a colleague,
    // another window) rather than only when Apply finds it.
    const QStringList changed = changesSinceLoaded();
    if (!changed.isEmpty())
        showMessage(tr("This record was changed elsewhere since you began editing it (%1). Your changes are still "
                       "in the form: Apply merges them with it, Revert shows what is stored now.")
                        .arg(changed.join(QStringLiteral("; "))),
                    Cause::Info);
}

void RecordForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    applyReadOnly(readOnly);
    setDirty(m_dirty);
}

void RecordForm::markDirty()
{
    // Nothing to change without a record: a late signal of a cleared field must not ask to apply.
    if (m_loading || m_readOnly || m_id <= 0 || !m_db)
        return;
    setDirty(true);
    recheckFields();
}

void RecordForm::recheckFields()
{
    // A refusal of the fields stays while it holds, and goes as soon as they pass.
    if (m_cause != Cause::Fields || m_message->notice().isEmpty() || !m_db)
        return;
    struct : RecordWriter
    {
        Result<void> updatePartner(Database &, const Partner &, const Partner &) override { return {}; }
        Result<void> updateAgreement(Database &, const Agreement &, const Agreement &) override { return {}; }
        Result<void> updateMilestone(Database &, const Milestone &, const Milestone &, const QString &) override
        {
            return {};
        }
        Result<void> updateEvent(Database &, const Event &, const Event &) override { return {}; }
    } nothingWritten;
    const Result<void> checked = save(*m_db, nothingWritten);
    if (checked)
        clearMessage();
    else if (checked.error().message != m_message->notice())
        showMessage(checked.error().message, Cause::Fields);
}

void RecordForm::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_apply->setEnabled(dirty && !m_readOnly);
    m_revert->setEnabled(dirty && !m_readOnly);
}

bool RecordForm::apply()
{
    if (!m_db || !m_writer || m_id == 0 || m_readOnly)
        return false;
    const Result<void> saved = save(*m_db, *m_writer);
    if (saved) {
        clearMessage();
        m_dirty = false;
        reloadRecord();
        return true;
    }
    switch (saved.error().kind) {
    case StoreError::Kind::Invalid:
        showMessage(saved.error().message, Cause::Fields);
        emit refused(saved.error().message);
        break;
    case StoreError::Kind::Conflict:
        return resolveConflict();
    case StoreError::Kind::Disconnected:
        // Nothing was stored: the fields keep what was typed until the server is back.
        showMessage(tr("Not applied: the server is not reachable. Your changes are still in the form; apply them "
                       "once the server is back."),
                    Cause::Info);
        break;
    default:
        // The record is gone, or the store failed: show what is stored now.
        emit storeFailed(saved.error().message);
        m_dirty = false;
        reloadRecord();
        showMessage(saved.error().message, Cause::Info);
        break;
    }
    return false;
}

bool RecordForm::resolveConflict()
{
    // Someone else changed the record since it was loaded: the fields only one side changed merge,
    // the user decides the others.
    const MergeOutcome merged = mergeWithStored(*m_db, *m_writer);
    switch (merged.kind) {
    case MergeOutcome::Kind::Saved:
        clearMessage();
        m_dirty = false;
        reloadRecord();
        emit changesMerged(merged.takenFromTheirs.isEmpty()
                               ? tr("Your changes were saved after someone else's change of this record.")
                               : tr("Your changes were merged with someone else's change of %1, and saved.")
                                     .arg(merged.takenFromTheirs.join(QStringLiteral(", "))));
        return true;
    case MergeOutcome::Kind::Cancelled:
        showMessage(tr("Not applied: someone else changed this record while you were editing it. Your changes are "
                       "still in the form: Apply merges them again, Revert shows what is stored now."),
                    Cause::Info);
        return false;
    case MergeOutcome::Kind::Failed:
        break;
    }
    const StoreError &error = merged.error;
    if (error.kind == StoreError::Kind::Conflict || error.kind == StoreError::Kind::Invalid) {
        // Changed once more in the meantime, or the merged record breaks a rule: nothing is lost.
        showMessage(tr("%1 Your changes are still in the form: Apply merges them again, Revert shows what is "
                       "stored now.")
                        .arg(error.message),
                    Cause::Info);
        return false;
    }
    // The record is gone, or the store failed: show what is stored now.
    emit storeFailed(error.message);
    m_dirty = false;
    reloadRecord();
    showMessage(error.message, Cause::Info);
    return false;
}

QString RecordForm::changeLine(const QString &label, const QString &before, const QString &after)
{
    const auto shown = [](const QString &value) { return value.isEmpty() ? tr("(empty)") : value.simplified(); };
    return tr("%1: %2 → %3").arg(label, shown(before), shown(after));
}

void RecordForm::revert()
{
    clearMessage();
    reloadRecord();
}

QString RecordForm::message() const
{
    return m_message->notice();
}

void RecordForm::showMessage(const QString &text, Cause cause)
{
    m_cause = cause;
    m_message->showNotice(text, cause != Cause::Info);
}

void RecordForm::clearMessage()
{
    m_message->clearNotice();
}

void RecordForm::listEdited()
{
    if (m_cause == Cause::List)
        clearMessage();
}
