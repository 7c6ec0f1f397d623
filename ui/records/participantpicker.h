// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/participantlistmodel.h"

#include <QHash>
#include <QLineEdit>
#include <QPointer>

#include <optional>

class Database;
class QStringListModel;

// Picks an event's participant by typing: completes the names of partners ("Lund University (SE)")
// and of contacts ("Hans Schikan — Health~Holland") from the portfolio as you type, a few at a time
// from SQL. A typed name that is not one of the completions still counts when exactly one partner or
// one contact has it.
class ParticipantPicker final : public QLineEdit
{
    Q_OBJECT

public:
    explicit ParticipantPicker(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // The partner or contact the text names; none when it names no one (or is empty).
    std::optional<Participant> participant() const;

private:
    void complete(const QString &typed);

    QPointer<Database> m_db;
    QStringListModel *m_completions;
    QHash<QString, Participant> m_offered; // completion label -> participant
};
