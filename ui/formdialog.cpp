// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formdialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QVBoxLayout>

void layOutFormDialog(QDialog *dialog, QLayout *form, QWidget *message, QDialogButtonBox *buttons)
{
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(message);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}
