// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/contentrepair.h"

#include <QDialog>

class QComboBox;

// Repair…: each bad value the content check found, with a choice of the values allowed in its place
// ("Leave as it is" first; where another value may be typed, the choice is editable). changes() is what
// the user chose, nothing else.
class RepairDialog final : public QDialog
{
    Q_OBJECT

public:
    // `note` says what applying does to the file (and to undo).
    RepairDialog(const QList<RepairOptions> &options, const QString &note, QWidget *parent = nullptr);

    QList<QComboBox *> choices() const { return m_choices; }
    QList<RepairChange> changes() const;

private:
    QList<RepairOptions> m_options;
    QList<QComboBox *> m_choices;
};
