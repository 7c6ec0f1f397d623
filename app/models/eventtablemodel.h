// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "models/repositorytablemodel.h"
#include "store/eventrepository.h"

// A loaded row of EventTableModel: the event and its participating partners' labels.
struct EventTableRow
{
    Event record;
    QStringList participants;
};

// Events: title, date, place and the participating organisations.
class EventTableModel final : public RepositoryTableModel<EventRepository, EventTableRow>
{
    Q_OBJECT

public:
    enum ColumnIndex
    {
        TitleColumn,
        DateColumn,
        PlaceColumn,
        ParticipantsColumn,
    };

    explicit EventTableModel(QObject *parent = nullptr);

protected:
    QStringList watchedTables() const override;
    Result<QList<EventTableRow>> rowsFor(Database &db, const QList<Event> &records) const override;
};
