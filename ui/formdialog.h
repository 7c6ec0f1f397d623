// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QDialog;
class QDialogButtonBox;
class QLayout;
class QWidget;

// Lays a dialog out as its form, a line under it that says what is wrong or what was found, and its
// buttons, whose accepted and rejected end the dialog.
void layOutFormDialog(QDialog *dialog, QLayout *form, QWidget *message, QDialogButtonBox *buttons);
