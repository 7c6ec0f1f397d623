// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/participantlistmodel.h"
#include "records/recordpicker.h"

#include <optional>

// Picks an event's participant by typing: completes the names of partners ("Lund University (SE)")
// and of contacts ("Hans Schikan — Health~Holland"). A typed name that is not one of the completions
// still counts when exactly one partner or one contact has it.
class ParticipantPicker final : public RecordPicker<Participant>
{
    Q_OBJECT

public:
    explicit ParticipantPicker(QWidget *parent = nullptr);

    // The partner or contact the text names; none when it names no one (or is empty).
    std::optional<Participant> participant() const;

private:
    QStringList offer(Database &db, const QString &typed) override;
};
