// SPDX-FileCopyrightText: 2026 The Pactline developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/eventtablemodel.h"

#include "models/cellvalue.h"
#include "models/recordwriter.h"
#include "store/eventrepository.h"
#include "store/partnerrepository.h"

EventTableModel::EventTableModel(QObject *parent)
    : RepositoryTableModel(parent)
{
    setFields(recordColumns({
                  {QStringLiteral("participants"), namesIn(&EventTableRow::participants)},
              }),
              tr("The event is no longer listed."));
    setDefaultSort(DateColumn);
}

QStringList EventTableModel::watchedTables() const
{
    return {QStringLiteral("event"), QStringLiteral("event_partner"), QStringLiteral("event_contact"),
            QStringLiteral("partner")};
}

Result<QList<EventTableRow>> EventTableModel::rowsFor(Database &db, const QList<Event> &records) const
{
    QList<qint64> partnerIds;
    for (const Event &event : records)
        partnerIds << event.partnerIds;
    const Result<QHash<qint64, QString>> labels = PartnerRepository(db).labels(partnerIds);
    if (!labels)
        return labels.error();
    QList<EventTableRow> rows;
    for (const Event &event : records) {
        EventTableRow row{event, {}};
        for (qint64 id : event.partnerIds)
            row.participants << labels->value(id);
        rows.append(row);
    }
    return rows;
}
