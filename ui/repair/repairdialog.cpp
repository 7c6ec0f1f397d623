// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repair/repairdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

constexpr int LeaveIndex = 0;

} // namespace

RepairDialog::RepairDialog(const QList<RepairOptions> &options, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("repairDialog"));
    setWindowTitle(tr("Repair Values"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Not allowed in this portfolio: %n value(s). Choose what each becomes, or leave it "
                                "as it is.",
                                nullptr, int(options.size())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *rows = new QWidget;
    auto *form = new QFormLayout(rows);
    for (const RepairOptions &option : options) {
        auto *combo = new QComboBox(rows);
        combo->addItem(tr("Leave as it is"));
        for (const RepairValue &value : option.values)
            combo->addItem(value.label, value.value);
        combo->setEditable(option.typed);
        combo->setCurrentIndex(LeaveIndex);
        combo->setToolTip(tr("Allowed: %1").arg(option.finding.allowed));
        auto *label = new QLabel(option.finding.sentence(), rows);
        label->setWordWrap(true);
        label->setBuddy(combo);
        form->addRow(label, combo);
        m_choices << combo;
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(rows);
    layout->addWidget(scroll, 1);

    auto *noteLabel = new QLabel(note, this);
    noteLabel->setWordWrap(true);
    layout->addWidget(noteLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Apply)->setText(tr("Repair"));
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 480);
}

QList<RepairChange> RepairDialog::changes() const
{
    QList<RepairChange> changes;
    for (int i = 0; i < m_choices.size(); ++i) {
        const QComboBox *combo = m_choices.at(i);
        const RepairOptions &option = m_options.at(i);
        // An editable choice holds what was typed when it matches no item.
        const int index = combo->isEditable() ? combo->findText(combo->currentText()) : combo->currentIndex();
        if (index > LeaveIndex)
            changes << ContentRepair::change(option.finding, combo->itemData(index));
        else if (index < 0 && !combo->currentText().trimmed().isEmpty())
            changes << ContentRepair::change(option.finding, combo->currentText().trimmed());
    }
    return changes;
}
