// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QRadioButton;

// Asks, when someone else changed a record while the user edited it and both changed some fields,
// which value each of those fields keeps: per field the original, the user's and the other one (as
// the tables show them), chosen with a pair of radio buttons (yours at first), or all at once with
// "All mine" and "All theirs". Save takes the choices; Cancel applies nothing. Fields only the
// other side changed are listed as taken without asking.
class MergeDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Conflict
    {
        QString key;   // the field's key (names the radio buttons: "mine_city", "theirs_city")
        QString label; // the field as people know it
        QString original;
        QString mine;
        QString theirs;
    };

    MergeDialog(const QString &recordTitle, const QList<Conflict> &conflicts, const QStringList &takenFromTheirs,
                QWidget *parent = nullptr);

    // Per conflict, in order: whether the user's value is kept (otherwise theirs).
    QList<bool> keepsMine() const;
    void chooseAll(bool mine);

private:
    QList<std::pair<QRadioButton *, QRadioButton *>> m_choices; // mine, theirs
};
