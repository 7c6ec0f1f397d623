// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/mergedialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

// A value on one line, cut short when long (the whole of it in the tooltip); "(empty)" for none.
QString shown(const QString &value)
{
    constexpr int Shown = 120;
    const QString line = value.simplified();
    if (line.isEmpty())
        return MergeDialog::tr("(empty)");
    return line.size() > Shown ? line.left(Shown) + QChar(0x2026) : line;
}

// shown() on a button, whose text takes "&" for a mnemonic: the value's own are doubled.
QString buttonText(const QString &value)
{
    return shown(value).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

MergeDialog::MergeDialog(const QString &recordTitle, const QList<Conflict> &conflicts,
                         const QStringList &takenFromTheirs, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge Changes"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Someone else changed “%1” while you were editing it, and changed %n field(s) you "
                                "changed as well. Choose which value each keeps.",
                                nullptr, int(conflicts.size()))
                                 .arg(recordTitle),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *fields = new QWidget(this);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    for (const Conflict &conflict : conflicts) {
        auto *box = new QGroupBox(conflict.label, fields);
        auto *grid = new QGridLayout(box);
        auto *original = new QLabel(tr("Original: %1").arg(shown(conflict.original)), box);
        original->setToolTip(conflict.original);
        original->setTextFormat(Qt::PlainText);
        auto *mine = new QRadioButton(tr("Yours: %1").arg(buttonText(conflict.mine)), box);
        mine->setObjectName(QStringLiteral("mine_") + conflict.key);
        mine->setToolTip(conflict.mine);
        auto *theirs = new QRadioButton(tr("Theirs: %1").arg(buttonText(conflict.theirs)), box);
        theirs->setObjectName(QStringLiteral("theirs_") + conflict.key);
        theirs->setToolTip(conflict.theirs);
        auto *group = new QButtonGroup(box);
        group->addButton(mine);
        group->addButton(theirs);
        mine->setChecked(true);
        grid->addWidget(original, 0, 0);
        grid->addWidget(mine, 1, 0);
        grid->addWidget(theirs, 2, 0);
        fieldsLayout->addWidget(box);
        m_choices.append(std::make_pair(mine, theirs));
    }
    fieldsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fields);
    layout->addWidget(scroll, 1);

    if (!takenFromTheirs.isEmpty()) {
        auto *taken = new QLabel(
            tr("Taken from their change without asking: %1.").arg(takenFromTheirs.join(QStringLiteral(", "))), this);
        taken->setObjectName(QStringLiteral("takenFromTheirs"));
        taken->setTextFormat(Qt::PlainText);
        taken->setWordWrap(true);
        layout->addWidget(taken);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *allMine = buttons->addButton(tr("All &mine"), QDialogButtonBox::ActionRole);
    allMine->setObjectName(QStringLiteral("allMineButton"));
    QPushButton *allTheirs = buttons->addButton(tr("All &theirs"), QDialogButtonBox::ActionRole);
    allTheirs->setObjectName(QStringLiteral("allTheirsButton"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    layout->addWidget(buttons);
    connect(allMine, &QPushButton::clicked, this, [this] { chooseAll(true); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { chooseAll(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_choices.isEmpty())
        m_choices.constFirst().first->setFocus();
}

QList<bool> MergeDialog::keepsMine() const
{
    QList<bool> mine;
    for (const auto &[yours, theirs] : m_choices)
        mine << yours->isChecked();
    return mine;
}

void MergeDialog::chooseAll(bool mine)
{
    for (const auto &[yours, theirs] : m_choices)
        (mine ? yours : theirs)->setChecked(true);
}
