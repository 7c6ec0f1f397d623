#include "records/recordform.h"

#include "store/database.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

RecordForm::RecordForm(QWidget *parent)
    : QWidget(parent)
    , m_body(new QVBoxLayout)
    , m_message(new QLabel(this))
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

    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    outer->addWidget(m_message);

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
    showMessage({}, false);
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
    if (m_dirty || m_id == 0)
        return;
    const QStringList watched = watchedTables();
    for (const QString &table : tables) {
        if (watched.contains(table)) {
            reloadRecord();
            return;
        }
    }
}

void RecordForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    applyReadOnly(readOnly);
    setDirty(m_dirty);
}

void RecordForm::markDirty()
{
    if (!m_loading && !m_readOnly)
        setDirty(true);
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
        showMessage({}, false);
        m_dirty = false;
        reloadRecord();
        return true;
    }
    showMessage(saved.error().message, true);
    if (saved.error().kind == StoreError::Kind::Invalid) {
        emit refused(saved.error().message);
    } else {
        // A conflict or another failure: show what is stored now.
        emit storeFailed(saved.error().message);
        m_dirty = false;
        reloadRecord();
        showMessage(saved.error().message, true);
    }
    return false;
}

void RecordForm::revert()
{
    showMessage({}, false);
    reloadRecord();
}

QString RecordForm::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void RecordForm::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b01b1b; padding: 4px 8px; }")
                                     : QStringLiteral("QLabel { padding: 4px 8px; }"));
}
